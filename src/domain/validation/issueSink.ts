/**
 * Collects issues, giving each its id, its location text and its row's worst severity.
 *
 * A table where every row is wrong files hundreds of thousands of issues, and every one of them stays alive in
 * the result, so the sink keeps each issue small: messages are joined into flat strings (a template literal
 * keeps a tree of its pieces alive as long as the result), and ids are made unique by counting numbers rather
 * than hashing every id string.
 */
import { ENTRY_COLUMNS, type EntryColumn } from '../entryCells';
import { clip } from './cells';
import type { MessageText } from './messages';
import { RULE_IDS, type CellFix, type IssueSeverity, type RuleId, type ValidationIssue } from './types';

/** Severity codes per row position. */
const NONE = 0;
const WARNING = 1;
const ERROR = 2;

/** The pieces of a cell's location text for one column: `B`, `行「填报单位」（` and `, 填报单位 (`. */
interface Place {
  letter: string;
  code: number;
  zh: string;
  en: string;
}

const placeOf = (column: string, i: number): Place => ({
  letter: String.fromCharCode(65 + i),
  code: i,
  zh: `行「${column}」（`,
  en: `, ${column} (`,
});
const PLACES = new Map<string, Place>(ENTRY_COLUMNS.map((name, i) => [name, placeOf(name, i)]));
const FIRST_PLACE = placeOf(ENTRY_COLUMNS[0], 0);
const RULE_CODE = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));
const CODES = RULE_IDS.length * ENTRY_COLUMNS.length;
// Up to this row number, (row, rule, column) is one exact number; beyond it (bad input only) a string key.
const MAX_NUMERIC_ROW = Math.floor(Number.MAX_SAFE_INTEGER / CODES) - 1;

/** How a unit is named in messages, with the opening of its row messages. */
interface UnitLabel {
  zh: string;
  en: string;
  rowZh: string;
  rowEn: string;
}

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
   * How many issues each (row, rule, column) already has. A cell id `rule@B12` has no ':' and a unit id
   * `rule@unit:key` always has one, so the two kinds never collide and are made unique apart.
   */
  private readonly cellCounts = new Map<number, number>();
  private readonly bigCellCounts = new Map<string, number>();
  private readonly unitIds = new Set<string>();
  private readonly labels = new Map<string, UnitLabel>();

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
    msg: MessageText,
    fix?: CellFix,
  ): void {
    const place = PLACES.get(column) ?? FIRST_PLACE;
    const rowText = String(row.row);
    const cell = place.letter + rowText;
    const n = this.countCell(row.row, (RULE_CODE.get(rule) ?? 0) * ENTRY_COLUMNS.length + place.code);
    const who = this.label(row.owner);
    const issue: ValidationIssue = {
      id: n === 0 ? [rule, '@', cell].join('') : [rule, '@', cell, '#', String(n + 1)].join(''),
      rule,
      severity,
      row: row.row,
      unit: row.owner,
      column,
      cell,
      message: [who.rowZh, rowText, place.zh, cell, '）：', msg.zh, '。', msg.adviceZh, '。'].join(''),
      advice: msg.adviceZh,
      messageEn: [who.rowEn, rowText, place.en, cell, '): ', msg.en, '; ', msg.adviceEn, '.'].join(''),
      adviceEn: msg.adviceEn,
    };
    if (fix) issue.fix = fix;
    this.issues.push(issue);
    const code = severity === 'error' ? ERROR : WARNING;
    if (code > (this.severity[row.position] ?? NONE)) this.severity[row.position] = code;
  }

  /** Files an issue about a unit as a whole (no row). */
  onUnit(unit: string, rule: RuleId, severity: IssueSeverity, key: string, msg: MessageText): void {
    const who = this.label(unit);
    this.issues.push({
      id: this.uniqueUnitId(`${rule}@${unit}:${key}`),
      rule,
      severity,
      row: null,
      unit,
      column: null,
      cell: '',
      message: `【${who.zh}】${msg.zh}。${msg.adviceZh}。`,
      advice: msg.adviceZh,
      messageEn: `[${who.en}] ${msg.en}; ${msg.adviceEn}.`,
      adviceEn: msg.adviceEn,
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

  /** The unit as messages name it, worked out once per unit. */
  private label(unit: string): UnitLabel {
    let label = this.labels.get(unit);
    if (label === undefined) {
      const zh = unit === '' ? '未填单位' : clip(unit, 40);
      const en = unit === '' ? 'no unit' : zh;
      label = { zh, en, rowZh: `【${zh}】第`, rowEn: `[${en}] row ` };
      this.labels.set(unit, label);
    }
    return label;
  }
}
