/**
 * Whether a summary's quantity says what its source says: value within the summary's rounding,
 * unit, and comparator. Periods are compared in summaryCheck.ts, which knows the years around both.
 */
import type { Finding } from '../types';
import { toHalfWidthDigit } from '../text';

/** Units that measure the same thing on another scale: a summary may restate 45亿斤 as 225万吨. */
const SCALES: Readonly<Record<string, readonly [string, number]>> = {
  斤: ['kg', 0.5], 公斤: ['kg', 1], 吨: ['kg', 1000],
  米: ['m', 1], 公里: ['m', 1000],
  平方米: ['m2', 1], 平方公里: ['m2', 1e6], 公顷: ['m2', 1e4], 亩: ['m2', 10000 / 15],
  秒: ['s', 1], 分钟: ['s', 60], 小时: ['s', 3600], 天: ['s', 86400],
};

/** Classifiers a writer swaps freely (100家企业, 100个企业): no unit difference between them. */
const CLASSIFIERS = new Set(['个', '家', '座', '所', '条', '处', '项', '件', '台', '套', '辆', '栋', '间', '张', '宗', '起',
  '场', '批', '部', '支', '块', '片', '口', '艘', '只', '头', '株', '棵', '根', '盏', '床', '列']);
const PERSONS = new Set(['人', '名', '位']);

/** Which units a quantity can be compared in at all: a rate with a rate, money with money, a count with a count. */
export function unitFamily(unit: string | null): string {
  if (unit === null) return '';
  if (unit === '%' || unit === '百分点' || unit === '‰') return 'rate';
  if (unit === '元' || unit === '美元' || unit.startsWith('元/')) return 'money';
  const scale = SCALES[unit];
  if (scale) return scale[0];
  if (CLASSIFIERS.has(unit) || PERSONS.has(unit) || /^(户|[人户车场架航班艘台件]?次)$/.test(unit)) return 'count';
  return unit;
}

/** The unit under which two writings are the same: 个 = 家, 人 = 名; 斤 and 吨 compare through their scale. */
function unitKey(unit: string | null): string {
  if (unit === null) return '';
  if (CLASSIFIERS.has(unit)) return '个';
  if (PERSONS.has(unit)) return '人';
  return SCALES[unit]?.[0] ?? unit;
}

export function sameUnit(a: Finding, b: Finding): boolean {
  return unitKey(a.unit) === unitKey(b.unit);
}

/** The value in a scale shared with `other` (吨 → 斤), or as read when the units do not convert. */
function scaled(value: number, from: string | null, to: string | null): number {
  const a = from === null ? undefined : SCALES[from];
  const b = to === null ? undefined : SCALES[to];
  return a && b && a[0] === b[0] ? (value * a[1]) / b[1] : value;
}

/**
 * How far the summary's value may stand from the source's and still be its rounding: half a step
 * of the last digit written (1.6万 → ±500, 约3.5万亿 → ±500亿). A whole number ending in zeros
 * keeps two significant digits (3000亿 → ±50亿, 13000 → ±500), so 300 for 273 is a changed number.
 */
export function roundingTolerance(finding: Finding): number {
  const reference = finding.value ?? finding.max ?? finding.min;
  if (reference === null) return 0;
  const digits = [...finding.text].map(toHalfWidthDigit).join('');
  const written = /\d+(?:\.\d+)?/.exec(digits)?.[0];
  const exact = Math.abs(reference) * 1e-9;
  if (written === undefined) {
    // Chinese numerals round as far as their digits go: 近两成 is 20 ± 5 (%), 三千亿 3000亿 ± 500亿.
    const significant = Math.max(1, (finding.text.match(/[一二两三四五六七八九]/g) ?? []).length);
    if (reference === 0) return exact;
    return 10 ** (Math.floor(Math.log10(Math.abs(reference))) - significant + 1) / 2 + exact;
  }
  const number = Number(written);
  if (number === 0) return exact;
  const magnitude = Math.abs((finding.comparator === 'range' ? finding.min ?? reference : reference) / number);
  const [whole, fraction] = written.split('.');
  let step: number;
  if (fraction !== undefined) step = 10 ** -fraction.length;
  else {
    const trailingZeros = /0*$/.exec(whole!)![0].length;
    step = 10 ** Math.min(trailingZeros, Math.max(0, whole!.length - 2));
  }
  return (step / 2) * magnitude + exact;
}

/** The summary's value agrees with the source's within the summary's rounding (ranges end by end). */
export function valueAgrees(summary: Finding, source: Finding): boolean {
  const factor = scaled(1, summary.unit, source.unit);
  const tolerance = roundingTolerance(summary) * factor;
  const within = (value: number, low: number, high: number) => value * factor >= low - tolerance && value * factor <= high + tolerance;
  const sourceLow = source.value ?? source.min;
  const sourceHigh = source.value ?? source.max;
  if (sourceLow === null || sourceHigh === null) return true;
  if (summary.value !== null) return within(summary.value, sourceLow, sourceHigh);
  if (summary.min === null || summary.max === null) return true;
  // A range restating one figure holds it; a range restating a range keeps both ends.
  if (source.value !== null) return summary.min * factor - tolerance <= source.value && source.value <= summary.max * factor + tolerance;
  return within(summary.min, sourceLow, sourceLow) && within(summary.max, sourceHigh, sourceHigh);
}

type Direction = 'up' | 'down' | 'about' | 'aboutUp' | 'aboutDown' | 'exact' | 'range';

/** Which way a comparator bounds the figure; 余 (5000余家) is a little over, 近 a little under. */
function direction(finding: Finding): Direction {
  switch (finding.comparator) {
    case '>=':
    case '>':
      return 'up';
    case '<=':
    case '<':
      return 'down';
    case '~':
      if (/余/.test(finding.text)) return 'aboutUp';
      return /^(?:近|接近)/.test(finding.text) ? 'aboutDown' : 'about';
    case 'range':
      return 'range';
    default:
      return 'exact';
  }
}

/**
 * Comparators disagree when the summary bounds the figure where the source does not, or bounds it
 * the other way: `8%以下` for `8%以上`, `50个以上` for `50个`, `2个百分点以上` for `近2个百分点`.
 * A plain figure is the figure named (a digest drops 以上 and 左右 without changing what is meant),
 * and an approximate one (约, 左右) may stand for any bound; 以上, 不低于, 超过, 突破 and 余 all bound
 * from below, 以内, 不超过, 不到 and 近 from above.
 */
export function comparatorAgrees(summary: Finding, source: Finding): boolean {
  const s = direction(summary);
  const t = direction(source);
  if (s === 'exact' || s === 'about' || s === 'aboutUp' || s === 'aboutDown' || s === 'range' || t === 'range') return true;
  if (s === 'up') return t === 'up' || t === 'aboutUp';
  return t === 'down' || t === 'aboutDown';
}
