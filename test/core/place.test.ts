/**
 * The place a report is about: from its title, the congress it was given to, the speaker's office,
 * or how the text calls itself; the real corpus documents, labelled by hand, as the evidence.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/core';

const placeOf = (text: string) => analyze(text).place;

test('the congress the report was given to names the place', () => {
  assert.equal(placeOf('政府工作报告\n——2021年2月7日在洛阳市第十五届人民代表大会第四次会议上\n各位代表：'), '洛阳市');
  assert.equal(placeOf('1月20日上午，安徽省十四届人大三次会议开幕。'), '安徽省');
  assert.equal(placeOf('2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上'), '内蒙古自治区');
});

test("the speaker's office names the place", () => {
  assert.equal(placeOf('政府工作报告\n青川市人民政府市长 周明远\n各位代表：'), '青川市');
  assert.equal(placeOf('各位代表：\n现在，我代表上杭县人民政府，向大会报告政府工作，请予审议。'), '上杭县');
  assert.equal(placeOf('天津市市长 张工\n各位代表：'), '天津市');
});

test('a title names the place; of 嘉兴市平湖市 the innermost', () => {
  assert.equal(placeOf('2022年嘉兴市平湖市政府工作报告\n各位代表：'), '平湖市');
  assert.equal(placeOf('苏州市2021年实事项目公示\n一、教育文体方面'), '苏州市');
  assert.equal(placeOf('2026年四川省人民政府工作报告\n推动文化体育事业发展。'), '四川省');
});

test('a bare name takes the level the text calls itself by', () => {
  assert.equal(placeOf('2023年漳州为民办实事项目公开征求意见\n近日，市委市政府多次研究部署，全市上下积极参与。'), '漳州市');
  assert.equal(placeOf('今年河北预计实现全省生产总值增长6.5%左右目标\n全省上下奋力拼搏，河北经济稳中向好。'), '河北省');
});

test('a report to the National People\'s Congress is about 全国', () => {
  assert.equal(placeOf('政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强'), '全国');
});

test('traditional characters give the simplified name', () => {
  assert.equal(placeOf('遼寧省第十三屆人民代表大會第三次會議14日在瀋陽開幕。省長唐一軍代表遼寧省人民政府向大會報告工作。'), '辽宁省');
});

test('page furniture and sentences are no place; nothing said is null', () => {
  // 山东省 stands in a web page's banner; the notice is about 济南市.
  assert.equal(placeOf('欢迎访问山东省国防经济发展促进会官网!\n关于印发济南市2021年国民经济和社会发展计划的通知\n《济南市2021年国民经济和社会发展计划》已经济南市第十七届人民代表大会第三次会议审议通过。'), '济南市');
  // 较好完成了市十六届人大一次会议确定的目标: a congress with no name before it.
  assert.equal(placeOf('一、2022年工作回顾\n较好完成了市十六届人大一次会议确定的目标任务。'), null);
  assert.equal(placeOf('一、2022年工作回顾\n地区生产总值增长4.1%。'), null);
});

/** Every corpus document and seed, with the place a reader names (null: the text does not say which). */
const LABELS: Record<string, string | null> = {
  'anhui-gwr-2025-digest': '安徽省', 'fujian-gwr-2022-news': '福建省', 'guangdong-gwr-2024-news': '广东省',
  'guangxi-gwr-2021-news': '广西壮族自治区', 'guangzhou-fyp14-news': '广州市', 'hebei-gwr-2019-targets': '河北省',
  'heilongjiang-gwr-2023-fiveyear': '黑龙江省', 'hubei-gwr-2026-review': '湖北省', 'hubei-gwr-2026-targets': '湖北省',
  'hubei-gwr-2026-tasks': '湖北省', 'hunan-gwr-2026-review': '湖南省', 'hunan-gwr-2026-targets': '湖南省',
  'hunan-gwr-2026-tasks': '湖南省', 'jiangshan-2023-shishi-table': '江山市', 'jiangsu-gwr-2024-news': '江苏省',
  'jiangyin-gwr-2023-review': '江阴市', 'jilin-gwr-2020-pdf': '吉林省', 'jinan-plan-2021': '济南市',
  'liaoning-gwr-2020-news-trad': '辽宁省', 'longyou-gwr-2023-forum': '龙游县', 'neimenggu-gwr-2024-review': '内蒙古自治区',
  'pinghu-gwr-2022-pdf': '平湖市', 'pingyang-gwr-2021-noisy': '平阳县',
  // 美丽幸福清徐 and 全市 once: the text never says 清徐县.
  'qingxu-gwr-2022-plan': '清徐县',
  'shaanxi-gwr-2026-review': '陕西省', 'shaanxi-gwr-2026-targets': '陕西省', 'shaanxi-gwr-2026-tasks': '陕西省',
  'shanghai-gwr-2019-review': '上海市', 'shanghai-gwr-2019-targets': '上海市', 'shanghang-gwr-2020-county': '上杭县',
  'shanxi-gwr-2024-review-news': '山西省', 'sichuan-gwr-2026-review': '四川省', 'sichuan-gwr-2026-targets': '四川省',
  'sichuan-gwr-2026-tasks': '四川省', 'suqian-2023-projects-trad': '宿迁市', 'suzhou-2021-shishi-list': '苏州市',
  'tianjin-gwr-2024-review': '天津市', 'wuzhou-2024-shishi-trad': '梧州市',
  // A regional plan of the State Council's: no one place.
  'yangtze-delta-plan-2019-trad': null,
  'zhangzhou-2023-shishi-draft': '漳州市', 'zhejiang-gwr-2025-news-trad': '浙江省',
  '000_2d311365dc22e685': '洛阳市', '001_86b48e2959830386': '洛阳市', '002_a1aedb5b2ec46b86': '义马市',
  '003_395ec08d707c8053': '西工区', '004_db1405a2b6de7813': '洛龙区',
};

const fileOf = (name: string) =>
  path.join(__dirname, '..', '..', /^\d{3}_/.test(name) ? 'seeds' : 'test/corpus/docs', `${name}.txt`);

test('real reports: no place is wrong, and at least 40 of the 46 are named right', () => {
  let right = 0;
  const wrong: string[] = [];
  for (const [name, label] of Object.entries(LABELS)) {
    const place = placeOf(readFileSync(fileOf(name), 'utf8'));
    if (place === label) right++;
    // Where the text says too little, null is the honest answer; another place never is.
    else if (place !== null) wrong.push(`${name}: ${place} (label ${label})`);
  }
  assert.deepEqual(wrong, []);
  assert.ok(right >= 40, `${right} of ${Object.keys(LABELS).length} right`);
});
