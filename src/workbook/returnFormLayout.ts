/**
 * Layout of a return form for screen and print: column widths, row heights estimated from the text (neither
 * Excel nor LibreOffice fits wrapped rows when it opens a file), and the borders and header shading that the
 * printout needs (LibreOffice and WPS do not draw Excel's table styles).
 */

/** What the ledger plan does not carry and a printed form needs, per sheet. */
export interface FormDressing {
  sheet: string;
  /** Row number → height in points. */
  rowHeights: Record<number, number>;
  /** A1 ranges whose every cell gets a thin border. */
  bordered: string[];
  /** A1 ranges of header rows: bold, wrapped, on a light fill. */
  headers: string[];
}

/** Height of one line of 11-point text, with room for CJK glyphs, in points. */
const LINE_POINTS = 15;
/** Padding above and below the text of a row, in points. */
const ROW_PADDING = 4;

/**
 * Width of text in Excel column-width units: CJK characters and full-width forms count 2 (they are about
 * twice the width of the digit `0` the unit is defined by), others 1.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/** Lines `text` takes in a wrapped column `width` units wide (one cell margin left out). */
export function linesIn(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / usable)), 0);
}

/** Row height (points) for the wrapped cells of a row, at least `minLines` lines tall. */
export function rowHeight(cells: readonly { text: string; width: number }[], minLines = 1): number {
  const lines = cells.reduce((n, c) => Math.max(n, linesIn(c.text, c.width)), minLines);
  return lines * LINE_POINTS + ROW_PADDING;
}
