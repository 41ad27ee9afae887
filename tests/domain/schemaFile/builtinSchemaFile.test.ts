/** The shipped built-in schema must be a valid schema file in canonical form (it is written by hand-reviewed tooling). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinSchema } from '../../../src/domain/builtin';
import type { Schema } from '../../../src/domain/schema';
import { readSchemaFile, schemaFingerprint, serializeSchema } from '../../../src/domain/schemaFile';

describe('the built-in schema file', () => {
  const text = readFileSync(join(__dirname, '../../../src/domain/builtin/schema2021.json'), 'utf8');

  it('passes every check of readSchemaFile', () => {
    const result = readSchemaFile(text);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.schema).toEqual(builtinSchema());
  });

  it('is stored in canonical form, so that its diff shows only real changes', () => {
    expect(serializeSchema(builtinSchema())).toBe(text);
  });
});

describe('the optional fields added for notices as offices write them (issue 18)', () => {
  it('keep the built-in schema’s fingerprint', () => {
    expect(schemaFingerprint(builtinSchema())).toBe(
      'c3f42b9733f913679da2ee05692b253e26e5247390dc60acd51e81e6069f3a98',
    );
  });

  it('write an item’s deadline between its units and its source, and nothing when it has none', () => {
    const schema = builtinSchema();
    const before = serializeSchema(schema);
    expect(before).not.toContain('"deadline"');
    expect(before).not.toContain('"unconfirmed"');
    (schema.items[0] as Schema['items'][number]).deadline = '2021-06-30';
    const parsed = JSON.parse(serializeSchema(schema)) as { items: Record<string, unknown>[] };
    const keys = Object.keys(parsed.items[0] ?? {});
    expect(keys.slice(keys.indexOf('responsible'))).toEqual(['responsible', 'deadline', 'source']);
    const read = readSchemaFile(serializeSchema(schema));
    expect(read.ok && read.schema.items[0]?.deadline).toBe('2021-06-30');
  });

  it('write unconfirmed only on units that carry it, and never a diagnostic’s detail', () => {
    const schema = builtinSchema();
    (schema.units[0] as Schema['units'][number]).unconfirmed = true;
    (schema.diagnostics[0] as Schema['diagnostics'][number]).detail = { key: 'notice.no-title', params: {} };
    const text = serializeSchema(schema);
    expect(text.match(/"unconfirmed": true/g)).toHaveLength(1);
    expect(text).not.toContain('"detail"');
    const read = readSchemaFile(text);
    expect(read.ok && read.schema.units[0]?.unconfirmed).toBe(true);
  });
});
