/**
 * What the office typed into the schema tables beside the schema: each unit's 联系人 · 联系电话 · 电子邮箱 in
 * `WP_Units` and each period's 报送截止 in `WP_Periods` (OFFICE_COLUMNS). The schema sheets are rewritten from
 * the schema on every load, so these cells are read first and written back, keyed by unit name / period label.
 */
import type { CellValue } from '../domain/entryCells';
import { serialToIsoDate } from './excelDate';
import { COLUMNS, OFFICE_COLUMNS, TABLES } from './format';
import type { TableSnapshot, WorkbookSnapshot } from './snapshot';

/** The office's cells of the schema tables, as typed (raw cell values, aligned with OFFICE_COLUMNS). */
export interface OfficeCells {
  /** Unit name → its 联系人, 联系电话, 电子邮箱 cells. */
  units: ReadonlyMap<string, readonly CellValue[]>;
  /** Period label → its 报送截止 cell. */
  periods: ReadonlyMap<string, readonly CellValue[]>;
}

/** A unit's contact as the office typed it ('' where blank). */
export interface UnitContact {
  person: string;
  phone: string;
  email: string;
}

function isBlank(value: CellValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Key column → office cells of one table. Rows whose office cells are all blank are left out; when a key
 * appears twice, the first row holding something wins (a later duplicate never blanks what the office typed).
 */
function officeRows(
  table: TableSnapshot | undefined,
  keyHeader: string,
  columns: readonly string[],
): Map<string, CellValue[]> {
  const rows = new Map<string, CellValue[]>();
  if (!table) return rows;
  const headers = table.headers.map((h) => h.trim());
  const keyAt = headers.indexOf(keyHeader);
  if (keyAt < 0) return rows;
  const picks = columns.map((column) => headers.indexOf(column));
  for (const row of table.rows) {
    const key = row.values[keyAt];
    if (typeof key !== 'string' || key.trim() === '' || rows.has(key.trim())) continue;
    const cells = picks.map((i) => (i < 0 ? null : (row.values[i] ?? null)));
    if (cells.every(isBlank)) continue;
    rows.set(key.trim(), cells);
  }
  return rows;
}

/** The office's cells of a snapshot's `WP_Units` and `WP_Periods` (empty maps when a table is absent). */
export function officeCellsFromSnapshot(snapshot: WorkbookSnapshot): OfficeCells {
  const table = (name: string) => snapshot.tables.find((t) => t.name === name);
  return {
    units: officeRows(table(TABLES.units), COLUMNS.units[0], OFFICE_COLUMNS.units),
    periods: officeRows(table(TABLES.periods), COLUMNS.periods[0], OFFICE_COLUMNS.periods),
  };
}

/** Whether any office cell is filled in. */
export function hasOfficeCells(office: OfficeCells | undefined): boolean {
  return !!office && (office.units.size > 0 || office.periods.size > 0);
}

/** A cell as the text a reader sees: numbers as written (a phone typed as a number keeps its digits). */
function cellText(value: CellValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return value.error;
  return String(value).trim();
}

/** The contact the office recorded for a unit ('' fields when none). */
export function unitContact(office: OfficeCells | undefined, unit: string): UnitContact {
  const cells = office?.units.get(unit) ?? [];
  return { person: cellText(cells[0]), phone: cellText(cells[1]), email: cellText(cells[2]) };
}

/**
 * The 报送截止 the office recorded for a period: `YYYY-MM-DD` for a date cell, the text as typed otherwise
 * (`7月10日前`), null when blank.
 */
export function periodDeadline(office: OfficeCells | undefined, period: string): string | null {
  const cell = office?.periods.get(period)?.[0];
  if (typeof cell === 'number') return serialToIsoDate(cell) ?? String(cell);
  const text = cellText(cell);
  return text === '' ? null : text;
}
