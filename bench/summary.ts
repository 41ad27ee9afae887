/** Summary time for 100,000 normalized entries on the built-in schema, beside a bare loop over the same entries. */
import { builtinSchema } from '../src/domain/builtin';
import type { EntryStatus, NormalizedEntry } from '../src/domain/entries';
import type { Schema } from '../src/domain/schema';
import { summarize } from '../src/domain/summary';
import { type Benchmark, label, ms, time } from './harness';

const ENTRY_COUNT = 100_000;
const RUNS = 9;

/** A fixed pseudo-random sequence (LCG), so every run measures the same entries. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Entries spread over every period, reporters and other units, figures and text rows, with some errors. */
export function syntheticEntries(schema: Schema, count: number): NormalizedEntry[] {
  const next = sequence(2021);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const units = schema.units.map((unit) => unit.name);
  const statuses: EntryStatus[] = ['ok', 'ok', 'ok', 'warning', 'error'];
  const entries: NormalizedEntry[] = [];
  for (let i = 0; i < count; i++) {
    const target = next() < 0.6 ? pick(schema.targets) : undefined;
    const item = target?.item ?? pick(schema.items).no;
    entries.push({
      row: i + 2,
      period: pick(schema.periods).label,
      unit: target && next() < 0.7 ? target.reporter : pick(units),
      item,
      target: target?.id ?? null,
      value: target && next() < 0.9 ? Math.round(next() * target.value * 1.2 * 100) / 100 : null,
      progress: next() < 0.5 ? '按计划推进' : '',
      status: pick(statuses),
    });
  }
  return entries;
}

/** The floor: one pass reading the fields the summary reads. */
function bareLoop(entries: readonly NormalizedEntry[], period: string): number {
  let sum = 0;
  for (const entry of entries) {
    if (entry.status !== 'error' && entry.period === period && entry.value !== null) sum += entry.value;
  }
  return sum;
}

/** Measures and returns the lines to print. */
export async function benchSummary(): Promise<string[]> {
  const schema = builtinSchema();
  const entries = syntheticEntries(schema, ENTRY_COUNT);
  const period = schema.periods[1]?.label ?? schema.periods[0]?.label ?? '';
  const summary = time(() => summarize(schema, entries, period), RUNS);
  const loop = time(() => bareLoop(entries, period), RUNS);
  return [
    `summary of ${ENTRY_COUNT.toLocaleString('en-US')} entries (${schema.items.length} items, ${schema.targets.length} targets, ${period}), median of ${RUNS} runs`,
    `  ${label('summarize')}${ms(summary.median)}  (fastest ${ms(summary.min)})`,
    `  ${label('bare loop over the entries')}${ms(loop.median)}`,
    `  ${label('ratio summarize / loop')}${(summary.median / loop.median).toFixed(1)}×`,
  ];
}

/** The summary benchmark, in the shape bench/run.ts lists. */
export const benchmark: Benchmark = {
  name: 'summary',
  async run(print) {
    for (const line of await benchSummary()) print(line);
  },
};
