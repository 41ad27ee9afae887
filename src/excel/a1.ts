/** A1 address arithmetic for the writer. */

/** 0-based column index → letters. */
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

/** A cell position, 0-based. */
export interface CellPos {
  row: number;
  col: number;
}

/** Parses a plain `B3` (no sheet, `$` allowed); throws on anything else, since plans are generated data. */
export function parseCell(address: string): CellPos {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim().toUpperCase());
  if (!m || !m[1] || !m[2]) throw new Error(`不是单元格地址：${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** `A1:C5` from 0-based corners (`A1` for one cell). */
export function rectAddress(top: number, left: number, bottom: number, right: number): string {
  const a = `${columnLetters(left)}${top + 1}`;
  const b = `${columnLetters(right)}${bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** Sheet-qualified address as Excel writes it (`'工作任务'!A1:B2`). */
export function qualified(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** Splits a sheet-qualified address (`'工作任务'!A3:G37`) into sheet and top-left/bottom-right cells. */
export function splitQualified(address: string): { sheet: string; from: CellPos; to: CellPos } {
  const bang = address.lastIndexOf('!');
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const [a = '', b = a] = address.slice(bang + 1).split(':');
  return { sheet, from: parseCell(a), to: parseCell(b) };
}
