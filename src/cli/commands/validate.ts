/**
 * `workpoints validate BOOK.xlsx [--period 报告期] [--json] [--out CHECKED.xlsx]`: validates the entries of a
 * returned workbook by responsible unit. Exit 0 with no errors, 1 with errors, 2 when the workbook is unusable
 * (unreadable file, no schema, a required column missing, an unknown period). The input file is never written.
 */
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import packageJson from '../../../package.json';
import type { ValidationResult } from '../../domain/validation/types';
import { checkWorkbook, type WorkbookCheck } from '../../workbook/checkWorkbook';
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import type { ValidatedXlsx } from '../../xlsx/writeValidatedXlsx';
import { readFailure, writeAtomically } from '../files';
import type { Command } from '../main';
import { renderTable } from '../table';

/** What the command needs besides CliIo. */
export interface ValidateCommandDeps {
  readXlsx(bytes: Uint8Array): Promise<WorkbookSnapshot>;
  /** Writes the annotated workbook; the user's own sheets of `original` are carried over. */
  writeValidated(
    snapshot: WorkbookSnapshot,
    check: Extract<WorkbookCheck, { ok: true }>,
    appVersion: string,
    original: Uint8Array,
  ): Promise<ValidatedXlsx>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  appVersion: string;
}

const defaultDeps: ValidateCommandDeps = {
  readXlsx: async (bytes) => (await import('../../xlsx/readWorkbookXlsx')).readWorkbookXlsx(bytes),
  writeValidated: async (snapshot, check, appVersion, original) =>
    (await import('../../xlsx/writeValidatedXlsx')).writeValidatedXlsx(snapshot, check, appVersion, original),
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
  appVersion: packageJson.version,
};

const USAGE = `用法 / Usage:
  workpoints validate BOOK.xlsx [--period 2021年上半年] [--json] [--out CHECKED.xlsx]
    按填报单位校验进度填报；--out 另存带校验状态和校验结果的工作簿（不改动原文件）
    退出码：0 无错误，1 有错误，2 工作簿无法使用`;

interface Options {
  book: string;
  period?: string;
  json: boolean;
  out?: string;
}

function parseArgs(args: string[]): Options | string {
  let book: string | undefined;
  const options: Omit<Options, 'book'> = { json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') {
      options.json = true;
      continue;
    }
    if (arg === '--period' || arg === '--out') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--'))
        return `${arg} 后面需要${arg === '--out' ? '文件名' : '报告期'}。`;
      const key = arg === '--out' ? 'out' : 'period';
      if (options[key] !== undefined) return `${arg} 只能给一次。`;
      options[key] = value;
      i++;
      continue;
    }
    if (arg.startsWith('--')) return `未知参数“${arg}”。`;
    if (book !== undefined) return `只能校验一个工作簿（多给了“${arg}”）。`;
    book = arg;
  }
  if (book === undefined) return '请给出要校验的工作簿 BOOK.xlsx。';
  return { book, ...options };
}

/** The --json shape of the issue: units and issues, nothing else. */
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
    .map(
      (i) =>
        `  [${i.severity === 'error' ? '错误' : '警告'}] ${i.message}${i.advice ? ` → ${i.advice}` : ''}`,
    );
  const rest = ordered.length - LISTED_ISSUES;
  if (rest > 0)
    lines.push(`  …… 另有 ${rest} 条，请用 --out 生成带“校验结果”工作表的工作簿，或用 --json 查看全部。`);
  return `问题明细：\n${lines.join('\n')}\n\n`;
}

/** Builds the command with its dependencies (the real ones by default). */
export function createValidateCommand(deps: ValidateCommandDeps = defaultDeps): Command {
  return async (args, io) => {
    const options = parseArgs(args);
    if (typeof options === 'string') {
      io.err(`${options}\n${USAGE}`);
      return 2;
    }
    if (options.out !== undefined && resolve(options.out) === resolve(options.book)) {
      io.err(`--out 不能是输入文件本身：校验不改动原工作簿，请另给一个文件名。`);
      return 2;
    }
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(options.book);
    } catch (error) {
      io.err(readFailure(options.book, error));
      return 2;
    }
    let snapshot: WorkbookSnapshot;
    try {
      snapshot = await deps.readXlsx(bytes);
    } catch (error) {
      io.err(
        `“${options.book}”不是可读取的 .xlsx 工作簿：${error instanceof Error ? error.message : String(error)}`,
      );
      return 2;
    }
    const check = checkWorkbook(snapshot, options.period === undefined ? {} : { period: options.period });
    for (const notice of check.ok ? check.inspection.notices : check.notices)
      io.err(`注意：${notice.message}`);
    if (!check.ok) {
      io.err(`无法校验“${options.book}”：${check.problem}`);
      return 2;
    }
    io.out(options.json ? validationJson(check.result) : validationTable(check.result));
    if (options.out !== undefined) {
      const written = await deps.writeValidated(snapshot, check, deps.appVersion, bytes);
      const failure = await writeAtomically(options.out, written.bytes, io, deps);
      if (failure) {
        io.err(failure);
        return 2;
      }
      if (written.droppedSheets.length > 0)
        io.err(`注意：${options.out} 未保留以下工作表（可重新生成）：${written.droppedSheets.join('、')}`);
      io.err(`已写入 ${options.out}（校验状态、出错单元格标色、校验结果工作表）。`);
    }
    return check.result.issues.some((i) => i.severity === 'error') ? 1 : 0;
  };
}

/** The `validate` subcommand as registered in the CLI. */
export const validateCommand: Command = createValidateCommand();
