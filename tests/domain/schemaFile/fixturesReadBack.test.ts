import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseNotice } from '../../../src/domain/notice/parseNotice';
import { readSchemaFile, serializeSchema } from '../../../src/domain/schemaFile';

const dir = path.join(__dirname, '../../fixtures/notices');
const notices = readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.startsWith('error.'));

describe('schemas the parser produces', () => {
  it.each(notices)('reads back the saved schema of %s without errors', (file) => {
    const { schema } = parseNotice(readFileSync(path.join(dir, file), 'utf8'));
    const read = readSchemaFile(serializeSchema(schema));
    expect(read.ok ? [] : read.errors).toEqual([]);
  });

  it('lets the targets of an item that names no unit wait for a reporter, and no others', () => {
    const { schema } = parseNotice(readFileSync(path.join(dir, 'news-announced-list.txt'), 'utf8'));
    expect(schema.targets.length).toBeGreaterThan(0);
    expect(schema.targets.every((t) => t.reporter === '')).toBe(true);
    expect(readSchemaFile(serializeSchema(schema)).ok).toBe(true);
    // Once the item names a unit, its target needs a reporter.
    const named = { ...schema, items: schema.items.map((i) => ({ ...i, responsible: ['某单位'] })) };
    const units = [{ name: '某单位', aliases: [], kind: 'department' as const }];
    const read = readSchemaFile(serializeSchema({ ...named, units: [...named.units, ...units] }));
    expect(read.ok ? [] : read.errors.map((e) => e.path)).toContain('targets[0].reporter');
  });

  it('still rejects an item target without a reporter', () => {
    const { schema } = parseNotice(readFileSync(path.join(dir, 'goal-block.txt'), 'utf8'));
    const owned = schema.targets.findIndex((t) => t.item !== null);
    expect(owned).toBeGreaterThanOrEqual(0);
    schema.targets[owned]!.reporter = '';
    const read = readSchemaFile(serializeSchema(schema));
    expect(read.ok ? [] : read.errors.map((e) => e.path)).toContain(`targets[${owned}].reporter`);
  });
});
