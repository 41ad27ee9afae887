/**
 * How counts are said everywhere (pane, CLI, sheets): one target count — the targets the ledger tracks — with the
 * candidates waiting for confirmation named beside it, never added in.
 */

/** Simplified Chinese. */
export const zh = {
  'count.targets': '{tracked} 个目标指标',
  'count.targetsWithCandidates': '{tracked} 个目标指标（另有 {candidates} 个待确认）',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'count.targets': '{tracked} targets',
  'count.targetsWithCandidates': '{tracked} targets ({candidates} more to confirm)',
};
