/**
 * Benchmark of entry validation: 100,000 WP_Entries rows against a generated monthly schema (9,100 units, items
 * and targets, so that the rows are distinct and correct unless we spoil them), beside a bare loop that touches
 * every cell of the same rows. `bench/run.ts` prints the lines.
 */
import { time, type Benchmark } from './harness';
import { buildPeriods } from '../src/domain/periods';
import type { Item, Schema, Target, Unit } from '../src/domain/schema';
import { validateEntries } from '../src/domain/validation';
import type { SheetRow } from '../src/workbook/format';

const ROWS = 100_000;
const UNITS = 9_100;

function benchSchema(): Schema {
  const source = { line: 1, column: 1, text: '' };
  const units: Unit[] = [];
  const items: Item[] = [];
  const targets: Target[] = [];
  for (let i = 0; i < UNITS; i++) {
    const name = `测试单位${i}`;
    units.push({ name, aliases: [`测${i}`], kind: 'department' });
    items.push({ no: i + 1, label: String(i + 1), section: 1, title: `任务${i}`, text: `任务${i}`, lead: [name], cooperate: [], responsible: [], source });
    targets.push({ id: `T${i + 1}.1`, item: i + 1, name: `指标${i}`, value: 1000, measure: '户', comparator: '>=', approx: false, kind: 'increment', reporter: name, confidence: 'high', source });
  }
  return { format: 'workpoints-schema', version: 1, title: '基准', issuer: '基准', year: 2021, cadence: 'monthly', sections: [{ no: 1, title: '基准' }], groups: [], items, units, targets, periods: buildPeriods(2021, 'monthly'), diagnostics: [] };
}

/** Rows: unit k reports target k for each period; `spoil(i)` decides which rows carry mistakes. */
function benchRows(schema: Schema, spoil: (i: number) => boolean): SheetRow[] {
  const rows: SheetRow[] = [];
  for (let i = 0; i < ROWS; i++) {
    const u = i % UNITS;
    const p = Math.floor(i / UNITS) % schema.periods.length;
    const period = schema.periods[p]?.label ?? '';
    const value = (p + 1) * 10;
    const bad = spoil(i);
    rows.push({
      row: i + 2,
      values: [period, bad ? `测${u}` : `测试单位${u}`, u + 1, `T${u + 1}.1`, bad ? `${value}户` : value, '户', '按计划推进', null, '张三', null],
    });
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

/** Runs the benchmark and returns the lines to print. */
export async function benchValidate(): Promise<string[]> {
  const schema = benchSchema();
  const cases: Array<[string, SheetRow[]]> = [
    ['correct rows', benchRows(schema, () => false)],
    ['5% rows with mistakes', benchRows(schema, (i) => i % 20 === 0)],
    ['every row with mistakes', benchRows(schema, () => true)],
  ];
  const lines = [`validateEntries, ${ROWS.toLocaleString('en-US')} rows, ${UNITS.toLocaleString('en-US')} units (median of 3 after a warm-up):`];
  for (const [name, rows] of cases) {
    const bare = time(() => bareLoop(rows), 3).median;
    const issues = validateEntries(schema, rows).issues.length;
    const validate = time(() => validateEntries(schema, rows), 3).median;
    lines.push(
      `  ${name.padEnd(24)} ${validate.toFixed(0).padStart(5)} ms   bare loop ${bare.toFixed(1).padStart(5)} ms   ratio ${(validate / bare).toFixed(0)}×   (${issues.toLocaleString('en-US')} issues)`,
    );
  }
  return lines;
}

/** The benchmark in the form bench/run.ts lists. */
export const benchmark: Benchmark = {
  name: 'validate',
  async run(print) {
    for (const line of await benchValidate()) print(line);
  },
};
