import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';

describe('reading a file that is not an .xlsx workbook', () => {
  it.each([
    ['a text file renamed to .xlsx', new TextEncoder().encode('省工业和信息化厅,2021年上半年,600')],
    ['an empty file', new Uint8Array()],
    ['a truncated zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
  ])('explains %s in Chinese, with what to do, not in zip jargon', async (_name, bytes) => {
    await expect(readWorkbookXlsx(bytes)).rejects.toThrow(/不是有效的 \.xlsx 工作簿[\s\S]*另存为/);
    await expect(readWorkbookXlsx(bytes)).rejects.not.toThrow(/zip|central directory/i);
  });
});
