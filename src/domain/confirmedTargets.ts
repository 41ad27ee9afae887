/**
 * Which targets the ledger tracks. Low-confidence candidates (tracked lists, ambiguous numbers) stay in the schema
 * for review but get no 目标指标 row, no dropdown entry and no summary line until the user confirms them, so that
 * the add-in, the workbook's formulas and the validation all count the same targets.
 */
import { message, type Message } from './messages';
import type { Schema, Target } from './schema';

/** The targets the ledger tracks: every target but the low-confidence candidates. */
export function confirmedTargets(schema: Schema): Target[] {
  return schema.targets.filter((t) => t.confidence !== 'low');
}

/** The schema as the ledger tracks it: the same schema with only its confirmed targets. */
export function trackedSchema(schema: Schema): Schema {
  const targets = confirmedTargets(schema);
  return targets.length === schema.targets.length ? schema : { ...schema, targets };
}

/** The one target count: `14 个目标指标（另有 2 个待确认）`, or `14 个目标指标` without candidates. */
export function targetCountMessage(tracked: number, candidates: number): Message {
  if (tracked === 1)
    return candidates > 0
      ? message('count.oneTargetWithCandidates', { candidates })
      : message('count.oneTarget', {});
  return candidates > 0
    ? message('count.targetsWithCandidates', { tracked, candidates })
    : message('count.targets', { tracked });
}

/** The target count of a schema (tracked targets, candidates beside). */
export function schemaTargetCount(schema: Schema): Message {
  const tracked = confirmedTargets(schema).length;
  return targetCountMessage(tracked, schema.targets.length - tracked);
}
