/**
 * Progress entries (进度填报) as the domain sees them, between validation and the summary.
 */

/** Row status written to `WP_Entries[校验状态]`. */
export type EntryStatus = 'ok' | 'warning' | 'error';

/**
 * One entry as the summary will count it. Only the exact cell contents count (what Excel formulas see):
 * `value` is the cell's number when the cell holds a real number, else null.
 */
export interface NormalizedEntry {
  /** 1-based sheet row number in WP_Entries. */
  row: number;
  /** Period label exactly as in the cell (trimmed), or '' when blank. */
  period: string;
  /** Unit name exactly as in the cell (trimmed), or ''. */
  unit: string;
  /** Item number when the cell holds one, else null. */
  item: number | null;
  /** Target id exactly as in the cell (trimmed), or null for a text-only row. */
  target: string | null;
  /** The cumulative figure when the cell holds a real number, else null. */
  value: number | null;
  /** Progress text (工作进展), trimmed. */
  progress: string;
  status: EntryStatus;
}
