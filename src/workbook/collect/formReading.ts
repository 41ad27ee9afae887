/**
 * Recognising a returned form in a file, whatever happened to it on the way: the `_wp_return` record, else the
 * custom document properties, else the cells say whose form it is; the `WP_Return` header row is found by its
 * column names anywhere in any sheet (a table range LibreOffice or WPS did not grow does not matter, nor does a
 * lost table), columns a unit inserted, removed or reordered are mapped by name, and the cooperation table below
 * is read the same way. Pure: a ReturnedBook in, what it holds out; judging it against a ledger is judgeForm's.
 */
import type { CellValue } from '../../domain/entryCells';
import { message, type Message } from '../../domain/messages';
import {
  COOPERATION_INPUT_COLUMN,
  RETURN_COLUMNS,
  RETURN_INPUT_COLUMNS,
  RETURN_PROPERTIES,
  RETURN_SHEETS,
  RETURN_META_KEYS,
} from '../returnFormFormat';
import { SHEETS } from '../format';
import { readReturnRecord, type ReturnRecord } from '../returnFormMeta';
import type { ReturnedBook, ReturnedSheet } from './returnedBook';

/** A column of WP_Return or WP_ReturnCooperation. */
export type FormColumn = (typeof RETURN_COLUMNS.rows)[number] | (typeof RETURN_COLUMNS.cooperation)[number];

/** Columns without which a form's rows cannot be taken in. */
export const REQUIRED_FORM_COLUMNS = ['序号', '指标编号', '累计完成值', '工作进展'] as const;

/** The column right of WP_Return that the form itself writes (核对提示): never a foreign column. */
const OWN_EXTRA_HEADERS = new Set(['核对提示']);

/** Fewest WP_Return column names a row must carry to be taken for the table's header row. */
const MIN_HEADER_MATCHES = 5;

/** One row of a form as the unit left it. */
export interface FormRow {
  /** Sheet row in the file. */
  row: number;
  /** Which table: the unit's own rows, or the optional cooperation table. */
  table: 'rows' | 'cooperation';
  /** The 序号 and 指标编号 cells (指标编号 is null in the cooperation table). */
  item: CellValue;
  target: CellValue;
  /** The row's 填报单位 and 报告期 cells (null where the table has no such column). */
  unit: CellValue;
  period: CellValue;
  /** The values of the form's columns the row has, by column name (what the unit typed, as typed). */
  values: Partial<Record<FormColumn, CellValue>>;
  /** Columns whose cell held a formula (their value is the result the file cached). */
  formulas: FormColumn[];
}

/** Whose form it is, and where that was read. */
export interface FormIdentity {
  fingerprint: string | null;
  /** The unit as written (not resolved yet), or null when nothing names one. */
  unit: string | null;
  /** Every distinct unit named, when only the cells name them (several means the file mixes units). */
  units: string[];
  period: string | null;
  periods: string[];
  source: 'record' | 'properties' | 'cells';
}

/** A form found in a file. */
export interface FormReading {
  found: true;
  identity: FormIdentity;
  /** The `_wp_return` record, when the file kept a readable one. */
  record: ReturnRecord | null;
  sheet: string;
  headerRow: number;
  /** Headers in the header row that are not the form's (e.g. a 备注 the unit inserted): ignored, named. */
  foreign: string[];
  /** The form's columns missing from the header row (only optional ones: a required one refuses the form). */
  missingOptional: FormColumn[];
  rows: FormRow[];
}

/** Why a file holds no form we can take in. */
export interface NotAForm {
  found: false;
  problem: Message;
  /** Whose form it claims to be, when the record or the properties say. */
  identity: FormIdentity | null;
}

/** Header text as compared: every kind of white space removed (line breaks, full-width spaces). */
export function headerKey(value: CellValue | undefined): string {
  return typeof value === 'string' ? value.replace(/[\s\u3000]+/g, '') : '';
}

function text(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return null;
  const t = String(value).trim();
  return t === '' ? null : t;
}

/** Whether a cell is blank (null, or text of white space only). */
export function isBlankCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A header row found in a sheet: the 1-based column of each form column it names, and what else it holds. */
interface HeaderRow {
  sheet: ReturnedSheet;
  row: number;
  columns: Map<FormColumn, number>;
  /** Non-blank header cells that are not form columns, with their columns. */
  others: { column: number; header: string }[];
  matches: number;
}

/** The columns of a row that name any of `names`, and the other non-blank cells of the row. */
function headerRowAt(sheet: ReturnedSheet, row: number, names: readonly FormColumn[]): HeaderRow {
  const cells = sheet.rows[row - 1] ?? [];
  const columns = new Map<FormColumn, number>();
  const others: { column: number; header: string }[] = [];
  cells.forEach((cell, j) => {
    const key = headerKey(cell);
    const name = names.find((n) => n === key);
    if (name !== undefined && !columns.has(name)) columns.set(name, j + 1);
    else if (!isBlankCell(cell)) others.push({ column: j + 1, header: String(cell).trim() });
  });
  return { sheet, row, columns, others, matches: columns.size };
}

/** The WP_Return header row: the row naming most of its columns, the form's own sheet first on a tie. */
function findHeaderRow(book: ReturnedBook): HeaderRow | null {
  const ordered = [...book.sheets].sort(
    (a, b) => Number(b.name === RETURN_SHEETS.form) - Number(a.name === RETURN_SHEETS.form),
  );
  let best: HeaderRow | null = null;
  for (const sheet of ordered) {
    for (let r = 1; r <= sheet.rows.length; r++) {
      if (!(sheet.rows[r - 1] ?? []).some((c) => typeof c === 'string')) continue;
      const found = headerRowAt(sheet, r, RETURN_COLUMNS.rows);
      if (found.matches >= MIN_HEADER_MATCHES && (best === null || found.matches > best.matches))
        best = found;
    }
  }
  return best;
}

/** The cooperation table's header row below WP_Return's: a row naming 牵头单位 and 配合情况. */
function findCooperationHeader(sheet: ReturnedSheet, after: number): HeaderRow | null {
  for (let r = after + 1; r <= sheet.rows.length; r++) {
    const found = headerRowAt(sheet, r, RETURN_COLUMNS.cooperation);
    if (found.columns.has('牵头单位') && found.columns.has(COOPERATION_INPUT_COLUMN)) return found;
  }
  return null;
}

/** The record in a sheet named `_wp_return`, or in any sheet whose A1 carries the record's marker. */
function findRecord(book: ReturnedBook): ReturnRecord | null {
  const sheet =
    book.sheets.find((s) => s.name === RETURN_SHEETS.meta) ??
    book.sheets.find((s) => s.rows[0]?.[0] === RETURN_META_KEYS.marker);
  if (!sheet) return null;
  const record = readReturnRecord(sheet.rows);
  return record && !('problem' in record) ? record : null;
}

function distinct(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}

/** Whose form it is: the record, else the document properties, else (field by field) the cells of its rows. */
function identityOf(
  record: ReturnRecord | null,
  properties: Readonly<Record<string, string>>,
  rows: readonly FormRow[],
): FormIdentity {
  const units = distinct(rows.map((r) => text(r.unit)));
  const periods = distinct(rows.map((r) => text(r.period)));
  if (record)
    return {
      fingerprint: record.fingerprint || null,
      unit: text(record.unit),
      units: text(record.unit) ? [record.unit.trim()] : [],
      period: text(record.period),
      periods: text(record.period) ? [record.period.trim()] : [],
      source: 'record',
    };
  const unit = text(properties[RETURN_PROPERTIES.unit]);
  const period = text(properties[RETURN_PROPERTIES.period]);
  const fingerprint = text(properties[RETURN_PROPERTIES.fingerprint]);
  if (unit || period || fingerprint)
    return {
      fingerprint,
      unit: unit ?? (units.length === 1 ? (units[0] ?? null) : null),
      units: unit ? [unit] : units,
      period: period ?? (periods.length === 1 ? (periods[0] ?? null) : null),
      periods: period ? [period] : periods,
      source: 'properties',
    };
  return {
    fingerprint: null,
    unit: units.length === 1 ? (units[0] ?? null) : null,
    units,
    period: periods.length === 1 ? (periods[0] ?? null) : null,
    periods,
    source: 'cells',
  };
}

/** The rows between a header row and `end` (exclusive), read by the header's columns. */
function rowsUnder(
  header: HeaderRow,
  end: number,
  table: FormRow['table'],
  formulaCells: ReadonlySet<string>,
): FormRow[] {
  const { sheet, columns } = header;
  const rows: FormRow[] = [];
  for (let r = header.row + 1; r < end; r++) {
    const cells = sheet.rows[r - 1] ?? [];
    const at = (name: FormColumn): CellValue => {
      const column = columns.get(name);
      return column === undefined ? null : (cells[column - 1] ?? null);
    };
    const values: Partial<Record<FormColumn, CellValue>> = {};
    const formulas: FormColumn[] = [];
    for (const [name, column] of columns) {
      values[name] = cells[column - 1] ?? null;
      if (formulaCells.has(`${r}:${column}`)) formulas.push(name);
    }
    if (Object.values(values).every((v) => isBlankCell(v))) continue;
    rows.push({
      row: r,
      table,
      item: at('序号'),
      target: table === 'rows' ? at('指标编号') : null,
      unit: table === 'rows' ? at('填报单位') : null,
      period: table === 'rows' ? at('报告期') : null,
      values,
      formulas,
    });
  }
  return rows;
}

/** Whether a row's only content is the cooperation table's title (配合事项（选填）), which sits between the tables. */
function isCooperationTitle(row: FormRow): boolean {
  const filled = Object.values(row.values).filter((v) => !isBlankCell(v));
  return filled.length === 1 && headerKey(filled[0] ?? null).startsWith('配合事项');
}

/** Reads the form a file holds, or says why it holds none. */
export function readForm(book: ReturnedBook): FormReading | NotAForm {
  // A ledger (its own copy, or another office's) has a 进度填报 header too: say what it is, not which units it holds.
  if (book.sheets.some((s) => s.name === SHEETS.meta))
    return { found: false, problem: message('collect.form.ledger'), identity: null };
  const record = findRecord(book);
  const header = findHeaderRow(book);
  if (!header) {
    const claimed = identityOf(record, book.properties, []);
    const claims = claimed.source !== 'cells';
    return {
      found: false,
      problem: message(claims ? 'collect.form.noTable' : 'collect.form.none'),
      identity: claims ? claimed : null,
    };
  }
  const formulaCells = new Set(header.sheet.formulas.map((f) => `${f.row}:${f.column}`));
  const cooperationHeader = findCooperationHeader(header.sheet, header.row);
  const end = cooperationHeader ? cooperationHeader.row : header.sheet.rows.length + 1;
  const rows = rowsUnder(header, end, 'rows', formulaCells).filter((r) => !isCooperationTitle(r));
  const cooperation = cooperationHeader
    ? rowsUnder(cooperationHeader, header.sheet.rows.length + 1, 'cooperation', formulaCells)
    : [];
  const identity = identityOf(record, book.properties, rows);
  const required: FormColumn[] = [...REQUIRED_FORM_COLUMNS];
  // Without a record or properties, only the cells can say whose form it is.
  if (identity.source === 'cells') required.push('填报单位', '报告期');
  const missing = required.filter((c) => !header.columns.has(c));
  if (missing.length > 0)
    return {
      found: false,
      problem: message('collect.form.missingColumns', { columns: missing }),
      identity: identity.source === 'cells' ? null : identity,
    };
  const foreign = [...header.others, ...(cooperationHeader?.others ?? [])]
    .map((o) => o.header)
    .filter((h) => !OWN_EXTRA_HEADERS.has(headerKey(h)));
  const missingOptional = [...RETURN_INPUT_COLUMNS, '计量单位' as const].filter(
    (c) => !header.columns.has(c),
  );
  return {
    found: true,
    identity,
    record,
    sheet: header.sheet.name,
    headerRow: header.row,
    foreign: [...new Set(foreign)],
    missingOptional,
    rows: [...rows, ...cooperation],
  };
}
