/**
 * Taking accepted forms into `WP_Entries`, row by row, keyed by 报告期 + 填报单位 + 序号 + 指标编号: a key the
 * ledger lacks becomes a new row; a key it has (the last row, when several have it) gets the form's values where
 * they differ, the values they replace going to 修订记录; a row left blank on the form is not taken in. Every row
 * written points at its file through 来源. Pure: the ledger's rows and the forms in, the writes out.
 */
import { EntryKeys } from '../../domain/collect/entryKeys';
import { ENTRY_COLUMNS, type CellValue, type SheetRow } from '../../domain/entryCells';
import type { Schema } from '../../domain/schema';
import { ENTRY_SOURCE_COLUMN } from '../format';
import type { AcceptedForm } from './judgeForm';
import type { RevisionRecord } from './records';

/** A form to take in, with what identifies its file. */
export interface FormToTake {
  /** Position of the file in the batch. */
  index: number;
  fileName: string;
  sha256: string;
  form: AcceptedForm;
}

/** What a form did to the ledger, row by row. */
export interface RowCounts {
  added: number;
  changed: number;
  unchanged: number;
  /** Rows the unit left blank (not taken in). */
  empty: number;
}

/** A cell of an existing entry row to write. */
export interface EntryCellWrite {
  row: number;
  header: string;
  value: CellValue;
}

/** The writes that take the forms in. */
export interface UpsertPlan {
  /** Whether 来源 must first be added at the end of the table (a ledger from before format 3). */
  addSource: boolean;
  /** The table's headers once 来源 is there: what `fills` and `appended` are aligned with. */
  headers: string[];
  /** Changed cells of existing rows (and their 来源). */
  cells: EntryCellWrite[];
  /** Whole rows written into the blank rows that end the table (Excel keeps one in an empty table). */
  fills: SheetRow[];
  /** Rows added after the table's last row, in order. */
  appended: CellValue[][];
  revisions: RevisionRecord[];
  /** Per form (by batch index). */
  counts: Map<number, RowCounts>;
  /** The entries after the writes, in ENTRY_COLUMNS order with their sheet rows (what validation will read). */
  after: SheetRow[];
}

/** What the ledger holds: its entries as read (headers and raw rows aligned with them). */
export interface LedgerEntries {
  schema: Schema;
  headers: readonly string[];
  rows: readonly SheetRow[];
  /** Sheet row of the table's header (new rows follow the last row, or this one in an empty table). */
  headerRow: number;
}

/** The `来源` text of a file: its name and the first 8 hex digits of its SHA-256 (its `WP_Imports` row). */
export function sourceLabel(fileName: string, sha256: string): string {
  return `${fileName} · ${sha256.slice(0, 8)}`;
}

function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Whether two cells hold the same value as typed (blank and '' alike; error values by code). */
export function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (typeof a === 'object' || typeof b === 'object')
    return typeof a === 'object' && typeof b === 'object' && a?.error === b?.error;
  return a === b;
}

/** Plans the writes that take `forms` (in batch order) into the entries. */
export function planUpsert(
  ledger: LedgerEntries,
  forms: readonly FormToTake[],
  imported: number,
): UpsertPlan {
  const keys = new EntryKeys(ledger.schema);
  const addSource = !ledger.headers.includes(ENTRY_SOURCE_COLUMN);
  const headers = addSource ? [...ledger.headers, ENTRY_SOURCE_COLUMN] : [...ledger.headers];
  const at = new Map(headers.map((h, i) => [h, i]));
  const picks = ENTRY_COLUMNS.map((h) => at.get(h) ?? -1);
  const contract = (values: readonly CellValue[]) => picks.map((i) => (i < 0 ? null : (values[i] ?? null)));
  // The rows as they will be: existing rows (values aligned with `headers`), edited in place.
  const current = ledger.rows.map((r) => ({
    row: r.row,
    values: headers.map((_, i) => r.values[i] ?? null),
  }));
  const lastWithKey = new Map<string, number>();
  current.forEach((r, i) => {
    const values = contract(r.values);
    if (values.slice(0, 9).some((v) => !isBlank(v))) lastWithKey.set(keys.of(values).key, i);
  });
  // Blank rows ending the table take new rows first, so none is left between the entries.
  let firstFree = current.length;
  while (firstFree > 0 && (current[firstFree - 1]?.values ?? []).every((v) => isBlank(v))) firstFree--;
  const fillsFrom = firstFree;

  const cells: EntryCellWrite[] = [];
  const revisions: RevisionRecord[] = [];
  const added: CellValue[][] = [];
  const counts = new Map<number, RowCounts>();
  for (const { index, fileName, sha256, form } of forms) {
    const count: RowCounts = { added: 0, changed: 0, unchanged: 0, empty: 0 };
    const source = sourceLabel(fileName, sha256);
    for (const row of form.rows) {
      if (row.blank) {
        count.empty++;
        continue;
      }
      const existing = lastWithKey.get(row.key.key);
      const target = existing === undefined ? undefined : current[existing];
      if (!target) {
        const values = headers.map((h): CellValue =>
          h === ENTRY_SOURCE_COLUMN ? source : (row.cells[h] ?? null),
        );
        added.push(values);
        count.added++;
        continue;
      }
      let changed = false;
      for (const header of row.supplied) {
        const i = at.get(header);
        if (i === undefined) continue;
        const from = target.values[i] ?? null;
        const to = row.cells[header] ?? null;
        if (sameCell(from, to)) continue;
        changed = true;
        target.values[i] = to;
        cells.push({ row: target.row, header, value: to });
        revisions.push({
          period: form.period,
          unit: form.unit,
          item: row.cells['序号'] ?? null,
          target: row.cells['指标编号'] ?? null,
          column: header,
          from,
          to,
          fileName,
          imported,
        });
      }
      if (changed) {
        const i = at.get(ENTRY_SOURCE_COLUMN) ?? -1;
        target.values[i] = source;
        cells.push({ row: target.row, header: ENTRY_SOURCE_COLUMN, value: source });
        count.changed++;
      } else count.unchanged++;
    }
    counts.set(index, count);
  }

  const fills: SheetRow[] = [];
  const appended: CellValue[][] = [];
  added.forEach((values, k) => {
    const slot = current[fillsFrom + k];
    if (slot) {
      slot.values = [...values];
      fills.push({ row: slot.row, values });
    } else appended.push(values);
  });
  const last = current[current.length - 1]?.row ?? ledger.headerRow;
  const after: SheetRow[] = [
    ...current.map((r) => ({ row: r.row, values: contract(r.values) })),
    ...appended.map((values, k) => ({ row: last + 1 + k, values: contract(values) })),
  ];
  return { addSource, headers, cells, fills, appended, revisions, counts, after };
}
