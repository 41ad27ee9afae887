/**
 * The in-browser entry form: what a user types becomes a cell value the way Excel would store it, so that
 * validation sees the same mistakes it sees in a returned workbook (`1000户` stays text, `1000` is a number).
 */
import type { CellValue, EntryColumn } from '../../domain/entryCells';

/** The fields of the form (校验状态 is written by validation, not typed). */
export const FORM_COLUMNS = [
  '报告期',
  '填报单位',
  '序号',
  '指标编号',
  '累计完成值',
  '计量单位',
  '工作进展',
  '存在问题',
  '填报人',
] as const satisfies readonly EntryColumn[];

/** One form field. */
export type FormColumn = (typeof FORM_COLUMNS)[number];

/** The form's text fields. */
export type EntryForm = Record<FormColumn, string>;

/** An empty form. */
export function emptyForm(): EntryForm {
  return {
    报告期: '',
    填报单位: '',
    序号: '',
    指标编号: '',
    累计完成值: '',
    计量单位: '',
    工作进展: '',
    存在问题: '',
    填报人: '',
  };
}

/** Plain decimal numbers, as Excel's General format turns them into numbers; anything else stays text. */
const PLAIN_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** The cell value Excel would store for typed text: blank, a number, or the text as typed (trimmed). */
export function typedCell(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (PLAIN_NUMBER.test(trimmed)) {
    const n = Number(trimmed);
    if (Number.isFinite(n)) return n;
  }
  return trimmed;
}

/** Columns whose cells are formatted as text (`@`) in WP_Entries: typed digits stay text there. */
const TEXT_COLUMNS: ReadonlySet<FormColumn> = new Set([
  '报告期',
  '填报单位',
  '指标编号',
  '计量单位',
  '工作进展',
  '存在问题',
  '填报人',
]);

/** The value a typed text becomes in a column: text columns keep digits as text, the others read as Excel would. */
export function cellFromText(column: FormColumn, text: string): CellValue {
  return TEXT_COLUMNS.has(column) ? (text.trim() === '' ? null : text.trim()) : typedCell(text);
}

/** Whether a column is one the form and the grid let a user type into (校验状态 is validation's). */
export function isFormColumn(column: string): column is FormColumn {
  return (FORM_COLUMNS as readonly string[]).includes(column);
}

/** The row's cell values, keyed by column; blank fields are left out. */
export function formToCells(form: EntryForm): Partial<Record<EntryColumn, CellValue>> {
  const cells: Partial<Record<EntryColumn, CellValue>> = {};
  for (const column of FORM_COLUMNS) {
    const value = cellFromText(column, form[column]);
    if (value !== null) cells[column] = value;
  }
  return cells;
}

/** Whether the form holds anything worth a row (a blank row would be skipped by validation anyway). */
export function isBlankForm(form: EntryForm): boolean {
  return FORM_COLUMNS.every((c) => form[c].trim() === '');
}

/** Text of a cell for the grid. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.error;
  return String(value);
}
