/**
 * Cell text as stored: Excel writes characters XML cannot carry as `_xHHHH_` and a literal `_xHHHH_` as
 * `_x005F_xHHHH_` (src/xlsx/textEscape.ts writes the same convention). Decoding left to right undoes both.
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** The text a stored cell string stands for. */
export function decodeXlsxText(stored: string): string {
  return stored.indexOf('_x') < 0
    ? stored
    : stored.replace(ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
