/**
 * 责任分工 / `WP_Duties` read back: one row per item × unit × role. The same roles are listed on `WP_Items`; where
 * the office changed only one of the two tables, that one is the edit (`reconcileRoles`).
 */
import type { Role } from '../../domain/schema';
import { COLUMNS, ROLE_LABELS } from '../format';
import type { Roles } from './readItems';
import type { UnitsRead } from './readUnits';
import { cellText, readWholeNumber, type Problems, type SchemaTable } from './tableCells';

const ROLES = new Map<string, Role>([
  ...Object.entries(ROLE_LABELS).map(([role, label]): [string, Role] => [label, role as Role]),
  // Words offices use for the same roles.
  ['协同', 'cooperate'],
  ['责任', 'responsible'],
]);

/** The roles `WP_Duties` gives each item (in row order), and where its rows are. */
export interface DutiesRead {
  roles: Map<number, Roles>;
}

/** Reads `WP_Duties`; `items` are the numbers `WP_Items` holds. */
export function readDuties(
  table: SchemaTable,
  items: ReadonlySet<number>,
  units: UnitsRead,
  problems: Problems,
): DutiesRead {
  const [NO, UNIT, ROLE] = COLUMNS.duties;
  const roles = new Map<number, Roles>();
  const seen = new Map<string, string>();
  for (const row of table.rows()) {
    const at = (header: string) => table.address(row, header);
    const noCell = table.cell(row, NO);
    const no = readWholeNumber(noCell);
    if (no === null || !items.has(no)) {
      problems.at(table.sheet, at(NO), 'tables.unknownItem', { value: cellText(noCell) });
      continue;
    }
    const written = cellText(table.cell(row, UNIT));
    const unit = written === '' ? undefined : units.resolve(written);
    if (written === '') problems.at(table.sheet, at(UNIT), 'tables.blank', { column: UNIT });
    else if (unit === undefined) problems.at(table.sheet, at(UNIT), 'tables.unknownUnit', { unit: written });
    const roleText = cellText(table.cell(row, ROLE));
    const role = ROLES.get(roleText);
    if (role === undefined) problems.at(table.sheet, at(ROLE), 'tables.badRole', { value: roleText });
    if (unit === undefined || role === undefined) continue;
    const key = `${no}\u0000${unit}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.at(table.sheet, at(UNIT), 'tables.duplicateDuty', { unit, no, first });
      continue;
    }
    seen.set(key, at(UNIT));
    const list = roles.get(no) ?? { lead: [], cooperate: [], responsible: [] };
    list[role].push(unit);
    roles.set(no, list);
  }
  return { roles };
}

const ORDER: Role[] = ['lead', 'cooperate', 'responsible'];

function sameSets(a: Roles, b: Roles): boolean {
  return ORDER.every((r) => a[r].length === b[r].length && a[r].every((u) => b[r].includes(u)));
}

/** `edited` in the order `stored` lists its units, the units it adds after them in its own order. */
function inStoredOrder(edited: Roles, stored: Roles): Roles {
  const out = {} as Roles;
  for (const r of ORDER)
    out[r] = [
      ...stored[r].filter((u) => edited[r].includes(u)),
      ...edited[r].filter((u) => !stored[r].includes(u)),
    ];
  return out;
}

/**
 * An item's roles from its `WP_Items` cells and its `WP_Duties` rows, against what `_wp_meta` stores (empty for a
 * new item): both unchanged → as stored; one changed → that one (the 工作任务 cells in the order typed, the duty rows
 * in the stored order, since sorting the table is not an edit); both changed alike → the 工作任务 cells; both
 * changed differently → null (the caller names the cells).
 */
export function reconcileRoles(fromItems: Roles, fromDuties: Roles, stored: Roles): Roles | null {
  const itemsSame = sameSets(fromItems, stored);
  const dutiesSame = sameSets(fromDuties, stored);
  if (itemsSame && dutiesSame) return inStoredOrder(fromItems, stored);
  if (itemsSame) return inStoredOrder(fromDuties, stored);
  if (dutiesSame || sameSets(fromItems, fromDuties)) return fromItems;
  return null;
}
