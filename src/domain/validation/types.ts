/** Public types of entry validation: rule ids, issues, per-unit reports and the result. */
import type { NormalizedEntry } from '../entries';
import type { CellValue, EntryColumn } from '../entryCells';
import type { Message } from '../messages';

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

/**
 * One finding of validation. It says where by sheet row and entry column, never by A1 cell: where the entries
 * sit on the sheet is the workbook's business (src/workbook/issueText.ts words the finding with its cell).
 */
export interface ValidationIssue {
  /**
   * Unique within one result and stable across runs on the same rows (used to pick fixes): a cell finding's id
   * is its rule, row and column index (`alias-unit@8.1`), a unit finding's its rule, unit and key
   * (`missing-report@省财政厅:item:4`).
   */
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
  /** 0-based index of `column` among the entry columns (`ENTRY_COLUMNS`), or null for unit-level findings. */
  columnIndex: number | null;
  /** What is wrong, without the unit and the place (src/workbook/issueText.ts puts them in front). */
  problem: Message;
  /** The fix alone (`WP_Issues[建议]`, the pane's advice). */
  advice: Message;
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
