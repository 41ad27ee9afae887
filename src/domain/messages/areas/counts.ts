/**
 * How counts are said everywhere (pane, CLI, sheets): one target count — the targets the ledger tracks — with the
 * candidates waiting for confirmation named beside it, never added in.
 */

/** Simplified Chinese. */
export const zh = {
  'count.targets': '{tracked} 个目标指标',
  'count.targetsWithCandidates': '{tracked} 个目标指标（另有 {candidates} 个待确认）',
  // One target: English says it in the singular.
  'count.oneTarget': '1 个目标指标',
  'count.oneTargetWithCandidates': '1 个目标指标（另有 {candidates} 个待确认）',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'count.targets': '{tracked} targets',
  'count.targetsWithCandidates': '{tracked} targets ({candidates} more to confirm)',
  'count.oneTarget': '1 target',
  'count.oneTargetWithCandidates': '1 target ({candidates} more to confirm)',
};
