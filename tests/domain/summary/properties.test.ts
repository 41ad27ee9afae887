import fc from 'fast-check';
import type { NormalizedEntry } from '../../../src/domain/entries';
import { STATUS_ORDER, summarize } from '../../../src/domain/summary';
import { A, B, C, CITY, miniSchema } from '../../fixtures/summary/miniSchema';

const schema = miniSchema();
const periods = schema.periods.map((period) => period.label);
const ids = schema.targets.map((target) => target.id);

const entryArb: fc.Arbitrary<NormalizedEntry> = fc.record({
  row: fc.integer({ min: 2, max: 10_000 }),
  period: fc.constantFrom(...periods, '2021Q2'),
  unit: fc.constantFrom(A, B, C, CITY, '省工信厅'),
  item: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
  target: fc.option(fc.constantFrom(...ids, 'T9.9'), { nil: null }),
  value: fc.option(fc.double({ min: -1e5, max: 1e5, noNaN: true }), { nil: null }),
  progress: fc.constantFrom('', '推进中'),
  status: fc.constantFrom('ok' as const, 'warning' as const, 'error' as const),
});

function counts(entry: NormalizedEntry, period: string): boolean {
  const target = schema.targets.find((candidate) => candidate.id === entry.target);
  return (
    entry.status !== 'error' &&
    entry.period === period &&
    entry.value !== null &&
    target !== undefined &&
    target.reporter === entry.unit
  );
}

describe('summary properties', () => {
  it('gives the same per-target figures and statuses when rows that cannot count are removed', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 60 }), fc.constantFrom(...periods), (entries, period) => {
        const all = summarize(schema, entries, period).targets;
        const counted = summarize(
          schema,
          entries.filter((entry) => counts(entry, period)),
          period,
        ).targets;
        return JSON.stringify(all) === JSON.stringify(counted);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps overall counts consistent with the per-target statuses', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 60 }), fc.constantFrom(...periods), (entries, period) => {
        const summary = summarize(schema, entries, period);
        const total = STATUS_ORDER.reduce((sum, status) => sum + summary.overall.byStatus[status], 0);
        const ceilingWords = summary.targets
          .filter((target) => target.mode === 'ceiling')
          .every((target) => ['达标', '未达标', '未报送'].includes(target.status));
        const noFigureIsUnreported = summary.targets.every(
          (target) => (target.actual === null) === (target.status === '未报送'),
        );
        return total === schema.targets.length && ceilingWords && noFigureIsUnreported;
      }),
      { numRuns: 200 },
    );
  });
});
