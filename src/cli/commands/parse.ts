/**
 * `workpoints parse NOTICE.txt|NOTICE.docx|NOTICE.pdf|--builtin [--json]`: prints the schema of a notice as tables
 * or as a schema file.
 */
import { basename, dirname, join } from 'node:path';
import type { NoticeDocumentKind } from '../../documents/noticeFileKind';
import { noticeDocumentKind } from '../../documents/noticeFileKind';
import { isLedgerError } from '../../domain/messages';
import type { Diagnostic, Schema } from '../../domain/schema';
import { readSchemaFile, serializeSchema } from '../../domain/schemaFile';
import { decodeText } from '../decodeText';
import type { CliIo } from '../io';
import type { Command } from '../command';
import { diagnosticLines, renderSchemaTables } from '../schemaTable';
import { readFailure } from '../files';

/** What the notice parser returns. */
export interface NoticeParse {
  schema: Schema;
  diagnostics: Diagnostic[];
}

/** What the command needs from the domain, injectable so it can be tested on its own. */
export interface ParseCommandDeps {
  parseNotice(text: string): Promise<NoticeParse>;
  builtinSchema(): Promise<Schema>;
  /** The text of a Word or PDF notice (the real reader when left out). */
  readDocument?(kind: NoticeDocumentKind, bytes: Uint8Array, name: string): Promise<string>;
}

/** pdfjs-dist's character maps, for PDFs whose Chinese fonts carry no encoding of their own. */
function pdfCMaps(): string | undefined {
  try {
    return `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps')}/`;
  } catch {
    return undefined;
  }
}

async function readDocument(kind: NoticeDocumentKind, bytes: Uint8Array, name: string): Promise<string> {
  const { readNoticeDocument } = await import('../../documents');
  const cMapUrl = pdfCMaps();
  return readNoticeDocument(kind, bytes, name, cMapUrl ? { cMapUrl } : {});
}

// Loaded on use, so that `--builtin` does not pay for the parser and tests can run without either.
const defaultDeps: ParseCommandDeps = {
  parseNotice: async (text) => (await import('../../domain/notice/parseNotice')).parseNotice(text),
  builtinSchema: async () => (await import('../../domain/builtin')).builtinSchema(),
  readDocument,
};

const USAGE = `用法 / Usage:
  workpoints parse NOTICE.txt [--json]   解析工作要点通知（UTF-8 或 GBK 编码的文本；也可打开已保存的结构文件 .json）
  workpoints parse NOTICE.docx|.pdf      解析 Word（.docx）或带文字层的 PDF 通知
  workpoints parse --builtin [--json]    内置的 2021 年工作要点
  --json   输出结构文件（workpoints-schema 第 1 版）而非表格`;

interface Options {
  file?: string;
  builtin: boolean;
  json: boolean;
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { builtin: false, json: false };
  for (const arg of args) {
    if (arg === '--json') options.json = true;
    else if (arg === '--builtin') options.builtin = true;
    else if (arg.startsWith('-')) return `未知选项“${arg}”。`;
    else if (options.file !== undefined) return `只能解析一个文件，却给了“${options.file}”和“${arg}”。`;
    else options.file = arg;
  }
  if (options.builtin && options.file !== undefined) return '--builtin 与文件名不能同时使用。';
  if (!options.builtin && options.file === undefined) return '请给出通知文件名，或使用 --builtin。';
  return options;
}

/** A Chinese reason for a failed read, from the Node error code when there is one. */

type Loaded =
  { ok: true; schema: Schema; diagnostics: Diagnostic[] } | { ok: false; code: number; message: string };

async function load(options: Options, io: CliIo, deps: ParseCommandDeps): Promise<Loaded> {
  if (options.builtin) {
    const schema = await deps.builtinSchema();
    return { ok: true, schema, diagnostics: schema.diagnostics };
  }
  const path = options.file as string;
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    return { ok: false, code: 2, message: readFailure(path, error) };
  }
  const kind = noticeDocumentKind(path, bytes);
  if (kind) {
    try {
      const text = await (deps.readDocument ?? readDocument)(kind, bytes, basename(path));
      const parsed = await deps.parseNotice(text);
      return { ok: true, schema: parsed.schema, diagnostics: parsed.diagnostics };
    } catch (error) {
      if (isLedgerError(error)) return { ok: false, code: 2, message: error.message };
      throw error;
    }
  }
  const { text } = decodeText(bytes);
  if (text.trimStart().startsWith('{')) {
    // A saved schema file: read it back instead of parsing it as a notice.
    const read = readSchemaFile(text);
    if (read.ok) return { ok: true, schema: read.schema, diagnostics: read.schema.diagnostics };
    const lines = read.errors.map((e) => e.message).join('\n');
    return { ok: false, code: 1, message: `“${path}”不是有效的工作要点结构文件：\n${lines}` };
  }
  const parsed = await deps.parseNotice(text);
  return { ok: true, schema: parsed.schema, diagnostics: parsed.diagnostics };
}

/** Builds the command with its domain dependencies (the real parser and built-in schema by default). */
export function createParseCommand(deps: ParseCommandDeps = defaultDeps): Command {
  return async (args, io) => {
    const options = parseArgs(args);
    if (typeof options === 'string') {
      io.err(`${options}\n${USAGE}`);
      return 2;
    }
    const loaded = await load(options, io, deps);
    if (!loaded.ok) {
      io.err(loaded.message);
      return loaded.code;
    }
    if (loaded.schema.items.length === 0) {
      const details = diagnosticLines(loaded.diagnostics);
      io.err(`文本中没有找到编号的工作要点。${details ? `\n${details}` : ''}`);
      return 1;
    }
    io.out(options.json ? serializeSchema(loaded.schema) : renderSchemaTables(loaded.schema));
    return 0;
  };
}

/** The `parse` subcommand as registered in the CLI. */
export const parseCommand: Command = createParseCommand();
