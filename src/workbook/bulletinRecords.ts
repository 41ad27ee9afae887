/**
 * What a bulletin reads from a workbook beyond the entries, when the ledger has it: the period's 报送截止
 * (`WP_Periods[报送截止]`) and the collection records (`WP_Imports[单位, 报告期, 导入时间, 结果]`).
 */
import type { Receipt } from '../domain/bulletin';
import type { CellValue } from '../domain/entryCells';
import { TABLES } from './format';
import type { TableSnapshot, WorkbookSnapshot } from './snapshot';

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
export function deadlineOf(snapshot: WorkbookSnapshot, period: string): string | null {
  const table = snapshot.tables.find((t) => t.name === TABLES.periods);
  if (!table) return null;
  const [label, due] = [column(table, '报告期'), column(table, DEADLINE_COLUMN)];
  if (label < 0 || due < 0) return null;
  const row = table.rows.find((r) => text(r.values[label]) === period);
  return row ? isoCell(row.values[due]) : null;
}

/** The period's collection records, when the ledger has WP_Imports; rejected files are not receipts. */
export function receiptsOf(snapshot: WorkbookSnapshot, period: string): Receipt[] {
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
