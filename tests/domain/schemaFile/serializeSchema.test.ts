import fc from 'fast-check';
import type { Schema } from '../../../src/domain/schema';
import { readSchemaFile, serializeSchema } from '../../../src/domain/schemaFile';
import { arbitrarySchema } from './arbitrarySchema';
import { sampleSchema } from './sampleSchema';

/** Rebuilds every object with its keys in reverse order, to show that input order does not leak into the text. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}

describe('serializeSchema', () => {
  it('writes the top-level members in the documented order', () => {
    const parsed = JSON.parse(serializeSchema(sampleSchema())) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([
      'format',
      'version',
      'title',
      'issuer',
      'year',
      'cadence',
      'sections',
      'groups',
      'items',
      'units',
      'targets',
      'periods',
      'diagnostics',
    ]);
  });

  it('writes target members in the documented order, optional ones only when present', () => {
    const parsed = JSON.parse(serializeSchema(sampleSchema())) as { targets: Record<string, unknown>[] };
    expect(Object.keys(parsed.targets[0] ?? {})).toEqual([
      'id',
      'item',
      'name',
      'value',
      'measure',
      'comparator',
      'approx',
      'kind',
      'reporter',
      'confidence',
      'source',
    ]);
    expect(Object.keys(parsed.targets[1] ?? {})).toEqual([
      'id',
      'item',
      'block',
      'name',
      'value',
      'stretch',
      'measure',
      'comparator',
      'approx',
      'kind',
      'reporter',
      'confidence',
      'source',
    ]);
  });

  it('indents by two spaces and ends with one newline', () => {
    const text = serializeSchema(sampleSchema());
    expect(text.startsWith('{\n  "format": "workpoints-schema",\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('keeps the item number of a block target as null', () => {
    const parsed = JSON.parse(serializeSchema(sampleSchema())) as { targets: { item: unknown }[] };
    expect(parsed.targets[1]?.item).toBeNull();
  });

  it('drops properties that are not part of the format', () => {
    const schema = sampleSchema();
    Object.assign(schema.items[0] as object, { scratch: 'tmp' });
    Object.assign(schema, { cache: { x: 1 } });
    const text = serializeSchema(schema);
    expect(text).not.toContain('scratch');
    expect(text).not.toContain('cache');
  });

  it('gives the same text whatever the key order of the objects it is given', () => {
    fc.assert(
      fc.property(arbitrarySchema, (schema) => {
        expect(serializeSchema(reverseKeys(schema) as Schema)).toBe(serializeSchema(schema));
      }),
      { numRuns: 100 },
    );
  });

  it('reads back what it writes, and writes it again byte for byte', () => {
    fc.assert(
      fc.property(arbitrarySchema, (schema) => {
        const text = serializeSchema(schema);
        const read = readSchemaFile(text);
        if (!read.ok) throw new Error(JSON.stringify(read.errors));
        expect(read.schema).toEqual(JSON.parse(text));
        expect(serializeSchema(read.schema)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
