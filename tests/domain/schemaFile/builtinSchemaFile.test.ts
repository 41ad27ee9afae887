/** The shipped built-in schema must be a valid schema file in canonical form (it is written by hand-reviewed tooling). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinSchema } from '../../../src/domain/builtin';
import { readSchemaFile, serializeSchema } from '../../../src/domain/schemaFile';

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
