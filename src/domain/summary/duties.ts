/** Who owes a report for which item: the duties the per-unit rollup and the sheet's helper table share. */
import type { Schema } from '../schema';

/** An item that a unit leads or is responsible for. */
export interface DueDuty {
  item: number;
  unit: string;
}

/** Names of collective units (全体成员单位, 各设区市人民政府 …), which never report themselves. */
export function collectiveNames(schema: Pick<Schema, 'units'>): Set<string> {
  return new Set(schema.units.filter((unit) => unit.kind === 'collective').map((unit) => unit.name));
}

/**
 * One duty per item and unit named directly as 牵头 or 负责 (not 配合), collectives left out, in item order.
 * Collectives are not expanded: the workbook holds no membership table, and the sheet's formulas must count
 * exactly what this function counts.
 */
export function dueDuties(schema: Pick<Schema, 'items' | 'units'>): DueDuty[] {
  const collectives = collectiveNames(schema);
  const duties: DueDuty[] = [];
  for (const item of schema.items) {
    const seen = new Set<string>();
    for (const unit of [...item.lead, ...item.responsible]) {
      if (seen.has(unit) || collectives.has(unit)) continue;
      seen.add(unit);
      duties.push({ item: item.no, unit });
    }
  }
  return duties;
}

/**
 * Units listed in the per-unit table: registry order, collectives left out, only units that owe an item
 * or report a target; names missing from the registry follow in first-seen order.
 */
export function summaryUnits(schema: Pick<Schema, 'items' | 'units' | 'targets'>): string[] {
  const involved = new Set<string>([
    ...dueDuties(schema).map((duty) => duty.unit),
    ...schema.targets.map((target) => target.reporter),
  ]);
  const ordered: string[] = [];
  for (const unit of schema.units) {
    if (unit.kind !== 'collective' && involved.delete(unit.name)) ordered.push(unit.name);
  }
  return [...ordered, ...involved];
}
