/**
 * `workpoints build [--schema NOTICE.txt|SCHEMA.json] (--out BOOK.xlsx | --into BOOK.xlsx)`: writes the ledger
 * workbook for a schema, or loads a schema into an existing workbook keeping every entry.
 */
import { rename, rm } from 'node:fs/promises';
import packageJson from '../../../package.json';
import type { Schema } from '../../domain/schema';
import { readSchemaFile } from '../../domain/schemaFile';
import type { ExistingWorkbook } from '../../workbook/existing';
import type { WorkbookPlan } from '../../workbook/plan';
import { SHEETS } from '../../workbook/format';
import { planWorkbook } from '../../workbook/planWorkbook';
import { confirmedTargets } from '../../workbook/sheets/targets';
import { existingFromSnapshot, storedSchema } from '../../workbook/reader';
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import { decodeText } from '../decodeText';
import { readFailure, writeAtomically } from '../files';
import type { CliIo } from '../io';
import type { Command } from '../main';
import { diagnosticLines } from '../schemaTable';
import type { ParseCommandDeps } from './parse';

/** What the command needs besides CliIo: the domain, the xlsx layer and an atomic file replace. */
export interface BuildCommandDeps extends ParseCommandDeps {
  /** Writes the plan; sheets of `keepSheetsFrom` that are not the add-in's are carried over. */
  writeXlsx(plan: WorkbookPlan, keepSheetsFrom?: Uint8Array): Promise<Uint8Array>;
  readXlsx(bytes: Uint8Array): Promise<WorkbookSnapshot>;
  /** Moves a finished temp file over the target. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a temp file left by a failed write (no error when absent). */
  remove(path: string): Promise<void>;
  appVersion: string;
}

// Loaded on use: the parser, the built-in schema and exceljs are only paid for when needed.
const defaultDeps: BuildCommandDeps = {
  parseNotice: async (text) => (await import('../../domain/notice/parseNotice')).parseNotice(text),
  builtinSchema: async () => (await import('../../domain/builtin')).builtinSchema(),
  writeXlsx: async (plan, keepSheetsFrom) =>
    (await import('../../xlsx/writePlanToXlsx')).writePlanToXlsx(plan, { keepSheetsFrom }),
  readXlsx: async (bytes) => (await import('../../xlsx/readWorkbookXlsx')).readWorkbookXlsx(bytes),
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
  appVersion: packageJson.version,
};

const USAGE = `用法 / Usage:
  workpoints build [--schema NOTICE.txt|SCHEMA.json] --out BOOK.xlsx    生成台账工作簿（不给 --schema 时用内置 2021 年工作要点）
  workpoints build [--schema NOTICE.txt|SCHEMA.json] --into BOOK.xlsx   把工作要点导入已有台账，保留全部填报行`;

interface Options {
  schema?: string;
  out?: string;
  into?: string;
}

function parseArgs(args: string[]): Options | string {
  const options: Options = {};
  for (let i = 0; i < args.length; i++) {
    const flag = args[i] ?? '';
    const key = flag === '--schema' ? 'schema' : flag === '--out' ? 'out' : flag === '--into' ? 'into' : null;
    if (!key) return `未知参数“${flag}”。`;
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) return `${flag} 后面需要文件名。`;
    if (options[key] !== undefined) return `${flag} 只能给一次。`;
    options[key] = value;
    i++;
  }
  if ((options.out === undefined) === (options.into === undefined)) return '请给出 --out 或 --into 之一。';
  return options;
}

/** A Chinese reason for a failed read, from the Node error code when there is one. */

/** Outcome of a step: a value, or an exit code with its Chinese message. */
type Step<T> = { ok: true; value: T } | { ok: false; code: 1 | 2; message: string };

async function readBytes(io: CliIo, path: string): Promise<Step<Uint8Array>> {
  try {
    return { ok: true, value: await io.readFile(path) };
  } catch (error) {
    return { ok: false, code: 2, message: readFailure(path, error) };
  }
}

/** Loads the schema: the built-in one, a saved schema file (JSON) or a notice to parse. */
export async function loadSchema(
  path: string | undefined,
  io: CliIo,
  deps: ParseCommandDeps,
): Promise<Step<Schema>> {
  if (path === undefined) return { ok: true, value: await deps.builtinSchema() };
  const bytes = await readBytes(io, path);
  if (!bytes.ok) return bytes;
  const { text } = decodeText(bytes.value);
  if (text.trimStart().startsWith('{')) {
    const read = readSchemaFile(text);
    if (read.ok) return { ok: true, value: read.schema };
    const lines = read.errors.map((e) => (e.path ? `${e.path}：${e.message}` : e.message)).join('\n');
    return { ok: false, code: 1, message: `“${path}”不是有效的工作要点结构文件：\n${lines}` };
  }
  const parsed = await deps.parseNotice(text);
  if (parsed.schema.items.length === 0) {
    const details = diagnosticLines(parsed.diagnostics);
    return {
      ok: false,
      code: 1,
      message: `“${path}”中没有找到编号的工作要点。${details ? `\n${details}` : ''}`,
    };
  }
  return { ok: true, value: parsed.schema };
}

async function loadExisting(
  path: string,
  io: CliIo,
  deps: BuildCommandDeps,
): Promise<Step<{ snapshot: WorkbookSnapshot; bytes: Uint8Array }>> {
  const bytes = await readBytes(io, path);
  if (!bytes.ok) return bytes;
  try {
    return { ok: true, value: { snapshot: await deps.readXlsx(bytes.value), bytes: bytes.value } };
  } catch (error) {
    return {
      ok: false,
      code: 2,
      message: `“${path}”不是可读取的 .xlsx 工作簿：${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function report(
  plan: WorkbookPlan,
  schema: Schema,
  path: string,
  snapshot?: WorkbookSnapshot,
  existing?: ExistingWorkbook,
): string {
  const lines = [
    `已写入 ${path}：工作任务 ${schema.items.length} 项，目标指标 ${confirmedTargets(schema).length} 个，单位 ${schema.units.length} 个，报告期 ${schema.periods.length} 个。`,
  ];
  if (snapshot) {
    const kept = existing?.entries?.rows.filter((r) => r.some((v) => v !== null && v !== '')).length ?? 0;
    lines.push(`保留填报行 ${kept} 行。`);
    const stored = storedSchema(snapshot);
    if (stored.status === 'unreadable') lines.push(`注意：${stored.problem} 无法列出方案变化。`);
    if (plan.changes.length > 0)
      lines.push(`方案变化 ${plan.changes.length} 处：`, ...plan.changes.map((c) => `  ${c.detail}`));
    if (plan.orphanedEntryRows.length > 0) {
      const shown = plan.orphanedEntryRows.slice(0, 20).join('、');
      const more = plan.orphanedEntryRows.length > 20 ? ' 等' : '';
      lines.push(
        `注意：${plan.orphanedEntryRows.length} 行填报指向已删除的任务或指标（已保留），行号：${shown}${more}`,
      );
    }
    const planned = new Set(plan.sheets.map((s) => s.name));
    const generated = new Set<string>([SHEETS.issues, SHEETS.summary]);
    const others = snapshot.sheets.map((s) => s.name).filter((n) => !planned.has(n));
    const dropped = others.filter((n) => generated.has(n));
    const ownSheets = others.filter((n) => !generated.has(n));
    if (ownSheets.length > 0) lines.push(`已保留您自己的工作表：${ownSheets.join('、')}`);
    if (dropped.length > 0) lines.push(`注意：${dropped.join('、')} 已移除，请重新运行校验或汇总生成。`);
  }
  return lines.join('\n');
}

/** Builds the command with its dependencies (the real ones by default). */
export function createBuildCommand(deps: BuildCommandDeps = defaultDeps): Command {
  return async (args, io) => {
    const options = parseArgs(args);
    if (typeof options === 'string') {
      io.err(`${options}\n${USAGE}`);
      return 2;
    }
    const schema = await loadSchema(options.schema, io, deps);
    if (!schema.ok) {
      io.err(schema.message);
      return schema.code;
    }
    const target = options.into ?? options.out ?? '';
    let snapshot: WorkbookSnapshot | undefined;
    let existing: ExistingWorkbook | undefined;
    let original: Uint8Array | undefined;
    if (options.into !== undefined) {
      const read = await loadExisting(options.into, io, deps);
      if (!read.ok) {
        io.err(read.message);
        return read.code;
      }
      snapshot = read.value.snapshot;
      original = read.value.bytes;
      existing = existingFromSnapshot(snapshot);
    }
    const plan = planWorkbook(schema.value, existing, { appVersion: deps.appVersion });
    const failure = await writeAtomically(target, await deps.writeXlsx(plan, original), io, deps);
    if (failure) {
      io.err(failure);
      return 2;
    }
    io.out(report(plan, schema.value, target, snapshot, existing));
    return 0;
  };
}

/** The `build` subcommand as registered in the CLI. */
export const buildCommand: Command = createBuildCommand();
