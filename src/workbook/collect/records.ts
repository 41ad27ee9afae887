/**
 * The collect step's records in the ledger: 回收记录 (`WP_Imports`, one row per file taken in, with its SHA-256 —
 * what makes collecting again idempotent) and 修订记录 (`WP_Revisions`, the value a collected row replaced). Both
 * tables start at A1 of their sheet and only ever grow; the add-in appends to them and never rewrites a row.
 */
import type { CellValue } from '../../domain/entryCells';
import { DATE_TIME_FORMAT } from '../excelDate';
import { COLUMNS, IMPORT_RESULT_LABELS, SHEETS, TABLES } from '../format';
import type { ColumnPlan, PlanValue, SheetPlan } from '../plan';
import type { TableSnapshot, WorkbookSnapshot } from '../snapshot';
import { columnsFor } from '../sheets/tableSheet';

/** The record tables the collect step appends to. */
export type RecordTable = 'imports' | 'revisions';

/** One file taken in (a `WP_Imports` row). */
export interface ImportRecord {
  fileName: string;
  sha256: string;
  unit: string;
  period: string;
  /** dcterms:modified as an Excel serial (local wall-clock time), or null when the file does not say. */
  saved: number | null;
  /** When it was collected, an Excel serial (local wall-clock time). */
  imported: number;
  result: keyof typeof IMPORT_RESULT_LABELS;
  added: number;
  changed: number;
  unchanged: number;
}

/** One value a collected row replaced (a `WP_Revisions` row). */
export interface RevisionRecord {
  period: string;
  unit: string;
  item: CellValue;
  target: CellValue;
  column: string;
  from: CellValue;
  to: CellValue;
  fileName: string;
  imported: number;
}

const TEXT = '@';

/** Column settings of the record tables (times as dates; what a unit typed in General, so numbers stay numbers). */
export const RECORD_COLUMNS: Record<RecordTable, ColumnPlan[]> = {
  imports: columnsFor(COLUMNS.imports, {
    文件名: { width: 36, numberFormat: TEXT, wrap: true },
    'SHA-256': { width: 22, numberFormat: TEXT },
    单位: { width: 22, numberFormat: TEXT },
    报告期: { width: 14, numberFormat: TEXT },
    保存时间: { width: 19, numberFormat: DATE_TIME_FORMAT },
    导入时间: { width: 19, numberFormat: DATE_TIME_FORMAT },
    结果: { width: 8, numberFormat: TEXT },
    新增: { width: 6 },
    修改: { width: 6 },
    未变: { width: 6 },
  }),
  revisions: columnsFor(COLUMNS.revisions, {
    报告期: { width: 14, numberFormat: TEXT },
    填报单位: { width: 22, numberFormat: TEXT },
    序号: { width: 6 },
    指标编号: { width: 10, numberFormat: TEXT },
    列: { width: 10, numberFormat: TEXT },
    原值: { width: 30, wrap: true },
    新值: { width: 30, wrap: true },
    来源文件: { width: 36, numberFormat: TEXT, wrap: true },
    导入时间: { width: 19, numberFormat: DATE_TIME_FORMAT },
  }),
};

const NAMES: Record<RecordTable, { sheet: string; table: string }> = {
  imports: { sheet: SHEETS.imports, table: TABLES.imports },
  revisions: { sheet: SHEETS.revisions, table: TABLES.revisions },
};

/** A plan value for a cell (an error value as its text: a record never carries a live error). */
function planValue(value: CellValue): PlanValue {
  return value !== null && typeof value === 'object' ? value.error : value;
}

/** The `WP_Imports` row of a file. */
export function importRow(r: ImportRecord): PlanValue[] {
  return [
    r.fileName,
    r.sha256,
    r.unit,
    r.period,
    r.saved,
    r.imported,
    IMPORT_RESULT_LABELS[r.result],
    r.added,
    r.changed,
    r.unchanged,
  ];
}

/** The `WP_Revisions` row of a replaced value. */
export function revisionRow(r: RevisionRecord): PlanValue[] {
  return [
    r.period,
    r.unit,
    planValue(r.item),
    planValue(r.target),
    r.column,
    planValue(r.from),
    planValue(r.to),
    r.fileName,
    r.imported,
  ];
}

/** The record table of a snapshot, if the workbook has it. */
export function recordTable(snapshot: WorkbookSnapshot, kind: RecordTable): TableSnapshot | undefined {
  return snapshot.tables.find((t) => t.name === NAMES[kind].table);
}

/** The sheet holding a record table: the table from A1, every row given (the rows it held, then the new ones). */
export function recordSheet(kind: RecordTable, rows: PlanValue[][]): SheetPlan {
  return {
    name: NAMES[kind].sheet,
    visibility: 'visible',
    cells: [],
    tables: [
      {
        name: NAMES[kind].table,
        topLeft: 'A1',
        columns: RECORD_COLUMNS[kind],
        rows,
        style: 'TableStyleLight9',
        preserved: false,
      },
    ],
    freezeRows: 1,
    conditionalFormats: [],
    tabColor: '#7F7F7F',
  };
}

/** The rows a record table holds, laid out in contract column order (columns matched by header). */
export function recordRows(table: TableSnapshot | undefined, kind: RecordTable): PlanValue[][] {
  if (!table) return [];
  const headers = table.headers.map((h) => h.trim());
  const picks = COLUMNS[kind].map((h) => headers.indexOf(h));
  return table.rows
    .map((r) => picks.map((i) => (i < 0 ? null : planValue(r.values[i] ?? null))))
    .filter((values) => values.some((v) => v !== null && v !== ''));
}

/** What earlier collects recorded: the files' SHA-256 and, per period and unit, when a file was last taken in. */
export interface ImportHistory {
  shas: ReadonlySet<string>;
  /** `<报告期>\u0000<单位>` → the latest 导入时间 (Excel serial). */
  lastReceived: ReadonlyMap<string, number>;
}

/** The key of a period and unit in `lastReceived`. */
export function receivedKey(period: string, unit: string): string {
  return `${period}\u0000${unit}`;
}

/** The history `WP_Imports` holds (empty when the ledger has none). */
export function importHistory(
  snapshot: WorkbookSnapshot,
  added: readonly ImportRecord[] = [],
): ImportHistory {
  const rows = recordRows(recordTable(snapshot, 'imports'), 'imports');
  const col = (h: (typeof COLUMNS.imports)[number]) => COLUMNS.imports.indexOf(h);
  const shas = new Set<string>();
  const lastReceived = new Map<string, number>();
  const note = (sha: unknown, period: unknown, unit: unknown, time: unknown) => {
    if (typeof sha === 'string' && sha.trim() !== '') shas.add(sha.trim().toLowerCase());
    if (typeof period !== 'string' || typeof unit !== 'string' || typeof time !== 'number') return;
    const key = receivedKey(period.trim(), unit.trim());
    lastReceived.set(key, Math.max(lastReceived.get(key) ?? -Infinity, time));
  };
  for (const r of rows) note(r[col('SHA-256')], r[col('报告期')], r[col('单位')], r[col('导入时间')]);
  for (const r of added) note(r.sha256, r.period, r.unit, r.imported);
  return { shas, lastReceived };
}
