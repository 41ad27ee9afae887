/**
 * Everything `workpoints bulletin` reads from a ledger file, in one function until the ledger core (src/ledger)
 * replaces it: the workbook read and checked as `summarize` reads it, the entries validated, the period's and the
 * previous period's summaries, the units' 存在问题 texts, and — when the ledger has them — the period's 报送截止
 * (`WP_Periods[报送截止]`) and the collection records (`WP_Imports[单位, 报告期, 导入时间, 结果]`).
 */
import type { Receipt, UnitProblem } from '../../domain/bulletin';
import { unitProblems } from '../../domain/bulletin';
import type { CellValue } from '../../domain/entryCells';
import type { Schema } from '../../domain/schema';
import { summarize } from '../../domain/summary';
import type { Summary } from '../../domain/summary';
import { validateEntries } from '../../domain/validation';
import { TABLES } from '../../workbook/format';
import { entryRows } from '../../workbook/reader';
import type { TableSnapshot, WorkbookSnapshot } from '../../workbook/snapshot';
import type { CliIo } from '../io';
import { readBook, resolvePeriod, type Step, type SummarizeCommandDeps } from './summarize';

/** What the bulletin is composed from, as read from one ledger file. */
export interface BulletinLedger {
  schema: Schema;
  /** The period label the written period resolved to. */
  period: string;
  summary: Summary;
  /** The previous period's summary, null for the first period. */
  previous: Summary | null;
  problems: UnitProblem[];
  deadline: string | null;
  receipts: Receipt[];
  /** Entry rows validation marked 错误 (not counted). */
  errorRows: number;
}

/** Collection tables as the collect step writes them (issue 15); read only when present. */
const IMPORTS_TABLE = 'WP_Imports';
const DEADLINE_COLUMN = '报送截止';
const REJECTED = /rejected|拒/i;

const MS_PER_DAY = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel date serial (1900 system) as ISO `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` when it has a time. */
export function serialToIso(serial: number): string {
  const ms = Math.round((serial * MS_PER_DAY) / 60_000) * 60_000 + EPOCH_MS;
  const iso = new Date(ms).toISOString();
  return serial % 1 === 0 ? iso.slice(0, 10) : iso.slice(0, 16);
}

/** A date cell as ISO text: a serial, or text already starting with a date; null otherwise. */
function isoCell(value: CellValue | undefined): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return serialToIso(value);
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?/.exec(value.trim());
  if (!match) return null;
  const pad = (part: string | undefined) => (part ?? '').padStart(2, '0');
  const day = `${match[1]}-${pad(match[2])}-${pad(match[3])}`;
  return match[4] === undefined ? day : `${day}T${pad(match[4])}:${match[5]}`;
}

function column(table: TableSnapshot, header: string): number {
  return table.headers.findIndex((h) => String(h).trim() === header);
}

const text = (value: CellValue | undefined): string => (typeof value === 'string' ? value.trim() : '');

/** The period's 报送截止, when WP_Periods has that column and a date in the period's row. */
function deadlineOf(snapshot: WorkbookSnapshot, period: string): string | null {
  const table = snapshot.tables.find((t) => t.name === TABLES.periods);
  if (!table) return null;
  const [label, due] = [column(table, '报告期'), column(table, DEADLINE_COLUMN)];
  if (label < 0 || due < 0) return null;
  const row = table.rows.find((r) => text(r.values[label]) === period);
  return row ? isoCell(row.values[due]) : null;
}

/** The period's collection records, when the ledger has WP_Imports; rejected files are not receipts. */
function receiptsOf(snapshot: WorkbookSnapshot, period: string): Receipt[] {
  const table = snapshot.tables.find((t) => t.name === IMPORTS_TABLE);
  if (!table) return [];
  const [unit, label, at, result] = ['单位', '报告期', '导入时间', '结果'].map((h) => column(table, h));
  if (unit === undefined || label === undefined || at === undefined || unit < 0 || label < 0 || at < 0)
    return [];
  return table.rows.flatMap((row) => {
    const receivedAt = isoCell(row.values[at]);
    const name = text(row.values[unit]);
    if (receivedAt === null || name === '' || text(row.values[label]) !== period) return [];
    if (result !== undefined && result >= 0 && REJECTED.test(text(row.values[result]))) return [];
    return [{ unit: name, receivedAt }];
  });
}

/** Reads the ledger at `path` for the written period; a failure is the Chinese message of exit code 2. */
export async function readBulletinInput(
  path: string,
  writtenPeriod: string,
  io: CliIo,
  deps: Pick<SummarizeCommandDeps, 'readXlsx'>,
): Promise<Step<BulletinLedger>> {
  const book = await readBook(path, io, deps);
  if (!book.ok) return book;
  const { snapshot, schema } = book.value;
  const period = resolvePeriod(schema, writtenPeriod);
  if (!period.ok) return period;
  const rows = entryRows(snapshot);
  // Validation decides which rows count (not 错误), exactly as for summarize.
  const { normalized } = validateEntries(schema, rows, { period: period.value });
  const index = schema.periods.findIndex((p) => p.label === period.value);
  const before = index > 0 ? schema.periods[index - 1] : undefined;
  return {
    ok: true,
    value: {
      schema,
      period: period.value,
      summary: summarize(schema, normalized, period.value),
      previous: before ? summarize(schema, normalized, before.label) : null,
      problems: unitProblems(rows, normalized, period.value),
      deadline: deadlineOf(snapshot, period.value),
      receipts: receiptsOf(snapshot, period.value),
      errorRows: normalized.filter((entry) => entry.status === 'error').length,
    },
  };
}
