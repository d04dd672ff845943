/**
 * The character-level quantity scanner: numbers with their magnitude, unit and comparator words,
 * found without segmentation (jieba cuts 4.5% into four tokens).
 */
import type { Comparator } from './types';
import { isChineseNumeralChar, parseChineseNumber, readArabicNumber, readMagnitude, roundScaled } from './numerals';
import { readUnit, type UnitClass } from './units';
import { CLOSE_QUOTES, OPEN_QUOTES, charTable, isDigit, isLatinLetter, titleMask } from './text';

export interface Quantity {
  start: number;
  end: number;
  text: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  unitClass: UnitClass;
  comparator: Comparator;
  /** A class threshold (10亿元以上, 百亿级, 超500亿) that may name a group rather than count one. */
  isClassMarker: boolean;
  /** Index just after the unit, before any suffix comparator: where a following noun would start. */
  unitEnd: number;
  /** A change written as the quantity itself: 倍增, 翻一番. */
  change?: string;
}

const PREFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['不低于', '>='], ['不少于', '>='], ['至少', '>='], ['不超过', '<='], ['不高于', '<='], ['超过', '>'],
  ['突破', '>'], ['不到', '<'], ['不足', '<'], ['低于', '<'], ['高于', '>'], ['接近', '~'], ['超', '>'], ['近', '~'],
  ['约', '~'],
];
const SUFFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['及以上', '>='], ['及以下', '<='], ['以上', '>='], ['以内', '<='], ['以下', '<='], ['之内', '<='], ['左右', '~'], ['上下', '~'],
];
const RANGE_SEPARATORS = ['-', '—', '–', '~', '～', '至', '到'];
/** After these a number is an ordinal, a rank or part of a name, never a quantity. */
const ORDINAL_BEFORE = new Set(['第', '前', '+', '＋', '/', '.', '×', '*']);

/** What a quantity can start with. */
const CAN_START = charTable('0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿倍翻');

/** Scans one line for quantities, passing over characters marked in `inTitle` (see titleMask). */
export function scanQuantities(line: string, inTitle: Uint8Array = titleMask(line)): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < line.length; i++) {
    if (CAN_START[line.charCodeAt(i)] === 0 || inTitle[i]) continue;
    const q = readQuantityAt(line, i);
    if (q) {
      found.push(q);
      i = Math.max(i, q.end - 1);
    }
  }
  return found;
}

/** 实现倍增, 翻一番: a doubling is a target of 2 倍; 倍增行动 and “双倍增” name campaigns. */
const DOUBLING = /^(倍增|翻一番|翻两番|翻番)(?!行动|工程|计划|”|"|式|计)/;

function readQuantityAt(line: string, start: number): Quantity | null {
  const ch = line[start];
  const doubling = ch === '倍' || ch === '翻' ? DOUBLING.exec(line.slice(start, start + 6)) : null;
  if (doubling && !/[双“"倍]/.test(line[start - 1] ?? '')) {
    const text = doubling[1]!;
    const end = start + text.length;
    return { start, end, text, value: text === '翻两番' ? 4 : 2, min: null, max: null, unit: '倍', unitClass: 'multiple',
      comparator: '=', isClassMarker: false, unitEnd: end, change: text };
  }
  if (isDigit(ch)) {
    const prev = line[start - 1];
    if (isDigit(prev) || isLatinLetter(prev) || (prev !== undefined && ORDINAL_BEFORE.has(prev))) return null;
    if (line.startsWith('连续', start - 2)) return null; // a streak (连续3次承办), not an amount
    const q = readArabicQuantity(line, start);
    return q && isQuotedArticles(line, q) ? null : q;
  }
  if (isChineseNumeralChar(ch)) return readChineseQuantity(line, start);
  return null;
}

function readArabicQuantity(line: string, start: number): Quantity | null {
  const first = readArabicNumber(line, start);
  if (!first) return null;
  let pos = first.end;
  // 5G, 3A级 are names; a Latin unit of the table (TEU, P of computing power) is not.
  if (isLatinLetter(line[pos]) && readUnit(line, pos) === null) return null;
  // A clock time (08:30) or a label, but not a ratio to one (2.50:1).
  const ratioToOne = /^[:：]1(?![\d.:：])/.test(line.slice(pos, pos + 3));
  // 20.2026年10件民生实事 opening a line: an item's number glued to a year, no quantity.
  if (line[pos] === '年' && /^\d{1,2}\.(?:19|20)\d\d$/.test(line.slice(start, pos)) && line.slice(0, start).trim() === '') return null;
  // 受教育年限达到11.5年: years to the decimal are a measured length, never a year's name.
  if (line[pos] === '年' && line.slice(start, pos).includes('.') && first.value < 100 && line[pos + 1] !== '度') return finishWith(line, start, pos + 1, first.value, '年', 'time');
  if (line[pos] === '年' || line[pos] === '月' || line[pos] === '日' || ((line[pos] === ':' || line[pos] === '：') && !ratioToOne)) return null;

  let max: number | null = null;
  // 80亿—100亿元, 4.5%-5%: each end carries the magnitude or the percent; read it as 80—100亿元.
  const magnitude = /^(?:万亿|亿|万|%|％)/.exec(line.slice(pos, pos + 2))?.[0];
  if (magnitude) {
    const after = pos + magnitude.length;
    const separator = RANGE_SEPARATORS.find((s) => line.startsWith(s, after));
    const second = separator && isDigit(line[after + separator.length]) ? readArabicNumber(line, after + separator.length) : null;
    if (second && second.value > first.value && line.startsWith(magnitude, second.end)) {
      return finishQuantity(line, start, second.end, first.value, second.value);
    }
  }
  const sep = RANGE_SEPARATORS.find((s) => line.startsWith(s, pos));
  if (sep && isDigit(line[pos + sep.length])) {
    const second = readArabicNumber(line, pos + sep.length);
    if (second && second.value > first.value) {
      max = second.value;
      pos = second.end;
    } else return null;
  }
  return finishQuantity(line, start, pos, first.value, max);
}

/** Chinese numerals count only in the few shapes that measure: 四成, 一个半月, 百万吨, 两位数. */
function readChineseQuantity(line: string, start: number): Quantity | null {
  const prev = line[start - 1];
  if (isChineseNumeralChar(prev) || prev === '第' || prev === '前' || prev === '每') return null;
  let end = start;
  while (end < line.length && end - start <= 12 && isChineseNumeralChar(line[end])) end++;
  const round = roundCount(line, start, end);
  if (round) return round;
  // Most numerals (一批, 进一步, 十大) are words: only a magnitude, 成, 个 or 倍 after them measures.
  const isTwoDigits = line.startsWith('两位数', start);
  if (!isTwoDigits && !/[万亿]/.test(line.slice(start, end)) && !/^[成个倍]/.test(line.slice(end, end + 1))) return null;
  if (insideQuotes(line, start)) return null;
  if (isTwoDigits) {
    const change = /^(增长|增速)/.exec(line.slice(start + 3, start + 5))?.[1];
    return withPrefix(line, start, {
      start, end: start + 3, text: '两位数', value: 10, min: null, max: null, unit: '%', unitClass: 'rate',
      comparator: '>=', isClassMarker: false, unitEnd: start + 3, ...(change ? { change } : {}),
    });
  }
  if (end - start > 12) return null; // a run this long is no number
  const digits = line.slice(start, end);
  const value = parseChineseNumber(digits);
  if (value === null) return null;
  const next = line[end];
  if (next === '成' && digits.length === 1) {
    return finishWith(line, start, end + 1, value * 10, '%', 'rate');
  }
  if (line.startsWith('个半月', end)) return finishWith(line, start, end + 3, value + 0.5, '月', 'time');
  if (line.startsWith('个月', end)) return finishWith(line, start, end + 2, value, '月', 'time');
  if (line.startsWith('个百分点', end)) return finishWith(line, start, end + 4, value, '百分点', 'rate');
  if (next === '倍' && line[end + 1] !== '增') return finishWith(line, start, end + 1, value, '倍', 'multiple');
  const unit = readUnit(line, end);
  // 万吨级纯电动智能海船: a size class needs no more than its magnitude.
  if (digits.length === 1 && /[万亿]/.test(digits) && unit?.class === 'measure' && line[end + unit.length] === '级') {
    return finishWith(line, start, end + unit.length, value, unit.unit, unit.class);
  }
  // Only a magnitude (百万, 千亿, 百亿) makes a bare Chinese numeral a measured amount; 万亩 alone is a name.
  if (!/[万亿]/.test(digits) || digits.length < 2) return null;
  if (line[end] === '级') return classQuantity(line, start, end + 1, value, '元');
  // 万人 alone may be a name (百万人才); after a bound (突破百万辆, 超百万人) it counts.
  const counted = unit?.class === 'count' && /(?:突破|超过|超|逾|近|达到|达)$/.test(line.slice(Math.max(0, start - 2), start));
  if (unit && unit.class !== 'rate' && (unit.class !== 'count' || counted)) {
    return finishWith(line, start, end + unit.length, value, unit.unit, unit.class);
  }
  return null;
}

/** 上千家, 超千场, 近百场: a round hundred or thousand after a bound counts (上千: a thousand or more). */
function roundCount(line: string, start: number, end: number): Quantity | null {
  const digits = line.slice(start, end);
  if (digits !== '百' && digits !== '千') return null;
  const unit = readUnit(line, end);
  if (unit?.class !== 'count') return null;
  const value = digits === '百' ? 100 : 1000;
  if (line[start - 1] === '上') {
    const q = finishWith(line, start, end + unit.length, value, unit.unit, 'count');
    return { ...q, start: start - 1, text: line.slice(start - 1, q.end), comparator: '>=' };
  }
  if (!/(?:超|近|突破|超过)$/.test(line.slice(Math.max(0, start - 2), start))) return null;
  return finishWith(line, start, end + unit.length, value, unit.unit, 'count');
}

function finishWith(line: string, start: number, unitEnd: number, value: number, unit: string, unitClass: UnitClass): Quantity {
  return withSuffix(line, withPrefix(line, start, {
    start, end: unitEnd, text: '', value, min: null, max: null, unit, unitClass, comparator: '=',
    isClassMarker: false, unitEnd,
  }));
}

function classQuantity(line: string, start: number, end: number, value: number, unit: string): Quantity {
  const q = finishWith(line, start, end, value, unit, 'money');
  const isLevelClass = line[end - 1] === '级';
  return { ...q, comparator: isLevelClass && q.comparator === '=' ? '>=' : q.comparator, isClassMarker: true };
}

/** The next value of a list, up to its unit: 、1305万 (人次). */
const LISTED_NEXT = /^[、和]\d+(?:\.\d+)?[万亿](?:多|余)?/;

/** The name of a ratio and the verb that sets it, right before a value: 城乡居民收入比缩小到. */
const RATIO_NAMED = /收入比(?:值)?(?:缩小至|缩小到|缩小为|缩至|降至|降到|下降至|下降到|为|达到|达|保持在|控制在)$/;

/** Magnitude, approximation words (多, 余), unit and comparators after the number(s). */
function finishQuantity(line: string, start: number, pos: number, value: number, max: number | null): Quantity | null {
  let approx = false;
  if (line[pos] === '多' || line[pos] === '余') {
    approx = true;
    pos++;
  }
  const magnitude = readMagnitude(line, pos);
  pos += magnitude.length;
  if (!approx && (line[pos] === '多' || line[pos] === '余')) {
    approx = true;
    pos++;
  }
  const written = line.slice(start, pos);
  const approxComparator: Comparator = written.endsWith('多') || /多/.test(written) ? '>' : '~';

  // 2.2∶1 (城乡居民收入比): a ratio to one, its value the first term; a three-part ratio is no quantity.
  const ratio = magnitude.length === 0 && !approx ? /^[∶:：]1(?![\d.∶:：])/.exec(line.slice(pos, pos + 4)) : null;
  if (ratio && /[∶:：][\d.]+$/.test(line.slice(Math.max(0, start - 8), start))) return null;
  // 占全国9成, 7成以上: tenths, as 四成 is.
  if (magnitude.length === 0 && !approx && max === null && Number.isInteger(value) && value >= 1 && value <= 10 &&
    line[pos] === '成' && !/[员为功果本交立效都绩熟型长品就批片套]/.test(line[pos + 1] ?? '')) {
    return finishWith(line, start, pos + 1, value * 10, '%', 'rate');
  }
  let unit = ratio ? { unit: '', class: 'ratio' as const, length: ratio[0].length } : readUnit(line, pos);
  let unitEnd = pos + (unit?.length ?? 0);
  if (line[pos] === '级' && magnitude.factor >= 1e8) {
    return classQuantity(line, start, pos + 1, roundScaled(value * magnitude.factor), '元');
  }
  // 分别达1409万、1305万人次: a listed value with a magnitude takes the unit of the value after it.
  if (!unit && magnitude.factor >= 1e4) {
    const next = LISTED_NEXT.exec(line.slice(pos, pos + 16));
    const shared = next ? readUnit(line, pos + next[0].length) : null;
    if (shared) unit = { ...shared, length: 0 };
  }
  // 城乡收入比缩小至2.12: a two-term ratio named before a bare value, its second term left out.
  if (!unit && magnitude.length === 0 && !approx && max === null && RATIO_NAMED.test(line.slice(Math.max(0, start - 12), start)) &&
    /^(?:以内|以下|左右|$|[^\d.A-Za-z\u4e00-\u9fff])/.test(line.slice(pos, pos + 2))) {
    unit = { unit: '', class: 'ratio', length: 0 };
  }
  if (!unit) {
    const implied = impliedUnit(line, pos, magnitude.factor);
    if (!implied) return null;
    unit = { unit: implied, class: implied === '元' ? 'money' : 'count', length: 0 };
    unitEnd = pos;
  }

  const base: Quantity = {
    start, end: unitEnd, text: '', value: max === null ? roundScaled(value * magnitude.factor) : null,
    min: max === null ? null : roundScaled(value * magnitude.factor), max: max === null ? null : roundScaled(max * magnitude.factor),
    unit: unit.unit, unitClass: unit.class, comparator: max === null ? (approx ? approxComparator : '=') : 'range',
    isClassMarker: false, unitEnd,
  };
  const q = withSuffix(line, withPrefix(line, start, base));
  // 每立方米54微克: the denominator written before the number joins the unit.
  const per = /每(立方米|平方米|千人|万人|百人|人|天|日|年)$/.exec(line.slice(Math.max(0, q.start - 5), q.start));
  if (per && unit.class === 'measure') {
    const from = q.start - per[0].length;
    return { ...q, start: from, text: line.slice(from, q.end), unit: `${unit.unit}/${per[1]}` };
  }
  if (line[start - 1] === '每') return null; // 每千人: a denominator, not an amount
  return q;
}

/**
 * People a bare count of ten thousands can name: 720万人口, 76万群众, 89万监测对象, 70万适龄妇女,
 * 80万重点群体, 242万偏远农村居民, 30万以上参保孕产妇 (a verb between, 1200万帮扶困难群众, makes it money).
 */
const PEOPLE_AFTER = /^(?:以上)?(?:困难|农村|偏远农村|城乡|城镇|适龄|贫困|低收入|脱贫|各族|受益|常住|重点|参保|新就业形态|新就业)?(?:人口|群众|居民|农民|市民|村民|妇女|儿童|婴幼儿|青年|女生|学生|老人|老年人|职工|监测对象|患者|游客|群体|孕产妇|劳动力|毕业生|残疾人|参保人|人员)/;

/** 720万人口 → 人; 营业收入超500亿企业 → 元. Otherwise a bare number measures nothing we can name. */
function impliedUnit(line: string, pos: number, factor: number): string | null {
  if (factor >= 1e4 && PEOPLE_AFTER.test(line.slice(pos, pos + 12))) return '人';
  if (factor >= 1e8) return '元';
  return null;
}

/** Words that end in a comparator character without being one: 签约80个 is not 约80个. */
const NOT_PREFIXES = ['签约', '节约', '合约', '制约', '预约', '特约', '公约', '集约', '最近', '附近', '就近', '赶超', '高超'];

function withPrefix(line: string, start: number, q: Quantity): Quantity {
  for (const [word, comparator] of PREFIX_COMPARATORS) {
    const from = start - word.length;
    if (from >= 0 && line.startsWith(word, from) && !NOT_PREFIXES.some((w) => line.startsWith(w, start - w.length))) {
      // The written word outranks a plain or approximate number (近5000余家 → ~, 超200亿元 → >), not a range or 多.
      const keep = q.comparator === 'range' || q.comparator === '>';
      return { ...q, start: from, comparator: keep ? q.comparator : comparator, isClassMarker: q.isClassMarker || comparator === '>' };
    }
  }
  return q;
}

function withSuffix(line: string, q: Quantity): Quantity {
  let end = q.end;
  let comparator = q.comparator;
  let isClassMarker = q.isClassMarker;
  // 10万吨级码头, 100兆瓦级: a size class, at least the size.
  if (line[end] === '级' && q.unitClass === 'measure') {
    end++;
    if (comparator === '=') comparator = '>=';
    isClassMarker = true;
  }
  // 增长1倍多: more than the multiple.
  if (q.unitClass === 'multiple' && (line[end] === '多' || line[end] === '余') && comparator === '=') {
    end++;
    comparator = '>';
  }
  for (const [word, cmp] of SUFFIX_COMPARATORS) {
    if (line.startsWith(word, end)) {
      end += word.length;
      if (comparator === '=' || (comparator === '~' && cmp !== '~')) comparator = cmp;
      if (word.endsWith('以上') || word.endsWith('以下')) isClassMarker = true;
      break;
    }
  }
  return { ...q, end, comparator, isClassMarker, text: line.slice(q.start, end) };
}

/** “民营经济32条”, “13条政策”, “21条”: a policy named by its number of articles, not a count. */
function isQuotedArticles(line: string, q: Quantity): boolean {
  return q.unit === '条' && insideQuotes(line, q.start) && /^[^“”"，,。；;]{0,4}[”"]/.test(line.slice(q.end, q.end + 5));
}

function insideQuotes(line: string, pos: number): boolean {
  for (let i = pos - 1; i >= Math.max(0, pos - 12); i--) {
    if (CLOSE_QUOTES.has(line[i]!) && line[i] !== '"') return false;
    if (OPEN_QUOTES.has(line[i]!)) return true;
  }
  return false;
}
