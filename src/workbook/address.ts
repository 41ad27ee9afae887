/**
 * A1-style addresses, the one module every layer uses (src/workbook, src/xlsx, src/excel).
 *
 * Columns are always 0-based indexes (A → 0, AA → 26). Rows are the sheet row numbers an address is written with
 * (`B3` → 3), except in `CellPos`, which counts rows from 0 as the Excel API does (`rowIndex`).
 */

/** Column letters of a 0-based column index (0 → A, 25 → Z, 26 → AA). */
export function indexToLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 0-based column index of column letters (A → 0, AA → 26; lower case is read as upper case). */
export function lettersToIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/;

/** Sheet row number and 0-based column index of an address such as `B3` (→ row 3, col 1); throws on anything else. */
export function parseAddress(address: string): { row: number; col: number } {
  const match = CELL.exec(address);
  if (!match) throw new Error(`not an A1 address: ${address}`);
  return { row: Number(match[2]), col: lettersToIndex(match[1] ?? '') };
}

/** The address of a cell from its sheet row number and 0-based column index (3, 1 → `B3`). */
export function cellAddress(row: number, col: number): string {
  return `${indexToLetters(col)}${row}`;
}

/** The range of one table column's data rows, e.g. `D2:D35` (at least one row); `columnIndex` counts from the table's left. */
export function columnDataRange(topLeft: string, columnIndex: number, rowCount: number): string {
  const { row, col } = parseAddress(topLeft);
  const letters = indexToLetters(col + columnIndex);
  return `${letters}${row + 1}:${letters}${row + Math.max(rowCount, 1)}`;
}

/** A cell position as the Excel API counts it: row and column both 0-based. */
export interface CellPos {
  row: number;
  col: number;
}

/** Parses a plain `B3` (no sheet, `$` allowed) into 0-based row and column; throws on anything else, since plans are generated data. */
export function parseCell(address: string): CellPos {
  const m = CELL.exec(address.trim().toUpperCase());
  if (!m) throw new Error(`不是单元格地址：${address}`);
  return { row: Number(m[2]) - 1, col: lettersToIndex(m[1] ?? '') };
}

/** `A1:C5` from 0-based corners (`A1` for one cell). */
export function rectAddress(top: number, left: number, bottom: number, right: number): string {
  const a = `${indexToLetters(left)}${top + 1}`;
  const b = `${indexToLetters(right)}${bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** Sheet-qualified address as Excel writes it (`'工作任务'!A1:B2`). */
export function qualified(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** Splits a sheet-qualified address (`'工作任务'!A3:G37`) into sheet and top-left/bottom-right cells (0-based). */
export function splitQualified(address: string): { sheet: string; from: CellPos; to: CellPos } {
  const bang = address.lastIndexOf('!');
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const [a = '', b = a] = address.slice(bang + 1).split(':');
  return { sheet, from: parseCell(a), to: parseCell(b) };
}
