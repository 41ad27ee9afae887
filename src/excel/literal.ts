/**
 * Plan values → what is written into `Range.values`. Excel reads written strings like typed input: in a General
 * cell `=…` and `+`/`-`/`@`-prefixed text become formulas, and numbers, dates, times, percentages, booleans and
 * error literals are converted; a leading apostrophe there is the prefix character (not part of the value), so
 * exactly those strings get one. A cell formatted as Text (`@`) keeps what is written as text, so nothing is
 * prefixed there; but whether a leading apostrophe in such a cell is dropped or kept is not documented, so a
 * string that itself starts with an apostrophe is written while its cell is General (`writeFormat`) and the Text
 * format is put back afterwards. Either way the cell reads back as the planned string.
 */
import { type PlanValue } from '../workbook/plan';

const TEXT_FORMAT = '@';
const GENERAL = 'General';

/** Strings Excel converts when typed into a General cell: anything with a digit, booleans, error literals. */
const DIGIT = /[0-9\uff10-\uff19]/;
const FORMULA_START = /^[=+\-@'\uff1d\uff0b\uff0d]/;
const BOOLEAN_OR_ERROR = /^\s*(true|false|#[A-Za-z0-9/]+[!?]?)\s*$/i;

/** Whether a string would not stay literal text if written into a General cell (so it needs the prefix). */
export function needsQuote(s: string): boolean {
  return FORMULA_START.test(s) || DIGIT.test(s) || BOOLEAN_OR_ERROR.test(s);
}

/** Whether a plan value is text that needs the apostrophe prefix in a General cell. */
function quoted(value: PlanValue): value is string {
  return typeof value === 'string' && value !== '' && needsQuote(value);
}

/**
 * The number format a cell must have while `value` is written into it, given the format planned for it: the
 * planned one, except General for text starting with an apostrophe in a Text cell (see the header).
 */
export function writeFormat(value: PlanValue, planned: string | undefined): string | undefined {
  if (planned === TEXT_FORMAT && typeof value === 'string' && value.startsWith("'")) return GENERAL;
  return planned;
}

/**
 * The value to write for a plan cell whose number format at write time is `format` (General when unknown), so
 * that it reads back exactly as planned: text stays text, and only General cells ever see the prefix.
 */
export function cellInput(value: PlanValue, format: string = GENERAL): string | number | boolean {
  if (value === null || value === '') return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : `'${String(value)}`;
  if (typeof value === 'boolean') return value;
  if (format === TEXT_FORMAT) return value;
  return quoted(value) ? `'${value}` : value;
}

/**
 * The number format to set explicitly on a cell whose plan names none: General when the value needs the prefix
 * (so that a Text format left on the cell cannot keep the apostrophe), else none.
 */
export function formatForPrefix(value: PlanValue, planned: string | undefined): string | undefined {
  if (planned !== undefined) return writeFormat(value, planned);
  return quoted(value) ? GENERAL : undefined;
}
