/**
 * The key a collected row is matched by: 报告期 + 填报单位 + 序号 + 指标编号, each read the way validation reads it
 * (a period or unit written another way, `t20.1` for T20.1, 序号 taken from the target when blank), so that a
 * ledger row typed by hand and the same row arriving on a form are one row. Cells that do not resolve keep their
 * text, so two different unknown values never meet.
 */
import { trackedSchema } from '../confirmedTargets';
import type { CellValue } from '../entryCells';
import type { Schema, Target } from '../schema';
import { COL } from '../validation/columns';
import { readRow } from '../validation/rowReader';
import { indexSchema, type SchemaIndex } from '../validation/schemaIndex';

/** What a row's key cells resolve to. */
export interface EntryKey {
  /** The key as one string (for maps). */
  key: string;
  /** Period label, or null when the cell does not name a period of the schema. */
  period: string | null;
  /** Canonical unit, or null when the cell does not name a unit of the schema. */
  unit: string | null;
  /** The item number (from 序号, else from the target), or null. */
  item: number | null;
  /** The (tracked) target the cell names, or null. */
  target: Target | null;
  /** Whether 序号 and 指标编号 are both blank (a row nothing can be keyed by). */
  unkeyed: boolean;
}

const SEPARATOR = '\u0000';

function raw(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.error;
  return String(value).trim();
}

/** Keys rows of one schema (its index is built once). */
export class EntryKeys {
  private readonly index: SchemaIndex;

  constructor(schema: Schema) {
    this.index = indexSchema(trackedSchema(schema));
  }

  /** The key of a row given in ENTRY_COLUMNS order (报告期, 填报单位, 序号, 指标编号, …). */
  of(values: readonly CellValue[]): EntryKey {
    const read = readRow(this.index, { row: 1, values: [...values] }, 0, values, () => 0);
    const period = read.periodRes.kind === 'unknown' ? null : read.periodRes.label;
    const itemCell = values[COL.item];
    const targetCell = values[COL.target];
    const itemPart =
      read.item !== null ? String(read.item) : read.itemReading.kind === 'blank' ? '' : `?${raw(itemCell)}`;
    const targetPart = read.target ? read.target.id : raw(targetCell) === '' ? '' : `?${raw(targetCell)}`;
    return {
      key: [
        period ?? `?${raw(values[COL.period])}`,
        read.unit ?? `?${raw(values[COL.unit])}`,
        itemPart,
        targetPart,
      ].join(SEPARATOR),
      period,
      unit: read.unit,
      item: read.item,
      target: read.target,
      unkeyed: raw(itemCell) === '' && raw(targetCell) === '',
    };
  }

  /** Whether an item number is one of the schema's. */
  hasItem(no: number): boolean {
    return this.index.items.has(no);
  }
}
