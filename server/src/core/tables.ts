/**
 * Indicator tables (专栏1-1 in a five-year plan): each row gives a baseline, a target with its
 * deadline and an average annual growth, and we check that the three agree.
 */
import type { Comparator, Finding, TableGrowthMismatch } from './types';
import { readMagnitude, roundScaled } from './numerals';
import { readUnit } from './units';
import { dateFinding, isoDate } from './dates';
import { isTableRow } from './text';

type Role = 'base' | 'target' | 'growth' | 'attribute' | 'other';

interface Cell {
  text: string;
  start: number;
  end: number;
}

export interface TableReading {
  /** 0-based lines that belong to a table: the prose scanner leaves them alone. */
  lines: Set<number>;
  findings: Omit<Finding, 'section'>[];
  mismatches: TableGrowthMismatch[];
}

/** A growth column within this many percentage points of baseline → target agrees with it. */
const GROWTH_TOLERANCE = 0.5;

export function readTables(lines: readonly string[], reportYear: number | null): TableReading {
  const reading: TableReading = { lines: new Set(), findings: [], mismatches: [] };
  let i = 0;
  while (i < lines.length) {
    if (!isTableRow(lines[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && isTableRow(lines[end + 1]!)) end++;
    readTable(lines, i, end, reportYear, reading);
    i = end + 1;
  }
  return reading;
}

function readTable(lines: readonly string[], first: number, last: number, reportYear: number | null, out: TableReading): void {
  let roles: Role[] | null = null;
  let headerNameIndex = -1;
  let baseYear: number | null = null;
  let targetYear: number | null = null;
  let growthName = '年均增长';
  for (let n = first; n <= last; n++) {
    out.lines.add(n);
    const line = lines[n]!;
    const cells = splitCells(line);
    if (roles === null) {
      const header = readHeader(cells);
      if (!header) continue;
      ({ roles, baseYear, targetYear } = header);
      headerNameIndex = header.nameIndex;
      growthName = header.growthName ?? growthName;
      const targetCell = cells[header.targetIndex];
      if (targetYear !== null && targetCell && reportYear !== null && targetYear > reportYear) {
        const at = line.indexOf(`${targetYear}年`, targetCell.start);
        const text = `${targetYear}年`;
        out.findings.push(dateFinding({ start: at, end: at + text.length, text, deadline: isoDate(targetYear, 12, 31) }, n + 1, ''));
      }
      continue;
    }
    const nameIndex = rowNameIndex(cells, headerNameIndex);
    if (nameIndex < 0) continue;
    const values = cells.slice(nameIndex + 1);
    if (!values.some((c) => parseCell(c.text) !== null)) continue; // a group row such as 一、经济发展
    const { indicator, factor, unit } = readRowName(cells[nameIndex]!.text);
    const deadline = targetYear !== null ? isoDate(targetYear, 12, 31) : null;
    const row: Partial<Record<Role, number>> = {};
    for (let k = 0; k < values.length && k < roles.length; k++) {
      const role = roles[k]!;
      if (/^(预期性|约束性)$/.test(values[k]!.text)) break; // merged cells: the attribute came early
      const parsed = parseCell(values[k]!.text);
      if (!parsed || role === 'attribute' || role === 'other') continue;
      const cell = values[k]!;
      const isGrowth = role === 'growth';
      const value = isGrowth && !parsed.cumulative ? parsed.value : roundScaled(parsed.value * factor);
      // [4.9] in a 年均增长[累计] column is a change over the whole period, not a yearly rate.
      if (!parsed.cumulative) row[role] = parsed.value;
      out.findings.push({
        kind: role === 'base' ? 'baseline' : 'target',
        line: n + 1, start: cell.start, end: cell.end, text: cell.text,
        indicator, change: isGrowth ? (parsed.cumulative ? '累计' : growthName) : null, value, min: null, max: null,
        unit: isGrowth ? (parsed.cumulative ? cumulativeUnit(indicator, unit) : '%') : unit, comparator: parsed.comparator, deadline: role === 'base' ? null : deadline,
      });
    }
    const years = baseYear !== null && targetYear !== null ? targetYear - baseYear : null;
    if (row.base !== undefined && row.target !== undefined && row.growth !== undefined && years && row.base > 0 && row.target > 0) {
      const implied = (Math.pow(row.target / row.base, 1 / years) - 1) * 100;
      if (Math.abs(implied - row.growth) > GROWTH_TOLERANCE) {
        out.mismatches.push({
          line: n + 1, indicator, baseline: row.base, target: row.target, years,
          statedGrowth: row.growth, impliedGrowth: Math.round(implied * 10) / 10,
        });
      }
    }
  }
}

function splitCells(line: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (const part of line.split('|')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    cells.push({ text, start: from + lead, end: from + lead + text.length });
    from += part.length + 1;
  }
  return cells;
}

/**
 * The row's indicator cell: under the header's 指标 when it holds a name followed by a value;
 * otherwise the first name followed by a value (scrapes put row numbers in front).
 */
function rowNameIndex(cells: Cell[], headerNameIndex: number): number {
  const isName = (k: number) => /[\u4e00-\u9fff]/.test(cells[k]?.text ?? '') && isValueCell(cells[k + 1]?.text ?? '');
  if (isName(headerNameIndex)) return headerNameIndex;
  return cells.findIndex((_, k) => isName(k));
}

/** A change over the period is in the row's own unit; a share (城镇化率, %) changes by percentage points. */
function cumulativeUnit(indicator: string, unit: string | null): string | null {
  return unit === '%' && !/降低|下降|降幅|增长|增速|增幅/.test(indicator) ? '百分点' : unit;
}

function isValueCell(text: string): boolean {
  return parseCell(text) !== null || /^[—–-]+$/.test(text);
}

interface Header {
  nameIndex: number;
  roles: Role[];
  baseYear: number | null;
  targetYear: number | null;
  targetIndex: number;
  growthName: string | null;
}

/** 指 标 | 2020年 基 数 | 2025年 目 标 | 年均增长 (%) | 属性 */
function readHeader(cells: Cell[]): Header | null {
  const names = cells.map((c) => c.text.replace(/\s+/g, ''));
  const nameIndex = names.findIndex((t) => /指标/.test(t));
  if (nameIndex < 0) return null;
  let baseYear: number | null = null;
  let targetYear: number | null = null;
  let targetIndex = -1;
  let growthName: string | null = null;
  const yearOnly: number[] = [];
  const roles = names.slice(nameIndex + 1).map((t, k): Role => {
    const year = /(\d{4})年/.exec(t);
    if (year && /^\d{4}年$/.test(t)) {
      yearOnly.push(k);
      return 'other';
    }
    if (/基数|基期|现状|实际/.test(t)) {
      baseYear = year ? Number(year[1]) : null;
      return 'base';
    }
    if (/目标|预期|规划/.test(t) && year) {
      targetYear = Number(year[1]);
      targetIndex = nameIndex + 1 + k;
      return 'target';
    }
    if (/年均|增长|增速/.test(t)) {
      growthName = t.replace(/[（(\[［【][^）)\]］】]*[）)\]］】]/g, '');
      return 'growth';
    }
    if (/属性|类别|类型/.test(t)) return 'attribute';
    return 'other';
  });
  // | 指标 | 2020年 | 2025年 |: with no 基数 or 目标 written, the earlier year is the base, the later the target.
  if (!roles.includes('target') && yearOnly.length >= 1) {
    const yearOf = (k: number) => Number(/(\d{4})/.exec(names[nameIndex + 1 + k]!)![1]);
    const sorted = [...yearOnly].sort((a, b) => yearOf(a) - yearOf(b));
    const target = sorted[sorted.length - 1]!;
    roles[target] = 'target';
    targetYear = yearOf(target);
    targetIndex = nameIndex + 1 + target;
    if (sorted.length >= 2 && !roles.includes('base')) {
      roles[sorted[0]!] = 'base';
      baseYear = yearOf(sorted[0]!);
    }
  }
  if (!roles.includes('target')) return null;
  return { nameIndex, roles, baseYear, targetYear, targetIndex, growthName };
}

/** 地区生产总值(亿元) → 地区生产总值, ×1e8, 元; 全员劳动生产率(万元/人,2020年价格) → 元/人. */
function readRowName(text: string): { indicator: string; factor: number; unit: string | null } {
  const m = /^(.*?)[（(]([^）)]*)[）)]\s*$/.exec(text);
  if (!m) return { indicator: text, factor: 1, unit: null };
  const spec = m[2]!.split(/[,，]/)[0]!.trim();
  const magnitude = readMagnitude(spec, 0);
  const unit = readUnit(spec, magnitude.length);
  return { indicator: m[1]!.trim(), factor: magnitude.factor, unit: unit?.unit ?? (spec.slice(magnitude.length) || null) };
}

const CELL_COMPARATORS: Readonly<Record<string, Comparator>> = {
  '<': '<', '＜': '<', '>': '>', '＞': '>', '≤': '<=', '≥': '>=', 不低于: '>=', 不超过: '<=', 约: '~',
};

function parseCell(text: string): { value: number; comparator: Comparator; cumulative: boolean } | null {
  const cumulative = /^[\[［【].*[\]］】]$/.test(text);
  if (cumulative) text = text.slice(1, -1).trim();
  const m = /^(<|＜|>|＞|≤|≥|不低于|不超过|约)?\s*(-?\d+(?:\.\d+)?)\s*(以上|以下|以内|左右)?$/.exec(text);
  if (!m || m[2]!.replace(/[-.]/g, '').length > 15) return null;
  let comparator: Comparator = m[1] ? CELL_COMPARATORS[m[1]]! : '=';
  if (m[3]) comparator = m[3] === '以上' ? '>=' : m[3] === '左右' ? '~' : '<=';
  return { value: Number(m[2]), comparator, cumulative };
}
