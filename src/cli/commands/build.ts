/**
 * `workpoints build [--schema NOTICE.txt|SCHEMA.json] (--out BOOK.xlsx | --into BOOK.xlsx)`: writes the ledger
 * workbook for a schema, or loads a schema into an existing ledger keeping every entry (rows typed below the
 * table are brought into it; a ledger whose entries cannot be read is refused and left unchanged).
 * `workpoints build --from-tables --into BOOK.xlsx` reads the schema back from the ledger's own tables
 * (buildFromTables.ts).
 */
import packageJson from '../../../package.json';
import { schemaTargetCount } from '../../domain/confirmedTargets';
import { message } from '../../domain/messages';
import type { Schema } from '../../domain/schema';
import { holdsEntries, loadSchema, type LoadOutcome } from '../../ledger/loadSchema';
import { SHEETS } from '../../workbook/format';
import { XlsxLedger } from '../../xlsx/xlsxLedger';
import { isProblem, readArgs } from '../args';
import { command, say, usageError, type Command } from '../command';
import { buildOutRefusal, outputIsInput } from '../files';
import { buildFromTables } from './buildFromTables';
import { ledgerBytes, openLedgerFile } from '../ledgerFile';
import { readSchemaSource } from '../schemaSource';

const USAGE = `用法 / Usage:
  workpoints build [--schema NOTICE.txt|SCHEMA.json] --out BOOK.xlsx [--force]
      生成台账工作簿（不给 --schema 时用内置 2021 年工作要点）；已有文件需 --force 才替换，已有填报的台账一律不替换
  workpoints build [--schema NOTICE.txt|SCHEMA.json] --into BOOK.xlsx   把工作要点导入已有台账，保留全部填报行
  workpoints build --from-tables --into BOOK.xlsx   从台账的方案表格（工作任务、责任分工、目标指标、单位）重新读取方案，
      列出与原方案的差异后写回同一文件，保留全部填报行；表格有误时指出工作表和单元格，不改动文件`;

const SPEC = {
  schema: { type: 'string', what: 'value.fileName' },
  out: { type: 'string', what: 'value.fileName' },
  into: { type: 'string', what: 'value.fileName' },
  force: { type: 'boolean' },
  'from-tables': { type: 'boolean' },
} as const;

function report(outcome: LoadOutcome, path: string, ownSheets: readonly string[], into: boolean): string[] {
  const schema: Schema = outcome.schema;
  const lines = [
    `已写入 ${path}：${schema.items.length} 项工作任务，${say(schemaTargetCount(schema))}，${schema.units.length} 个单位，${schema.periods.length} 个报告期。`,
  ];
  if (!into) return lines;
  lines.push(`保留填报行 ${outcome.entriesKept} 行。`);
  if (outcome.previousProblem)
    lines.push(say(message('cli.notice', { text: outcome.previousProblem })), '无法列出方案变化。');
  if (outcome.changes.length > 0)
    lines.push(`方案变化 ${outcome.changes.length} 处：`, ...outcome.changes.map((c) => `  ${c.detail}`));
  if (outcome.orphanedEntries > 0)
    lines.push(`注意：${outcome.orphanedEntries} 行填报指向已删除的任务或指标（已保留并标色）。`);
  for (const notice of outcome.notices) lines.push(say(message('cli.notice', { text: notice })));
  if (ownSheets.length > 0) lines.push(`已保留您自己的工作表：${ownSheets.join('、')}`);
  return lines;
}

/** The `build` subcommand. */
export const buildCommand: Command = command(async (args, io) => {
  const parsed = readArgs(args, SPEC);
  if (isProblem(parsed)) return usageError(io, parsed, USAGE);
  if (parsed.positionals.length > 0)
    return usageError(io, message('cli.unknownOption', { option: parsed.positionals[0] ?? '' }), USAGE);
  const { schema: source, out, into, force, 'from-tables': fromTables } = parsed.values;
  if (fromTables) {
    const other = source !== undefined ? '--schema' : out !== undefined ? '--out' : force ? '--force' : null;
    if (other) return usageError(io, message('tables.cliAlone', { option: other }), USAGE);
    if (into === undefined) return usageError(io, message('tables.cliNeedsInto'), USAGE);
    return buildFromTables(into, io);
  }
  if ((out === undefined) === (into === undefined)) return usageError(io, message('cli.outOrInto'), USAGE);
  const outputs = out !== undefined ? [{ flag: '--out', path: out }] : [{ flag: '--into', path: into ?? '' }];
  const same = await outputIsInput(outputs, source === undefined ? [] : [source], io.fileIdentity);
  if (same) return usageError(io, same, USAGE);
  if (out !== undefined) {
    const refusal = await buildOutRefusal(out, {
      force: force === true,
      holdsEntries: async (path) => holdsEntries(await (await openLedgerFile(path, io)).read('load')),
      kindOf: io.pathKind,
    });
    if (refusal) {
      io.err(say(refusal));
      return 2;
    }
  }
  const schema = await readSchemaSource(source, io);
  if (isProblem(schema)) {
    io.err(say(schema));
    return 1;
  }
  const target = into ?? out ?? '';
  const book = into !== undefined ? await openLedgerFile(into, io) : XlsxLedger.empty();
  const before = (await book.read('load')).sheets.map((s) => s.name);
  const ownSheets = before.filter((name) => !(Object.values(SHEETS) as string[]).includes(name));
  const generated = before.filter((name) => name === SHEETS.issues || name === SHEETS.summary);
  const outcome = await loadSchema(book, schema, { appVersion: packageJson.version });
  await io.replaceFile(target, await ledgerBytes(book, packageJson.version));
  io.out(report(outcome, target, ownSheets, into !== undefined).join('\n'));
  if (generated.length > 0)
    io.out(say(message('cli.notice', { text: message('cli.generatedDropped', { sheets: generated }) })));
  return 0;
});
