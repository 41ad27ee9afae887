/**
 * Text as an .xlsx file must hold it. XML 1.0 cannot carry control characters, lone surrogates, U+FFFE/U+FFFF,
 * and parsers turn CR LF into LF; Excel's convention writes those as `_xHHHH_` and a literal `_xHHHH_` as
 * `_x005F_xHHHH_`. exceljs decodes that convention when reading but does not encode it when writing.
 */

/** Characters XML 1.0 cannot carry, plus CR (normalised away by parsers), and the escape pattern itself. */
const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/** Encodes text so that a cell written by exceljs reads back (in exceljs and Excel) as exactly this text. */
export function encodeXlsxText(text: string): string {
  return text.replace(NEEDS_ESCAPE, (match) =>
    match.length > 1 ? `_x005F${match}` : `_x${hex4(match.charCodeAt(0))}_`,
  );
}
