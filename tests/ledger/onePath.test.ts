/**
 * One definition of the entries, used by every path (issue 10): a ledger with rows typed below WP_Entries (a blank
 * row among them), and one whose table was converted to a plain range, give the same rows and the same figures
 * through the CLI (validate, summarize, their --out copies, build --into), the browser's open/download and the
 * Excel adapter (strict fake); every file written holds every row inside the table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCommand } from '../../src/cli/commands/build';
import { summarizeCommand } from '../../src/cli/commands/summarize';
import { validateCommand } from '../../src/cli/commands/validate';
import type { CellValue } from '../../src/domain/entryCells';
import { summarize } from '../../src/domain/summary';
import { validateEntries } from '../../src/domain/validation';
import { readLedger, readMergedLedger } from '../../src/ledger/readLedger';
import { summarizeLedger } from '../../src/ledger/summarizeLedger';
import { validateLedger } from '../../src/ledger/validateLedger';
import { BrowserBackend } from '../../src/taskpane/backend/browser/browserBackend';
import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
import { locateEntries } from '../../src/workbook/inspectEntries';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { storedSchema } from '../../src/workbook/reader';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { readWorkbookPackage } from '../../src/xlsx/package';

/** Reads a workbook the way the add-in does (every sheet). */
const readWorkbookXlsx = (bytes: Uint8Array) => readWorkbookPackage(bytes, 'book.xlsx', { scope: 'all' });
import { fakeWorkbook } from '../excel/fakeContext';
import { createExcelFake } from '../support/excelFake';
import { interpretInput } from '../support/fake/input';
import { memoryIo } from '../support/memoryIo';

const CORPUS = path.join(__dirname, '../fixtures/office-workbooks');
const PERIOD = '2021年上半年';
const never = new AbortController().signal;
const quiet = () => undefined;

/** Every row of a snapshot's entries that has something in it, in contract order, as a comparable line. */
function filledLines(snapshot: WorkbookSnapshot): string[] {
  const located = locateEntries(snapshot);
  if (!located.found) throw new Error('no entries');
  const status = COLUMNS.entries.indexOf('校验状态');
  return (
    located.rows
      // A cell holding '' and an empty cell are the same entry (Excel reads the one as the other).
      .map((r) => r.values.filter((_, j) => j !== status).map((v) => (v === '' ? null : v)))
      .filter((values) => values.some((v) => v !== null && v !== ''))
      .map((values) => JSON.stringify(values))
  );
}

/** Whether a written file holds its entries inside WP_Entries alone (nothing below it, no plain range). */
function allInsideTable(snapshot: WorkbookSnapshot): boolean {
  const located = locateEntries(snapshot);
  return located.found && !located.layout.plain && located.filledBelow.length === 0;
}

describe.each([
  ['entries-below-table.xlsx', 17],
  ['entries-plain-range.xlsx', 14],
])('%s', (file, rows) => {
  const bytes = new Uint8Array(readFileSync(path.join(CORPUS, file)));
  let snapshot: WorkbookSnapshot;
  let lines: string[];
  let expectedSummary: ReturnType<typeof summarize>;
  let expectedIssues: number;

  beforeAll(async () => {
    snapshot = await readWorkbookXlsx(bytes);
    lines = filledLines(snapshot);
    const stored = storedSchema(snapshot);
    if (stored.status !== 'ok') throw new Error('fixture without schema');
    const located = locateEntries(snapshot);
    if (!located.found) throw new Error('fixture without entries');
    const result = validateEntries(stored.schema, located.rows, { period: PERIOD });
    expectedSummary = summarize(stored.schema, result.normalized, PERIOD);
    expectedIssues = result.issues.length;
  });

  it(`reads all ${rows} rows, wherever they are`, () => {
    expect(lines).toHaveLength(rows);
  });

  it('validate and summarize count those rows and give the figures of the rows as a whole', async () => {
    const io = memoryIo({ 'book.xlsx': bytes });
    await validateCommand(['book.xlsx', '--period', PERIOD, '--json'], io);
    const issues = (JSON.parse(io.stdout()) as { issues: unknown[] }).issues;
    expect(issues).toHaveLength(expectedIssues);
    const io2 = memoryIo({ 'book.xlsx': bytes });
    expect(await summarizeCommand(['book.xlsx', '--period', PERIOD, '--json'], io2)).toBe(0);
    const json = JSON.parse(io2.stdout()) as { targets: { id: string; actual: number | null }[] };
    expect(json.targets.map((t) => [t.id, t.actual])).toEqual(
      expectedSummary.targets.map((t) => [t.id, t.actual]),
    );
  });

  it.each([
    [
      'validate --out',
      (io: ReturnType<typeof memoryIo>) =>
        validateCommand(['book.xlsx', '--period', PERIOD, '--out', 'out.xlsx'], io),
    ],
    [
      'summarize --out',
      (io: ReturnType<typeof memoryIo>) =>
        summarizeCommand(['book.xlsx', '--period', PERIOD, '--out', 'out.xlsx'], io),
    ],
    [
      'build --into',
      async (io: ReturnType<typeof memoryIo>) => {
        const code = await buildCommand(['--into', 'book.xlsx'], io);
        io.files.set('out.xlsx', io.files.get('book.xlsx') ?? new Uint8Array());
        return code;
      },
    ],
  ])('%s writes every row inside the table, in order', async (_name, run) => {
    const io = memoryIo({ 'book.xlsx': bytes });
    expect(await run(io)).toBeLessThan(2);
    const written = await readWorkbookXlsx(io.files.get('out.xlsx') ?? new Uint8Array());
    expect(allInsideTable(written)).toBe(true);
    expect(filledLines(written)).toEqual(lines);
  });

  it('the browser opens the same rows and downloads them inside the table, with 校验结果 and 汇总', async () => {
    const backend = new BrowserBackend();
    await backend.openWorkbook(bytes, file);
    const status = await backend.status();
    expect(status.entries).toBe(rows);
    expect(status.rowsOutside).toBe(file.includes('below') ? 3 : rows);
    const summary = await backend.summarize(PERIOD, quiet, never);
    expect(summary.targets.map((t) => t.actual)).toEqual(expectedSummary.targets.map((t) => t.actual));
    const download = await backend.download(quiet, never);
    const written = await readWorkbookXlsx(download.bytes);
    expect(allInsideTable(written)).toBe(true);
    expect(filledLines(written)).toEqual(lines);
    expect(written.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([SHEETS.issues, SHEETS.summary]),
    );
  });

  it.each(['1.17', '1.12'])(
    'inside Excel %s the same rows count, and merging brings them into the table',
    async (apiVersion) => {
      const fake = createExcelFake({ apiVersion });
      const stored = storedSchema(snapshot);
      if (stored.status !== 'ok') throw new Error('no schema');
      const located = locateEntries(snapshot);
      if (!located.found) throw new Error('no entries');
      const inTable = located.rawRows.filter(
        (r) => r.row <= located.layout.lastTableRow || located.layout.plain,
      );
      const wb = fakeWorkbook(fake);
      const loaded = await wb.loadPlan(
        planWorkbook(stored.schema, {
          entries: {
            headers: located.layout.headers,
            rows: located.layout.plain ? [] : inTable.map((r) => r.values),
          },
        }),
      );
      expect(loaded.ok).toBe(true);
      const sheet = fake.model.requireSheet(SHEETS.entries);
      const write = (row: number, values: CellValue[]) =>
        values.forEach((v, j) => {
          const stored = interpretInput(typeof v === 'object' && v !== null ? v.error : v, 'General');
          if (stored) sheet.ensure(row - 1, j).stored = stored;
        });
      if (located.layout.plain) {
        // The table converted to a range: the cells stay, the table goes.
        located.rawRows.forEach((r) => write(r.row, r.values));
        fake.model.tables.splice(fake.model.tables.indexOf(fake.model.requireTable(TABLES.entries)), 1);
      } else {
        located.rawRows
          .filter((r) => r.row > located.layout.lastTableRow)
          .forEach((r) => write(r.row, r.values));
      }
      expect(filledLines(await wb.read('validate'))).toEqual(lines);
      const validation = await validateLedger(wb, { period: PERIOD });
      expect(validation.result.issues).toHaveLength(expectedIssues);
      const summary = await summarizeLedger(wb, { period: PERIOD });
      expect(summary.summary.targets.map((t) => t.actual)).toEqual(
        expectedSummary.targets.map((t) => t.actual),
      );
      const merged = await readMergedLedger(wb, 'validate');
      expect(merged.moved).toBe(file.includes('below') ? 3 : rows);
      const after = await readLedger(wb, 'validate');
      expect(after.filledBelow).toEqual([]);
      expect(after.layout.plain).toBe(false);
      expect(filledLines(after.snapshot)).toEqual(lines);
    },
  );
});
