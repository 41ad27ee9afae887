/**
 * Benchmark of entry validation: 100,000 WP_Entries rows against two schemas, each case beside a bare loop that
 * touches every cell of the same rows, with the ratio.
 * - the built-in schema (26 units, 34 items, 16 targets, quarterly): rows as member units fill them in, mostly
 *   text-only progress rows, which is what a real year of returns looks like;
 * - a generated monthly schema (9,100 units, items and targets), so that every row is a distinct figure and
 *   lookups run over large maps.
 * Each schema is measured with correct rows, 5% rows with mistakes and every row with a mistake.
 * `bench/run.ts` prints the lines.
 */
import { time, type Benchmark } from './harness';
import { builtinSchema } from '../src/domain/builtin';
import { buildPeriods } from '../src/domain/periods';
import type { Item, Schema, Target, Unit } from '../src/domain/schema';
import { validateEntries } from '../src/domain/validation';
import type { CellValue, SheetRow } from '../src/domain/entryCells';

const ROWS = 100_000;
const UNITS = 9_100;
const RUNS = 5;

/** The generated monthly schema: unit k leads item k and reports its one target. */
export function generatedSchema(): Schema {
  const source = { line: 1, column: 1, text: '' };
  const units: Unit[] = [];
  const items: Item[] = [];
  const targets: Target[] = [];
  for (let i = 0; i < UNITS; i++) {
    const name = `测试单位${i}`;
    units.push({ name, aliases: [`测${i}`], kind: 'department' });
    items.push({
      no: i + 1,
      label: String(i + 1),
      section: 1,
      title: `任务${i}`,
      text: `任务${i}`,
      lead: [name],
      cooperate: [],
      responsible: [],
      source,
    });
    targets.push({
      id: `T${i + 1}.1`,
      item: i + 1,
      name: `指标${i}`,
      value: 1000,
      measure: '户',
      comparator: '>=',
      approx: false,
      kind: 'increment',
      reporter: name,
      confidence: 'high',
      source,
    });
  }
  return {
    format: 'workpoints-schema',
    version: 1,
    title: '基准',
    issuer: '基准',
    year: 2021,
    cadence: 'monthly',
    sections: [{ no: 1, title: '基准' }],
    groups: [],
    items,
    units,
    targets,
    periods: buildPeriods(2021, 'monthly'),
    diagnostics: [],
  };
}

/** Generated schema: unit k reports target k for each period; `spoil(i)` decides which rows carry mistakes. */
export function generatedRows(schema: Schema, spoil: (i: number) => boolean): SheetRow[] {
  const rows: SheetRow[] = [];
  for (let i = 0; i < ROWS; i++) {
    const u = i % UNITS;
    const p = Math.floor(i / UNITS) % schema.periods.length;
    const period = schema.periods[p]?.label ?? '';
    const value = (p + 1) * 10;
    const bad = spoil(i);
    rows.push({
      row: i + 2,
      values: [
        period,
        bad ? `测${u}` : `测试单位${u}`,
        u + 1,
        `T${u + 1}.1`,
        bad ? `${value}户` : value,
        '户',
        '按计划推进',
        null,
        '张三',
        null,
      ],
    });
  }
  return rows;
}

type Cells = [CellValue, CellValue, CellValue, CellValue, CellValue, CellValue, CellValue];

/**
 * Correct rows for the built-in schema: each target's figure by its reporter for every period (once, so that
 * they are not duplicates), then progress rows of every unit bound to an item, repeated up to the row count.
 */
function builtinPool(schema: Schema): { figures: Cells[]; progress: Cells[] } {
  const collectives = new Map(
    schema.units.filter((u) => u.kind === 'collective').map((u) => [u.name, u.members ?? []]),
  );
  // Members a collective lists but the schema does not (some cities) are not units that can report.
  const reporters = new Set(schema.units.filter((u) => u.kind !== 'collective').map((u) => u.name));
  const figures: Cells[] = [];
  const progress: Cells[] = [];
  schema.periods.forEach((period, p) => {
    for (const t of schema.targets)
      figures.push([
        period.label,
        t.reporter,
        t.item,
        t.id,
        Math.round(t.value * period.fraction),
        t.measure,
        `完成${t.name}`,
      ]);
    for (const item of schema.items) {
      const units = new Set(
        [...item.lead, ...item.cooperate, ...item.responsible].flatMap(
          (name) => collectives.get(name) ?? [name],
        ),
      );
      for (const unit of units)
        if (reporters.has(unit))
          progress.push([period.label, unit, item.no, null, null, null, `第${p + 1}期推进第${item.no}项`]);
    }
  });
  return { figures, progress };
}

const PERIOD_ALIASES = ['2021Q1', '上半年', '1-9月', '2021年全年'];

/** One mistake per row, cycling through the kinds users make (aliases, text numbers, typos, wrong units…). */
function spoilBuiltin(cells: Cells, i: number, units: readonly string[]): Cells {
  const c: Cells = [...cells];
  switch (i % 8) {
    case 0:
      c[1] = ` ${String(c[1])}`;
      break;
    case 1:
      c[0] = PERIOD_ALIASES[i % PERIOD_ALIASES.length] ?? '';
      break;
    case 2:
      c[2] = `第${String(c[2])}项`;
      break;
    case 3:
      c[1] = `${String(c[1]).slice(0, -1)}局`;
      break;
    case 4:
      c[4] = '约一千';
      break;
    case 5:
      c[4] = `${i % 1000},000户`;
      break;
    case 6:
      c[1] = units[i % units.length] ?? '';
      c[2] = 20;
      break;
    default:
      c[0] = null;
  }
  return c;
}

/** Built-in schema rows from the correct pool; `spoil(i)` gives row i one mistake. */
export function builtinRows(schema: Schema, spoil: (i: number) => boolean): SheetRow[] {
  const { figures, progress } = builtinPool(schema);
  const units = schema.units.filter((u) => u.kind !== 'collective').map((u) => u.name);
  const rows: SheetRow[] = [];
  for (let i = 0; i < ROWS; i++) {
    const base = i < figures.length ? figures[i] : progress[(i - figures.length) % progress.length];
    if (!base) continue;
    const cells = spoil(i) ? spoilBuiltin(base, i, units) : base;
    rows.push({ row: i + 2, values: [...cells, null, '张三', null] });
  }
  return rows;
}

function bareLoop(rows: readonly SheetRow[]): number {
  let checksum = 0;
  for (const row of rows) {
    for (const cell of row.values) {
      if (typeof cell === 'number') checksum += cell;
      else if (typeof cell === 'string') checksum += cell.length;
    }
  }
  return checksum;
}

function measure(
  title: string,
  schema: Schema,
  rowsFor: (spoil: (i: number) => boolean) => SheetRow[],
): string[] {
  const cases: Array<[string, SheetRow[]]> = [
    ['correct rows', rowsFor(() => false)],
    ['5% rows with mistakes', rowsFor((i) => i % 20 === 0)],
    ['every row with mistakes', rowsFor(() => true)],
  ];
  const lines = [`  ${title}:`];
  for (const [name, rows] of cases) {
    const bare = time(() => bareLoop(rows), RUNS).median;
    const result = validateEntries(schema, rows);
    const errors = result.normalized.filter((e) => e.status === 'error').length;
    const validate = time(() => validateEntries(schema, rows), RUNS).median;
    lines.push(
      `    ${name.padEnd(24)} ${validate.toFixed(0).padStart(5)} ms   bare loop ${bare.toFixed(1).padStart(5)} ms   ratio ${(validate / bare).toFixed(0).padStart(4)}×   ` +
        `(${result.issues.length.toLocaleString('en-US')} issues, ${errors.toLocaleString('en-US')} rows in error)`,
    );
  }
  return lines;
}

/** Runs the benchmark and returns the lines to print. */
export async function benchValidate(): Promise<string[]> {
  const builtin = builtinSchema();
  const generated = generatedSchema();
  return [
    `validateEntries, ${ROWS.toLocaleString('en-US')} rows (median of ${RUNS} after a warm-up):`,
    ...measure(
      `built-in schema (${builtin.units.length} units, ${builtin.items.length} items, ${builtin.targets.length} targets)`,
      builtin,
      (spoil) => builtinRows(builtin, spoil),
    ),
    ...measure(
      `generated schema (${UNITS.toLocaleString('en-US')} units, items and targets, monthly)`,
      generated,
      (spoil) => generatedRows(generated, spoil),
    ),
  ];
}

/** The benchmark in the form bench/run.ts lists. */
export const benchmark: Benchmark = {
  name: 'validate',
  async run(print) {
    for (const line of await benchValidate()) print(line);
  },
};
