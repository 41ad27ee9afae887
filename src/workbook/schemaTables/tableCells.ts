/**
 * Reading the cells of a schema table as the office typed them: a table of the snapshot by name with its columns
 * found by header, each cell's A1 address for messages, and the readers of text, whole numbers, numbers, dates and
 * lists of names. Problems are collected as messages naming the sheet and the cell; nothing here throws.
 */
import type { CellValue, SheetRow } from '../../domain/entryCells';
import { message, type Message, type MessageKey, type MessageParams } from '../../domain/messages';
import { indexToLetters, parseAddress } from '../address';
import { serialToIsoDate } from '../excelDate';
import type { TableSnapshot, WorkbookSnapshot } from '../snapshot';

/** The problems found so far, in the order found. */
export class Problems {
  readonly list: Message[] = [];

  /** A problem with the cell `cell` of sheet `sheet`. */
  at(sheet: string, cell: string, key: MessageKey, params: MessageParams = {}): void {
    this.list.push(message('tables.at', { sheet, cell, problem: message(key, params) }));
  }

  /** A problem with a table as a whole. */
  add(problem: Message): void {
    this.list.push(problem);
  }
}

/** One data row of a schema table, its cells found by header. */
export interface TableRow {
  /** Sheet row number. */
  row: number;
  values: readonly CellValue[];
}

/** A schema table with its columns by header. */
export class SchemaTable {
  private readonly left: number;
  private readonly index: Map<string, number>;

  constructor(readonly table: TableSnapshot) {
    this.left = parseAddress(table.topLeft.toUpperCase()).col;
    this.index = new Map(table.headers.map((h, i) => [String(h).trim(), i]));
  }

  get sheet(): string {
    return this.table.sheet;
  }

  /** Whether the table has a column with this header. */
  has(header: string): boolean {
    return this.index.has(header);
  }

  /** The data rows, all-blank rows left out (an empty table keeps one blank row). */
  rows(): TableRow[] {
    const columns = [...this.index.values()];
    return this.table.rows.filter((r) => columns.some((i) => !isBlank(r.values[i])));
  }

  /** The cell of a row under a header (null when the column is absent). */
  cell(row: TableRow, header: string): CellValue {
    const i = this.index.get(header);
    return i === undefined ? null : (row.values[i] ?? null);
  }

  /** A1 address of a row's cell under a header (the first column's when the header is absent). */
  address(row: TableRow | number, header: string): string {
    const i = this.index.get(header) ?? 0;
    return `${indexToLetters(this.left + i)}${typeof row === 'number' ? row : row.row}`;
  }
}

/** Whether a cell holds nothing (blank, or only white space). */
export function isBlank(value: CellValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A cell as the text a person sees, trimmed ('' when blank; an error value as its code). */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  return String(value).trim();
}

/** Full-width digits and punctuation typed by Chinese input methods, as ASCII. */
function ascii(text: string): string {
  return text.replace(/[０-９．－，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A whole number ≥ 1 from a number cell or digits typed as text; null otherwise. */
export function readWholeNumber(value: CellValue): number | null {
  const n =
    typeof value === 'number'
      ? value
      : /^\d+$/.test(ascii(cellText(value)))
        ? Number(ascii(cellText(value)))
        : NaN;
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

/** A finite number from a number cell or a decimal typed as text (`1,000`, full-width digits); null otherwise. */
export function readNumber(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = ascii(value).replace(/[,\s]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/**
 * An ISO date from a date cell (an Excel serial) or a date typed as text (`2021-06-30`, `2021/6/30`,
 * `2021年6月30日`); undefined when blank, null when the cell holds something else.
 */
export function readDate(value: CellValue): string | null | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'number') return serialToIsoDate(value);
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(ascii(cellText(value)));
  if (!match) return null;
  const iso = `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** Separators between names in one cell: 、 as written by the add-in, and what people type instead. */
const SEPARATORS = /[、，,；;\n\r]+/;

/**
 * The names listed in a cell. A name that itself holds `、` (a multi-part unit name such as 省委宣传部、省文明办)
 * is kept whole when it is one of `wholes`.
 */
export function readList(value: CellValue, wholes: ReadonlySet<string> = new Set()): string[] {
  const parts = cellText(value)
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const names: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    // The longest run of parts that joins into a whole name wins.
    let taken = 1;
    for (let j = parts.length; j > i + 1; j--) {
      if (wholes.has(parts.slice(i, j).join('、'))) {
        taken = j - i;
        break;
      }
    }
    names.push(parts.slice(i, i + taken).join('、'));
    i += taken - 1;
  }
  return names;
}

/** The table of that name in the snapshot, or a problem saying it is missing. */
export function findTable(
  snapshot: WorkbookSnapshot,
  name: string,
  sheet: string,
  problems: Problems,
): SchemaTable | null {
  const table = snapshot.tables.find((t) => t.name === name);
  if (!table) {
    problems.add(message('tables.missingTable', { sheet, table: name }));
    return null;
  }
  return new SchemaTable(table);
}

/** Whether every header is there; a problem for each that is not. */
export function hasColumns(table: SchemaTable, headers: readonly string[], problems: Problems): boolean {
  const missing = headers.filter((h) => !table.has(h));
  for (const column of missing)
    problems.add(message('tables.missingColumn', { sheet: table.sheet, table: table.table.name, column }));
  return missing.length === 0;
}

/** Rows typed below the table (read only where the reader tells them): a problem naming them. */
export function checkRowsBelow(table: SchemaTable, problems: Problems): void {
  const filled = (table.table.rowsBelow ?? []).filter((r: SheetRow) => r.values.some((v) => !isBlank(v)));
  if (filled.length === 0) return;
  problems.add(
    message('tables.rowsBelow', {
      sheet: table.sheet,
      table: table.table.name,
      rows: filled.slice(0, 10).map((r) => String(r.row)),
    }),
  );
}

/** The stored string when the cell says the same (white space aside), else the cell's trimmed text. */
export function keepOrTake(stored: string | undefined, value: CellValue): string {
  const text = cellText(value);
  return stored !== undefined && stored.trim() === text ? stored : text;
}
