import fc from 'fast-check';
import { formatPercent1, roundDecimal } from '../../../src/domain/summary';

describe('spreadsheet rounding', () => {
  it('rounds the printed decimal half away from zero, as ROUND does', () => {
    expect(roundDecimal(2.675, 2)).toBe(2.68);
    expect(roundDecimal(-2.5, 0)).toBe(-3);
    expect(roundDecimal(0.45 - 0.75, 10)).toBe(-0.3);
    expect(roundDecimal(1e-12, 10)).toBe(0);
    expect(roundDecimal(1.23e25, 10)).toBe(1.23e25);
  });

  it('never moves a value by more than half a unit of the last kept digit', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 10 }),
        (value, digits) => {
          const rounded = roundDecimal(value, digits);
          return Math.abs(rounded - value) <= 0.5 * 10 ** -digits * (1 + 1e-9) + Math.abs(value) * 1e-15;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('writes shares as TEXT(x, "0.0%") does', () => {
    expect(formatPercent1(1 / 6)).toBe('16.7%');
    expect(formatPercent1(1 / 16)).toBe('6.3%');
    expect(formatPercent1(0)).toBe('0.0%');
    expect(formatPercent1(1)).toBe('100.0%');
  });
});
