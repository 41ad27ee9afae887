/** The schema's label for what a user typed as a period (`2021年上半年`, also `2021Q2`, `上半年`, `1-6月`). */
import { unknownPeriod } from '../domain/periods';
import type { Schema } from '../domain/schema';
import { PeriodReader } from '../domain/validation/periodReader';

/** A period as resolved: its label, and the spelling it was read from when that differs (to say so). */
export interface ResolvedPeriod {
  label: string;
  /** What the user typed, when it was a spelling other than the label; null when it was the label. */
  spelledAs: string | null;
}

/** Resolves a typed period against the schema; throws `period.unknown` naming the choices. */
export function resolvePeriod(schema: Schema, written: string): ResolvedPeriod {
  const trimmed = written.trim();
  const resolved = new PeriodReader(schema).resolve(trimmed);
  if (resolved.kind === 'unknown') throw unknownPeriod(written, schema);
  return { label: resolved.label, spelledAs: resolved.label === trimmed ? null : written };
}
