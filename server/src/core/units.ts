/** Units and measure words: what a quantity counts or measures, as findings.md normalises them. */
import { isLatinLetter } from './text';

export type UnitClass = 'rate' | 'money' | 'count' | 'measure' | 'time' | 'multiple' | 'ratio';

interface UnitEntry {
  written: string;
  unit: string;
  class: UnitClass;
}

// Sorted longest first below, so 个百分点 wins over 个 and 平方公里 over 公里.
const UNIT_TABLE: UnitEntry[] = [
  ['个百分点', '百分点', 'rate'], ['百分点', '百分点', 'rate'], ['%', '%', 'rate'], ['％', '%', 'rate'], ['‰', '‰', 'rate'],
  ['元/平方米', '元/平方米', 'money'], ['元/人', '元/人', 'money'], ['美元', '美元', 'money'], ['元', '元', 'money'],
  ['平方公里', '平方公里', 'measure'], ['平方千米', '平方公里', 'measure'], ['平方米', '平方米', 'measure'],
  ['立方米', '立方米', 'measure'], ['公里', '公里', 'measure'], ['千米', '公里', 'measure'], ['米', '米', 'measure'],
  ['公顷', '公顷', 'measure'], ['亩次', '亩次', 'measure'], ['亩', '亩', 'measure'],
  ['公斤', '公斤', 'measure'], ['千克', '公斤', 'measure'], ['吨', '吨', 'measure'], ['斤', '斤', 'measure'],
  ['微克', '微克', 'measure'], ['毫克', '毫克', 'measure'],
  ['千瓦时', '千瓦时', 'measure'], ['兆瓦时', '兆瓦时', 'measure'], ['吉瓦时', '吉瓦时', 'measure'], ['千瓦', '千瓦', 'measure'], ['吉瓦', '吉瓦', 'measure'], ['兆瓦', '兆瓦', 'measure'], ['千伏', '千伏', 'measure'],
  ['标准箱', '标准箱', 'measure'], ['标箱', '标箱', 'measure'], ['TEU', '标箱', 'measure'], ['P', 'P', 'measure'],
  ['人次', '人次', 'count'], ['户次', '户次', 'count'], ['车次', '车次', 'count'], ['班次', '班次', 'count'], ['艘次', '艘次', 'count'], ['台次', '台次', 'count'], ['件次', '件次', 'count'], ['场次', '场次', 'count'], ['架次', '架次', 'count'], ['航次', '航次', 'count'], ['户', '户', 'count'], ['人', '人', 'count'],
  ['名', '名', 'count'], ['个', '个', 'count'], ['家', '家', 'count'], ['座', '座', 'count'], ['所', '所', 'count'],
  ['条', '条', 'count'], ['处', '处', 'count'], ['项', '项', 'count'], ['件', '件', 'count'], ['台', '台', 'count'],
  ['套', '套', 'count'], ['辆', '辆', 'count'], ['栋', '栋', 'count'], ['间', '间', 'count'], ['张', '张', 'count'],
  ['宗', '宗', 'count'], ['起', '起', 'count'], ['场', '场', 'count'], ['次', '次', 'count'], ['列', '列', 'count'],
  ['株', '株', 'count'], ['棵', '棵', 'count'], ['头', '头', 'count'], ['只', '只', 'count'], ['艘', '艘', 'count'],
  ['口', '口', 'count'], ['部', '部', 'count'], ['支', '支', 'count'], ['批', '批', 'count'], ['床', '床', 'count'],
  ['位', '位', 'count'], ['块', '块', 'count'], ['盏', '盏', 'count'], ['根', '根', 'count'], ['片', '片', 'count'],
  ['批次', '批次', 'count'], ['期', '期', 'count'], ['颗', '颗', 'count'], ['种', '种', 'count'], ['例', '例', 'count'], ['门', '门', 'count'], ['对', '对', 'count'], ['款', '款', 'count'], ['组', '组', 'count'],
  ['个工作日', '工作日', 'time'], ['工作日', '工作日', 'time'], ['个小时', '小时', 'time'], ['小时', '小时', 'time'],
  ['分钟', '分钟', 'time'], ['个月', '月', 'time'], ['天', '天', 'time'], ['周', '周', 'time'], ['秒', '秒', 'time'],
  ['岁', '岁', 'time'],
  ['倍', '倍', 'multiple'],
].map(([written, unit, cls]) => ({ written: written!, unit: unit!, class: cls as UnitClass }))
  .sort((a, b) => b.written.length - a.written.length);

/** Words that begin like a unit but are not one after a number: 70周年, 3个代表 is caught elsewhere. */
const NOT_UNITS = ['周年', '人口', '次会议', '次全会', '次党代会', '人大', '家园', '个人', '条例', '项目', '名单', '条件',
  '件事', '个方面', '个维度', '项指标', '项主要指标', '个指标', '个主要指标', '个预期性指标', '个约束性指标', '项预期性指标', '项约束性指标', '项任务举措', '部门', '台阶', '头号', '口岸', '块头', '场景', '期间', '门诊', '门户', '门店', '种植', '种业', '例会',
  '组织', '组建', '组团', '组合', '款项', '场所', '位于', '天然', '米面',
  '人制']; // 3人制篮球场 names a format, not a count of people

const PER_UNIT = /^\/(?:百亿|千亿|万亿|亿|万|百|千)?(?:平方公里|平方米|立方米|公里|千米|人|户|年|月|天|日|小时|公顷|亩|元)/;

export interface UnitMatch {
  unit: string;
  class: UnitClass;
  length: number;
}

/** Each table by first character: a unit is read after every number of a report. */
function byFirstCharacter<T>(items: readonly T[], word: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const first = word(item)[0]!;
    if (!map.has(first)) map.set(first, []);
    map.get(first)!.push(item);
  }
  return map;
}
const UNITS_BY_FIRST = byFirstCharacter(UNIT_TABLE, (entry) => entry.written);
const NOT_UNITS_BY_FIRST = byFirstCharacter(NOT_UNITS, (word) => word);

/** The unit written at `start`, if any. */
export function readUnit(line: string, start: number): UnitMatch | null {
  const first = line[start];
  if (first === undefined) return null;
  if (NOT_UNITS_BY_FIRST.get(first)?.some((w) => line.startsWith(w, start))) return null;
  for (const entry of UNITS_BY_FIRST.get(first) ?? []) {
    const rest = line.slice(start + entry.written.length, start + entry.written.length + 2);
    // 对 is a preposition too: as a count it ends its phrase (国际友城达到96对，), not 1.2亿对全市…, 1对1.
    if (entry.written === '对' && /^[\u4e00-\u9fff\d]/.test(rest) && !/^(?:和|及|以[上下内]|左右|多|余)/.test(rest)) continue;
    // A Latin unit is a word of its own: 11.4万P, 2218万TEU, but not the P of PM2.5.
    if (line.startsWith(entry.written, start) && !(isLatinLetter(entry.written[0]) && isLatinLetter(rest[0]))) {
      // 507公里/万平方公里, 36微克/立方米: a density or concentration keeps its denominator as written.
      const per = PER_UNIT.exec(line.slice(start + entry.written.length, start + entry.written.length + 8));
      if (per) return { unit: `${entry.unit}${per[0]}`, class: entry.class, length: entry.written.length + per[0].length };
      return { unit: entry.unit, class: entry.class, length: entry.written.length };
    }
  }
  return null;
}

/** Count units that a noun phrase can follow: 61个重大产业合作项目, 百万吨乙烯项目. */
export function takesFollowingNoun(unitClass: UnitClass): boolean {
  return unitClass === 'count' || unitClass === 'measure' || unitClass === 'time';
}
