/**
 * Schema previews shared by both backends: the built-in notice, a pasted or opened notice, a saved schema
 * file. Nothing here writes; the differences against the workbook's current schema are listed for the user.
 */
import { builtinSchema, BUILTIN_NOTICE_TEXT } from '../../domain/builtin';
import { parseNotice } from '../../domain/notice/parseNotice';
import type { Schema } from '../../domain/schema';
import { readSchemaFile, schemaFingerprint } from '../../domain/schemaFile';
import { diffSchemas } from '../../workbook/diffSchemas';
import { UserFacingError } from './steps';
import type { SchemaPreview } from './types';

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
  const schema = builtinSchema();
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
  const { schema, diagnostics } = parseNotice(text);
  if (schema.items.length === 0) {
    const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
    throw new UserFacingError(
      first ? `没有从文本中识别出工作事项：${first.message}` : '没有从文本中识别出工作事项。',
      '请粘贴完整的工作要点正文（含“一、”“1.”等编号和责任单位），或改用内置工作要点。',
    );
  }
  return { source: 'notice', schema, diagnostics, noticeText: text, ...changesAgainst(current, schema) };
}

/** Reads a saved schema `.json`; every problem is named by its field. */
export function previewSchemaFile(text: string, current: Schema | null): SchemaPreview {
  const read = readSchemaFile(text);
  if (!read.ok) {
    const lines = read.errors.slice(0, 5).map((e) => (e.path ? `${e.path}：${e.message}` : e.message));
    throw new UserFacingError(
      `方案文件无法读取：${lines.join('；')}${read.errors.length > 5 ? `（另有 ${read.errors.length - 5} 处问题）` : ''}`,
      '请选择由本加载项或 workpoints 命令保存的方案 .json 文件；如文件曾被手工修改，请改正上面指出的字段。',
    );
  }
  return {
    source: 'schemaFile',
    schema: read.schema,
    diagnostics: read.schema.diagnostics,
    ...changesAgainst(current, read.schema),
  };
}
