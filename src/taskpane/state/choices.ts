/** The entry form's dropdown values, from the schema. */
import { confirmedTargets } from '../../domain/confirmedTargets';
import type { Schema } from '../../domain/schema';
import type { EntryChoices } from '../backend/types';

/**
 * Periods, reporting units (collectives left out: they never report), items and the targets the ledger tracks
 * (candidates waiting for confirmation are not in the workbook's lists either).
 */
export function entryChoices(schema: Schema | null): EntryChoices {
  if (!schema) return { periods: [], units: [], items: [], targets: [] };
  return {
    periods: schema.periods.map((p) => p.label),
    units: schema.units.filter((u) => u.kind !== 'collective').map((u) => u.name),
    items: schema.items.map((i) => ({ no: i.no, title: i.title })),
    targets: confirmedTargets(schema).map((t) => ({
      id: t.id,
      item: t.item,
      name: t.name,
      measure: t.measure,
      reporter: t.reporter,
    })),
  };
}
