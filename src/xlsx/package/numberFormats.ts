/**
 * Number formats of cell styles (`xl/styles.xml`): which format a style id shows, and whether it is a date.
 * The rules follow what the exceljs reader has always reported (so both readers agree): style 0 and format 0
 * count as General (no format), custom format codes lose their backslash escapes, and a format is a date when,
 * outside `[…]` and `"…"`, it holds any of y m d h s M b.
 */
import { childNamed, childrenNamed, type XmlElement } from './xml';

/** Built-in number formats with a fixed code (ECMA-376 Part 1, §18.8.30); locale-dependent ids are absent. */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Whether a format code shows a date or time. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The formats of a workbook's cell styles. */
export interface StyleFormats {
  /** The number format a cell style shows, or undefined for General/none. */
  formatOf(styleId: number | undefined): string | undefined;
  /** Whether a cell style shows dates (its numbers are date serials). */
  isDate(styleId: number | undefined): boolean;
}

/** No styles part: every cell is General. */
export const NO_FORMATS: StyleFormats = { formatOf: () => undefined, isDate: () => false };

/** Reads the formats of the parsed styles part. */
export function readStyleFormats(root: XmlElement): StyleFormats {
  const custom = new Map<number, string>();
  const numFmts = childNamed(root, 'numFmts');
  for (const f of numFmts ? childrenNamed(numFmts, 'numFmt') : []) {
    const id = Number(f.attributes.numFmtId);
    const code = f.attributes.formatCode;
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code.replace(/\\(.)/g, '$1'));
  }
  const cellXfs = childNamed(root, 'cellXfs');
  const xfFormats = (cellXfs ? childrenNamed(cellXfs, 'xf') : []).map((xf) => {
    const id = Number(xf.attributes.numFmtId ?? '0');
    return id ? (custom.get(id) ?? BUILT_IN[id]) : undefined;
  });
  const dates = xfFormats.map(isDateFormat);
  return {
    formatOf: (styleId) => (styleId ? xfFormats[styleId] : undefined),
    isDate: (styleId) => (styleId ? (dates[styleId] ?? false) : false),
  };
}
