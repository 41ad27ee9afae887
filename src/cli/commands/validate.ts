/**
 * `workpoints validate BOOK.xlsx [--period 报告期] [--json] [--out CHECKED.xlsx [--fix]]`: validates the entries
 * of a ledger by responsible unit. With --out, the checked copy (校验状态, fills, 校验结果) goes to a new file;
 * with --fix too, every certain fix is applied in that copy first. The input file is never written.
 * Findings come in three groups (错误, 未报送, 警告). Exit 0 with no errors (missing reports alone exit 0 unless
 * --strict), 1 with errors left, 2 when the workbook cannot be used.
 */
import packageJson from '../../../package.json';
import { message } from '../../domain/messages';
import {
  groupCounts,
  groupName,
  issueGroup,
  ruleTitle,
  unitsInReadingOrder,
  type IssueGroup,
} from '../../domain/validation/groups';
import type { ValidationIssue, ValidationResult } from '../../domain/validation/types';
import { applyLedgerFixes, certainFixIds } from '../../ledger/applyFixes';
import { validateLedger, type LedgerValidation } from '../../ledger/validateLedger';
import type { EntriesLayout } from '../../workbook/inspectEntries';
import { issueMessage } from '../../workbook/issueText';
import { isProblem, onePositional, readArgs } from '../args';
import { command, say, usageError, type Command } from '../command';
import { outReachesInput } from '../files';
import type { CliIo } from '../io';
import { ledgerBytes, openLedgerFile } from '../ledgerFile';
import { renderTable, wrapLines } from '../table';

const USAGE = `用法 / Usage:
  workpoints validate BOOK.xlsx [--period 2021年上半年] [--json] [--strict] [--out CHECKED.xlsx [--fix]]
    按填报单位校验进度填报，分三组列出：错误（需改正单元格）、未报送（各单位尚欠的任务和指标）、警告；
    --out 另存带校验状态和校验结果的工作簿（不改动原文件）；
    --fix 在另存的文件中应用确定无误的修正（单位简称、报告期写法、文字形式的数字、指标编号写法）
    退出码：0 没有错误（只有未报送时也是 0，加 --strict 则为 1），1 有错误，2 工作簿无法使用`;

const SPEC = {
  period: { type: 'string', what: 'value.period' },
  out: { type: 'string', what: 'value.fileName' },
  json: { type: 'boolean' },
  fix: { type: 'boolean' },
  strict: { type: 'boolean' },
} as const;

/**
 * The --json shape: units and issues, nothing else; rule ids as the machine-readable name of each finding.
 * `layout` places the cells the sentences name.
 */
export function validationJson(result: ValidationResult, layout: EntriesLayout | null): string {
  return JSON.stringify(
    {
      units: result.byUnit.map((u) => ({
        unit: u.unit,
        errors: u.errors,
        warnings: u.warnings,
        missing: u.missing,
        itemsDue: u.itemsDue,
        itemsReported: u.itemsReported,
        targetsDue: u.targetsDue,
        targetsReported: u.targetsReported,
      })),
      issues: result.issues.map((i) => ({
        row: i.row,
        unit: i.unit,
        column: i.column,
        rule: i.rule,
        severity: i.severity,
        group: issueGroup(i),
        message: say(issueMessage(i, layout)),
      })),
    },
    null,
    2,
  );
}

/** How a unit is named in the terminal. */
function unitLabel(unit: string): string {
  return unit === '' ? '（未填单位）' : unit;
}

/** The per-unit table (units in reading order: names that are not units first, then most errors, then most missing). */
function unitTable(result: ValidationResult): string {
  const rows = unitsInReadingOrder(result.byUnit.map((report) => ({ report })));
  return renderTable(
    [
      { header: '填报单位' },
      { header: say(groupName('error')) },
      { header: say(groupName('missing')) },
      { header: say(groupName('warning')) },
      { header: '应报任务' },
      { header: '已报任务' },
      { header: '应报指标' },
      { header: '已报指标' },
    ],
    rows.map(({ report: u }) =>
      [
        u.known ? unitLabel(u.unit) : `${unitLabel(u.unit)}（非本台账单位）`,
        u.errors,
        u.missing,
        u.warnings,
        u.itemsDue,
        u.itemsReported,
        u.targetsDue,
        u.targetsReported,
      ].map(String),
    ),
  );
}

/** How many findings of a group the terminal lists before pointing to --out / --json for the rest. */
const LISTED_ISSUES = 50;

/** One finding: its short title, then the sentence (which already names the unit, the cell and the fix). */
function issueLine(issue: ValidationIssue, layout: EntriesLayout | null): string {
  const suggestion =
    issue.fix && !issue.fix.certain ? `（建议改为“${String(issue.fix.to)}”，需人工确认）` : '';
  return `[${say(ruleTitle(issue.rule))}] ${say(issueMessage(issue, layout))}${suggestion}`;
}

/** The findings of one group, each on its own (wrapped) line. */
function groupList(
  title: string,
  issues: readonly ValidationIssue[],
  layout: EntriesLayout | null,
): string[] {
  if (issues.length === 0) return [];
  const lines = issues
    .slice(0, LISTED_ISSUES)
    .flatMap((i) => wrapLines(issueLine(i, layout), 100, '  ', '    '));
  const rest = issues.length - LISTED_ISSUES;
  if (rest > 0)
    lines.push(`  另有 ${rest} 条，请用 --out 生成带“校验结果”工作表的工作簿，或用 --json 查看全部。`);
  return [`${title}（${issues.length} 条）：`, ...lines, ''];
}

/**
 * 未报送, by unit: the items and targets each unit still owes in the period, every one named (this is the list
 * a 催报 message is made from), wrapped rather than cut.
 */
function missingList(result: ValidationResult): string[] {
  const byUnit = new Map<string, { items: string[]; targets: string[] }>();
  for (const issue of result.issues) {
    if (issueGroup(issue) !== 'missing') continue;
    const owed = byUnit.get(issue.unit) ?? { items: [], targets: [] };
    // The id ends with `:item:<no>` or `:target:<id>` (completeness.ts), whatever the unit's name holds.
    const owes = /:(item|target):([^:]+?)(?:#\d+)?$/.exec(issue.id);
    if (!owes) continue;
    (owes[1] === 'item' ? owed.items : owed.targets).push(owes[2] ?? '');
    byUnit.set(issue.unit, owed);
  }
  if (byUnit.size === 0) return [];
  const total = [...byUnit.values()].reduce((n, o) => n + o.items.length + o.targets.length, 0);
  const lines = [`${say(groupName('missing'))}（${byUnit.size} 个单位，共 ${total} 项）：`];
  for (const [unit, owed] of byUnit) {
    const parts = [
      owed.items.length > 0 ? `工作任务 ${owed.items.join('、')}` : '',
      owed.targets.length > 0 ? `目标指标 ${owed.targets.join('、')}` : '',
    ].filter((p) => p !== '');
    lines.push(...wrapLines(`${unitLabel(unit)}：${parts.join('；')}`, 100, '  ', '    '));
  }
  return [...lines, ''];
}

/**
 * The per-unit table, then errors, missing reports and warnings each on their own, then the counts line;
 * `layout` places the cells the sentences name.
 */
export function validationTable(result: ValidationResult, layout: EntriesLayout | null): string {
  const counts = groupCounts(result.issues);
  const inGroup = (group: IssueGroup) => result.issues.filter((i) => issueGroup(i) === group);
  const period = result.period ? `报告期 ${result.period}` : '未确定报告期（没有填报行）';
  return [
    unitTable(result),
    '',
    ...groupList(`${say(groupName('error'))}（需改正单元格，这些行不计入汇总）`, inGroup('error'), layout),
    ...missingList(result),
    ...groupList(say(groupName('warning')), inGroup('warning'), layout),
    `${period}：校验 ${result.normalized.length} 行；错误 ${counts.error} 条，未报送 ${counts.missing} 项，警告 ${counts.warning} 条。`,
  ].join('\n');
}

/** Applies every certain fix and validates again; says what it did. */
async function fixAll(
  book: Parameters<typeof applyLedgerFixes>[0],
  validation: LedgerValidation,
  io: CliIo,
): Promise<LedgerValidation> {
  const ids = certainFixIds(validation.result);
  if (ids.length === 0) {
    io.err(say(message('cli.noFixes')));
    return validation;
  }
  const outcome = await applyLedgerFixes(book, validation, ids);
  io.err(say(message('cli.fixed', { count: outcome.changes.length })));
  if (outcome.skipped.length > 0) io.err(say(message('cli.fixSkipped', { count: outcome.skipped.length })));
  return outcome.validation;
}

/** The `validate` subcommand. */
export const validateCommand: Command = command(async (args, io) => {
  const parsed = readArgs(args, SPEC);
  if (isProblem(parsed)) return usageError(io, parsed, USAGE);
  const bookPath = onePositional(parsed.positionals, 'value.workbook');
  if (isProblem(bookPath)) return usageError(io, bookPath, USAGE);
  const { period, out, json, fix, strict } = parsed.values;
  if (fix && out === undefined) return usageError(io, message('cli.fixNeedsOut'), USAGE);
  // By device and inode after links: no spelling of the input, no link to it, can be the output.
  const same = await outReachesInput(out, bookPath, io.fileIdentity);
  if (same) return usageError(io, same, USAGE);
  const book = await openLedgerFile(bookPath, io);
  const writing = out !== undefined;
  let validation = await validateLedger(book, {
    ...(period === undefined ? {} : { period }),
    merge: writing,
    write: writing,
  });
  for (const notice of validation.notices) io.err(say(message('cli.notice', { text: notice })));
  if (fix) validation = await fixAll(book, validation, io);
  const { layout } = validation.ledger;
  io.out(json ? validationJson(validation.result, layout) : validationTable(validation.result, layout));
  if (out !== undefined) {
    await io.replaceFile(out, await ledgerBytes(book, packageJson.version));
    io.err(say(message('cli.written', { file: out })));
  }
  const counts = groupCounts(validation.result.issues);
  return counts.error > 0 || (strict === true && counts.missing > 0) ? 1 : 0;
});
