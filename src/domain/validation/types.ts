/** Public types of entry validation: rule ids, issues, per-unit reports and the result. */
import type { NormalizedEntry } from '../entries';
import type { CellValue, EntryColumn } from '../entryCells';

/** Stable rule ids, as written in `WP_Issues[规则]` and the CLI's JSON. */
export const RULE_IDS = [
  'unknown-unit',
  'alias-unit',
  'unknown-period',
  'period-alias',
  'unknown-item',
  'unknown-target',
  'target-item-mismatch',
  'not-responsible',
  'not-reporter',
  'missing-value',
  'bad-number',
  'normalized-number',
  'negative-value',
  'measure-mismatch',
  'implausible',
  'duplicate',
  'decreasing',
  'missing-report',
  'missing-progress-text',
  'overdue-item',
] as const;

/** One of the stable rule ids. */
export type RuleId = (typeof RULE_IDS)[number];

/** Issue severity: errors keep a row out of the summary, warnings are counted but deserve a look. */
export type IssueSeverity = 'error' | 'warning';

/**
 * A one-click fix: write `to` into the row's `column` cell, which currently holds `from`. A certain fix only
 * respells what the cell already says (an alias, a period spelling, a number typed as text); a suggested one
 * guesses (a misspelt unit), so a person confirms it and `validate --fix` never applies it.
 */
export interface CellFix {
  column: EntryColumn;
  from: CellValue;
  to: CellValue;
  certain: boolean;
}

/** One finding of validation. */
export interface ValidationIssue {
  /** Unique within one result and stable across runs on the same rows (used to pick fixes). */
  id: string;
  rule: RuleId;
  severity: IssueSeverity;
  /** Sheet row number, or null for unit-level findings (`missing-report`). */
  row: number | null;
  /**
   * The unit the finding belongs to: the canonical name when the cell resolves (also through an alias),
   * else the cell text as written (shortened past 200 characters), or '' when the cell is blank.
   */
  unit: string;
  /** The column at fault, or null for unit-level findings. */
  column: EntryColumn | null;
  /** A1 reference of the cell at fault (`E12`, table assumed to start in column A), or ''. */
  cell: string;
  /** Full sentence in Simplified Chinese naming the unit, the cell and the fix. */
  message: string;
  /** The fix alone (`WP_Issues[建议]`), Chinese. */
  advice: string;
  /** The same sentence in English. */
  messageEn: string;
  /** The fix alone, English. */
  adviceEn: string;
  fix?: CellFix;
}

/** Per-unit counts for the office's at-a-glance table. */
export interface UnitReport {
  /** Canonical name, an unknown name as written, or '' for rows with no unit. */
  unit: string;
  /** Whether the name is a unit of the schema. */
  known: boolean;
  /** Findings to fix in a cell (a missing report is not one of them: see `missing`). */
  errors: number;
  warnings: number;
  /** Items and targets due in the period with no report (the unit's `missing-report` findings). */
  missing: number;
  itemsDue: number;
  itemsReported: number;
  targetsDue: number;
  targetsReported: number;
}

/** Options of `validateEntries`. */
export interface ValidateOptions {
  /** Period for `missing-report` and the due/reported counts; a label or anything the period reader understands. */
  period?: string;
  /**
   * Today as an ISO date (YYYY-MM-DD), for `overdue-item`: an item is judged at the end of the period, or today
   * when that comes first (a period still running). Without it, only the period's end counts.
   */
  today?: string;
}

/** What `validateEntries` returns. */
export interface ValidationResult {
  /** The period used for completeness, or null when none could be chosen (no entries at all). */
  period: string | null;
  issues: ValidationIssue[];
  byUnit: UnitReport[];
  normalized: NormalizedEntry[];
  /** Fully blank rows, skipped silently. */
  blankRows: number;
}

/** A cell to change when the user applies fixes. */
export interface CellChange {
  row: number;
  column: EntryColumn;
  /** 0-based index of the column in `ENTRY_COLUMNS`. */
  columnIndex: number;
  from: CellValue;
  to: CellValue;
  /** The issue whose fix this is. */
  issueId: string;
}
