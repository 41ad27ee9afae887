/** Files that are not workbooks we can read are refused with a plain message naming the file (and the part). */
import { strToU8, zipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';
import { isLedgerError, translate } from '../../../src/domain/messages';
import type { MessageKey } from '../../../src/domain/messages';
import { SHEETS } from '../../../src/workbook/format';
import { readWorkbookPackage } from '../../../src/xlsx/package/readSnapshot';
import { writePlanToXlsx } from '../../../src/xlsx/writePlanToXlsx';
import { bookPlan, fixtureRows } from '../../validation-integration/fixtureBook';
import { sheetEntry } from './officeBook';
import { patchZip } from './packageParts';
import { unzipSync } from 'fflate';

async function refusal(
  bytes: Uint8Array,
  file = '台账.xlsx',
): Promise<{ key: MessageKey; zh: string; en: string }> {
  try {
    await readWorkbookPackage(bytes, file);
  } catch (error) {
    if (isLedgerError(error))
      return { key: error.key, zh: error.message, en: translate('en-US', error.toMessage()) };
    throw error;
  }
  throw new Error('read without refusing');
}

const ledger = () => writePlanToXlsx(bookPlan(fixtureRows.slice(0, 3).map((r) => r.values)));

/** An OLE compound file holding the given streams (what SheetJS's CFB writer makes). */
function oleFile(streams: string[]): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const name of streams) XLSX.CFB.utils.cfb_add(cfb, `/${name}`, new Uint8Array([1, 2, 3, 4]));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number> as number[]);
}

describe('files that are not readable workbooks', () => {
  it('refuses text that is not a zip, naming the file', async () => {
    const r = await refusal(strToU8('报告期,填报单位\n2021年上半年,省财政厅\n'));
    expect(r.key).toBe('file.notZip');
    expect(r.zh).toContain('“台账.xlsx”不是可读取的 .xlsx 工作簿');
  });

  it('refuses an empty file and random bytes', async () => {
    expect((await refusal(new Uint8Array())).key).toBe('file.notZip');
    expect((await refusal(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))).key).toBe(
      'file.notZip',
    );
  });

  it('refuses an empty zip and a zip of other files as not a workbook', async () => {
    const empty = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
    expect((await refusal(empty)).key).toBe('file.notWorkbook');
    expect((await refusal(zipSync({ 'readme.txt': strToU8('hello') }))).key).toBe('file.notWorkbook');
  });

  it('refuses a Word document renamed to .xlsx', async () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
      ),
    });
    expect((await refusal(docx)).key).toBe('file.notWorkbook');
  });

  it('says 受密码保护 for an encrypted workbook (an OLE file with EncryptionInfo and EncryptedPackage)', async () => {
    const r = await refusal(oleFile(['EncryptionInfo', 'EncryptedPackage']));
    expect(r.key).toBe('file.encrypted');
    expect(r.zh).toContain('受密码保护');
    expect(r.en).toContain('password-protected');
  });

  it('says .xls for a legacy Excel 97-2003 workbook', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['报告期'], ['2021年上半年']]), 'Sheet1');
    const xls = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xls' }) as ArrayBuffer);
    const r = await refusal(xls, '台账.xls');
    expect(r.key).toBe('file.legacyXls');
    expect(r.zh).toContain('（.xls）');
  });

  it('refuses another OLE file (an old Word document) as not a workbook', async () => {
    expect((await refusal(oleFile(['WordDocument']))).key).toBe('file.notWorkbook');
  });

  it('says .xlsb for a binary workbook', async () => {
    const bytes = patchZip(await ledger(), (files) => ({
      '[Content_Types].xml': (files['[Content_Types].xml'] as string).replace(
        /application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\.main\+xml/,
        'application/vnd.ms-excel.sheet.binary.macroEnabled.main',
      ),
    }));
    expect((await refusal(bytes)).key).toBe('file.binaryWorkbook');
  });

  it('names the damaged part of a package whose workbook part or entries sheet is not XML', async () => {
    const brokenWorkbook = patchZip(await ledger(), (files) => ({
      'xl/workbook.xml': (files['xl/workbook.xml'] as string).slice(0, 200),
    }));
    const r = await refusal(brokenWorkbook);
    expect([r.key, r.zh]).toEqual(['file.damagedPart', expect.stringContaining('xl/workbook.xml')]);

    const bytes = await ledger();
    const sheet = sheetEntry(unzipSync(bytes), SHEETS.entries);
    const brokenSheet = patchZip(bytes, (files) => ({
      [sheet]: (files[sheet] as string).replace('</sheetData>', '<row>'),
    }));
    const s = await refusal(brokenSheet);
    expect([s.key, s.zh]).toEqual(['file.damagedPart', expect.stringContaining(sheet)]);
  });
});
