/** Lookups over a schema built once per validation run, so that each row costs a few map reads. */
import type { Item, Schema, Target } from '../schema';
import { looseKey } from './cells';
import { PeriodReader } from './periodReader';
import type { ItemReading, TargetReading } from './rowReader';
import { UnitResolver } from './unitResolver';

/** The schema, indexed for validation. */
export interface SchemaIndex {
  schema: Schema;
  units: UnitResolver;
  periods: PeriodReader;
  items: Map<number, Item>;
  targets: Map<string, Target>;
  /** The target a loosely written id (`t1.1`, `Ｔ1.1`, `1.1`) stands for, if any. */
  looseTarget(text: string): Target | undefined;
  /** Item → concrete units bound to it in any role (lead, cooperate, responsible). */
  involved: Map<number, Set<string>>;
  /** Concrete unit → items it leads or is responsible for (cooperating units owe no report of their own). */
  dueItems: Map<string, number[]>;
  /** Readings of exact item numbers and target ids, shared by every row (no allocation per row). */
  itemReadings: Map<number, ItemReading>;
  targetReadings: Map<string, TargetReading>;
  /** Target id → its slot, the order of first appearance in schema.targets (numeric keys are cheap). */
  targetIndex: Map<string, number>;
  /** The target of each slot (as `targets` gives it). */
  slotTargets: Target[];
  /** Unit → targets it reports. */
  dueTargets: Map<string, string[]>;
  /** Item → its targets. */
  itemTargets: Map<number, Target[]>;
  /** Units that report: every unit of the schema that is not a collective, in schema order. */
  reporters: string[];
}

/** Builds the index. */
export function indexSchema(schema: Schema): SchemaIndex {
  const units = new UnitResolver(schema);
  const items = new Map<number, Item>();
  const involved = new Map<number, Set<string>>();
  const dueItems = new Map<string, number[]>();
  const reporters = schema.units.filter((u) => u.kind !== 'collective').map((u) => u.name);
  for (const name of reporters) dueItems.set(name, []);
  for (const item of schema.items) {
    items.set(item.no, item);
    const bound = new Set<string>();
    const due = new Set<string>();
    for (const name of [...item.lead, ...item.responsible]) for (const u of units.expand(name)) due.add(u);
    for (const name of [...item.lead, ...item.cooperate, ...item.responsible])
      for (const u of units.expand(name)) bound.add(u);
    involved.set(item.no, bound);
    for (const u of due) {
      const list = dueItems.get(u);
      if (list) list.push(item.no);
    }
  }
  const targets = new Map<string, Target>();
  const targetIndex = new Map<string, number>();
  const dueTargets = new Map<string, string[]>();
  const itemTargets = new Map<number, Target[]>();
  for (const name of reporters) dueTargets.set(name, []);
  for (const target of schema.targets) {
    targets.set(target.id, target);
    if (!targetIndex.has(target.id)) targetIndex.set(target.id, targetIndex.size);
    dueTargets.get(target.reporter)?.push(target.id);
    if (target.item !== null) {
      const list = itemTargets.get(target.item) ?? [];
      list.push(target);
      itemTargets.set(target.item, list);
    }
  }
  const slotTargets: Target[] = [];
  for (const [id, slot] of targetIndex) {
    const target = targets.get(id);
    if (target) slotTargets[slot] = target;
  }
  const itemReadings = new Map<number, ItemReading>(
    [...items.keys()].map((no) => [no, { kind: 'exact', no }]),
  );
  const targetReadings = new Map<string, TargetReading>(
    [...targets.values()].map((target) => [target.id, { kind: 'exact', target }]),
  );
  // Built on the first id not written exactly: most tables have none, and normalising every id costs.
  let looseTargets: Map<string, string> | null = null;
  const looseTarget = (text: string): Target | undefined => {
    if (looseTargets === null) {
      looseTargets = new Map();
      for (const target of schema.targets) looseTargets.set(looseTargetKey(target.id), target.id);
    }
    const id = looseTargets.get(looseTargetKey(text));
    return id === undefined ? undefined : targets.get(id);
  };
  return {
    schema,
    itemReadings,
    targetReadings,
    units,
    periods: new PeriodReader(schema),
    items,
    targets,
    looseTarget,
    targetIndex,
    slotTargets,
    involved,
    dueItems,
    dueTargets,
    itemTargets,
    reporters,
  };
}

/** A loose key for target ids: `t1.1`, `Ｔ１．１`, ` T1.1 ` and `1.1` all read as `T1.1`. */
export function looseTargetKey(text: string): string {
  const key = looseKey(text);
  return key.startsWith('T') ? key : `T${key}`;
}
