/** `summarize(schema, entries, period)`: the whole summary of one reporting period. */
import { trackedSchema } from '../confirmedTargets';
import type { NormalizedEntry } from '../entries';
import { unknownPeriod } from '../periods';
import type { Schema } from '../schema';
import { indexCountedRows } from './countedRows';
import { summarizeOverall } from './overall';
import { summarizeItems, summarizeSections, summarizeUnits } from './rollups';
import { summarizeTargets } from './targets';
import type { Summary } from './types';

/** Summarizes the entries validation normalized, for the period with this exact label. */
export function summarize(fullSchema: Schema, entries: readonly NormalizedEntry[], period: string): Summary {
  // Low-confidence candidates have no 目标指标 row, so the sheet's formulas cannot count them either.
  const schema = trackedSchema(fullSchema);
  const found = schema.periods.find((candidate) => candidate.label === period);
  if (!found) throw unknownPeriod(period, schema);
  const counted = indexCountedRows(entries, period);
  const targets = summarizeTargets(schema, counted, found.fraction);
  const items = summarizeItems(schema, targets, counted);
  return {
    period,
    fraction: found.fraction,
    targets,
    items,
    units: summarizeUnits(schema, targets, counted),
    sections: summarizeSections(schema, targets),
    overall: summarizeOverall(targets, items),
  };
}
