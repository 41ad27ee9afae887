/**
 * The schema a command is given: the built-in one, a saved schema file (JSON) or a notice to parse (UTF-8 or
 * GBK text). A file that is neither gives a Message naming it and what is wrong.
 */
import { LedgerError, message, type Message } from '../domain/messages';
import type { Schema } from '../domain/schema';
import { readSchemaFile } from '../domain/schemaFile';
import { decodeText } from './decodeText';
import { readFailure } from './files';
import type { CliIo } from './io';
import { diagnosticLines } from './schemaTable';

/** Reads the schema from `path` (the built-in schema when absent). */
export async function readSchemaSource(path: string | undefined, io: CliIo): Promise<Schema | Message> {
  if (path === undefined) return (await import('../domain/builtin')).builtinSchema();
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new LedgerError('cli.cannotRead', { reason: readFailure(path, error) });
  }
  const { text } = decodeText(bytes);
  if (text.trimStart().startsWith('{')) {
    const read = readSchemaFile(text);
    if (read.ok) return read.schema;
    const lines = read.errors.map((e) => (e.path ? `${e.path}：${e.message}` : e.message));
    return message('cli.badSchemaFile', { file: path, problems: lines.join('\n') });
  }
  const { parseNotice } = await import('../domain/notice/parseNotice');
  const parsed = parseNotice(text);
  if (parsed.schema.items.length === 0)
    return message('cli.noItems', { file: path, details: diagnosticLines(parsed.diagnostics) });
  return parsed.schema;
}
