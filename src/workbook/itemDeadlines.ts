/**
 * The 完成时限 cells of `WP_Items` for a ledger written before format 3: what the format-3 writer would have put
 * there, each item's deadline from the schema `_wp_meta` stores, so that a migrated ledger reads the deadlines it
 * always had (and its tables still match `_wp_meta`).
 */
import type { CellValue } from '../domain/entryCells';
import { isoDateToSerial } from './excelDate';
import { COLUMNS } from './format';
import { storedSchema } from './reader';
import type { WorkbookSnapshot } from './snapshot';

/** A row's 完成时限 cell, from its 序号 (blank when the schema gives the item none or cannot be read). */
export type DeadlineCell = (headers: readonly string[], values: readonly CellValue[]) => CellValue;

/** The 完成时限 of each `WP_Items` row as the stored schema gives it. */
export function storedDeadlineCells(snapshot: WorkbookSnapshot): DeadlineCell {
  const stored = storedSchema(snapshot);
  const serials = new Map<number, number>();
  if (stored.status === 'ok')
    for (const item of stored.schema.items) {
      const serial = item.deadline === undefined ? null : isoDateToSerial(item.deadline);
      if (serial !== null) serials.set(item.no, serial);
    }
  return (headers, values) => {
    const no = values[headers.indexOf(COLUMNS.items[0])];
    return typeof no === 'number' ? (serials.get(no) ?? null) : null;
  };
}
