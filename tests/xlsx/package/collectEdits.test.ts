/**
 * Collecting into a ledger file is a surgical write like every other: on a format-2 ledger (no 来源 column) with
 * the office's chart on 进度填报, the package keeps every part the add-in does not own byte for byte, `WP_Entries` gains
 * 来源 as a real table column, the collected rows land inside the table, and the record sheets are there — as both
 * our reader and an independent one (exceljs) and LibreOffice see it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collectReturns, type ReturnedFile } from '../../../src/ledger/collect';
import { buildLedgerReturns } from '../../../src/ledger/returns';
import { ENTRY_SOURCE_COLUMN, SHEETS, TABLES } from '../../../src/workbook/format';
import { readReturnedFile } from '../../../src/xlsx/readReturnedFile';
import { writeReturnForm } from '../../../src/xlsx/writeReturnForm';
import { XlsxLedger } from '../../../src/xlsx/xlsxLedger';
import { fillForm } from '../../collect/fillForm';
import { readWorkbookXlsx } from '../../support/exceljs/readWorkbookXlsx';
import { libreoffice, savedByLibreOffice, sheetEntry, shownByLibreOffice, withChart } from './officeBook';
import { partsOf, partText } from './packageParts';

const H1 = '2021年上半年';
const V2 = path.join(__dirname, '..', '..', 'fixtures', 'ledgers', 'ledger-v2.xlsx');
const options = { importedAt: new Date('2021-07-12T02:00:00Z'), read: readReturnedFile };

/** The format-2 fixture with the office's own chart on 进度填报 (a drawing and a chart part). */
function officeLedger(): Uint8Array {
  return withChart(new Uint8Array(readFileSync(V2)), SHEETS.entries);
}

/** A filled form of 省科技厅 for the ledger. */
async function filledForm(ledger: Uint8Array): Promise<ReturnedFile> {
  const book = await XlsxLedger.open(ledger, 'ledger.xlsx');
  const forms = await buildLedgerReturns(book, {
    period: H1,
    generatedAt: new Date(),
    write: writeReturnForm,
  });
  const blank = forms.files.find((f) => f.unit === '省科技厅');
  if (!blank) throw new Error('no form for 省科技厅');
  const bytes = await fillForm(blank.bytes, {
    file: 'kj',
    fills: [
      ['T20.1', { 累计完成值: 95, 工作进展: '新增备案' }],
      ['1', { 工作进展: '参加联席会议' }],
    ],
    modified: '2021-07-08T00:00:00.000Z',
  });
  return { path: 'kj.xlsx', name: 'kj.xlsx', bytes, fileTime: null };
}

describe('collecting into a ledger file (format 2, with the office’s chart on 进度填报)', () => {
  let before: Uint8Array;
  let after: Uint8Array;

  beforeAll(async () => {
    before = officeLedger();
    const form = await filledForm(before);
    const book = await XlsxLedger.open(before, 'ledger.xlsx');
    const done = await collectReturns(book, [form], options);
    expect(done.verdicts.map((v) => v.status)).toEqual(['accepted']);
    after = await book.toBytes('test');
  }, 60000);

  it('keeps every part it does not own byte for byte', () => {
    const old = partsOf(before);
    const now = partsOf(after);
    const owned = new Set([
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      '[Content_Types].xml',
      'xl/styles.xml',
      sheetEntry(Object.fromEntries(old), SHEETS.entries),
    ]);
    const entriesTablePart = [...old.keys()].find(
      (k) => k.startsWith('xl/tables/') && partText(before, k).includes(`name="${TABLES.entries}"`),
    );
    const changed = [...old.keys()].filter(
      (k) =>
        !owned.has(k) &&
        k !== entriesTablePart &&
        !Buffer.from(old.get(k) ?? []).equals(Buffer.from(now.get(k) ?? [])),
    );
    expect(changed).toEqual([]);
    expect(entriesTablePart).toBeDefined();
    expect(now.has('xl/charts/chart90.xml')).toBe(true);
    expect(partText(after, sheetEntry(Object.fromEntries(now), SHEETS.entries))).toContain(
      '<drawing r:id="rIdChart1"/>',
    );
  });

  it('adds 来源 as the last column of WP_Entries and puts the collected rows inside the table', async () => {
    for (const snapshot of [
      await (await XlsxLedger.open(after, 'after.xlsx')).read('status'),
      await readWorkbookXlsx(after),
    ]) {
      const entries = snapshot.tables.find((t) => t.name === TABLES.entries);
      expect(entries?.headers[entries.headers.length - 1]).toBe(ENTRY_SOURCE_COLUMN);
      const source = entries?.headers.indexOf(ENTRY_SOURCE_COLUMN) ?? -1;
      const collected = entries?.rows.filter((r) => String(r.values[source] ?? '').includes('kj.xlsx')) ?? [];
      // Three rows were in the fixture; 省科技厅's T20.1 changes in place or is added, item 1 is new.
      expect(collected.length).toBeGreaterThanOrEqual(2);
      expect(snapshot.tables.some((t) => t.name === TABLES.imports)).toBe(true);
    }
  });

  const soffice = libreoffice.findSoffice();
  (soffice ? it : it.skip)('opens in LibreOffice with 来源 and the collected progress in 进度填报', () => {
    const shown = shownByLibreOffice(after)[SHEETS.entries] ?? [];
    expect(shown[0]).toContain(ENTRY_SOURCE_COLUMN);
    expect(shown.some((row) => row.includes('参加联席会议'))).toBe(true);
  });
});

describe('collecting into a ledger file a WPS or LibreOffice user saved', () => {
  const soffice = libreoffice.findSoffice();
  (soffice ? it : it.skip)(
    'adds 来源 to the table LibreOffice wrote and keeps every row, as both readers and LibreOffice see it',
    async () => {
      const saved = savedByLibreOffice(officeLedger(), 'ledger.xlsx');
      const before = await (await XlsxLedger.open(saved, 'ledger.xlsx')).read('status');
      const rowsBefore = before.tables.find((t) => t.name === TABLES.entries)?.rows.length ?? 0;
      const book = await XlsxLedger.open(saved, 'ledger.xlsx');
      const done = await collectReturns(book, [await filledForm(saved)], options);
      expect(done.verdicts.map((v) => v.status)).toEqual(['accepted']);
      const after = await book.toBytes('test');
      for (const snapshot of [
        await (await XlsxLedger.open(after, 'after.xlsx')).read('status'),
        await readWorkbookXlsx(after),
      ]) {
        const entries = snapshot.tables.find((t) => t.name === TABLES.entries);
        expect(entries?.headers[entries.headers.length - 1]).toBe(ENTRY_SOURCE_COLUMN);
        const filled = entries?.rows.filter((r) => r.values.some((v) => v !== null && v !== '')) ?? [];
        // The fixture's rows are all still there, and the collected ones came in beside them.
        expect(filled.length).toBeGreaterThanOrEqual(rowsBefore + 1);
      }
      const shown = shownByLibreOffice(after)[SHEETS.entries] ?? [];
      expect(shown[0]).toContain(ENTRY_SOURCE_COLUMN);
      expect(shown.some((row) => row.includes('参加联席会议'))).toBe(true);
    },
    60000,
  );
});
