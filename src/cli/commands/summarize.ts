/**
 * `workpoints summarize BOOK.xlsx --period 2021年上半年 [--out SUMMARY.xlsx] [--json]`: validates the entries of a
 * ledger workbook, then prints the period's summary (per-target table, or JSON) and optionally writes the
 * workbook with the 汇总 sheet. The input file is never written. Exit 0 ok, 2 unusable input or unknown period.
 */
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import packageJson from '../../../package.json';
import type { Schema } from '../../domain/schema';
import { summarize } from '../../domain/summary/summarize';
import { PeriodReader } from '../../domain/validation/periodReader';
import { validateEntries } from '../../domain/validation';
import type { WorkbookPlan } from '../../workbook/plan';
import { inspectEntries } from '../../workbook/inspectEntries';
import { entriesTable, entryRows, storedSchema } from '../../workbook/reader';
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import { SHEETS } from '../../workbook/format';
import { readFailure, writeAtomically } from '../files';
import type { CliIo } from '../io';
import type { Command } from '../main';
import { summaryJson, summaryText } from './summarizeReport';
import { summaryWorkbookPlan } from './summarizeWorkbook';

/** What the command needs besides CliIo: the xlsx layer and an atomic file replace. */
export interface SummarizeCommandDeps {
  readXlsx(bytes: Uint8Array): Promise<WorkbookSnapshot>;
  /** Writes the plan; the user's own sheets of `keepSheetsFrom` are carried over. */
  writeXlsx(plan: WorkbookPlan, keepSheetsFrom?: Uint8Array): Promise<Uint8Array>;
  /** Moves a finished temp file over the target. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a temp file left by a failed write (no error when absent). */
  remove(path: string): Promise<void>;
  appVersion: string;
}

const defaultDeps: SummarizeCommandDeps = {
  readXlsx: async (bytes) => (await import('../../xlsx/readWorkbookXlsx')).readWorkbookXlsx(bytes),
  writeXlsx: async (plan, keepSheetsFrom) =>
    (await import('../../xlsx/writePlanToXlsx')).writePlanToXlsx(plan, { keepSheetsFrom }),
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
  appVersion: packageJson.version,
};

const USAGE = `用法 / Usage:
  workpoints summarize BOOK.xlsx --period 2021年上半年 [--out SUMMARY.xlsx] [--json]
  先校验填报，再按报告期汇总各指标完成率、序时进度和状态；
  --out 另存为带“汇总”工作表的工作簿（不改动原文件），--json 输出 JSON。`;

interface Options {
  book: string;
  period: string;
  out?: string;
  json: boolean;
}

function parseArgs(args: string[]): Options | string {
  let book: string | undefined;
  let period: string | undefined;
  let out: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--period' || arg === '--out') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--'))
        return `${arg} 后面需要${arg === '--period' ? '报告期' : '文件名'}。`;
      if ((arg === '--period' ? period : out) !== undefined) return `${arg} 只能给一次。`;
      if (arg === '--period') period = value;
      else out = value;
      i++;
    } else if (arg.startsWith('-')) return `未知选项“${arg}”。`;
    else if (book !== undefined) return `只能汇总一个工作簿，却给了“${book}”和“${arg}”。`;
    else book = arg;
  }
  if (book === undefined) return '请给出台账工作簿（.xlsx）。';
  if (period === undefined) return '请用 --period 给出报告期，例如 --period 2021年上半年。';
  // Compared as resolved paths, so `./book.xlsx` or an absolute spelling cannot overwrite the input either.
  if (out !== undefined && resolve(out) === resolve(book))
    return '--out 不能是输入文件本身（输入文件不会被改动）。';
  return { book, period, json, ...(out === undefined ? {} : { out }) };
}

/** Outcome of a step: a value, or the Chinese message of an unusable input (exit 2). */
export type Step<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reads a ledger workbook and its stored schema, refusing what summarize cannot use (shared with bulletin). */
export async function readBook(
  path: string,
  io: CliIo,
  deps: Pick<SummarizeCommandDeps, 'readXlsx'>,
): Promise<Step<{ snapshot: WorkbookSnapshot; schema: Schema; bytes: Uint8Array }>> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    return { ok: false, message: readFailure(path, error) };
  }
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await deps.readXlsx(bytes);
  } catch (error) {
    return {
      ok: false,
      message: `“${path}”不是可读取的 .xlsx 工作簿：${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const stored = storedSchema(snapshot);
  if (stored.status === 'absent')
    return {
      ok: false,
      message: `“${path}”不是工作要点台账：没有找到 _wp_meta 工作表中保存的方案。请先用 workpoints build 生成台账。`,
    };
  if (stored.status === 'unreadable')
    return { ok: false, message: `“${path}”中保存的方案已损坏：${stored.problem}` };
  if (!entriesTable(snapshot))
    return { ok: false, message: `“${path}”中没有“进度填报”表格（WP_Entries），无法汇总。` };
  // The same checks as validate: a renamed or missing column must stop the run, not report every target as 未报送.
  const inspection = inspectEntries(snapshot);
  if (!inspection.usable) return { ok: false, message: `“${path}”无法汇总：${inspection.problem}` };
  return { ok: true, value: { snapshot, schema: stored.schema, bytes } };
}

/** The schema's label for what the user typed (`2021年上半年`, also `2021Q2`, `上半年`, `1-6月`). */
export function resolvePeriod(schema: Schema, written: string): Step<string> {
  const resolved = new PeriodReader(schema).resolve(written.trim());
  if (resolved.kind !== 'unknown') return { ok: true, value: resolved.label };
  return {
    ok: false,
    message: `报告期“${written}”不在本工作要点的报告期中。可选：${schema.periods.map((p) => p.label).join('、')}。`,
  };
}

/** Builds the command with its dependencies (the real ones by default). */
export function createSummarizeCommand(deps: SummarizeCommandDeps = defaultDeps): Command {
  return async (args, io) => {
    const options = parseArgs(args);
    if (typeof options === 'string') {
      io.err(`${options}\n${USAGE}`);
      return 2;
    }
    const book = await readBook(options.book, io, deps);
    if (!book.ok) {
      io.err(book.message);
      return 2;
    }
    const { snapshot, schema, bytes } = book.value;
    const period = resolvePeriod(schema, options.period);
    if (!period.ok) {
      io.err(period.message);
      return 2;
    }
    // Validation decides which rows count (not 错误), exactly as the sheet's formulas read 校验状态.
    const { normalized } = validateEntries(schema, entryRows(snapshot), { period: period.value });
    const summary = summarize(schema, normalized, period.value);
    const notes: string[] = [];
    // A spelling like 2021Q2 or 二季度 is read as a period of the schema; say which, so a guess is never silent.
    if (period.value !== options.period.trim())
      notes.push(`报告期“${options.period}”按“${period.value}”汇总。`);
    if (options.out !== undefined) {
      const plan = summaryWorkbookPlan(schema, snapshot, normalized, period.value, deps.appVersion);
      const failure = await writeAtomically(options.out, await deps.writeXlsx(plan, bytes), io, deps);
      if (failure) {
        io.err(failure);
        return 2;
      }
      notes.push(`已写入 ${options.out}（含“汇总”工作表，报告期 ${period.value}）。`);
      const planned = new Set(plan.sheets.map((sheet) => sheet.name));
      // The user's own sheets are carried over; only the add-in's stale sheets (校验结果) are left out.
      const own = new Set<string>(Object.values(SHEETS));
      const dropped = snapshot.sheets
        .map((sheet) => sheet.name)
        .filter((name) => !planned.has(name) && own.has(name));
      if (dropped.length > 0) notes.push(`注意：以下工作表未写入新文件（可重新生成）：${dropped.join('、')}`);
    }
    io.out(options.json ? JSON.stringify(summaryJson(summary), null, 2) : summaryText(summary));
    // With --json, stdout stays pure JSON; the notes go to stderr.
    for (const note of notes) (options.json ? io.err : io.out)(note);
    return 0;
  };
}

/** The `summarize` subcommand as registered in the CLI. */
export const summarizeCommand: Command = createSummarizeCommand();
