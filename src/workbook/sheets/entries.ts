/**
 * 进度填报 / WP_Entries: the users' rows. Existing rows are carried over exactly (values, order, extra
 * columns at the end); only the contract columns' settings come from the plan.
 */
import { COLUMNS, ENTRY_SOURCE_COLUMN, STATUS_LABELS, SHEETS, TABLES } from '../format';
import type { CellValue, EntryColumn } from '../../domain/entryCells';
import type { ExistingEntries } from '../existing';
import type { ColumnPlan, ConditionalFormatPlan, PlanValue, SheetPlan } from '../plan';
import { ENTRY_DATA_VALIDATION } from '../dataValidation';
import { columnsFor, tableSheet } from './tableSheet';

/** Width of a column a user added, when nothing better is known. */
const EXTRA_COLUMN_WIDTH = 14;

const CONTRACT_COLUMNS = columnsFor(COLUMNS.entries, {
  报告期: { width: 16, numberFormat: '@' },
  填报单位: { width: 26, numberFormat: '@' },
  序号: { width: 8 },
  指标编号: { width: 10, numberFormat: '@' },
  累计完成值: { width: 12 },
  计量单位: { width: 10, numberFormat: '@' },
  工作进展: { width: 50, wrap: true, numberFormat: '@' },
  存在问题: { width: 30, wrap: true, numberFormat: '@' },
  填报人: { width: 10, numberFormat: '@' },
  校验状态: { width: 10, numberFormat: '@' },
}).map((column) => {
  const dataValidation = ENTRY_DATA_VALIDATION[column.header as EntryColumn];
  return dataValidation ? { ...column, dataValidation } : column;
});

/**
 * A plan value for a raw cell: error values (`#N/A` …) become their text, since a plan never carries a
 * live error or formula; everything else is kept as it is.
 */
export function toPlanValue(value: CellValue | undefined): PlanValue {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object') return value.error;
  return value;
}

/** 来源: written by the collect step only, as text (a file name never turns into a number or a formula). */
const SOURCE_COLUMN: ColumnPlan = { header: ENTRY_SOURCE_COLUMN, width: 30, numberFormat: '@' };

/**
 * Columns and rows of the entries table: contract columns first, then the columns beyond them in their order —
 * 来源 where the table has it (a ledger written before format 3 gets it from its first collect, at the end), and
 * the user's own columns. A new table ends with 来源.
 */
export function entryTable(existing?: ExistingEntries): { columns: ColumnPlan[]; rows: PlanValue[][] } {
  if (!existing) return { columns: [...CONTRACT_COLUMNS, SOURCE_COLUMN], rows: [] };
  const contract = new Set<string>(COLUMNS.entries);
  const sourceIndex = new Map(existing.headers.map((h, i) => [h, i]));
  const extras = existing.headers
    .map((header, index) => ({ header, index }))
    .filter((c) => !contract.has(c.header));
  const columns: ColumnPlan[] = [
    ...CONTRACT_COLUMNS,
    ...extras.map(({ header, index }) => {
      if (header === ENTRY_SOURCE_COLUMN) return SOURCE_COLUMN;
      const format = existing.numberFormats?.[index];
      return { header, width: EXTRA_COLUMN_WIDTH, ...(format ? { numberFormat: format } : {}) };
    }),
  ];
  const picks = [...COLUMNS.entries.map((h) => sourceIndex.get(h)), ...extras.map((c) => c.index)];
  const rows = existing.rows.map((row) => picks.map((i) => (i === undefined ? null : toPlanValue(row[i]))));
  return { columns, rows };
}

/** Status colours, so that a reader without the add-in sees which rows failed validation. */
function statusFormats(): ConditionalFormatPlan[] {
  const base = { type: 'textEquals', table: TABLES.entries, column: '校验状态' } as const;
  return [
    { ...base, text: STATUS_LABELS.error, fill: '#FFC7CE', fontColor: '#9C0006' },
    { ...base, text: STATUS_LABELS.warning, fill: '#FFEB9C', fontColor: '#9C5700' },
  ];
}

/** The 进度填报 sheet. */
export function entriesSheet(existing?: ExistingEntries): SheetPlan {
  const { columns, rows } = entryTable(existing);
  return tableSheet(SHEETS.entries, TABLES.entries, columns, rows, {
    style: 'TableStyleMedium7',
    preserved: true,
    conditionalFormats: statusFormats(),
    tabColor: '#2E7D32',
  });
}
