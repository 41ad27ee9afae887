/** Collects issues, giving each its id, its location text and its row's worst severity. */
import type { EntryColumn } from '../../workbook/format';
import { clip } from './cells';
import { cellRef, columnIndex } from './columns';
import type { MessageText } from './messages';
import type { ParsedRow } from './rowReader';
import type { CellFix, IssueSeverity, RuleId, ValidationIssue } from './types';

/** Gathers the issues of one validation run. */
export class IssueSink {
  readonly issues: ValidationIssue[] = [];
  /** Worst severity per row position. */
  readonly rowSeverity = new Map<number, IssueSeverity>();
  private readonly ids = new Set<string>();

  /** Files an issue about a cell of a row. */
  onCell(row: ParsedRow, rule: RuleId, severity: IssueSeverity, column: EntryColumn, msg: MessageText, fix?: CellFix): void {
    const cell = cellRef(columnIndex(column), row.row);
    const who = unitLabel(row.owner);
    const issue: ValidationIssue = {
      id: this.uniqueId(`${rule}@${cell}`),
      rule,
      severity,
      row: row.row,
      unit: row.owner,
      column,
      cell,
      message: `【${who.zh}】第${row.row}行「${column}」（${cell}）：${msg.zh}。${msg.adviceZh}。`,
      advice: msg.adviceZh,
      messageEn: `[${who.en}] row ${row.row}, ${column} (${cell}): ${msg.en}; ${msg.adviceEn}.`,
      adviceEn: msg.adviceEn,
    };
    if (fix) issue.fix = fix;
    this.issues.push(issue);
    if (severity === 'error' || !this.rowSeverity.has(row.position)) this.rowSeverity.set(row.position, severity);
  }

  /** Files an issue about a unit as a whole (no row). */
  onUnit(unit: string, rule: RuleId, severity: IssueSeverity, key: string, msg: MessageText): void {
    const who = unitLabel(unit);
    this.issues.push({
      id: this.uniqueId(`${rule}@${unit}:${key}`),
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

  private uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}#${n}`;
    this.ids.add(id);
    return id;
  }
}

function unitLabel(unit: string): { zh: string; en: string } {
  return unit === '' ? { zh: '未填单位', en: 'no unit' } : { zh: clip(unit, 40), en: clip(unit, 40) };
}
