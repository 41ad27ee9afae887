/** Reads one WP_Entries row into what the rules need: raw cells and their resolutions, read once. */
import type { Target } from '../schema';
import type { SheetRow } from '../entryCells';
import { cellKind, cellText, trimAll } from './cells';
import { COL, INPUT_COLUMN_COUNT } from './columns';
import { readNumberCell, parseItemText, type NumberReading } from './numbers';
import type { PeriodResolution } from './periodReader';
import type { SchemaIndex } from './schemaIndex';
import type { UnitResolution } from './unitResolver';

/** How the 序号 cell reads. */
export type ItemReading =
  | { kind: 'blank' }
  | { kind: 'exact'; no: number }
  /** Text that reads as a whole number (`３`, `第3项`): understood, but formulas match numbers only. */
  | { kind: 'text'; no: number }
  | { kind: 'unknown' };

/** How the 指标编号 cell reads. */
export type TargetReading =
  | { kind: 'blank' }
  | { kind: 'exact'; target: Target }
  /** Written loosely (`t1.1`, ` T1.1`): understood, but formulas match the exact id only. */
  | { kind: 'loose'; target: Target }
  | { kind: 'unknown' };

/** One non-blank row, read. */
export interface ParsedRow {
  /** Position in the input array (row numbers in bad input may repeat). */
  position: number;
  row: number;
  cells: readonly unknown[];
  unitText: string;
  unitRes: UnitResolution;
  /** Canonical unit when the cell resolves (also through an alias), else null. */
  unit: string | null;
  /** The unit issues are filed under (see ValidationIssue.unit). */
  owner: string;
  /** A small number standing for `owner` within one run (for cheap grouping keys). */
  ownerId: number;
  periodRes: PeriodResolution;
  /** Index into schema.periods of the resolved period, or -1. */
  periodIndex: number;
  itemReading: ItemReading;
  /** Item number the row is about (from 序号, else from the target), or null. */
  item: number | null;
  targetReading: TargetReading;
  target: Target | null;
  value: NumberReading;
  measure: string;
  progress: string;
  /** 报告期 and 指标编号 as formulas compare them (trimmed text), '' when blank. */
  periodText: string;
  targetText: string;
}

const {
  period: PERIOD,
  unit: UNIT,
  item: ITEM,
  target: TARGET,
  value: VALUE,
  measure: MEASURE,
  progress: PROGRESS,
} = COL;
const UNKNOWN_ITEM: ItemReading = { kind: 'unknown' };
const UNKNOWN_TARGET: TargetReading = { kind: 'unknown' };

/** Whether a row is blank in every column users fill in. */
export function isBlankRow(cells: readonly unknown[]): boolean {
  for (let i = 0; i < INPUT_COLUMN_COUNT; i++) if (cellKind(cells[i]) !== 'blank') return false;
  return true;
}

/** The cells of a row, whatever the input holds. */
export function rowCells(row: unknown): readonly unknown[] {
  const values = (row as { values?: unknown } | null | undefined)?.values;
  return Array.isArray(values) ? values : [];
}

/** The row number of a row, falling back to its position under a header row when the number is unusable. */
export function rowNumber(row: unknown, position: number): number {
  const n = (row as { row?: unknown } | null | undefined)?.row;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : position + 2;
}

/** Reads a row. */
export function readRow(
  index: SchemaIndex,
  row: SheetRow,
  position: number,
  cells: readonly unknown[],
  ownerIdOf: (owner: string) => number,
): ParsedRow {
  const unitCell = cells[UNIT];
  const unitText = textOf(unitCell);
  const unitRes = index.units.resolve(unitText);
  const unit = unitRes.kind === 'unknown' ? null : unitRes.name;
  const periodCell = cells[PERIOD];
  const periodRes = index.periods.resolve(periodCell);
  const itemReading = readItem(index, cells[ITEM]);
  const targetCell = cells[TARGET];
  const targetReading = readTarget(index, targetCell);
  const target =
    targetReading.kind === 'exact' || targetReading.kind === 'loose' ? targetReading.target : null;
  const itemFromCell = itemReading.kind === 'exact' || itemReading.kind === 'text' ? itemReading.no : null;
  const owner = unit ?? (unitRes.kind === 'unknown' ? unitRes.written : unitText);
  return {
    position,
    row: rowNumber(row, position),
    cells,
    unitText,
    unitRes,
    unit,
    owner,
    ownerId: ownerIdOf(owner),
    periodRes,
    periodIndex: periodRes.kind === 'unknown' ? -1 : periodRes.index,
    itemReading,
    item: itemFromCell ?? (itemReading.kind === 'blank' ? (target?.item ?? null) : null),
    targetReading,
    target,
    value: readNumberCell(cells[VALUE]),
    measure: cellText(cells[MEASURE]),
    progress: cellText(cells[PROGRESS]),
    periodText: textOf(periodCell),
    targetText: textOf(targetCell),
  };
}

/** `cellText`, with the common case (a string) first. */
function textOf(cell: unknown): string {
  return typeof cell === 'string' ? trimAll(cell) : cellText(cell);
}

function readItem(index: SchemaIndex, cell: unknown): ItemReading {
  switch (cellKind(cell)) {
    case 'blank':
      return { kind: 'blank' };
    case 'number':
      return index.itemReadings.get(cell as number) ?? UNKNOWN_ITEM;
    case 'text': {
      const no = parseItemText(trimAll(cell as string));
      return no !== null && index.items.has(no) ? { kind: 'text', no } : UNKNOWN_ITEM;
    }
    default:
      return UNKNOWN_ITEM;
  }
}

function readTarget(index: SchemaIndex, cell: unknown): TargetReading {
  const kind = cellKind(cell);
  if (kind === 'blank') return { kind: 'blank' };
  if (kind !== 'text') return UNKNOWN_TARGET;
  const exact = index.targetReadings.get(cell as string);
  if (exact) return exact;
  const loose = index.looseTarget(cell as string);
  return loose ? { kind: 'loose', target: loose } : UNKNOWN_TARGET;
}
