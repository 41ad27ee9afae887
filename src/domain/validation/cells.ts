/** Reading raw workbook cells defensively: anything a returned workbook may hold, never a throw. */

/** What a cell holds, classified once. */
export type CellKind = 'blank' | 'text' | 'number' | 'boolean' | 'error' | 'other';

/** Classifies a cell; values outside the CellValue contract (undefined, Date, objects) are `other` or `blank`. */
export function cellKind(value: unknown): CellKind {
  if (value === null || value === undefined) return 'blank';
  switch (typeof value) {
    case 'string':
      return isBlankText(value) ? 'blank' : 'text';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return typeof (value as { error?: unknown }).error === 'string' ? 'error' : 'other';
    default:
      return 'other';
  }
}

// Whitespace as users type it: ASCII, full-width space, NBSP, zero-width and BOM.
// (The zero-width joiner stays outside the class: inside one it reads as a joined sequence.)
const SPACE = '(?:[\\s\\u3000\\u00a0\\u200b\\u200c\\u2060\\ufeff]|\\u200d)';
const SPACES_RE = new RegExp(`${SPACE}+`, 'g');

/** Whether a string holds nothing but whitespace (including full-width and zero-width spaces). */
export function isBlankText(text: string): boolean {
  return trimAll(text) === '';
}

/** Trims ASCII, full-width and zero-width whitespace at both ends (a loop: a regex would backtrack on huge text). */
export function trimAll(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0xfeff
  );
}

/** Whether a cell is blank (null, missing or whitespace only). */
export function isBlankCell(value: unknown): boolean {
  return cellKind(value) === 'blank';
}

/** The cell as trimmed text, as a summary formula would compare it; '' for blanks, errors and unknown values. */
export function cellText(value: unknown): string {
  switch (cellKind(value)) {
    case 'text':
      return trimAll(value as string);
    case 'number':
      return String(value);
    case 'boolean':
      return value ? 'TRUE' : 'FALSE';
    default:
      return '';
  }
}

/** The error code of an error cell (`#N/A`), or null. */
export function cellError(value: unknown): string | null {
  return cellKind(value) === 'error' ? String((value as { error: string }).error) : null;
}

const MAX_SHOWN = 40;
// C0/C1 controls and bidi overrides would garble a message or reorder it on screen.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const UNSAFE_RE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A cell as shown inside a message: clipped to 40 characters, controls replaced, errors named. */
export function showCell(value: unknown): string {
  const kind = cellKind(value);
  if (kind === 'error') return clip(cellError(value) ?? '#错误', MAX_SHOWN);
  if (kind === 'other') return '（无法识别的值）';
  if (kind === 'blank') return '（空）';
  if (kind === 'text') return clip(trimAll(value as string), MAX_SHOWN);
  return clip(cellText(value), MAX_SHOWN);
}

/** Clips text to `max` UTF-16 units without splitting a surrogate pair, marking the cut with "…". */
export function clip(text: string, max: number): string {
  const head = text.length > max ? text.slice(0, max) : text;
  let safe = head.replace(UNSAFE_RE, '\ufffd');
  if (text.length > max) {
    const last = safe.charCodeAt(safe.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) safe = safe.slice(0, -1);
    safe += '…';
  }
  return safe;
}

/** Whether two cell values are the same value (error cells compare by code). */
export function sameCell(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (cellKind(a) === 'blank' && cellKind(b) === 'blank') return true;
  const ea = cellError(a);
  return ea !== null && ea === cellError(b);
}

/**
 * A comparison key for names and labels: NFKC (full-width letters, digits and brackets to ASCII),
 * all whitespace removed, upper case. Long texts are not normalised (they are never a known name).
 */
export function looseKey(text: string): string {
  if (text.length > 200) return text;
  return text.normalize('NFKC').replace(SPACES_RE, '').toUpperCase();
}
