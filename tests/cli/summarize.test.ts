/** `workpoints summarize`: the JSON equals summarize() on the validated fixture, exit codes, the input left alone. */
import ExcelJS from 'exceljs';
import { summarizeCommand } from '../../src/cli/commands/summarize';
import { summarize, STATUS_ORDER } from '../../src/domain/summary';
import { SHEETS, TABLES, COLUMNS } from '../../src/workbook/format';
import { planSummarySheet } from '../../src/workbook/summarySheet';
import { entriesTable } from '../../src/workbook/reader';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import { memoryIo } from '../support/memoryIo';
import { fixtureBook } from './summarizeFixture';

const FIRST = '2021年上半年';
const SECOND = '2021年前三季度';

async function run(args: string[], files: Map<string, Uint8Array>, failWrites = false) {
  const io = memoryIo(files, { failWrites });
  const code = await summarizeCommand(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

async function bookFiles(): Promise<{
  files: Map<string, Uint8Array>;
  book: Awaited<ReturnType<typeof fixtureBook>>;
}> {
  const book = await fixtureBook();
  return { files: new Map([['book.xlsx', book.bytes]]), book };
}

describe('workpoints summarize --json', () => {
  it.each([FIRST, SECOND])(
    "gives summarize()'s figures for every target, unit and section (%s)",
    async (period) => {
      const { files, book } = await bookFiles();
      const result = await run(['book.xlsx', '--period', period, '--json'], files);
      expect(result.code).toBe(0);
      const expected = summarize(book.schema, book.entries, period);
      const json = JSON.parse(result.stdout) as Record<string, unknown>;
      expect(Object.keys(json)).toEqual(['period', 'targets', 'units', 'sections', 'overall']);
      expect(json.period).toBe(period);
      expect(json.targets).toEqual(
        expected.targets.map((t) => ({
          id: t.id,
          target: t.target,
          actual: t.actual,
          rate: t.rate,
          schedule: t.schedule,
          gap: t.gap,
          status: t.status,
        })),
      );
      expect(json.units).toEqual(expected.units);
      expect(json.sections).toEqual(expected.sections);
      expect(json.overall).toEqual(expected.overall);
    },
  );

  it("writes actual as null when nothing counts and uses only the sheet's status words", async () => {
    const { files } = await bookFiles();
    const result = await run(['book.xlsx', '--period', FIRST, '--json'], files);
    const targets = (
      JSON.parse(result.stdout) as { targets: Array<{ id: string; actual: unknown; status: string }> }
    ).targets;
    // T0.1 has only another unit's figure in 上半年: it must not count.
    expect(targets.find((t) => t.id === 'T0.1')).toMatchObject({ actual: null, status: '未报送' });
    for (const t of targets) expect(STATUS_ORDER).toContain(t.status);
  });

  it('counts only rows that validation passes: an alias-unit row is left out', async () => {
    const { files, book } = await bookFiles();
    const result = await run(['book.xlsx', '--period', '2021年一季度', '--json'], files);
    const targets = (JSON.parse(result.stdout) as { targets: Array<{ id: string; actual: unknown }> })
      .targets;
    // The 一季度 T3.2 row names the unit by its alias 省工信厅: an error, so nothing counts.
    expect(targets.find((t) => t.id === 'T3.2')?.actual).toBeNull();
    expect(targets.find((t) => t.id === 'T1.1')?.actual).toBe(
      summarize(book.schema, book.entries, '2021年一季度').targets.find((t) => t.id === 'T1.1')?.actual,
    );
  });

  it('understands a period written another way (2021Q2 is 2021年上半年)', async () => {
    const { files } = await bookFiles();
    const result = await run(['book.xlsx', '--period', '2021Q2', '--json'], files);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { period: string }).period).toBe(FIRST);
    expect(result.stderr).toContain(`报告期“2021Q2”按“${FIRST}”处理`);
  });
});

describe('workpoints summarize as a table', () => {
  it('prints one line per target with its status and the headline sentence', async () => {
    const { files, book } = await bookFiles();
    const result = await run(['book.xlsx', '--period', FIRST], files);
    expect(result.code).toBe(0);
    const expected = summarize(book.schema, book.entries, FIRST);
    const lines = result.stdout.split('\n');
    for (const t of expected.targets) {
      const line = lines.find((l) => l.startsWith(`${t.id} `));
      expect(line).toBeDefined();
      expect(line?.trimEnd().endsWith(t.status)).toBe(true);
    }
    expect(result.stdout).toContain(expected.overall.sentence);
  });
});

describe('workpoints summarize exit codes', () => {
  it('exits 2 with a Chinese message for an unknown period, naming the periods there are', async () => {
    const { files } = await bookFiles();
    const result = await run(['book.xlsx', '--period', '2020年上半年'], files);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('2020年上半年');
    expect(result.stderr).toContain(FIRST);
    expect(result.stdout).toBe('');
  });

  it('exits 2 when the file is missing, is not an .xlsx, or holds no ledger', async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = 'hello';
    const files = new Map<string, Uint8Array>([
      ['text.xlsx', new TextEncoder().encode('这不是工作簿')],
      ['plain.xlsx', new Uint8Array((await plain.xlsx.writeBuffer()) as ArrayBuffer)],
    ]);
    const missing = await run(['none.xlsx', '--period', FIRST], files);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('文件不存在');
    const text = await run(['text.xlsx', '--period', FIRST], files);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('不是可读取的 .xlsx 工作簿');
    const notLedger = await run(['plain.xlsx', '--period', FIRST], files);
    expect(notLedger.code).toBe(2);
    expect(notLedger.stderr).toContain('_wp_meta');
  });

  it('exits 2 when the ledger has lost its WP_Entries table', async () => {
    const book = await fixtureBook();
    const { planWorkbook } = await import('../../src/workbook/planWorkbook');
    const plan = planWorkbook(book.schema, undefined, { appVersion: 'test' });
    const withoutEntries = {
      ...plan,
      sheets: plan.sheets.filter((s) => !s.tables.some((t) => t.name === TABLES.entries)),
    };
    const files = new Map([['book.xlsx', await writePlanToXlsx(withoutEntries)]]);
    const result = await run(['book.xlsx', '--period', FIRST], files);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('WP_Entries');
  });

  it('exits 2 naming the column when a required header was renamed, instead of reporting nothing as 未报送', async () => {
    const book = await fixtureBook();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(book.bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(SHEETS.entries);
    const column = COLUMNS.entries.indexOf('累计完成值') + 1;
    sheet!.getCell(1, column).value = '完成值';
    // exceljs keeps the table's own column names; rename there too, as Excel does when a header cell is edited.
    const table = sheet!.getTable(TABLES.entries) as unknown as { table: { columns: { name: string }[] } };
    table.table.columns[column - 1]!.name = '完成值';
    const files = new Map([['book.xlsx', new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)]]);
    const result = await run(['book.xlsx', '--period', FIRST, '--json'], files);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('累计完成值');
    expect(result.stdout).toBe('');
  });

  it.each([
    [['book.xlsx'], '--period'],
    [['--period', FIRST], '工作簿'],
    [['book.xlsx', '--period', FIRST, '--bogus'], '--bogus'],
    [['book.xlsx', '--period', FIRST, '--out', 'book.xlsx'], '输入文件'],
    [['book.xlsx', '--period', FIRST, '--out', './book.xlsx'], '输入文件'],
    [['book.xlsx', '--period', FIRST, '--out', `${process.cwd()}/book.xlsx`], '输入文件'],
  ])('exits 2 on bad arguments %j', async (args, words) => {
    const { files } = await bookFiles();
    const result = await run(args, files);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(words);
  });
});

describe('workpoints summarize --out', () => {
  it('writes the ledger with 汇总 and current 校验状态, leaving the input byte for byte and no temp file', async () => {
    const { files, book } = await bookFiles();
    const before = new Uint8Array(book.bytes);
    const result = await run(['book.xlsx', '--period', FIRST, '--out', 'summary.xlsx'], files);
    expect(result.code).toBe(0);
    expect([...files.keys()].sort()).toEqual(['book.xlsx', 'summary.xlsx']);
    expect(files.get('book.xlsx')).toEqual(before);
    const snapshot = await readWorkbookXlsx(files.get('summary.xlsx') as Uint8Array);
    expect(snapshot.sheets.map((s) => s.name)).toContain(SHEETS.summary);
    expect(snapshot.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([TABLES.summary, TABLES.unitSummary, TABLES.sectionSummary]),
    );
    const entries = entriesTable(snapshot);
    const status = COLUMNS.entries.indexOf('校验状态');
    const words = new Map(
      book.entries.map((e) => [
        e.status,
        e.status === 'ok' ? '通过' : e.status === 'warning' ? '警告' : '错误',
      ]),
    );
    expect(entries?.rows.map((r) => r.values[status])).toEqual(book.entries.map((e) => words.get(e.status)));
    // Every other entry cell is as the unit typed it.
    const original = entriesTable(await readWorkbookXlsx(before));
    expect(entries?.rows.map((r) => r.values.filter((_, j) => j !== status))).toEqual(
      original?.rows.map((r) => r.values.filter((_, j) => j !== status)),
    );
  });

  it('hides the helper columns of the 汇总 tables in the written file', async () => {
    const { files, book } = await bookFiles();
    await run(['book.xlsx', '--period', FIRST, '--out', 'summary.xlsx'], files);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((files.get('summary.xlsx') as Uint8Array).buffer as ArrayBuffer);
    const ws = wb.getWorksheet(SHEETS.summary);
    const table = planSummarySheet(book.schema, FIRST).sheet.tables.find((t) => t.name === TABLES.summary);
    expect(table).toBeDefined();
    const hidden = (table?.columns ?? []).map((c, j) => ({
      header: c.header,
      planned: c.hidden === true,
      written: ws?.getColumn(j + 1).hidden === true,
    }));
    expect(hidden.some((h) => h.planned)).toBe(true);
    expect(hidden.filter((h) => h.planned !== h.written)).toEqual([]);
  });

  it('exits 2 and leaves no temp file when the output cannot be written', async () => {
    const { files, book } = await bookFiles();
    const result = await run(['book.xlsx', '--period', FIRST, '--out', 'summary.xlsx'], files, true);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('无法写入');
    expect([...files.keys()]).toEqual(['book.xlsx']);
    expect(files.get('book.xlsx')).toEqual(book.bytes);
  });
});
