/**
 * The pane collects 26 returned forms (22 of 上半年, 4 of 一季度) through its backends: in browser mode (the
 * in-memory workbook) and inside Excel (the strict fake) — reading and writing within 4 syncs, validation after it
 * with its own budget — and lands on the validation result, with fixes ready to apply.
 */
import { builtinSchema } from '../../src/domain/builtin';
import { loadSchema } from '../../src/ledger/loadSchema';
import { buildLedgerReturns } from '../../src/ledger/returns';
import type { LedgerWorkbook } from '../../src/ledger/port';
import { BrowserBackend } from '../../src/taskpane/backend/browser/browserBackend';
import { ExcelBackend } from '../../src/taskpane/backend/excel/excelBackend';
import type { LedgerBackend, PickedFile } from '../../src/taskpane/backend/types';
import { COLUMNS, ENTRY_SOURCE_COLUMN, SHEETS, TABLES } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import { writeReturnForm } from '../../src/xlsx/writeReturnForm';
import { XlsxLedger } from '../../src/xlsx/xlsxLedger';
import { fillForm } from '../collect/fillForm';
import type { RowFill } from '../collect/batchSpec';
import { fakeWorkbook } from '../excel/fakeContext';
import { createExcelFake } from '../support/excelFake';
import { deriveForms } from '../xlsx/returnFormsFixture';

const H1 = '2021年上半年';
const Q1 = '2021年一季度';
const never = new AbortController().signal;
const quiet = () => undefined;
const schema = builtinSchema();

/** What each unit types: a figure on every target row, words on every text row. */
function fillsOf(unit: string, period: string): [string, RowFill][] {
  const form = deriveForms(schema).find((f) => f.unit === unit);
  return (form?.rows ?? []).map(([item, target]): [string, RowFill] =>
    target
      ? [target, { 累计完成值: period === Q1 ? 5 : 10, 工作进展: `${period}进展` }]
      : [String(item), { 工作进展: `${period}进展` }],
  );
}

/** 26 filled forms of the ledger: every unit's 上半年 form, and four units' 一季度 forms. */
async function filledForms(ledger: LedgerWorkbook): Promise<PickedFile[]> {
  const files: PickedFile[] = [];
  for (const [period, take] of [
    [H1, 22],
    [Q1, 4],
  ] as const) {
    const done = await buildLedgerReturns(ledger, {
      period,
      generatedAt: new Date('2021-07-01T08:00:00Z'),
      write: writeReturnForm,
    });
    for (const f of done.files.slice(0, take))
      files.push({
        name: f.fileName,
        bytes: await fillForm(f.bytes, { file: f.fileName, fills: fillsOf(f.unit, period) }),
        lastModified: Date.UTC(2021, 6, 8),
      });
  }
  return files;
}

/** Rows the forms fill in. */
function filledRows(files: readonly PickedFile[]): number {
  return files.reduce((n, f) => {
    const period = f.name.startsWith(Q1) ? Q1 : H1;
    const unit = f.name.slice(period.length + 1, -'.xlsx'.length);
    return n + fillsOf(unit, period).length;
  }, 0);
}

async function collectAll(backend: LedgerBackend, files: PickedFile[]) {
  const preview = await backend.previewCollect(files, null, quiet, never);
  const done = await backend.collect(files, null, quiet, never);
  return { preview, done };
}

describe('the pane collecting 26 forms', () => {
  it('in browser mode: every form accepted, every filled row in the ledger, the validation kept for fixes', async () => {
    const backend = new BrowserBackend();
    await backend.loadSchema((await backend.previewBuiltin()).schema, quiet, never);
    // The same schema in another workbook: the forms carry the same fingerprint.
    const source = XlsxLedger.empty();
    await loadSchema(source, schema, { appVersion: 'test' });
    const files = await filledForms(source);
    expect(files).toHaveLength(26);
    const { preview, done } = await collectAll(backend, files);
    expect(preview.verdicts.map((v) => v.status)).toEqual(files.map(() => 'accepted'));
    expect(done.verdicts.map((v) => v.status)).toEqual(files.map(() => 'accepted'));
    expect(done.entries).toBe(filledRows(files));
    expect(backend.lastValidation()).toBe(done.result);
    expect((await backend.status()).entries).toBe(filledRows(files));
    const { bytes } = await backend.download(quiet, never);
    const written = await readWorkbookXlsx(bytes);
    expect(written.tables.find((t) => t.name === TABLES.imports)?.rows).toHaveLength(26);
    expect(written.tables.find((t) => t.name === TABLES.entries)?.headers).toContain(ENTRY_SOURCE_COLUMN);
  });

  it('inside Excel: read and write within 4 syncs, validation after it within its own 3, on a table without 来源', async () => {
    const fake = createExcelFake({ apiVersion: '1.17' });
    const workbook = fakeWorkbook(fake);
    // A ledger written before format 3: its entries table has no 来源 (one blank row, as Excel keeps it).
    const plan = planWorkbook(
      schema,
      { entries: { headers: [...COLUMNS.entries], rows: [] } },
      { appVersion: 'v2' },
    );
    expect((await workbook.loadPlan(plan)).ok).toBe(true);
    const backend = new ExcelBackend(workbook);
    const files = await filledForms(workbook);
    const before = workbook.costs.length;
    const syncsBefore = fake.stats.syncs;
    const { done } = await collectAll(backend, files);
    const costs = workbook.costs.slice(before);
    // The preview reads once; the collect reads, writes, then validation reads and writes.
    const collectWrite = costs.findIndex((c) => c.operation === 'collect');
    const collectRead = costs[collectWrite - 1];
    expect(collectRead?.operation).toBe('read');
    expect((collectRead?.syncs ?? 99) + (costs[collectWrite]?.syncs ?? 99)).toBeLessThanOrEqual(4);
    const validation = costs.slice(collectWrite + 1);
    expect(validation.map((c) => c.operation)).toEqual(['read', 'validation']);
    expect(validation.reduce((n, c) => n + c.syncs, 0)).toBeLessThanOrEqual(3);
    expect(fake.stats.syncs - syncsBefore).toBe(costs.reduce((n, c) => n + c.syncs, 0));
    expect(fake.stats.unsupportedCalls).toEqual([]);

    expect(done.verdicts.map((v) => v.status)).toEqual(files.map(() => 'accepted'));
    const entries = fake.tableValues(TABLES.entries);
    expect(entries.headers).toEqual([...COLUMNS.entries, ENTRY_SOURCE_COLUMN]);
    const filled = entries.rows.filter((r) => r.some((v) => v !== ''));
    expect(filled).toHaveLength(filledRows(files));
    // The blank row Excel keeps in an empty table took the first new row: no blank row is left between entries.
    expect(entries.rows).toHaveLength(filled.length);
    expect(filled.every((r) => String(r[COLUMNS.entries.length]).includes('.xlsx · '))).toBe(true);
    // Every entry row carries the status the validation after the collect wrote.
    expect(
      filled.every((r) => ['通过', '警告', '错误'].includes(String(r[COLUMNS.entries.indexOf('校验状态')]))),
    ).toBe(true);
    expect(fake.tableValues(TABLES.imports).rows).toHaveLength(26);
    expect(fake.model.sheet(SHEETS.collection)).toBeDefined();
    expect(fake.formulaCells(SHEETS.entries).size).toBe(0);
    expect(backend.lastValidation()).toBe(done.result);

    // A second collect of the same files changes nothing.
    const again = await backend.collect(files, null, quiet, never);
    expect(again.verdicts.map((v) => v.status)).toEqual(files.map(() => 'unchanged'));
    expect(fake.tableValues(TABLES.entries).rows.filter((r) => r.some((v) => v !== ''))).toEqual(filled);
    expect(fake.tableValues(TABLES.imports).rows).toHaveLength(26);
  });
});
