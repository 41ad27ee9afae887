/**
 * Registry aliases carried into a schema: the registry knows that 省工信厅 is 省工业和信息化厅, and the ledger must
 * know it too, so that validation (which reads the schema stored in the workbook) can offer the fix and the
 * office sees the aliases in 单位[别名] and can add its own.
 */
import type { Schema, Unit } from '../schema';
import { JIANGXI_UNITS, type UnitEntry } from './jiangxi';

/** The schema with each unit's aliases extended by the registry's, in order, without repeats; units unchanged otherwise. */
export function withRegistryAliases(schema: Schema, registry: readonly UnitEntry[] = JIANGXI_UNITS): Schema {
  const known = new Map(registry.map((entry) => [entry.name, entry.aliases]));
  const names = new Set(schema.units.map((u) => u.name));
  let changed = false;
  const units = schema.units.map((unit): Unit => {
    // An alias that is itself a unit of the schema would make that unit resolve to another one.
    const extra = (known.get(unit.name) ?? []).filter((a) => !unit.aliases.includes(a) && !names.has(a));
    if (extra.length === 0) return unit;
    changed = true;
    return { ...unit, aliases: [...unit.aliases, ...extra] };
  });
  return changed ? { ...schema, units } : schema;
}
