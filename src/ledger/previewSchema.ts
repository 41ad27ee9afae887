/**
 * Schema previews: the built-in notice, a pasted or opened notice, a saved schema file — parsed or read, never
 * written, with the differences against the schema the workbook already holds.
 */
import { builtinSchema, BUILTIN_NOTICE_TEXT } from '../domain/builtin';
import { LedgerError } from '../domain/messages';
import { parseNotice } from '../domain/notice/parseNotice';
import type { Diagnostic, Schema } from '../domain/schema';
import { readSchemaFile, schemaFingerprint } from '../domain/schemaFile';
import { withRegistryAliases } from '../domain/units/aliases';
import { diffSchemas } from '../workbook/diffSchemas';
import type { SchemaChange } from '../workbook/plan';

/** Where a schema preview came from. */
export type PreviewSource = 'builtin' | 'notice' | 'schemaFile';

/** A schema read or parsed but not yet written: what the Load screen shows before anything changes. */
export interface SchemaPreview {
  source: PreviewSource;
  schema: Schema;
  /** Parser diagnostics, or the problems of a schema file. */
  diagnostics: Diagnostic[];
  /** Differences against the schema the workbook already holds (empty for a fresh workbook). */
  changes: SchemaChange[];
  /** Whether the workbook already holds a schema (then `changes` are shown first). */
  replacesExisting: boolean;
  /** The notice text that was parsed, for showing source sentences in context. */
  noticeText?: string;
}

/** The schema as it will be written: the registry's aliases added to its units (see loadSchema). */
function asWritten(schema: Schema): Schema {
  return withRegistryAliases(schema);
}

function changesAgainst(
  current: Schema | null,
  next: Schema,
): Pick<SchemaPreview, 'changes' | 'replacesExisting'> {
  if (!current) return { changes: [], replacesExisting: false };
  const same = schemaFingerprint(current) === schemaFingerprint(next);
  return { changes: same ? [] : diffSchemas(current, next), replacesExisting: true };
}

/** The built-in 2021 schema (reviewed by hand), with the notice text for showing source sentences. */
export function previewBuiltin(current: Schema | null): SchemaPreview {
  const schema = asWritten(builtinSchema());
  return {
    source: 'builtin',
    schema,
    diagnostics: schema.diagnostics,
    noticeText: BUILTIN_NOTICE_TEXT,
    ...changesAgainst(current, schema),
  };
}

/** Parses notice text; a text without work items is refused with what to do. */
export function previewNotice(text: string, current: Schema | null): SchemaPreview {
  const parsed = parseNotice(text);
  const { diagnostics } = parsed;
  const schema = asWritten(parsed.schema);
  if (schema.items.length === 0) {
    const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
    throw new LedgerError('preview.noItems', { detail: first ? first.message : '—' });
  }
  return { source: 'notice', schema, diagnostics, noticeText: text, ...changesAgainst(current, schema) };
}

/** Reads a saved schema `.json`; every problem is named by its field. */
export function previewSchemaFile(text: string, current: Schema | null): SchemaPreview {
  const read = readSchemaFile(text);
  if (!read.ok) {
    const lines = read.errors.slice(0, 5).map((e) => (e.path ? `${e.path}：${e.message}` : e.message));
    throw new LedgerError('preview.badSchemaFile', {
      problems: lines,
      more: Math.max(0, read.errors.length - 5),
    });
  }
  const schema = asWritten(read.schema);
  return {
    source: 'schemaFile',
    schema,
    diagnostics: schema.diagnostics,
    ...changesAgainst(current, schema),
  };
}
