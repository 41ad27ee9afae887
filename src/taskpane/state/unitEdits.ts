/**
 * The edits of an item's units a user may make in the preview before writing — give a unit another role, add a
 * unit of the schema to the item, take one off — and confirming a unit the registry does not know into this
 * ledger's own list of units. Pure functions over the schema; each returns a new schema or why it is refused.
 */
import type { Item, Role, Schema } from '../../domain/schema';

/** The roles in the order the pane lists them. */
export const ROLES: readonly Role[] = ['lead', 'cooperate', 'responsible'];

/** Why an edit of units is refused, as a message key of the catalogues. */
export type UnitEditProblem = 'edit.unknownUnit' | 'edit.unknownItem' | 'edit.unitReports';

/** The role a unit has in an item, or null. */
export function roleOf(item: Item, unit: string): Role | null {
  return ROLES.find((role) => item[role].includes(unit)) ?? null;
}

/** The units of an item with their roles, in role order then as listed. */
export function itemUnits(item: Item): { unit: string; role: Role }[] {
  return ROLES.flatMap((role) => item[role].map((unit) => ({ unit, role })));
}

/** Units of the schema the item does not name yet (what "add a unit" offers). */
export function unitsToAdd(schema: Schema, item: Item): string[] {
  return schema.units.map((u) => u.name).filter((name) => roleOf(item, name) === null);
}

/**
 * Gives `unit` the role `role` in item `no` (null takes it off the item). A unit keeps its place when its role does
 * not change; a new role lists it last. A unit that reports one of the item's targets stays on the item: the
 * target's reporter must be changed first, or the target would be owed by a unit without a duty.
 */
export function setUnitRole(
  schema: Schema,
  no: number,
  unit: string,
  role: Role | null,
): { schema: Schema } | { problem: UnitEditProblem } {
  const index = schema.items.findIndex((i) => i.no === no);
  const item = schema.items[index];
  if (!item) return { problem: 'edit.unknownItem' };
  if (!schema.units.some((u) => u.name === unit)) return { problem: 'edit.unknownUnit' };
  if (roleOf(item, unit) === role) return { schema };
  if (role === null && schema.targets.some((t) => t.item === no && t.reporter === unit))
    return { problem: 'edit.unitReports' };
  const next: Item = { ...item };
  for (const r of ROLES) next[r] = item[r].filter((u) => u !== unit);
  if (role !== null) next[role] = [...next[role], unit];
  const items = [...schema.items];
  items[index] = next;
  return { schema: { ...schema, items } };
}

/** Units named by their shape that the registry does not know, waiting for the office to confirm them. */
export function unconfirmedUnits(schema: Schema): string[] {
  return schema.units.filter((u) => u.unconfirmed).map((u) => u.name);
}

/** The items that name a unit (where an unconfirmed unit came from). */
export function itemsNaming(schema: Schema, unit: string): number[] {
  return schema.items.filter((i) => roleOf(i, unit) !== null).map((i) => i.no);
}

/** Confirms a unit the registry did not know: it becomes one of this ledger's own units. */
export function confirmUnit(schema: Schema, name: string): { schema: Schema } | { problem: UnitEditProblem } {
  const index = schema.units.findIndex((u) => u.name === name);
  const unit = schema.units[index];
  if (!unit) return { problem: 'edit.unknownUnit' };
  const { unconfirmed: _unconfirmed, ...confirmed } = unit;
  const units = [...schema.units];
  units[index] = confirmed;
  return { schema: { ...schema, units } };
}
