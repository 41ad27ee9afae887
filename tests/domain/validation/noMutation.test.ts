/** Validation never changes a value: not in the fixture, not in random rows. */
import fc from 'fast-check';
import { applyFixes, validateEntries } from '../../../src/domain/validation';
import type { SheetRow } from '../../../src/domain/entryCells';
import fixture from '../../fixtures/entries/three-units.json';
import { testSchema } from './schemaFixture';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const schema = testSchema();

describe('validation never mutates its input', () => {
  it('leaves every cell of the fixture as it was, and works on frozen rows', () => {
    const rows = JSON.parse(JSON.stringify(fixture.rows)) as SheetRow[];
    const before = JSON.stringify(rows);
    deepFreeze(rows);
    const result = validateEntries(schema, rows, { period: fixture.period });
    applyFixes(
      rows,
      result.issues,
      result.issues.map((i) => i.id),
    );
    expect(JSON.stringify(rows)).toBe(before);
  });

  it('leaves random rows as they were and never throws', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.constantFrom(
        '2021年上半年',
        '省发展改革委',
        '省发改委',
        'T3.1',
        '1,000',
        '二季度',
        '亿元',
        '户',
        '=SUM(A1)',
      ),
      fc.double(),
      fc.integer({ min: -5, max: 10 }),
      fc.boolean(),
      fc.constantFrom({ error: '#N/A' }, { error: '#DIV/0!' }),
    );
    const row = fc.record({
      row: fc.integer({ min: 1, max: 50 }),
      values: fc.array(cell, { maxLength: 12 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        const copy = JSON.stringify(rows);
        const result = validateEntries(schema, deepFreeze(rows) as SheetRow[]);
        expect(JSON.stringify(rows)).toBe(copy);
        expect(result.normalized.length + result.blankRows).toBe(rows.length);
      }),
      { numRuns: 200 },
    );
  });

  it('gives each unit as many missing reports as items and targets due but not reported', () => {
    const result = validateEntries(schema, fixture.rows as SheetRow[], { period: fixture.period });
    for (const report of result.byUnit) {
      const missing = result.issues.filter(
        (i) => i.rule === 'missing-report' && i.unit === report.unit,
      ).length;
      expect(missing).toBe(
        report.itemsDue - report.itemsReported + report.targetsDue - report.targetsReported,
      );
    }
  });
});
