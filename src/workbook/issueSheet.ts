/**
 * What validation writes into a workbook, as pure data shared by the .xlsx and the Excel writers:
 * `校验状态` per row, fills on the cells at fault, and the 校验结果 sheet (per-unit table `WP_IssueUnits`,
 * issue table `WP_Issues` whose 定位 cells link to the cell at fault).
 *
 * Nothing here becomes a formula except the 定位 links, and those are built only from our own sheet name and
 * row/column numbers; every text a user typed (unit names, original values) travels as a literal value.
 */
import type { EntryStatus } from '../domain/entries';
import { translate } from '../domain/messages';
import { groupCounts, issueGroup, ruleTitle, type IssueGroup } from '../domain/validation/groups';
import type { IssueSeverity, ValidationIssue, ValidationResult } from '../domain/validation/types';
import { indexToLetters, parseAddress } from './address';
import type { EntriesLayout, EntriesNotice } from './inspectEntries';
import { entryCellAddress } from './inspectEntries';
import { COLUMNS, SHEETS, STATUS_LABELS, TABLES } from './format';
import { issueCell, issueMessage } from './issueText';
import type { SheetRow } from '../domain/entryCells';
import type { CellPlan, ColumnPlan, HighlightPlan, PlanValue, SheetPlan, TablePlan } from './plan';
import { toPlanValue } from './sheets/entries';

/**
 * Columns added after the contract columns of `WP_Issues` (the format allows adding at the end); 规则名称 is the
 * rule's short title for people, beside the rule id that 规则 keeps for machines.
 */
export const ISSUE_EXTRA_COLUMNS = ['单元格', '原值', '修正为', '定位', '处理', '规则名称'] as const;

/** Columns added after the contract columns of `WP_IssueUnits`: items and targets due with no report. */
export const UNIT_EXTRA_COLUMNS = ['未报送'] as const;

/** All headers of `WP_IssueUnits`, contract columns first. */
export const ISSUE_UNIT_HEADERS: readonly string[] = [...COLUMNS.issueUnits, ...UNIT_EXTRA_COLUMNS];

/** All headers of `WP_Issues`, contract columns first. */
export const ISSUE_HEADERS: readonly string[] = [...COLUMNS.issues, ...ISSUE_EXTRA_COLUMNS];

/** Index of the 定位 (link) column in `WP_Issues`. */
export const LINK_COLUMN = ISSUE_HEADERS.indexOf('定位');

/** Index of the 处理 column, where applying a fix writes 已修正. */
export const HANDLED_COLUMN = ISSUE_HEADERS.indexOf('处理');

/** Word written into `WP_Issues[处理]` for an issue whose fix was applied. */
export const FIXED_LABEL = '已修正';

/** Fill colours of cells at fault (the same as the 校验状态 colours). */
export const HIGHLIGHT_FILLS: Record<IssueSeverity, string> = { error: '#FFC7CE', warning: '#FFEB9C' };

/** Words written into `WP_Issues[级别]`: the finding's group (a missing report is not a cell to fix). */
export const SEVERITY_LABELS: Record<IssueGroup, string> = {
  error: STATUS_LABELS.error,
  missing: '未报送',
  warning: STATUS_LABELS.warning,
};

/** What validation writes (the issue sheet): 校验状态 per row, fills on the cells at fault, the 校验结果 sheet. */
export interface IssueSheet {
  /** `校验状态` for every row read, in order: a status word, or null for a blank row (left blank). */
  statuses: { row: number; value: string | null }[];
  /** Fills on the cells at fault, on the entries sheet; runs of one column share a range. */
  highlights: HighlightPlan[];
  /** The 校验结果 sheet without the 定位 formulas (see `links`). */
  sheet: SheetPlan;
  /** `WP_Issues[定位]` formulas in table row order (null for unit-level issues or when no link can be built). */
  links: (string | null)[];
  /** The entry cell each 定位 link points at (`B8` on the entries sheet), in the same order; null where `links` is. */
  linkTargets: (string | null)[];
  /** Sheet address of the first data cell of `WP_Issues[定位]`. */
  linkTopLeft: string;
}

/** `WP_Issues` row of each issue id (0-based, table order), for marking applied fixes. */
export function issueRowIndex(result: ValidationResult): Map<string, number> {
  return new Map(result.issues.map((issue, i) => [issue.id, i]));
}

const STATUS_WORD: Record<EntryStatus, string> = STATUS_LABELS;

/** The link formula for a cell on the entries sheet, from its column letters and row number only. */
export function cellLink(address: string): string | null {
  if (!/^[A-Z]{1,3}[1-9][0-9]{0,6}$/.test(address)) return null;
  return `=HYPERLINK("#'${SHEETS.entries}'!${address}","${address}")`;
}

/** `校验状态` for every row read: the status word of each validated row, null for a blank row. */
export function entryStatuses(rows: readonly SheetRow[], result: ValidationResult): IssueSheet['statuses'] {
  const byRow = new Map(result.normalized.map((e) => [e.row, STATUS_WORD[e.status]]));
  return rows.map((r) => ({ row: r.row, value: byRow.get(r.row) ?? null }));
}

function highlightsOf(issues: readonly ValidationIssue[], layout: EntriesLayout): HighlightPlan[] {
  const worst = new Map<string, { column: number; row: number; severity: IssueSeverity }>();
  for (const issue of issues) {
    if (issue.row === null || issue.columnIndex === null) continue;
    const column = layout.picks[issue.columnIndex] ?? -1;
    if (column < 0) continue;
    const key = `${column}:${issue.row}`;
    const seen = worst.get(key);
    if (!seen || (seen.severity === 'warning' && issue.severity === 'error'))
      worst.set(key, { column, row: issue.row, severity: issue.severity });
  }
  const cells = [...worst.values()].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: { column: number; from: number; to: number; severity: IssueSeverity }[] = [];
  for (const c of cells) {
    const last = runs[runs.length - 1];
    if (last && last.column === c.column && last.severity === c.severity && last.to === c.row - 1)
      last.to = c.row;
    else runs.push({ column: c.column, from: c.row, to: c.row, severity: c.severity });
  }
  return runs.map((run) => {
    const k = layout.picks.indexOf(run.column);
    const a = entryCellAddress(layout, run.from, k);
    const b = entryCellAddress(layout, run.to, k);
    return { range: a === b ? a : `${a}:${b}`, fill: HIGHLIGHT_FILLS[run.severity] };
  });
}

const UNIT_COLUMNS: ColumnPlan[] = ISSUE_UNIT_HEADERS.map((header, i) => ({
  header,
  width: i === 0 ? 26 : 10,
}));

const ISSUE_WIDTHS: Record<string, number> = {
  填报单位: 22,
  行号: 7,
  列: 11,
  级别: 7,
  规则: 20,
  问题: 60,
  建议: 40,
  单元格: 8,
  原值: 16,
  修正为: 16,
  定位: 8,
  处理: 8,
  规则名称: 14,
};
const ISSUE_COLUMNS: ColumnPlan[] = ISSUE_HEADERS.map((header) => ({
  header,
  width: ISSUE_WIDTHS[header] ?? 12,
  ...(header === '问题' || header === '建议' ? { wrap: true } : {}),
}));

function issueRow(
  issue: ValidationIssue,
  layout: EntriesLayout,
  cells: Map<number, SheetRow>,
): { values: PlanValue[]; link: string | null; target: string | null } {
  const k = issue.columnIndex ?? -1;
  const address = issueCell(issue, layout);
  const original = issue.row !== null && k >= 0 ? toPlanValue(cells.get(issue.row)?.values[k] ?? null) : null;
  const fix = issue.fix ? toPlanValue(issue.fix.to) : null;
  const values: PlanValue[] = [
    issue.unit,
    issue.row,
    issue.column,
    SEVERITY_LABELS[issueGroup(issue)],
    issue.rule,
    translate('zh-CN', issueMessage(issue, layout)),
    translate('zh-CN', issue.advice),
    address === '' ? null : address,
    original,
    fix,
    null,
    null,
    translate('zh-CN', ruleTitle(issue.rule)),
  ];
  // A link names our own sheet; entries living on another sheet get the address without a link.
  const link = address !== '' && layout.sheet === SHEETS.entries ? cellLink(address) : null;
  return { values, link, target: link === null ? null : address };
}

function summaryLine(result: ValidationResult, rowsChecked: number): string {
  const counts = groupCounts(result.issues);
  const period = result.period ? `报告期：${result.period}` : '报告期：未确定（没有填报行）';
  return `${period}，共校验 ${rowsChecked} 行：错误 ${counts.error} 条，未报送 ${counts.missing} 项，警告 ${counts.warning} 条。标为“错误”的行不计入汇总；点“定位”列转到出错的单元格。`;
}

/** Plans the validation output for rows read from the workbook (contract order) and their validation. */
export function planIssueSheet(
  layout: EntriesLayout,
  rows: readonly SheetRow[],
  result: ValidationResult,
  notices: readonly EntriesNotice[] = [],
): IssueSheet {
  const cells = new Map(rows.map((r) => [r.row, r]));
  const texts: CellPlan[] = [
    { address: 'A1', value: '校验结果', bold: true, fontSize: 14 },
    { address: 'A2', value: summaryLine(result, result.normalized.length) },
    ...notices.map((n, i): CellPlan => ({
      address: `A${3 + i}`,
      value: `注意：${translate('zh-CN', n.message)}`,
    })),
  ];
  const unitsLabel = 4 + notices.length;
  const unitsTop = unitsLabel + 1;
  const unitRows: PlanValue[][] = result.byUnit.map((u) => [
    u.unit === '' ? '（未填单位）' : u.unit,
    u.errors,
    u.warnings,
    u.itemsDue,
    u.itemsReported,
    u.targetsDue,
    u.targetsReported,
    u.missing,
  ]);
  const issuesLabel = unitsTop + Math.max(unitRows.length, 1) + 2;
  const issuesTop = issuesLabel + 1;
  const planned = result.issues.map((issue) => issueRow(issue, layout, cells));
  const units: TablePlan = {
    name: TABLES.issueUnits,
    topLeft: `A${unitsTop}`,
    columns: UNIT_COLUMNS,
    rows: unitRows,
    style: 'TableStyleMedium7',
    preserved: false,
  };
  const issues: TablePlan = {
    name: TABLES.issues,
    topLeft: `A${issuesTop}`,
    columns: ISSUE_COLUMNS,
    rows: planned.map((p) => p.values),
    style: 'TableStyleMedium7',
    preserved: false,
  };
  texts.push(
    { address: `A${unitsLabel}`, value: '各单位情况（应报/已报按所选报告期计）', bold: true },
    { address: `A${issuesLabel}`, value: '问题清单', bold: true },
  );
  const level = { type: 'textEquals', table: TABLES.issues, column: '级别' } as const;
  const sheet: SheetPlan = {
    name: SHEETS.issues,
    visibility: 'visible',
    cells: texts,
    tables: [units, issues],
    freezeRows: 0,
    conditionalFormats: [
      { ...level, text: SEVERITY_LABELS.error, fill: '#FFC7CE', fontColor: '#9C0006' },
      { ...level, text: SEVERITY_LABELS.warning, fill: '#FFEB9C', fontColor: '#9C5700' },
      { ...level, text: SEVERITY_LABELS.missing, fill: '#DDEBF7', fontColor: '#1F4E79' },
    ],
    tabColor: '#C62828',
  };
  return {
    statuses: entryStatuses(rows, result),
    highlights: highlightsOf(result.issues, layout),
    sheet,
    links: planned.map((p) => p.link),
    linkTargets: planned.map((p) => p.target),
    linkTopLeft: `${indexToLetters(parseAddress(issues.topLeft).col + LINK_COLUMN)}${issuesTop + 1}`,
  };
}

/** The link cells as plan cells (the .xlsx writer writes them over the table's 定位 column). */
export function linkCells(output: IssueSheet): CellPlan[] {
  const top = parseAddress(output.linkTopLeft);
  const letter = output.linkTopLeft.replace(/\d+$/, '');
  return output.links.flatMap((formula, i) =>
    formula ? [{ address: `${letter}${top.row + i}`, formula }] : [],
  );
}
