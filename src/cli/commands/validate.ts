/**
 * `workpoints validate BOOK.xlsx [--period 报告期] [--json] [--out CHECKED.xlsx [--fix]]`: validates the entries
 * of a ledger by responsible unit. With --out, the checked copy (校验状态, fills, 校验结果) goes to a new file;
 * with --fix too, every certain fix is applied in that copy first. The input file is never written.
 * Exit 0 with no errors, 1 with errors left, 2 when the workbook cannot be used.
 */
import packageJson from '../../../package.json';
import { message } from '../../domain/messages';
import type { ValidationResult } from '../../domain/validation/types';
import { applyLedgerFixes, certainFixIds } from '../../ledger/applyFixes';
import { validateLedger, type LedgerValidation } from '../../ledger/validateLedger';
import { isProblem, onePositional, readArgs } from '../args';
import { command, say, usageError, type Command } from '../command';
import { outReachesInput } from '../files';
import type { CliIo } from '../io';
import { ledgerBytes, openLedgerFile } from '../ledgerFile';
import { renderTable } from '../table';

const USAGE = `用法 / Usage:
  workpoints validate BOOK.xlsx [--period 2021年上半年] [--json] [--out CHECKED.xlsx [--fix]]
    按填报单位校验进度填报；--out 另存带校验状态和校验结果的工作簿（不改动原文件）；
    --fix 在另存的文件中应用确定无误的修正（单位简称、报告期写法、文字形式的数字、指标编号写法）
    退出码：0 无错误，1 有错误，2 工作簿无法使用`;

const SPEC = {
  period: { type: 'string', what: 'value.period' },
  out: { type: 'string', what: 'value.fileName' },
  json: { type: 'boolean' },
  fix: { type: 'boolean' },
} as const;

/** The --json shape: units and issues, nothing else. */
export function validationJson(result: ValidationResult): string {
  return JSON.stringify(
    {
      units: result.byUnit.map((u) => ({
        unit: u.unit,
        errors: u.errors,
        warnings: u.warnings,
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
        message: i.message,
      })),
    },
    null,
    2,
  );
}

/** The per-unit table for the terminal, with a one-line total. */
export function validationTable(result: ValidationResult): string {
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const table = renderTable(
    [
      { header: '填报单位', max: 30 },
      { header: '错误' },
      { header: '警告' },
      { header: '应报任务' },
      { header: '已报任务' },
      { header: '应报指标' },
      { header: '已报指标' },
    ],
    result.byUnit.map((u) =>
      [
        u.unit === '' ? '（未填单位）' : u.unit,
        u.errors,
        u.warnings,
        u.itemsDue,
        u.itemsReported,
        u.targetsDue,
        u.targetsReported,
      ].map(String),
    ),
  );
  const period = result.period ? `报告期 ${result.period}` : '未确定报告期（没有填报行）';
  return `${table}\n\n${issueList(result)}${period}：校验 ${result.normalized.length} 行，错误 ${errors} 条，警告 ${result.issues.length - errors} 条。`;
}

/** How many issues the terminal lists before pointing to --out / --json for the rest. */
const LISTED_ISSUES = 50;

/** The issues themselves, errors first, so a clerk sees what to fix without opening another file. */
function issueList(result: ValidationResult): string {
  if (result.issues.length === 0) return '';
  const ordered = [...result.issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  const lines = ordered
    .slice(0, LISTED_ISSUES)
    .map((i) => `  [${i.severity === 'error' ? '错误' : '警告'}] ${i.message}`);
  const rest = ordered.length - LISTED_ISSUES;
  if (rest > 0)
    lines.push(`  …… 另有 ${rest} 条，请用 --out 生成带“校验结果”工作表的工作簿，或用 --json 查看全部。`);
  return `问题明细：\n${lines.join('\n')}\n\n`;
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
  const { period, out, json, fix } = parsed.values;
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
  io.out(json ? validationJson(validation.result) : validationTable(validation.result));
  if (out !== undefined) {
    await io.replaceFile(out, await ledgerBytes(book, packageJson.version));
    io.err(say(message('cli.written', { file: out })));
  }
  return validation.result.issues.some((i) => i.severity === 'error') ? 1 : 0;
});
