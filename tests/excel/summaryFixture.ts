/**
 * A ledger in the Excel fake for the summary tests, and stand-ins for the validation step that make a chosen
 * number of syncs (a small read, the 校验状态 write, another small read), so the summary's own sync and request
 * budget can be measured around validations of different shapes.
 */
import type { NormalizedEntry } from '../../src/domain/entries';
import type { Schema } from '../../src/domain/schema';
import { validateEntries } from '../../src/domain/validation';
import type { RefreshValidationStep } from '../../src/excel/summaryWorkbook';
import { COLUMNS, SHEETS, STATUS_LABELS, TABLES } from '../../src/workbook/format';
import type { CellValue } from '../../src/domain/entryCells';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { ENTRY_ROWS } from '../fixtures/summary/entryRows';
import { miniSchema } from '../fixtures/summary/miniSchema';
import { createExcelFake, type ExcelFake, type FakeHostOptions } from '../support/excelFake';
import { fakeWorkbook } from './fakeContext';

/** The fixture's rows repeated. */
const fixtureRow = (i: number): CellValue[] => [...(ENTRY_ROWS[i % ENTRY_ROWS.length] ?? [])];

/** A fake holding the fixture ledger (or `n` rows from `rowAt`, by default fixture rows repeated), loaded through the Excel writer. */
export async function fakeLedger(
  options: FakeHostOptions = {},
  n = ENTRY_ROWS.length,
  rowAt: (i: number) => CellValue[] = fixtureRow,
): Promise<{ fake: ExcelFake; schema: Schema; entries: NormalizedEntry[] }> {
  const schema = miniSchema();
  const rows: CellValue[][] = Array.from({ length: n }, (_, i) => rowAt(i));
  const fake = createExcelFake();
  fake.seedTable(SHEETS.entries, TABLES.entries, 'A1', [...COLUMNS.entries], rows);
  const loaded = await fakeWorkbook(fake).loadPlan(
    planWorkbook(schema, { entries: { headers: [...COLUMNS.entries], rows } }),
  );
  if (!loaded.ok) throw new Error(loaded.message);
  fake.configure(options);
  const { normalized } = validateEntries(
    schema,
    rows.map((values, i) => ({ row: i + 2, values })),
  );
  return { fake, schema, entries: normalized };
}

/** Syncs, largest request and largest response from `from` (a count of records) on. */
export function measured(
  fake: ExcelFake,
  from: number,
): { syncs: number; maxRequestBytes: number; maxResponseBytes: number } {
  const records = fake.stats.records.slice(from);
  return {
    syncs: records.length,
    maxRequestBytes: records.reduce((m, r) => Math.max(m, r.requestBytes), 0),
    maxResponseBytes: records.reduce((m, r) => Math.max(m, r.responseBytes), 0),
  };
}

/**
 * A stand-in for validation making `syncs` syncs: a small read of WP_Entries, then (from 2 syncs) the
 * 校验状态 column written from the domain's statuses, then (at 3) another small read.
 */
export function standInValidation(
  schema: Schema,
  entries: NormalizedEntry[],
  syncs: 1 | 2 | 3,
): RefreshValidationStep {
  return async (ctx) => {
    const body = ctx.workbook.tables.getItem(TABLES.entries).getDataBodyRange().load('rowCount');
    await ctx.sync();
    if (syncs >= 2) {
      const column = COLUMNS.entries.indexOf('校验状态');
      const words = new Map(entries.map((e) => [e.row, STATUS_LABELS[e.status]]));
      const values = Array.from({ length: body.rowCount }, (_, i) => [words.get(i + 2) ?? '']);
      ctx.workbook.tables.getItem(TABLES.entries).getDataBodyRange().getColumn(column).values = values;
      await ctx.sync();
    }
    if (syncs >= 3) {
      ctx.workbook.tables.getItem(TABLES.entries).getHeaderRowRange().load('values');
      await ctx.sync();
    }
    return { ok: true, value: { schema, normalized: entries } };
  };
}
