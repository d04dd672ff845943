/** Which kind a quantity is: looking back (achievement, baseline) or forward (target, commitment). */
import type { Kind, Tense } from './types';
import type { Quantity } from './quantities';
import { ALLOCATION_VERBS } from './indicators';

/** A background figure rather than an accomplishment: 有着720万人口. */
const BACKGROUND_CUES = /(?:有着|拥有(?![量率])|现有|辖区面积|总面积|总人口)[^，,。；]{0,6}$/;
/** A level verb right before the value: 保持在, 稳定在, 控制在. */
const LEVEL_BEFORE = /(?:保持在|稳定在|控制在)$/;
/** Change verbs of a rate or level, not of a deliverable. */
const RATE_CHANGE = /增长|增速|涨幅|提高|降低|下降|增幅/;
/** Indicators measured as levels or rates are targets; counts of deliverables are commitments. */
const TARGET_INDICATOR = /率|总值|收入|增加值|总额|产值|规模|吞吐量|(?<![质力能数])量$|交易额|就业|比重|指数|价格|产量|总产|浓度|天数|强度|能力|信贷|营业收入|水平|贷款余额|消费|圈$/;
/** A level word in the name but a deliverable by its verb: 完成…投资, 筹措7亿元实施就业惠民工程. */
const DELIVERED_LEVEL = new RegExp(`^(?:完成|建设|实施|${ALLOCATION_VERBS})`);

export function classifyQuantity(
  tense: Tense,
  quantity: Quantity,
  indicator: string | null,
  change: string | null,
  textBefore: string,
): Kind {
  if (tense === 'review') return BACKGROUND_CUES.test(textBefore) && change === null ? 'baseline' : 'achievement';
  if (quantity.unitClass === 'rate' || quantity.unitClass === 'multiple' || quantity.unitClass === 'time' || quantity.unitClass === 'ratio') return 'target';
  // A bound makes a level a target (粮食产量1300万吨以上, 年开行量保持在4800列以上, 2千亿级), not a
  // deliverable (改造地下管网1250公里以上, 新建充电设施50万个以上).
  const level = /级$/.test(quantity.text) || LEVEL_BEFORE.test(textBefore) ||
    (quantity.unitClass !== 'count' && (change === null || RATE_CHANGE.test(change)));
  if (quantity.isClassMarker && level) return 'target';
  if (change !== null && RATE_CHANGE.test(change)) return 'target';
  if (indicator !== null && TARGET_INDICATOR.test(indicator) && !DELIVERED_LEVEL.test(change ?? '')) return 'target';
  return 'commitment';
}
