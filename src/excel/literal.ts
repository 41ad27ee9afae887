/**
 * Plan values → what is written into `Range.values`. Excel interprets written strings like typed input:
 * `=…` and `+`/`-`-prefixed text become formulas, numbers, dates (ISO and locale forms), booleans and error
 * literals are converted. A leading apostrophe makes Excel keep the rest as literal text (the apostrophe is
 * not part of the value), so every string that Excel could reinterpret is written with one.
 */
import { type PlanValue } from '../workbook/plan';

const DIGIT = /[0-9\uff10-\uff19]/;

/** True for strings Excel stores verbatim as text: they start with a CJK ideograph or CJK punctuation and hold no digit. */
export function isPlainText(s: string): boolean {
  const c = s.charCodeAt(0);
  const cjkStart =
    (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3001 && c <= 0x303f);
  return cjkStart && !DIGIT.test(s);
}

/** The value to write for a plan cell so that it reads back exactly as planned (text stays text). */
export function cellInput(value: PlanValue): string | number | boolean {
  if (value === null || value === '') return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : `'${String(value)}`;
  if (typeof value === 'boolean') return value;
  return isPlainText(value) ? value : `'${value}`;
}
