/** A1 address parsing for the Excel fake (kept separate from src/excel so a writer bug cannot hide in shared code). */

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's sheet size. */
export const MAX_ROWS = 1048576;
/** Excel's column count. */
export const MAX_COLS = 16384;

/** Column letters → 0-based index. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based index → column letters. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseEnd(part: string): { row?: number; col?: number } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(part);
  if (!m || (!m[1] && !m[2])) return null;
  const out: { row?: number; col?: number } = {};
  if (m[1]) out.col = columnIndex(m[1]);
  if (m[2]) out.row = Number(m[2]) - 1;
  return out;
}

/** Parses `A1`, `A1:C5`, `A:C`, `2:5`, optionally sheet-qualified (`'工作任务'!A1:B2`); null when malformed. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } | null {
  let sheet: string | undefined;
  let rest = address.trim();
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheet = rest.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const parts = rest.split(':');
  const a = parts[0];
  const b = parts[1] ?? a;
  if (a === undefined || b === undefined || parts.length > 2) return null;
  const p = parseEnd(a);
  const q = parseEnd(b);
  if (!p || !q) return null;
  const rect: Rect = {
    top: p.row ?? 0,
    left: p.col ?? 0,
    bottom: q.row ?? MAX_ROWS - 1,
    right: q.col ?? MAX_COLS - 1,
  };
  if ((p.row === undefined) !== (q.row === undefined) || (p.col === undefined) !== (q.col === undefined))
    return null;
  if (rect.top > rect.bottom || rect.left > rect.right || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLS)
    return null;
  return sheet === undefined ? { rect } : { sheet, rect };
}

/** Rect → `A1:C5` (or `A1` for one cell). */
export function formatRect(rect: Rect): string {
  const a = `${columnLetters(rect.left)}${rect.top + 1}`;
  const b = `${columnLetters(rect.right)}${rect.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** Sheet-qualified address as Office.js returns it (quotes when the name needs them). */
export function qualify(sheet: string, rect: Rect): string {
  const needsQuotes = !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  const name = needsQuotes ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  return `${name}!${formatRect(rect)}`;
}

/** Number of cells in a rect. */
export function cellCount(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

/** Whether two rects share a cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Whether `inner` lies inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.left >= outer.left &&
    inner.right <= outer.right &&
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom
  );
}
