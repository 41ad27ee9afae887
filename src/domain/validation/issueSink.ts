/**
 * Collects issues, giving each its id and its row's worst severity.
 *
 * A table where every row is wrong files hundreds of thousands of issues, and every one of them stays alive in
 * the result, so the sink keeps each issue small: an issue holds its problem and fix as catalogue messages
 * (shared by every issue when they have no parameters; the unit and the place are added only where a finding
 * is shown), and ids are made unique by counting numbers rather than hashing every id string.
 */
import { ENTRY_COLUMNS, type EntryColumn } from '../entryCells';
import type { IssueText } from './messages';
import { RULE_IDS, type CellFix, type IssueSeverity, type RuleId, type ValidationIssue } from './types';

/** Severity codes per row position. */
const NONE = 0;
const WARNING = 1;
const ERROR = 2;

const COLUMN_INDEX = new Map<string, number>(ENTRY_COLUMNS.map((name, i) => [name, i]));
const RULE_CODE = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));
const CODES = RULE_IDS.length * ENTRY_COLUMNS.length;
// Up to this row number, (row, rule, column) is one exact number; beyond it (bad input only) a string key.
const MAX_NUMERIC_ROW = Math.floor(Number.MAX_SAFE_INTEGER / CODES) - 1;

/** Where a row-level issue is: the row's position in the input, its sheet row number and its owner. */
export interface RowRef {
  position: number;
  row: number;
  owner: string;
}

/** Gathers the issues of one validation run. */
export class IssueSink {
  readonly issues: ValidationIssue[] = [];
  private readonly severity: Uint8Array;
  /**
   * How many issues each (row, rule, column) already has. A cell id `rule@12.1` has no ':' and a unit id
   * `rule@unit:key` always has one, so the two kinds never collide and are made unique apart.
   */
  private readonly cellCounts = new Map<number, number>();
  private readonly bigCellCounts = new Map<string, number>();
  private readonly unitIds = new Set<string>();

  /** `rows` is the length of the input, so that every row position has a severity slot. */
  constructor(rows: number) {
    this.severity = new Uint8Array(rows);
  }

  /** Files an issue about a cell of a row. */
  onCell(
    row: RowRef,
    rule: RuleId,
    severity: IssueSeverity,
    column: EntryColumn,
    msg: IssueText,
    fix?: CellFix,
  ): void {
    const index = COLUMN_INDEX.get(column) ?? 0;
    const place = [rule, '@', String(row.row), '.', String(index)].join('');
    const n = this.countCell(row.row, (RULE_CODE.get(rule) ?? 0) * ENTRY_COLUMNS.length + index);
    const issue: ValidationIssue = {
      id: n === 0 ? place : [place, '#', String(n + 1)].join(''),
      rule,
      severity,
      row: row.row,
      unit: row.owner,
      column,
      columnIndex: index,
      problem: msg.problem,
      advice: msg.advice,
    };
    if (fix) issue.fix = fix;
    this.issues.push(issue);
    const code = severity === 'error' ? ERROR : WARNING;
    if (code > (this.severity[row.position] ?? NONE)) this.severity[row.position] = code;
  }

  /** Files an issue about a unit as a whole (no row). */
  onUnit(unit: string, rule: RuleId, severity: IssueSeverity, key: string, msg: IssueText): void {
    this.issues.push({
      id: this.uniqueUnitId(`${rule}@${unit}:${key}`),
      rule,
      severity,
      row: null,
      unit,
      column: null,
      columnIndex: null,
      problem: msg.problem,
      advice: msg.advice,
    });
  }

  /** The worst severity filed for the row at `position`, or 'ok'. */
  statusOf(position: number): IssueSeverity | 'ok' {
    const code = this.severity[position] ?? NONE;
    return code === ERROR ? 'error' : code === WARNING ? 'warning' : 'ok';
  }

  /** How many issues the (row, rule and column) `code` already has: 0 for the first. */
  private countCell(row: number, code: number): number {
    if (row <= MAX_NUMERIC_ROW) {
      const key = row * CODES + code;
      const n = this.cellCounts.get(key) ?? 0;
      this.cellCounts.set(key, n + 1);
      return n;
    }
    const key = `${row}:${code}`;
    const n = this.bigCellCounts.get(key) ?? 0;
    this.bigCellCounts.set(key, n + 1);
    return n;
  }

  private uniqueUnitId(base: string): string {
    let id = base;
    for (let n = 2; this.unitIds.has(id); n++) id = `${base}#${n}`;
    this.unitIds.add(id);
    return id;
  }
}
