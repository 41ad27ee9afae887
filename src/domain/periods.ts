/** Reporting periods: cumulative labels, schedule fractions (序时进度) and due dates for a year and cadence. */
import { LedgerError } from './messages';
import type { Cadence, Period, Schema } from './schema';

const QUARTER_LABELS = ['一季度', '上半年', '前三季度', '全年'] as const;

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Builds the cumulative periods of a year: quarterly `2021年一季度` … `2021年全年` (0.25 … 1), or monthly
 * `2021年1-2月` … `2021年1-12月` (January is reported together with February, as statistics offices do).
 */
export function buildPeriods(year: number, cadence: Cadence = 'quarterly'): Period[] {
  if (cadence === 'quarterly') {
    return QUARTER_LABELS.map((name, i) => ({
      label: `${year}年${name}`,
      fraction: (i + 1) / 4,
      end: isoDate(year, (i + 1) * 3, lastDayOfMonth(year, (i + 1) * 3)),
    }));
  }
  const periods: Period[] = [];
  for (let month = 2; month <= 12; month++) {
    periods.push({
      label: month === 12 ? `${year}年全年` : `${year}年1-${month}月`,
      fraction: month / 12,
      end: isoDate(year, month, lastDayOfMonth(year, month)),
    });
  }
  return periods;
}

/** The one error for a period the schema does not have: `period.unknown`, naming the choices. */
export function unknownPeriod(period: string, schema: Pick<Schema, 'periods'>): LedgerError {
  return new LedgerError('period.unknown', {
    period: period.slice(0, 40),
    choices: schema.periods.map((p) => p.label),
  });
}
