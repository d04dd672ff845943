/**
 * Whether a plain-text file reads like a government work report or a development plan, from its
 * opening alone: the client switches such files to the policy-report language, and the workspace
 * scan indexes them, whatever their names (the seeds are called 000_2d311365dc22e685.txt).
 */

/** How much of a file's start is read: a title, a date line, the first paragraphs. */
export const DETECTION_PREFIX_LENGTH = 4000;

/** Phrases of a report's title or address; one is enough. */
const STRONG = /政府工作报告|规划纲要|五年规划|国民经济和社会发展[^\n]{0,12}(?:计划|规划)|计划执行情况|各位代表|主要预期目标/;
/** Phrases common in reports; two different ones are needed. */
const WEAK = /预期目标|同比增长|增长\d+(?:\.\d+)?%|亿元|重点工作|工作回顾|高质量发展|十[三四五]五|政府工作|全面建成小康社会|主要目标|人均可支配收入/g;

export function looksLikeReport(text: string): boolean {
  const head = text.slice(0, DETECTION_PREFIX_LENGTH);
  if (STRONG.test(head)) return true;
  const seen = new Set<string>();
  for (const match of head.matchAll(WEAK)) seen.add(match[0].replace(/[\d.]+/, '#'));
  return seen.size >= 2;
}
