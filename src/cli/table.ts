/** Plain-text tables for the terminal, aligned for Chinese (double-width) characters. */

/** Whether a code point takes two terminal columns (East Asian Wide and Fullwidth ranges). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Number of terminal columns a text takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

/**
 * Makes untrusted text safe for one table cell: control characters (line breaks, tabs, terminal escape
 * sequences, bidirectional overrides) become spaces, so a notice cannot redraw or reorder the terminal.
 */
export function cellText(text: string): string {
  let out = '';
  for (const char of text) out += isControl(char.charCodeAt(0)) ? ' ' : char;
  return out.replace(/ {2,}/g, ' ').trim();
}

function isControl(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Punctuation a line should not start with. */
const CLOSING = '。，、；：？！）」』】》”’.,;:?!)';

/** Splits a text into pieces of at most `max` columns (never cutting a character; nothing is dropped). */
export function splitWidth(text: string, max: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const char of text) {
    const w = displayWidth(char);
    // Closing punctuation stays on the line it closes (a line never starts with 。or ）).
    if (width + w > max && piece !== '' && !CLOSING.includes(char)) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += char;
    width += w;
  }
  pieces.push(piece);
  return pieces;
}

/**
 * A long line wrapped to `width` columns: the first line after `first`, the others after `rest` (an indent), so
 * that a unit list or a diagnostic is printed whole rather than cut with “…”.
 */
export function wrapLines(text: string, width: number, first: string, rest: string): string[] {
  const clean = cellText(text);
  const head = splitWidth(clean, Math.max(10, width - displayWidth(first)));
  const [opening = '', ...after] = head;
  const tail = splitWidth(after.join(''), Math.max(10, width - displayWidth(rest)));
  return [`${first}${opening}`, ...(after.length > 0 ? tail.map((t) => `${rest}${t}`) : [])];
}

/** A column: its header and the widest it may grow (longer cells wrap onto more lines, nothing is cut). */
export interface Column {
  header: string;
  max?: number;
}

/**
 * Renders rows under headers, columns separated by two spaces, with a dashed rule under the header. A cell wider
 * than its column's `max` wraps within the column onto further lines of the same row.
 */
export function renderTable(columns: Column[], rows: string[][]): string {
  const cells = rows.map((row) =>
    columns.map((column, i) => splitWidth(cellText(row[i] ?? ''), column.max ?? 1000)),
  );
  const widths = columns.map((column, i) =>
    Math.max(
      displayWidth(column.header),
      ...cells.map((row) => Math.max(...(row[i] ?? ['']).map((piece) => displayWidth(piece)))),
    ),
  );
  const line = (row: string[]): string =>
    row
      .map((cell, i) =>
        i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell)),
      )
      .join('  ')
      .trimEnd();
  const lines = (row: string[][]): string[] => {
    const height = Math.max(...row.map((pieces) => pieces.length));
    return Array.from({ length: height }, (_, k) => line(row.map((pieces) => pieces[k] ?? '')));
  };
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.flatMap(lines),
  ].join('\n');
}
