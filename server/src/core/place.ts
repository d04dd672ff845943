/**
 * The place a report is about, as its text names it (洛阳市, 湖北省, 全国): read from its title, the
 * people's congress it was given to, the speaker's office, or 全市/全省 with a name nearby. Reads
 * the simplified reading of the lines, so a traditional copy names the same place.
 */
import { execAll, stretchesAround } from './text';

/** What an administrative name ends with; 自治区 before 区 so that 内蒙古自治区 stays whole. */
const SUFFIX = '(?:特别行政区|自治区|自治州|自治县|省|市|县|区|盟|旗)';
const HAN = '\\p{Script=Han}';

/** Provincial-level names, as a text may write them bare (河北, 广西) → their full names. */
const PROVINCES: ReadonlyMap<string, string> = new Map([
  ...['北京', '天津', '上海', '重庆'].map((n) => [n, `${n}市`] as const),
  ...['河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南',
    '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾'].map((n) => [n, `${n}省`] as const),
  ['内蒙古', '内蒙古自治区'], ['广西', '广西壮族自治区'], ['西藏', '西藏自治区'], ['宁夏', '宁夏回族自治区'],
  ['新疆', '新疆维吾尔自治区'], ['香港', '香港特别行政区'], ['澳门', '澳门特别行政区'],
]);
const FULL_PROVINCE_NAMES = new Set(PROVINCES.values());
/** The provinces' names, full and bare, longest first (广西壮族自治区 before 广西). */
export const PROVINCE_NAMES: readonly string[] = [...FULL_PROVINCE_NAMES, ...PROVINCES.keys()].sort((a, b) => b.length - a.length);
const HAN_RUN = /^\p{Script=Han}+$/u;
/** 市场, 市民, 区域 …: after these the level word starts another word. */
const LEVEL_WORD_STARTS = '场民委政级属直内外域面值容貌长';

/** Words ending like a place that are not one (全市, 城区, 地区生产总值 …). */
const NOT_A_PLACE = /^(?:[全本我该各此城都社园辖地郊景片小矿湾新老市省县区州盟旗]|市辖|城市|示范|开发|自贸|功能|试验|核心|中心)(?:市|省|县|区|盟|旗)$|^(?:.*(?:委|政府|会|人大|工作|报告|规划|计划|发展|建设|经济|产业|城乡|农村))/u;

/** Words glued before a name in running text (日在洛阳市, 已经济南市, 关于印发济南市, 2023年市政府). */
const LEAD_WORDS = /^(?:已经|已|日(?=在|于)|在|向|由|据|今年|今天|上午|下午|年度|年|月|号|届|开幕|闭幕|关于印发|关于|印发|拟列入|列入|公布)/u;
/** Words a run may hold before the name, up to the last of them (中共义马市委关于制定义马市). */
const GLUED_BEFORE = /^.*(?:关于|制定|编制了?|中共|印发|列入|公布|审议|了|的|在)/u;
/** A name holds no grammar words: 较好完成了市 (十六届人大) is a sentence, not a place. */
const NOT_A_NAME = /[了的是在对为把被向我该年，,。、：:；;]|完成|确定|召开|举行|根据|按照/u;

interface Cue {
  pattern: RegExp;
  weight: number;
  /** A word every match holds: the pattern runs only on the text around it (a name is ≤ 21 characters). */
  anchor: RegExp;
}

/** Each pattern's first group is the place (or a run of text ending in it). */
const CUES: readonly Cue[] = [
  // ——2021年2月7日在洛阳市第十五届人民代表大会第四次会议上; 安徽省十四届人大三次会议
  { pattern: new RegExp(`(${HAN}{2,16}?${SUFFIX})(?:第)?[一二三四五六七八九十]{1,3}届(?:人民代表大会|人大)`, 'gu'), weight: 6, anchor: /届/g },
  // 洛阳市人民政府市长 刘宛康; 我代表上杭县人民政府; 省长许昆林代表江苏省人民政府
  { pattern: new RegExp(`(${HAN}{2,16}?${SUFFIX})人民政府(?:代|副)?(?:省长|市长|县长|区长|旗长|州长|主席)`, 'gu'), weight: 5, anchor: /人民政府/g },
  { pattern: new RegExp(`代表(${HAN}{2,16}?${SUFFIX})人民政府`, 'gu'), weight: 5, anchor: /人民政府/g },
  // 安徽省省长王清宪; 天津市市长 张工
  { pattern: new RegExp(`(${HAN}{2,16}?${SUFFIX})(?:代)?(?:省长|市长|县长|区长|旗长|州长)\\s*${HAN}{2,3}`, 'gu'), weight: 4, anchor: /长/g },
];

/** A title: 2022年嘉兴市平湖市政府工作报告, 济南市2021年国民经济和社会发展计划, 苏州市2021年实事项目. */
const TITLE = new RegExp(
  `(${HAN}{2,16}${SUFFIX})(?:人民政府|人民)?(?:\\d{4}\\s*年(?:度)?)?(?:政府工作报告|国民经济和社会发展|为民办实事|民生实事|实事项目|人民政府关于|政府关于)`, 'u');
/** A title naming its place bare: 2023年漳州为民办实事项目; the level comes from how the text calls itself. */
const BARE_TITLE = new RegExp(`^(?:\\d{4}年(?:度)?)?(${HAN}{2,4}?)(?:为民办实事|民生实事|实事项目|政府工作报告)`, 'u');
const OWN_PLAN = new RegExp(`(${HAN}{2,16}${SUFFIX})$`, 'u');
const NATIONAL = /全国人民代表大会|国务院总理/;

/** The place of the report whose reading is `lines`, or null when nothing in it says. */
export function readPlace(lines: readonly string[]): string | null {
  const opening = lines.slice(0, 60).join('\n').slice(0, 4000);
  // The text's own words for itself (全市, 义马) are counted further in.
  const body = lines.slice(0, 400).join('\n').slice(0, 30000);
  const scores = new Map<string, number>();
  const vote = (name: string | null, weight: number) => {
    if (name !== null) scores.set(name, (scores.get(name) ?? 0) + weight);
  };
  // A report to the National People's Congress is the State Council's, about the whole country.
  if (NATIONAL.test(opening)) vote('全国', 6);
  for (const cue of CUES) for (const stretch of stretchesAround(opening, cue.anchor, 30, 30)) for (const m of execAll(cue.pattern, stretch)) vote(placeOf(m[1]!), cue.weight);
  // 义马市国民经济和社会发展第十四个五年规划: the text's own plan, named in passing.
  for (const run of runsBefore(body, '国民经济和社会发展')) {
    const m = OWN_PLAN.exec(run);
    if (m) vote(placeOf(m[1]!), 2);
  }
  const titles = lines.map((l) => l.trim()).filter((l) => l.length > 0).slice(0, 4).map((l) => l.slice(0, 80));
  for (const title of titles) {
    const named = TITLE.exec(title);
    if (named) vote(placeOf(named[1]!), 4);
    else vote(bareTitlePlace(title, opening), 3);
  }
  // Counting the body's own words is most of the work; skipped where it cannot change the winner.
  if (lead(scores) <= MAX_SELF_REFERENCE_VOTES) selfReferenceVotes(body, vote);
  let best: string | null = null;
  for (const [name, score] of scores) if (best === null || score > scores.get(best)!) best = name;
  return best;
}

/** How far the best score is ahead of the next (or of nothing). */
function lead(scores: ReadonlyMap<string, number>): number {
  const [first = 0, second = 0] = [...scores.values()].sort((a, b) => b - a);
  return first - second;
}

/** The innermost unit of a run of text ending in a place: 在嘉兴市平湖市 → 平湖市, 已经济南市 → 济南市. */
function placeOf(run: string): string | null {
  // Cut the run after each suffix; the last unit is the place the report is about.
  const units = run.match(new RegExp(`${HAN}+?${SUFFIX}`, 'gu')) ?? [];
  for (let k = units.length - 1; k >= 0; k--) {
    let unit = units[k]!;
    const glued = GLUED_BEFORE.exec(unit);
    if (glued) unit = unit.slice(glued[0].length);
    for (let m = LEAD_WORDS.exec(unit); m && unit.length > m[0].length; m = LEAD_WORDS.exec(unit)) unit = unit.slice(m[0].length);
    const name = unit.replace(new RegExp(`${SUFFIX}$`, 'u'), '');
    if (name.length >= 2 && name.length <= 8 && !NOT_A_PLACE.test(unit) && !NOT_A_NAME.test(name)) return fullName(unit);
  }
  return null;
}

/** 广西 → 广西壮族自治区; a name with its suffix stays as written. */
function fullName(name: string): string {
  return PROVINCES.get(name) ?? name;
}

/** 2023年漳州为民办实事项目 with 市委市政府 in the text → 漳州市. */
function bareTitlePlace(title: string, opening: string): string | null {
  const m = BARE_TITLE.exec(title);
  if (!m) return null;
  const name = m[1]!;
  if (PROVINCES.has(name)) return fullName(name);
  const level = selfLevel(opening);
  return level === null || NOT_A_PLACE.test(name + level) ? null : name + level;
}

/** The 22 characters before each `word` in `text`: a regex anchored on the word runs on these alone. */
function runsBefore(text: string, word: string): string[] {
  const runs: string[] = [];
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) runs.push(text.slice(Math.max(0, at - 22), at));
  return runs;
}

/** The level the text calls itself by (全市, 市政府, 市委), when one stands out. */
function selfLevel(text: string): string | null {
  let best: string | null = null;
  let most = 0;
  for (const level of ['省', '市', '县', '区']) {
    // 居全省第一, 在全省推广: a city's text ranks itself within its province.
    const count = text.match(new RegExp(`(?<![居在占列于比较、])全${level}(?![第前首平均和])|我${level}|${level}政府|${level}委(?!员)`, 'g'))?.length ?? 0;
    if (count > most) [best, most] = [level, count];
  }
  return best;
}

/** The most selfReferenceVotes gives one name: 3 as a bare province, 3 as a name the text keeps using. */
const MAX_SELF_REFERENCE_VOTES = 6;

/**
 * 全省 … 河北: a text calling itself 全省 is about the province it names bare; 全市 … 义马市 … 义马:
 * a named place of the text's own level that the text keeps naming bare.
 */
function selfReferenceVotes(text: string, vote: (name: string | null, weight: number) => void): void {
  const level = selfLevel(text);
  if (level === null) return;
  for (const [bare, full] of PROVINCES) {
    if (!full.endsWith(level) && !(level === '区' && full.endsWith('自治区'))) continue;
    const count = occurrences(text, bare);
    if (count > 0) vote(full, Math.min(3, count));
  }
  if (level === '省') return;
  // Every two or three characters before the level word may be a name (三门峡市, 洛阳市).
  const named = new Map<string, number>();
  const candidates = new Set<string>();
  const rejected = new Set<string>();
  for (let at = text.indexOf(level); at !== -1; at = text.indexOf(level, at + 1)) {
    // 市场, 市民, 区域 …: the level word starts another word there.
    const startsWord = LEVEL_WORD_STARTS.includes(text[at + 1] ?? '');
    for (const length of [3, 2]) {
      if (at < length) continue;
      const name = text.slice(at - length, at);
      named.set(name, (named.get(name) ?? 0) + 1);
      if (startsWord || candidates.has(name) || rejected.has(name)) continue;
      const isName = HAN_RUN.test(name) && !NOT_A_NAME.test(name) && !NOT_A_PLACE.test(name + level) && !FULL_PROVINCE_NAMES.has(name + level);
      (isName ? candidates : rejected).add(name);
    }
  }
  const counted = [...candidates].filter((name) => named.get(name)! >= 2);
  const total = occurrencesOfEach(text, counted);
  const bareCounts = new Map<string, number>();
  for (const name of counted) bareCounts.set(name, total.get(name)! - named.get(name)!);
  const often = [...bareCounts].filter(([, bare]) => bare >= 3);
  for (const [name, bare] of often) {
    // 门峡 is counted as often as 三门峡: the longer name it is part of is the place.
    const within = often.some(([other, count]) => other !== name && other.includes(name) && count >= bare);
    if (!within) vote(name + level, Math.min(3, bare - 1));
  }
}

/** Scratch tables of occurrencesOfEach, marked for its words and cleared after: a new pair for every report cost more than the count. */
const FIRSTS = new Uint8Array(0x10000);
const SECONDS = new Uint8Array(0x10000);

/** How often each of `words` (of two or three characters) occurs in `text`, in one pass over it. */
function occurrencesOfEach(text: string, words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>(words.map((word) => [word, 0]));
  // By char code: most pairs of characters start no word, and are passed without making a string of them.
  const marks = (on: number) => {
    for (const word of words) [FIRSTS[word.charCodeAt(0)], SECONDS[word.charCodeAt(1)]] = [on, on];
  };
  marks(1);
  for (let i = 0; i < text.length; i++) {
    if (FIRSTS[text.charCodeAt(i)] === 0 || SECONDS[text.charCodeAt(i + 1)] === 0) continue;
    for (const length of [2, 3]) {
      const word = text.slice(i, i + length);
      const count = counts.get(word);
      if (count !== undefined) counts.set(word, count + 1);
    }
  }
  marks(0);
  return counts;
}

/** How often `word` occurs in `text`. */
function occurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) count++;
  return count;
}
