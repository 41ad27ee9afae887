/**
 * Return forms at scale: 100 units owing 30 rows each (a third of them targets with a previous figure), planned,
 * written to .xlsx one unit at a time, and zipped. Target: under 10 s for the whole run.
 */
import type { NormalizedEntry } from '../src/domain/entries';
import type { Schema } from '../src/domain/schema';
import { planReturnForms } from '../src/workbook/returnForms';
import { buildReturnFormsXlsx } from '../src/xlsx/returnForms';
import { zipReturnForms } from '../src/xlsx/zipReturnForms';
import { type Benchmark, label, ms } from './harness';
import { syntheticSchema } from './syntheticSchema';

const UNITS = 100;
const ROWS_PER_UNIT = 30;
/** Units sharing each item, so that every unit owes ROWS_PER_UNIT items. */
const SHARED = 10;

/** 100 departments; item i is owed by the 10 units u ≡ i (mod 10); every third item has a target of its first unit. */
function bigSchema(): Schema {
  return syntheticSchema({
    units: UNITS,
    items: (UNITS * ROWS_PER_UNIT) / SHARED,
    shared: SHARED,
    unitName: (n) => `省第${n}厅`,
    itemText: (i) =>
      `第${i}项工作任务：推进中小企业发展相关工作，完善政策措施，加强统筹协调，确保各项任务落到实处。`,
    titleLength: 20,
    hasTarget: (i) => i % 3 === 0,
  });
}

function previousFigures(schema: Schema): NormalizedEntry[] {
  return schema.targets.map((t, k) => ({
    row: k + 2,
    period: '2021年上半年',
    unit: t.reporter,
    item: t.item,
    target: t.id,
    value: 400 + k,
    progress: '',
    status: 'ok',
  }));
}

/** The benchmark registered in bench/run.ts. */
export const benchmark: Benchmark = {
  name: 'return forms (100 units × 30 rows)',
  async run(print) {
    const schema = bigSchema();
    const entries = previousFigures(schema);
    const input = { schema, entries, period: '2021年前三季度', generatedAt: new Date() };
    const planStart = performance.now();
    const planned = planReturnForms(input);
    const planTime = performance.now() - planStart;
    const rows = planned.forms.reduce((n, f) => n + f.plan.record.rows.length, 0);
    print(`${label('plan')}${ms(planTime)} (${planned.forms.length} forms, ${rows} rows)`);
    const start = performance.now();
    const result = await buildReturnFormsXlsx(input);
    const write = performance.now() - start;
    const bytes = result.files.reduce((n, f) => n + f.bytes.length, 0);
    print(`${label('plan + write all forms')}${ms(write)} (${ms(write / result.files.length)} per form)`);
    const zipStart = performance.now();
    const zip = zipReturnForms(result.files, new Date());
    const zipTime = performance.now() - zipStart;
    print(
      `${label('zip')}${ms(zipTime)} (${(zip.length / 1024).toFixed(0)} KB, forms ${(bytes / 1024).toFixed(0)} KB)`,
    );
    const total = write + zipTime;
    print(`${label('total (target < 10 s)')}${ms(total)} ${total < 10_000 ? 'ok' : 'OVER TARGET'}`);
  },
};
