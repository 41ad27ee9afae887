/**
 * What the cross-row rules (duplicate, decreasing, missing-report, overdue-item) need of each non-blank row, kept in typed
 * arrays instead of one object per row: 100,000 row objects that live until the end of a run cost more in
 * garbage collection than all the rules together.
 */
import type { Target } from '../schema';
import type { RowRef } from './issueSink';
import type { ParsedRow } from './rowReader';
import type { SchemaIndex } from './schemaIndex';

/** The rows of one run, column by column; `k` is a row's place among the non-blank rows. */
export class RowTable {
  /** How many rows were added. */
  count = 0;
  /** Position in the input array. */
  readonly position: Int32Array;
  /** Sheet row number (a double: bad input may hold any safe integer). */
  readonly row: Float64Array;
  /** The owner's number in `owners` (see ParsedRow.ownerId). */
  readonly ownerId: Int32Array;
  /** 1 when the unit cell resolves to a unit (then the owner is that unit), else 0. */
  readonly resolved: Uint8Array;
  /** Index into schema.periods, or -1. */
  readonly periodIndex: Int32Array;
  /** Item number the row is about, or NaN. */
  readonly item: Float64Array;
  /** The target's slot (SchemaIndex.targetIndex), or -1. */
  readonly target: Int32Array;
  /** The figure when the cell holds a number or text read as one, else NaN. */
  readonly figure: Float64Array;
  /** 1 when the row reports progress: a 工作进展 text or a figure. */
  readonly progressed: Uint8Array;

  constructor(
    capacity: number,
    /** Owner names by owner id, filled as rows are read. */
    readonly owners: readonly string[],
  ) {
    this.position = new Int32Array(capacity);
    this.row = new Float64Array(capacity);
    this.ownerId = new Int32Array(capacity);
    this.resolved = new Uint8Array(capacity);
    this.periodIndex = new Int32Array(capacity);
    this.item = new Float64Array(capacity);
    this.target = new Int32Array(capacity);
    this.figure = new Float64Array(capacity);
    this.progressed = new Uint8Array(capacity);
  }

  /** Records a row. */
  add(row: ParsedRow, index: SchemaIndex): void {
    const k = this.count++;
    this.position[k] = row.position;
    this.row[k] = row.row;
    this.ownerId[k] = row.ownerId;
    this.resolved[k] = row.unit === null ? 0 : 1;
    this.periodIndex[k] = row.periodIndex;
    this.item[k] = row.item ?? NaN;
    this.target[k] = row.target ? (index.targetIndex.get(row.target.id) ?? -1) : -1;
    const value = row.value;
    this.figure[k] = value.kind === 'number' || value.kind === 'text-number' ? value.value : NaN;
    this.progressed[k] = row.progress !== '' || !Number.isNaN(this.figure[k] ?? NaN) ? 1 : 0;
  }

  /** The owner of row `k`. */
  owner(k: number): string {
    return this.owners[this.ownerId[k] ?? 0] ?? '';
  }

  /** Row `k` as the issue sink locates it. */
  ref(k: number): RowRef {
    return { position: this.position[k] ?? 0, row: this.row[k] ?? 0, owner: this.owner(k) };
  }

  /** The target of row `k`, or null. */
  targetOf(k: number, index: SchemaIndex): Target | null {
    const slot = this.target[k] ?? -1;
    return slot < 0 ? null : (index.slotTargets[slot] ?? null);
  }
}
