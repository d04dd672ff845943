/**
 * The outline of a report: headings of every level these reports use, nested into sections,
 * each with the tense that decides whether its numbers look back or forward.
 */
import type { Section, Tense } from './types';
import { isCJK, isTableRow } from './text';

const CN = '[一二三四五六七八九十百零〇]+';
/** Heading styles from outermost to innermost; a heading closes every open heading of its rank or deeper. */
const NUMBERED_HEADINGS: ReadonlyArray<readonly [RegExp, number]> = [
  [new RegExp(`^第${CN}[编篇部分]`), 0],
  [new RegExp(`^第${CN}章`), 1],
  [new RegExp(`^第${CN}节`), 2],
  [new RegExp(`^${CN}、`), 3],
  [new RegExp(`^[（(]${CN}[）)]`), 4],
  [/^\d{1,2}[.．、](?!\d)/, 5],
  [/^[（(]\d{1,2}[）)]/, 6],
  [new RegExp(`^第${CN}[，,、]`), 7],
  [/^——(?!\d)/, 7],
];
const SHORT_HEADING_RANK = 6.5;
/** From （一） inwards a heading names a topic, not a time. */
const INHERITING_RANK = 4;
const BOX_RANK = 9;
const BOX_HEADING = /^专栏\s*\d+(?:[-—－]\d+)?/;
/** Labels and page furniture that stand alone on a line but head nothing. */
const NOT_HEADINGS = /^(关键词|打印|关闭|字体|返回|附件|来源|责任编辑|编辑|分享到|本报记者)/;

const REVIEW_WORDS = /回顾|成就|成绩|过去[一五]年|这[一五]年|一年来|五年来|十三五|发展基础|取得|回首|盘点|执行情况|完成情况/;
/** Plan words that no review title uses of itself (十四五 may be either, by the report’s year; 主要工作 is done or to do). */
const GOAL_TITLE_WORDS = /重点工作|目标|任务|今年|部署|安排|举措|工作建议/;
const PLAN_WORDS = new RegExp(`${GOAL_TITLE_WORDS.source}|十四五|十五五|主要工作`);
const VISION_WORDS = /远景|二〇三五|2035|展望/;
const NEAR_PLAN_WORDS = /十四五|十五五|今年|年度|重点工作|任务|主要目标/;

export interface Outline {
  sections: Section[];
  /** Per 0-based line: the index in `sections` of the innermost section holding it, or -1. */
  sectionOfLine: Int32Array;
  /** Per section: its tense comes from its own title or an ancestor's, not from the document's default. */
  titledTense: boolean[];
}

interface OpenSection {
  index: number;
  rank: number;
}

/** Finds headings, nests them by rank, and gives each section a tense. */
export function parseOutline(lines: readonly string[], documentTense: Tense, year: number | null = null): Outline {
  const sections: Section[] = [];
  const sectionOfLine = new Int32Array(lines.length).fill(-1);
  const titledTense: boolean[] = [];
  const stack: OpenSection[] = [];
  const items: ListItem[] = [];
  let boxEnd = -1;

  const close = (rank: number, beforeLine: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) {
      sections[stack.pop()!.index]!.endLine = beforeLine;
    }
  };

  for (let i = 0; i < lines.length; i++) {
    if (boxEnd >= 0 && i > boxEnd) {
      close(BOX_RANK, i);
      boxEnd = -1;
    }
    // A table's group rows (一、经济发展 | |||) are no headings; its 专栏 title line is.
    const heading = isTableRow(lines[i]!) && !BOX_HEADING.test(lines[i]!.trim()) ? null : readHeading(lines, i);
    if (heading) {
      close(heading.rank, i);
      const parent = stack.length > 0 ? stack[stack.length - 1]!.index : -1;
      const parentTense = parent >= 0 ? sections[parent]!.tense : documentTense;
      // An item heading (（一）, ——) under a heading that set the tense keeps it: 取得 or 任务 in a
      // subhead of 2025年工作回顾 does not turn it into a plan.
      const inherits = heading.rank >= INHERITING_RANK && parent >= 0 && titledTense[parent]!;
      const ownTense = inherits ? null : tenseOfTitle(heading.title, year);
      titledTense.push(ownTense !== null || (parent >= 0 && titledTense[parent]!));
      sections.push({
        title: heading.title,
        level: stack.length + 1,
        line: i + 1,
        endLine: lines.length,
        tense: ownTense ?? parentTense,
      });
      items.push({ parent, rank: heading.rank, runsIn: heading.runsIn ?? false, titled: ownTense !== null });
      stack.push({ index: sections.length - 1, rank: heading.rank });
      if (heading.rank === BOX_RANK) boxEnd = lastBoxLine(lines, i);
    }
    if (stack.length > 0) sectionOfLine[i] = stack[stack.length - 1]!.index;
  }
  close(-1, lines.length);
  endLastRunInItems(sections, items, sectionOfLine, lines);
  alignItemTenses(sections, items);
  return { sections, sectionOfLine, titledTense };
}

interface ListItem {
  parent: number;
  rank: number;
  runsIn: boolean;
  /** Its tense came from its own title. */
  titled: boolean;
}

/** The items of each list (same parent, same rank), in order. */
function listsOf(items: readonly ListItem[]): number[][] {
  const lists = new Map<string, number[]>();
  items.forEach((item, k) => {
    const key = `${item.parent} ${item.rank}`;
    const list = lists.get(key);
    if (list) list.push(k);
    else lists.set(key, [k]);
  });
  return [...lists.values()];
}

/**
 * The subheads of one list share a frame: where one item's title alone disagrees with all its
 * siblings (——底线任务牢牢守住 among ——经济保持平稳增长…, the 任务 a noun), it takes theirs, and so
 * do the sections under it that took its tense.
 */
function alignItemTenses(sections: Section[], items: ListItem[]): void {
  let changed = false;
  for (const list of listsOf(items)) {
    // Short unnumbered lines are the report's own part titles (“十四五”时期工作回顾, “十五五”时期的主要目标任务),
    // each meaning what it says, not items of one list.
    const rank = items[list[0]!]!.rank;
    if (list.length < 3 || rank < INHERITING_RANK || rank === SHORT_HEADING_RANK) continue;
    const odd = list.filter((k) => sections[k]!.tense !== sections[list[0]!]!.tense);
    // The one that disagrees: the first item, or the only other one.
    const lone = odd.length === list.length - 1 ? list[0]! : odd.length === 1 ? odd[0]! : -1;
    if (lone < 0 || !items[lone]!.titled) continue;
    sections[lone]!.tense = sections[list.find((k) => k !== lone)!]!.tense;
    changed = true;
  }
  if (!changed) return;
  for (let k = 0; k < sections.length; k++) {
    const parent = items[k]!.parent;
    if (!items[k]!.titled && parent >= 0) sections[k]!.tense = sections[parent]!.tense;
  }
}

/**
 * （一）…。text （二）…。text … （九）…。text, then 各位代表！…: where every item of a list is one
 * paragraph that its heading runs into, the last one is too, and the paragraphs after it are
 * its parent's again (the five-year review after the year's items), not the last item's.
 */
function endLastRunInItems(sections: Section[], items: readonly ListItem[], sectionOfLine: Int32Array, lines: readonly string[]): void {
  const paragraphs = (k: number) => {
    let count = 0;
    for (let i = sections[k]!.line - 1; i < sections[k]!.endLine; i++) if (lines[i]!.trim() !== '') count++;
    return count;
  };
  const hasItems = new Set(items.map((item) => item.parent));
  for (const list of listsOf(items)) {
    const last = list.at(-1)!;
    if (list.length < 3 || !items[last]!.runsIn || paragraphs(last) < 2) continue;
    if (!list.slice(0, -1).every((k) => items[k]!.runsIn && paragraphs(k) === 1)) continue;
    if (hasItems.has(last)) continue;
    const section = sections[last]!;
    for (let i = section.line; i < section.endLine; i++) if (sectionOfLine[i] === last) sectionOfLine[i] = items[last]!.parent;
    section.endLine = section.line;
  }
}


export function tenseOfTitle(title: string, year: number | null = null): Tense | null {
  // “十四五”时期发展成就和“十五五”时期主要目标任务: both ways, so its paragraphs' own words decide
  // (2025年主要工作和“十四五”发展成就 in 2026 looks back only).
  const years = [...title.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
  const onlyPastYears = year !== null && years.length > 0 && years.every((y) => y < year);
  if (REVIEW_WORDS.test(title) && GOAL_TITLE_WORDS.test(title) && !onlyPastYears) return null;
  if (REVIEW_WORDS.test(title)) return 'review';
  // 2024年计划执行情况 in a 2025 report: a year before the report's own looks back.
  const titleYear = /(\d{4})年/.exec(title);
  if (year !== null && titleYear && Number(titleYear[1]) < year && !PLAN_WORDS.test(title)) return 'review';
  // 2035年远景目标 is a vision; 2035年远景目标及“十四五”时期…主要目标任务 plans the coming years too.
  if (VISION_WORDS.test(title) && !NEAR_PLAN_WORDS.test(title)) return 'vision';
  if (PLAN_WORDS.test(title) || VISION_WORDS.test(title)) return 'plan';
  return null;
}

interface Heading {
  title: string;
  rank: number;
  /** The heading runs into its paragraph on the same line (（一）着力推动…。面对…). */
  runsIn?: boolean;
}

function readHeading(lines: readonly string[], i: number): Heading | null {
  const text = lines[i]!.replace(/^[\s\u00a0\u3000]+/, '').replace(/[\s\u00a0\u3000|]+$/, '');
  if (text.length === 0) return null;
  if (BOX_HEADING.test(text)) return { title: text, rank: BOX_RANK };
  for (const [pattern, rank] of NUMBERED_HEADINGS) {
    if (!pattern.test(text)) continue;
    const title = runInTitle(text);
    // A —— line heads a section only when it is a short thesis, not a paragraph or a date line.
    if (text.startsWith('——') && (title.length > 40 || /会议上|^——\s*\d/.test(title))) return null;
    if (title.length > 60) return null;
    return { title, rank, runsIn: text.length > title.length + 10 };
  }
  if (isShortHeading(text) && nextParagraphIsLong(lines, i) && !isDocumentTitle(text, i)) {
    return { title: text, rank: SHORT_HEADING_RANK };
  }
  return null;
}

/** 000's headings run into their paragraphs: the title is what stands before the first 。. */
function runInTitle(text: string): string {
  const stop = text.indexOf('。');
  return stop >= 0 ? text.slice(0, stop) : text;
}

/** The report's own title heads the document, not a section of it. */
function isDocumentTitle(text: string, i: number): boolean {
  return i < 10 && /政府工作报告|规划|纲要|报告$/.test(text);
}

function isShortHeading(text: string): boolean {
  if (text.length > 25 || NOT_HEADINGS.test(text)) return false;
  if (/[。，,；;：:！？!?、|]/.test(text.replace(/“[^”]*”/g, ''))) return false;
  let cjk = 0;
  for (const ch of text) if (isCJK(ch)) cjk++;
  return cjk >= 4 && cjk / text.length >= 0.6;
}

/** A bold subhead is followed by its paragraph (a 关键词 label may stand between them). */
function nextParagraphIsLong(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j < i + 8; j++) {
    const next = lines[j]!.trim();
    if (next.length === 0 || NOT_HEADINGS.test(next)) continue;
    return next.length >= 30;
  }
  return false;
}

/** A 专栏 box ends with its last line that keeps a | from the scraped box: table rows and box text alike. */
function lastBoxLine(lines: readonly string[], i: number): number {
  let j = i;
  while (j + 1 < lines.length && lines[j + 1]!.includes('|')) j++;
  return j;
}
