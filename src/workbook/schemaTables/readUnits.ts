/**
 * 单位 / `WP_Units` read back: each row a unit — its name, its aliases and its type as the office left them; what
 * the table does not show (the members of a collective, whether the name is still to be confirmed) comes from the
 * schema in `_wp_meta`. A unit the office added is a confirmed unit of this ledger.
 */
import type { Schema, Unit, UnitKind } from '../../domain/schema';
import { COLUMNS, UNIT_KIND_LABELS } from '../format';
import { cellText, readList, type Problems, type SchemaTable } from './tableCells';

/** The columns the reader needs (the office's contact columns are not the schema's). */
export const UNIT_COLUMNS = COLUMNS.units.slice(0, 3);

const KINDS = new Map<string, UnitKind>(
  Object.entries(UNIT_KIND_LABELS).map(([kind, label]) => [label, kind as UnitKind]),
);

/** The units read, and how the other tables' cells name them. */
export interface UnitsRead {
  units: Unit[];
  /** A unit's canonical name from its name or one of its aliases. */
  resolve(written: string): string | undefined;
  /** Names and aliases that hold `、`, kept whole when a cell lists units. */
  wholes: ReadonlySet<string>;
}

/** Reads `WP_Units`. */
export function readUnits(table: SchemaTable, stored: Schema, problems: Problems): UnitsRead {
  const [NAME, ALIASES, KIND] = UNIT_COLUMNS as [string, string, string];
  const before = new Map(stored.units.map((u) => [u.name, u]));
  const storedWholes = new Set(
    stored.units.flatMap((u) => [u.name, ...u.aliases]).filter((n) => n.includes('、')),
  );
  const units: Unit[] = [];
  const names = new Map<string, string>();
  const rows = table.rows();
  // Names first: an alias is checked against every unit's name, wherever its row is.
  const named = rows.flatMap((row) => {
    const name = cellText(table.cell(row, NAME));
    const at = table.address(row, NAME);
    if (name === '') {
      problems.at(table.sheet, at, 'tables.blank', { column: NAME });
      return [];
    }
    const first = names.get(name);
    if (first !== undefined) {
      problems.at(table.sheet, at, 'tables.duplicateUnit', { unit: name, first });
      return [];
    }
    names.set(name, at);
    return [{ row, name }];
  });
  // Who claims each alias: the unit that held it in `_wp_meta` keeps it; otherwise the first row claiming it.
  const storedOwner = new Map(
    stored.units.flatMap((u) => u.aliases.map((a): [string, string] => [a, u.name])),
  );
  const claims = new Map<string, { owner: string; at: string }[]>();
  const listed = named.map(({ row, name }) => {
    const aliases = readList(table.cell(row, ALIASES), storedWholes).filter(
      (a, i, all) => a !== name && all.indexOf(a) === i,
    );
    const at = table.address(row, ALIASES);
    for (const alias of aliases) claims.set(alias, [...(claims.get(alias) ?? []), { owner: name, at }]);
    return aliases;
  });
  const ownerOf = (alias: string) => {
    const all = claims.get(alias) ?? [];
    return all.find((c) => c.owner === storedOwner.get(alias)) ?? all[0];
  };
  const aliasOwner = new Map<string, string>();
  named.forEach(({ row, name }, k) => {
    const old = before.get(name);
    const kindText = cellText(table.cell(row, KIND));
    const kind = kindText === '' ? (old?.kind ?? 'department') : KINDS.get(kindText);
    if (kind === undefined)
      problems.at(table.sheet, table.address(row, KIND), 'tables.badUnitKind', { value: kindText });
    const aliasAt = table.address(row, ALIASES);
    const aliases: string[] = [];
    for (const alias of listed[k] ?? []) {
      if (names.has(alias)) {
        problems.at(table.sheet, aliasAt, 'tables.aliasIsUnit', { alias });
        continue;
      }
      const owner = ownerOf(alias);
      if (owner && owner.owner !== name) {
        problems.at(table.sheet, aliasAt, 'tables.aliasTaken', {
          alias,
          owner: owner.owner,
          first: owner.at,
        });
        continue;
      }
      aliasOwner.set(alias, name);
      aliases.push(alias);
    }
    const unit: Unit = { name, aliases, kind: kind ?? 'other' };
    if (unit.kind === 'collective') {
      const members = old?.kind === 'collective' ? old.members : undefined;
      if (members) unit.members = [...members];
    }
    if (old?.unconfirmed) unit.unconfirmed = true;
    units.push(unit);
  });
  const lookup = new Map<string, string>();
  for (const unit of units) lookup.set(unit.name, unit.name);
  for (const [alias, owner] of aliasOwner) if (!lookup.has(alias)) lookup.set(alias, owner);
  const wholes = new Set([...lookup.keys()].filter((n) => n.includes('、')));
  return { units, resolve: (written) => lookup.get(written.trim()), wholes };
}
