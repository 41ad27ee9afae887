import { createExcelFake, installExcelGlobals, isFakeOfficeError, UNCALCULATED } from '../support/excelFake';
import type { FakeWorksheet } from '../support/fake/worksheet';

type FakeSheet = FakeWorksheet;

describe('the strict Excel fake', () => {
  it('rejects reading a property that was not loaded and synced', async () => {
    const fake = createExcelFake();
    fake.seedSheet('S');
    const ctx = fake.newContext();
    const r = ctx.workbook.worksheets.getItem('S').getRange('A1');
    expect(() => r.values).toThrow(/not available/);
    r.load('values');
    expect(() => r.values).toThrow(/not available/);
    await ctx.sync();
    expect(r.values).toEqual([['']]);
  });

  it('turns written strings into formulas, numbers and text as Excel does', async () => {
    const fake = createExcelFake();
    fake.seedSheet('S');
    const ctx = fake.newContext();
    const s = ctx.workbook.worksheets.getItem('S');
    s.getRange('A1:E1').values = [['=1+1', "'=1+1", '007', '-x', '2021-03-31']];
    s.getRange('F1').numberFormat = [['@']];
    s.getRange('F1').values = [['=SUM(A1)']];
    await ctx.sync();
    expect(fake.cell('S', 'A1')).toEqual({ kind: 'formula', formula: '=1+1' });
    expect(fake.cell('S', 'B1')).toEqual({ kind: 'text', text: '=1+1' });
    expect(fake.cell('S', 'C1')).toEqual({ kind: 'number', value: 7 });
    expect(fake.cell('S', 'D1')).toEqual({ kind: 'formula', formula: '=-x' });
    expect(fake.cell('S', 'E1')).toEqual({ kind: 'number', value: 44286 });
    expect(fake.cell('S', 'F1')).toEqual({ kind: 'text', text: '=SUM(A1)' });
    const read = s.getRange('A1:B1').load('values,valueTypes');
    await ctx.sync();
    expect(read.values).toEqual([[UNCALCULATED, '=1+1']]);
    expect(read.valueTypes).toEqual([['Error', 'String']]);
  });

  it('counts syncs, measures requests and fails the chosen sync without applying it', async () => {
    const fake = createExcelFake({ failAtSync: 2 });
    fake.seedSheet('S');
    const ctx = fake.newContext();
    const s = ctx.workbook.worksheets.getItem('S');
    s.getRange('A1').values = [['x'.repeat(1000)]];
    await ctx.sync();
    s.getRange('A2').values = [['y']];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.records[0]?.requestBytes).toBeGreaterThan(1000);
    expect(fake.cell('S', 'A2')).toEqual({ kind: 'empty' });
  });

  it('rejects requests over the payload limit', async () => {
    const fake = createExcelFake({ maxRequestBytes: 10_000 });
    fake.seedSheet('S');
    const ctx = fake.newContext();
    ctx.workbook.worksheets.getItem('S').getRange('A1:A20').values = Array.from({ length: 20 }, () => [
      'z'.repeat(1000),
    ]);
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.cell('S', 'A1').kind).toBe('empty');
  });

  it('fails 1.8 APIs on an ExcelApi 1.4 host and answers isSetSupported accordingly', async () => {
    const fake = createExcelFake({ apiVersion: '1.4' });
    fake.seedSheet('S');
    expect(fake.isSetSupported('ExcelApi', '1.4')).toBe(true);
    expect(fake.isSetSupported('ExcelApi', '1.6')).toBe(false);
    const ctx = fake.newContext();
    ctx.workbook.worksheets.getItem('S').getRange('A1').dataValidation.clear();
    const err: unknown = await ctx.sync().catch((e: unknown) => e);
    expect(isFakeOfficeError(err) && err.code).toBe('ApiNotFound');
    expect(fake.stats.unsupportedCalls.join()).toContain('1.8');
  });

  it('gives a blank data row to a table made over a header row and reports null objects', async () => {
    const fake = createExcelFake();
    fake.seedSheet('S');
    const ctx = fake.newContext();
    ctx.workbook.worksheets.getItem('S').getRange('A1:B1').values = [['a', 'b']];
    const t = ctx.workbook.worksheets.getItem('S').tables.add('A1:B1', true);
    t.name = 'T';
    const missing = ctx.workbook.tables.getItemOrNullObject('Nope');
    const rows = t.rows.load('count');
    await ctx.sync();
    expect(rows.count).toBe(1);
    expect(missing.isNullObject).toBe(true);
    expect(fake.tableValues('T')).toEqual({ address: 'S!A1:B2', headers: ['a', 'b'], rows: [['', '']] });
  });

  it('installs itself as the global Excel and Office and restores them', async () => {
    const fake = createExcelFake();
    fake.seedSheet('S');
    const restore = installExcelGlobals(fake);
    const g = globalThis as unknown as {
      Excel: { run(f: (c: { sync(): Promise<void> }) => Promise<void>): Promise<void> };
      Office: { context: { requirements: { isSetSupported(n: string, v: string): boolean } } };
    };
    await g.Excel.run((c) => c.sync());
    expect(fake.stats.syncs).toBe(1);
    expect(g.Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    restore();
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
  });
});

describe('the fake’s checks of what Excel accepts', () => {
  it('turns table headers into unique texts as Excel does', async () => {
    const fake = createExcelFake();
    fake.seedSheet('S');
    const ctx = fake.newContext();
    const s = ctx.workbook.worksheets.getItem('S');
    s.getRange('A1:E1').values = [['单位', 2021, '单位', '', '单位']];
    s.tables.add('A1:E2', true).name = 'T';
    await ctx.sync();
    expect(fake.tableValues('T').headers).toEqual(['单位', '2021', '单位2', 'Column4', '单位3']);
  });

  /** Bags the fake hands out for conditional formats and page layout, written through loosely. */
  type Loose = Record<string, Record<string, unknown>>;
  const cases: Array<[string, (s: FakeSheet) => void]> = [
    [
      'a conditional format property of another type',
      (s) => {
        const cf = s.getRange('A1').conditionalFormats.add('Custom') as unknown as Loose;
        if (cf.cellValue) cf.cellValue.rule = { formula1: '1', operator: 'EqualTo' };
      },
    ],
    [
      'an unknown comparison operator',
      (s) => {
        const cf = s.getRange('A1').conditionalFormats.add('CellValue') as unknown as Loose;
        if (cf.cellValue) cf.cellValue.rule = { formula1: '1', operator: 'Equals' };
      },
    ],
    [
      'a data validation operator spelt as conditional formats spell it',
      (s) =>
        void (s.getRange('A1').dataValidation.rule = {
          decimal: { formula1: 0, operator: 'GreaterThanOrEqual' },
        }),
    ],
    [
      'an input prompt title over 32 characters',
      (s) =>
        void (s.getRange('A1').dataValidation.prompt = {
          showPrompt: true,
          title: '长'.repeat(33),
          message: '',
        }),
    ],
    [
      'a page count of 0',
      (s) => void (s.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }),
    ],
    ['an unknown page layout key', (s) => void (s.pageLayout.fitToWidth = true)],
  ];

  it.each(cases)('refuses %s', async (_label, write) => {
    const fake = createExcelFake();
    fake.seedSheet('S');
    const ctx = fake.newContext();
    write(ctx.workbook.worksheets.getItem('S'));
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
