/** A1-style addresses: what both writers need to place tables and their columns. */

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 1-based row and column of an address such as `B3` (throws on anything else: plans are ours). */
export function parseAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`not an A1 address: ${address}`);
  const column = [...(match[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}

/** The range of one table column's data rows, e.g. `D2:D35` (at least one row). */
export function columnDataRange(topLeft: string, columnIndex: number, rowCount: number): string {
  const { row, column } = parseAddress(topLeft);
  const letters = columnLetters(column + columnIndex);
  return `${letters}${row + 1}:${letters}${row + Math.max(rowCount, 1)}`;
}
