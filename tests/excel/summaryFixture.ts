/** A ledger in the Excel fake for the summary tests, and the summary use case run on it. */
import type { NormalizedEntry } from '../../src/domain/entries';
import type { Schema } from '../../src/domain/schema';
import { validateEntries } from '../../src/domain/validation';
import { isLedgerError, translate, type Message } from '../../src/domain/messages';
import type { Summary } from '../../src/domain/summary/types';
import type { LedgerWorkbook } from '../../src/ledger/port';
import { summarizeLedger } from '../../src/ledger/summarizeLedger';
import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
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

/** What a summary run in the fake gave, in the shape the summary tests check. */
export interface SummaryRunView {
  ok: boolean;
  summary?: Summary;
  /** Features skipped, by name. */
  skipped: string[];
  /** Notices and skipped-feature texts, in Chinese. */
  notices: string[];
  /** The failure's Chinese message. */
  message: string;
}

/** Runs the summary use case on the Office adapter and reports it without throwing. */
export async function summaryRun(wb: LedgerWorkbook, period: string): Promise<SummaryRunView> {
  try {
    const done = await summarizeLedger(wb, { period });
    const features = done.skipped.map((m) => {
      const feature = m.params.feature;
      return typeof feature === 'object' && !Array.isArray(feature)
        ? String((feature as Message).key).replace(/^feature\./, '')
        : '';
    });
    return {
      ok: true,
      summary: done.summary,
      skipped: features,
      notices: [...done.skipped, ...done.notices].map((m) => translate('zh-CN', m)),
      message: '',
    };
  } catch (error) {
    if (!isLedgerError(error)) throw error;
    return { ok: false, skipped: [], notices: [], message: error.message };
  }
}
