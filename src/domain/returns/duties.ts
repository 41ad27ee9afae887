/**
 * Who owes what, per unit, for return forms: the items it leads or is responsible for (牵头 / 负责), the items
 * it only cooperates on (配合), with collectives expanded through their members the way validation expands
 * them (UnitResolver), so that a form asks exactly for what validation will expect back.
 */
import { confirmedTargets } from '../confirmedTargets';
import type { Schema, Target } from '../schema';
import { UnitResolver } from '../validation/unitResolver';

/** One unit's duties. */
export interface UnitDuties {
  /** Item numbers the unit leads or is responsible for, in schema order. */
  due: Set<number>;
  /** Item numbers it cooperates on and does not also owe, in schema order. */
  cooperate: Set<number>;
  /** Confirmed targets it reports (WP_Targets[填报单位]), in schema order. */
  targets: Target[];
}

/** Duties of every unit of the schema that is not a collective, and the names collectives add beyond them. */
export interface DutyTable {
  units: Map<string, UnitDuties>;
  /** Concrete names reached through collectives that are not units of the schema, first-seen order. */
  unlisted: string[];
}

/** Builds the duty table of a schema. */
export function unitDuties(schema: Schema): DutyTable {
  const resolver = new UnitResolver(schema);
  const units = new Map<string, UnitDuties>();
  for (const unit of schema.units) {
    if (unit.kind !== 'collective')
      units.set(unit.name, { due: new Set(), cooperate: new Set(), targets: [] });
  }
  const unlisted = new Set<string>();
  const expand = (names: readonly string[]): Set<string> => {
    const out = new Set<string>();
    for (const name of names) {
      for (const concrete of resolver.expand(name)) {
        if (units.has(concrete)) out.add(concrete);
        else unlisted.add(concrete);
      }
    }
    return out;
  };
  for (const item of schema.items) {
    const due = expand([...item.lead, ...item.responsible]);
    for (const unit of due) units.get(unit)?.due.add(item.no);
    for (const unit of expand(item.cooperate)) {
      if (!due.has(unit)) units.get(unit)?.cooperate.add(item.no);
    }
  }
  for (const target of confirmedTargets(schema)) units.get(target.reporter)?.targets.push(target);
  return { units, unlisted: [...unlisted] };
}
