/** Entries that point at items or targets the new schema no longer has: kept, and flagged by sheet row. */
import type { Schema } from '../domain/schema';
import type { PlanValue } from './plan';

/** Reads an item number from a cell the way a user may have typed it (19 or "19"). */
function itemNumber(value: PlanValue): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value.trim());
  return null;
}

function targetId(value: PlanValue): string | null {
  if (value === null || value === '') return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

/**
 * Indexes (0-based, into `rows`) of entries naming a 序号 or 指标编号 that `next` lacks. With a previous schema
 * only references that it knew count (they were removed); without one, every unknown reference counts.
 */
export function orphanedEntries(
  rows: PlanValue[][],
  itemColumn: number,
  targetColumn: number,
  next: Schema,
  previous?: Schema,
): number[] {
  const items = new Set(next.items.map((i) => i.no));
  const targets = new Set(next.targets.map((t) => t.id));
  const oldItems = previous ? new Set(previous.items.map((i) => i.no)) : null;
  const oldTargets = previous ? new Set(previous.targets.map((t) => t.id)) : null;
  const found: number[] = [];
  rows.forEach((row, index) => {
    const item = itemNumber(row[itemColumn] ?? null);
    const target = targetId(row[targetColumn] ?? null);
    const lostItem = item !== null && !items.has(item) && (!oldItems || oldItems.has(item));
    const lostTarget = target !== null && !targets.has(target) && (!oldTargets || oldTargets.has(target));
    if (lostItem || lostTarget) found.push(index);
  });
  return found;
}
