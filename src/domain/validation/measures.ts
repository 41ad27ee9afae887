/**
 * Comparing measurement units (计量单位). Counts of things (户/家/个/项/件…) are one family: a different word
 * is worth a look but the figure still means the same. A different scale of the same dimension (万元 vs 亿元)
 * or a different dimension (亿元 vs %, 万元 vs 户) changes what the figure means, so it cannot be counted.
 */

/** How a written measure relates to the target's measure. */
export type MeasureMatch = 'same' | 'same-family' | 'different-scale' | 'different-dimension' | 'unknown';

interface MeasureInfo {
  dimension: string;
  /** Multiplier to the dimension's base unit (元 for money, 吨 for weight…). */
  scale: number;
}

const MEASURES = new Map<string, MeasureInfo>();
function define(dimension: string, scale: number, ...names: string[]): void {
  for (const name of names) MEASURES.set(name, { dimension, scale });
}
define(
  'count',
  1,
  '户',
  '家',
  '个',
  '项',
  '件',
  '所',
  '座',
  '处',
  '批',
  '条',
  '款',
  '种',
  '台',
  '套',
  '只',
  '部',
  '场',
  '期',
);
define('people', 1, '人', '名', '人次', '位');
define('money', 1, '元');
define('money', 1e4, '万元');
define('money', 1e8, '亿元');
define('percent', 1, '%', '％', '百分比');
define('points', 1, '个百分点', '百分点');
define('weight', 1, '吨');
define('weight', 1e4, '万吨');
define('area', 1, '平方米', 'm2', 'm²');
define('area', 1e4, '万平方米');
define('land', 1, '亩');
define('land', 1e4, '万亩');
define('energy', 1, '千瓦时', '度');
define('energy', 1e4, '万千瓦时');
define('length', 1, '公里', '千米');

/** Normalises a measure as written: NFKC, no spaces, no brackets (`（户）` → `户`). */
export function normalizeMeasure(raw: string): string {
  if (raw.length > 64) return raw;
  return raw.normalize('NFKC').replace(/[\s()（）[\]【】]/g, '');
}

/** Compares a written measure with the target's measure. */
export function compareMeasures(written: string, expected: string): MeasureMatch {
  if (written === expected) return 'same';
  const a = normalizeMeasure(written);
  const b = normalizeMeasure(expected);
  if (a === b) return 'same';
  const ia = MEASURES.get(a);
  const ib = MEASURES.get(b);
  if (!ia || !ib) return 'unknown';
  if (ia.dimension !== ib.dimension) return 'different-dimension';
  return ia.scale === ib.scale ? 'same-family' : 'different-scale';
}

/** The factor that turns a figure in `from` into `to` units, when both are scales of one dimension. */
export function scaleFactor(from: string, to: string): number | null {
  const ia = MEASURES.get(normalizeMeasure(from));
  const ib = MEASURES.get(normalizeMeasure(to));
  return ia && ib && ia.dimension === ib.dimension ? ia.scale / ib.scale : null;
}
