/** Messages about what a worksheet cell can hold (Excel's limits, which every writer must respect). */

/** Simplified Chinese. */
export const zh = {
  'cells.tooLong':
    '工作表“{sheet}”的单元格 {cell} 有 {length} 个字符，超过 Excel 单元格最多 {limit} 个字符的限制，无法写入。请缩短这段文字后重试。',
  'cells.tooLongMany':
    '有 {count} 个单元格超过 Excel 单元格最多 {limit} 个字符的限制，无法写入，第一个是工作表“{sheet}”的 {cell}（{length} 个字符）。请缩短后重试。',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'cells.tooLong':
    'Cell {cell} of sheet “{sheet}” holds {length} characters, over Excel’s limit of {limit} characters per cell; nothing was written. Shorten the text and try again.',
  'cells.tooLongMany':
    '{count} cells exceed Excel’s limit of {limit} characters per cell; nothing was written. The first is {cell} of sheet “{sheet}” ({length} characters). Shorten them and try again.',
};
