/**
 * Reading returned files into the reader-independent model, from the acceptance batch's files (saved by
 * LibreOffice, exceljs, a generator with absolute part names, SheetJS) and from damaged or encrypted bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import type { ReturnedBook, ReturnedFileReading } from '../../src/workbook/collect/returnedBook';
import { readReturnedFile } from '../../src/xlsx/readReturnedFile';
import { BATCH_DIR } from '../collect/batchSpec';

const ROOT = join(__dirname, '..', '..');
const read = (file: string) => readReturnedFile(new Uint8Array(readFileSync(join(ROOT, BATCH_DIR, file))));

function book(reading: ReturnedFileReading): ReturnedBook {
  if (!reading.ok) throw new Error(`unreadable: ${reading.reason}`);
  return reading.book;
}

/** The cells of a sheet as [row, column] → value, for the rows holding a given text in some cell. */
function rowWith(b: ReturnedBook, sheet: string, text: string) {
  const s = b.sheets.find((x) => x.name === sheet);
  const r = s?.rows.findIndex((cells) => cells.includes(text)) ?? -1;
  return { sheet: s, row: r + 1, cells: s?.rows[r] ?? [] };
}

describe('reading a returned file', () => {
  it('reads a form LibreOffice saved as .xlsx: Chinese properties intact, a formula as its cached value', async () => {
    const b = book(await read('LibreOffice-省工业和信息化厅.xlsx'));
    expect(b.kind).toBe('xlsx');
    expect(b.properties).toMatchObject({ WP_Unit: '省工业和信息化厅', WP_Period: '2021年上半年' });
    expect(b.sheets.map((s) => s.name)).toEqual(['填报说明', '本单位填报', '_wp_return']);
    expect(['hidden', 'veryHidden']).toContain(b.sheets[2]?.visibility);
    const t191 = rowWith(b, '本单位填报', 'T19.1');
    expect(t191.cells[9]).toBe(250);
    expect(t191.sheet?.formulas).toContainEqual({ row: t191.row, column: 10 });
    expect(rowWith(b, '本单位填报', 'T18.1').cells[9]).toBe('1,600');
  });

  it('reads an .xls (BIFF8) LibreOffice saved, with the hidden record sheet', async () => {
    const b = book(await read('LibreOffice-省科技厅.xls'));
    expect(b.kind).toBe('xls');
    // SheetJS's CommonJS build (what jest loads) drops an .xls's user-defined properties; its ES module build
    // (the pane's bundle, the CLI) keeps them. The record sheet recognises the form either way.
    const record = b.sheets.find((s) => s.name === '_wp_return');
    expect(record?.visibility).not.toBe('visible');
    expect(record?.rows[0]).toEqual(['workpoints-return', 1]);
    expect(rowWith(b, '本单位填报', 'T20.1').cells[9]).toBe(80);
  });

  it('reads a package whose parts are all named absolutely, with its save time and properties', async () => {
    const b = book(await read('生成器-省财政厅.xlsx'));
    expect(b.sheets.map((s) => s.name)).toEqual(['导出说明', '本单位填报']);
    expect(b.modified).toBe('2021-07-07T03:00:00.000Z');
    expect(b.properties.WP_Unit).toBe('省财政厅');
    expect(rowWith(b, '本单位填报', '备注').row).toBe(6);
  });

  it('reads a file SheetJS wrote from cells alone: no properties', async () => {
    const b = book(await read('SheetJS-省商务厅.xlsx'));
    expect(b.properties).toEqual({});
    expect(rowWith(b, '本单位填报', '指标编号').row).toBe(4);
  });

  it('tells an .xls with an opening password from a damaged file', async () => {
    const reading = await read('加密-省金融监管局.xls');
    expect(reading).toMatchObject({ ok: false, reason: 'password-protected' });
  });

  it('tells an encrypted .xlsx (an EncryptionInfo / EncryptedPackage compound file) from a damaged file', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(64).fill(7));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as number[]);
    expect(await readReturnedFile(bytes)).toMatchObject({ ok: false, reason: 'password-protected' });
  });

  it('notes a formula whose file cached no value, and reads it as blank', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('本单位填报').getCell('B2').value = { formula: '800+800' } as ExcelJS.CellFormulaValue;
    const b = book(await readReturnedFile(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)));
    expect(b.sheets[0]?.formulas).toEqual([{ row: 2, column: 2 }]);
    expect(b.sheets[0]?.rows[1]?.[1] ?? null).toBeNull();
  });

  it('calls empty, cut and foreign files unreadable, and never throws', async () => {
    expect(await readReturnedFile(new Uint8Array())).toMatchObject({ ok: false, reason: 'unreadable' });
    const whole = new Uint8Array(readFileSync(join(ROOT, BATCH_DIR, 'exceljs-省发展改革委.xlsx')));
    expect(await readReturnedFile(whole.slice(0, 2000))).toMatchObject({ ok: false, reason: 'unreadable' });
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w/>'),
    });
    expect(await readReturnedFile(docx)).toMatchObject({ ok: false, reason: 'unreadable' });
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/WordDocument', new Uint8Array(16));
    const doc = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as number[]);
    expect((await readReturnedFile(doc)).ok).toBe(false);
  });
});
