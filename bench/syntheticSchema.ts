/** A large synthetic schema for the benches: many departments, items owed in a rotating pattern, optional targets. */
import { buildPeriods } from '../src/domain/periods';
import type { Item, Schema, Target, Unit } from '../src/domain/schema';

/** The shape of a synthetic schema. */
export interface SyntheticShape {
  units: number;
  items: number;
  /** Units owing each item: item i is owed by every unit u with u ≡ i (mod units / shared). */
  shared: number;
  unitName: (n: number) => string;
  itemText: (i: number) => string;
  titleLength: number;
  /** Whether item i has a target (`T{i}.1`, reported by its first owner). */
  hasTarget: (i: number) => boolean;
}

/** The schema of that shape, as a parsed notice would give it. */
export function syntheticSchema(shape: SyntheticShape): Schema {
  const units: Unit[] = Array.from({ length: shape.units }, (_, u) => ({
    name: shape.unitName(u + 1),
    aliases: [],
    kind: 'department',
  }));
  const cycle = shape.units / shape.shared;
  const items: Item[] = [];
  const targets: Target[] = [];
  for (let i = 1; i <= shape.items; i++) {
    const owners = units.filter((_, u) => u % cycle === i % cycle).map((u) => u.name);
    const text = shape.itemText(i);
    const source = { line: i, column: 1, text };
    items.push({
      no: i,
      label: String(i),
      section: 1,
      title: text.slice(0, shape.titleLength),
      text,
      lead: [],
      cooperate: [],
      responsible: owners,
      source,
    });
    if (!shape.hasTarget(i)) continue;
    targets.push({
      id: `T${i}.1`,
      item: i,
      name: `第${i}项指标`,
      value: 1000,
      measure: '户',
      comparator: '>=',
      approx: false,
      kind: 'increment',
      reporter: owners[0] ?? '',
      confidence: 'high',
      source,
    });
  }
  return {
    format: 'workpoints-schema',
    version: 1,
    title: '基准测试工作要点',
    issuer: '基准测试办公室',
    year: 2021,
    cadence: 'quarterly',
    sections: [{ no: 1, title: '全部任务' }],
    groups: [],
    items,
    units,
    targets,
    periods: buildPeriods(2021),
    diagnostics: [],
  };
}
