import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { Schema } from '../../../src/domain/schema';
import {
  fingerprintText,
  readSchemaFile,
  schemaFingerprint,
  serializeSchema,
} from '../../../src/domain/schemaFile';
import { arbitrarySchema } from './arbitrarySchema';
import { sampleSchema } from './sampleSchema';

describe('schemaFingerprint', () => {
  it('is the SHA-256 of the canonical text without the diagnostics member', () => {
    fc.assert(
      fc.property(arbitrarySchema, (schema) => {
        const full = JSON.parse(serializeSchema(schema)) as Record<string, unknown>;
        delete full.diagnostics;
        const expectedText = `${JSON.stringify(full, null, 2)}\n`;
        expect(fingerprintText(schema)).toBe(expectedText);
        expect(schemaFingerprint(schema)).toBe(
          createHash('sha256').update(expectedText, 'utf8').digest('hex'),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('ignores the diagnostics', () => {
    fc.assert(
      fc.property(arbitrarySchema, arbitrarySchema, (schema, other) => {
        expect(schemaFingerprint({ ...schema, diagnostics: other.diagnostics })).toBe(
          schemaFingerprint(schema),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('does not change when the file is re-indented or its keys reordered', () => {
    const schema = sampleSchema();
    const reordered = JSON.stringify(
      Object.fromEntries(Object.entries(JSON.parse(serializeSchema(schema)) as object).reverse()),
    );
    const read = readSchemaFile(reordered);
    expect(read.ok && schemaFingerprint(read.schema)).toBe(schemaFingerprint(schema));
  });

  const edits: [string, (s: Schema) => void][] = [
    ['a target value', (s) => void ((s.targets[0] as Schema['targets'][number]).value += 1)],
    ['a target reporter', (s) => void ((s.targets[0] as Schema['targets'][number]).reporter = '省统计局')],
    ['a unit alias', (s) => void (s.units[3] as Schema['units'][number]).aliases.push('统计局')],
    ['an item text', (s) => void ((s.items[1] as Schema['items'][number]).text += '。')],
    [
      'the source line of a target',
      (s) => void ((s.targets[1] as Schema['targets'][number]).source.line += 1),
    ],
    ['a period fraction', (s) => void ((s.periods[0] as Schema['periods'][number]).fraction = 0.2)],
    ['the cadence', (s) => void (s.cadence = 'monthly')],
  ];

  it.each(edits)('changes when %s changes', (_name, edit) => {
    const schema = sampleSchema();
    const before = schemaFingerprint(schema);
    edit(schema);
    expect(schemaFingerprint(schema)).not.toBe(before);
  });

  it('is 64 lowercase hexadecimal characters', () => {
    expect(schemaFingerprint(sampleSchema())).toMatch(/^[0-9a-f]{64}$/);
  });
});
