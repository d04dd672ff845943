/**
 * What a target and a result must share to be paired (the indicator's canonical name, the unit),
 * and which way the indicator is good: a price rise or an unemployment rate is a ceiling.
 */
import type { Finding } from '../types';
import { canonicalIndicator } from '../vocabulary';
import { readLine } from '../read/normalize';

/** Rate words written into the name (居民消费价格上涨, 城镇调查失业率平均): the change, not the indicator. */
const TRAILING_CHANGE = /(?:同比|比上年|较上年)?(?:上涨|涨幅|增长|增速|增幅|下降|降幅|降低|提高|平均|年均)$/u;
/** Scope and time words before the name (全年地区生产总值, 预计全市…). */
const LEADING_SCOPE = /^(?:全年|今年|去年|上年|预计|初步核算|全市|全省|全区|全县|全州|全旗|全国)/u;

export function indicatorKey(f: Finding): string | null {
  if (f.indicator === null) return null;
  let name = readLine(f.indicator).text.trim();
  for (let m = LEADING_SCOPE.exec(name); m && name.length > m[0].length; m = LEADING_SCOPE.exec(name)) name = name.slice(m[0].length);
  for (let m = TRAILING_CHANGE.exec(name); m && name.length > m[0].length; m = TRAILING_CHANGE.exec(name)) name = name.slice(0, m.index);
  const key = canonicalIndicator(name);
  return key === '' ? null : key;
}

/** Words that make a quantity a fall (下降3%): its value counts below zero. */
const FALL = /下降|降低|减少|下滑|回落|降幅|缩小|压减|压降|削减/u;

/** +1 for a rise or a level, −1 for a fall, from the change word or the rate word in the name. */
export function direction(f: Finding): 1 | -1 {
  const words = `${f.indicator === null ? '' : readLine(f.indicator).text.replace(LEADING_SCOPE, '').slice(-4)}${f.change === null ? '' : readLine(f.change).text}`;
  return FALL.test(words) ? -1 : 1;
}

/** Indicators that should stay low: prices, unemployment, energy use and emissions per unit of GDP, deficits. */
const CEILING = /价格|物价|CPI|失业率|能耗|排放|二氧化碳|污染|细颗粒物|PM2\.5|重污染|赤字|用水总量/u;
/** Indicators that should grow: output, income, investment, consumption, trade, jobs, harvests. */
const FLOOR = /生产总值|增加值|收入|投资|零售|消费品|进出口|出口|外资|就业|产量|总产|产值|利润|城镇化率|覆盖率|优良天数|研发|吞吐量|税收/u;

export type Goal = 'ceiling' | 'floor' | 'unknown';

export function goalOf(key: string, target: Finding): Goal {
  if (CEILING.test(key)) return 'ceiling';
  if (FLOOR.test(key)) return 'floor';
  // 增长, 提高, 新增 … with no fall in it: more is the aim.
  return target.change !== null && direction(target) === 1 ? 'floor' : 'unknown';
}

/** Units after folding magnitudes (the reading already folds 万人 → 人); 名 and 位 count persons. */
export function unitKey(unit: string | null): string {
  if (unit === null) return '';
  const u = readLine(unit).text;
  return u === '名' || u === '位' ? '人' : u;
}
