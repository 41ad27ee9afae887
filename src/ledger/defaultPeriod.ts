/**
 * Which period a picker starts at: the latest period that has entries (what the office is working on), else the
 * period whose dates contain today, else the ledger's first period. Periods are cumulative from 1 January, so
 * "contains today" means today falls after the previous period's end and on or before its own.
 */
import type { SheetRow } from '../domain/entryCells';
import type { Schema } from '../domain/schema';
import { PeriodReader } from '../domain/validation/periodReader';

/** `YYYY-MM-DD` of a date in local time. */
export function isoDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** The period a picker should show first, or null when the schema has none. */
export function defaultPeriod(schema: Schema, rows: readonly SheetRow[], today: Date): string | null {
  const periods = schema.periods;
  if (periods.length === 0) return null;
  // The period cell is the first contract column; aliases such as 2021Q2 count for their period.
  const reader = new PeriodReader(schema);
  let latest = -1;
  for (const row of rows) {
    const resolved = reader.resolve(row.values[0]);
    if (resolved.kind !== 'unknown') latest = Math.max(latest, resolved.index);
  }
  if (latest >= 0) return periods[latest]?.label ?? null;
  const day = isoDay(today);
  const start = `${schema.year}-01-01`;
  if (day >= start) {
    const containing = periods.find((p) => day <= p.end);
    if (containing) return containing.label;
  }
  return periods[0]?.label ?? null;
}
