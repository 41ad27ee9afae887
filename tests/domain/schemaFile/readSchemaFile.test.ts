import fc from 'fast-check';
import { readSchemaFile, serializeSchema } from '../../../src/domain/schemaFile';
import type { SchemaFileError } from '../../../src/domain/schemaFile';
import { arbitrarySchema } from './arbitrarySchema';
import { sampleSchema } from './sampleSchema';

type Json = Record<string, unknown>;

/** The sample schema as parsed JSON, for breaking one field at a time. */
function sampleJson(): Json {
  return JSON.parse(serializeSchema(sampleSchema())) as Json;
}

function errorsOf(json: unknown): SchemaFileError[] {
  const result = readSchemaFile(JSON.stringify(json));
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
}

/** Follows a path like `targets.0.value` and applies `change` to the object holding the last key. */
function mutate(json: Json, path: string, change: (holder: Json, key: string) => void): Json {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let holder: Json = json;
  for (const key of keys) holder = holder[key] as Json;
  change(holder, last);
  return json;
}
const set = (value: unknown) => (holder: Json, key: string) => {
  holder[key] = value;
};
const remove = (holder: Json, key: string) => {
  delete holder[key];
};

describe('readSchemaFile', () => {
  it('accepts the file serializeSchema writes, with or without a byte-order mark', () => {
    const text = serializeSchema(sampleSchema());
    for (const input of [text, `\ufeff${text}`, JSON.stringify(JSON.parse(text))]) {
      const result = readSchemaFile(input);
      expect(result.ok && serializeSchema(result.schema)).toBe(text);
    }
  });

  const broken: [string, string, (holder: Json, key: string) => void, string, string][] = [
    ['a target value given as text', 'targets.0.value', set('1000'), 'targets[0].value', '应为数字'],
    ['a target id given as a number', 'targets.0.id', set(19.2), 'targets[0].id', '应为文本'],
    ['a target id without the T prefix', 'targets.0.id', set('19.2'), 'targets[0].id', '应形如 T19.2'],
    ['a target id that names another item', 'targets.0.id', set('T1.1'), 'targets[0].id', '应以 T2. 开头'],
    ['a target id used twice', 'targets.1.id', set('T2.1'), 'targets[1].id', '重复'],
    ['a target of an item that does not exist', 'targets.0.item', set(7), 'targets[0].item', '要点 7 不存在'],
    [
      'a reporter that is not a unit',
      'targets.0.reporter',
      set('省不存在厅'),
      'targets[0].reporter',
      '不在 units 中',
    ],
    [
      'a reporter given by alias',
      'targets.0.reporter',
      set('省工信厅'),
      'targets[0].reporter',
      '不在 units 中',
    ],
    ['an unknown comparator', 'targets.0.comparator', set('≥'), 'targets[0].comparator', '应为以下之一'],
    ['an unknown target kind', 'targets.0.kind', set('stock'), 'targets[0].kind', '应为以下之一'],
    ['an approx flag given as text', 'targets.0.approx', set('否'), 'targets[0].approx', 'true 或 false'],
    ['an infinite stretch value', 'targets.1.stretch', set('Infinity'), 'targets[1].stretch', '应为数字'],
    ['a missing target source', 'targets.0.source', remove, 'targets[0].source', '缺少此字段'],
    ['a source column of zero', 'targets.0.source.column', set(0), 'targets[0].source.column', '应不小于 1'],
    [
      'a lead unit that is not in units',
      'items.1.lead.0',
      set('省工信委'),
      'items[1].lead[0]',
      '不在 units 中',
    ],
    ['a fractional item number', 'items.0.no', set(1.5), 'items[0].no', '应为整数'],
    ['an item number used twice', 'items.1.no', set(1), 'items[1].no', '重复'],
    ['an item in a missing section', 'items.0.section', set(9), 'items[0].section', '板块 9 不存在'],
    ['an item in a missing group', 'items.0.group', set(2), 'items[0].group', '分组 2'],
    ['an item without a title', 'items.0.title', remove, 'items[0].title', '缺少此字段'],
    ['an unknown item field', 'items.0.owner', set('x'), 'items[0].owner', '未知字段'],
    [
      'roles that are not a list',
      'items.0.responsible',
      set('全体成员单位'),
      'items[0].responsible',
      '应为数组',
    ],
    ['a unit of an unknown kind', 'units.0.kind', set('ministry'), 'units[0].kind', '应为以下之一'],
    [
      'an unconfirmed flag given as text',
      'units.0.unconfirmed',
      set('是'),
      'units[0].unconfirmed',
      'true 或 false',
    ],
    [
      'an item deadline that is no date',
      'items.0.deadline',
      set('2021-06-31'),
      'items[0].deadline',
      'YYYY-MM-DD',
    ],
    [
      'an item deadline as written',
      'items.0.deadline',
      set('2021年6月底前'),
      'items[0].deadline',
      'YYYY-MM-DD',
    ],
    [
      'a diagnostic that carries its parameters',
      'diagnostics.0.detail',
      set({ key: 'x', params: {} }),
      'diagnostics[0].detail',
      '未知字段',
    ],
    ['a blank unit name', 'units.0.name', set('  '), 'units[0].name', '不能为空'],
    ['a unit listed twice', 'units.3.name', set('省工业和信息化厅'), 'units[3].name', '重复'],
    [
      'an alias that is another unit’s name',
      'units.2.aliases.0',
      set('省统计局'),
      'units[2].aliases[0]',
      '名称相同',
    ],
    [
      'members on a unit that is not collective',
      'units.2.members',
      set(['省统计局']),
      'units[2].members',
      'collective',
    ],
    ['a period fraction of zero', 'periods.0.fraction', set(0), 'periods[0].fraction', '应大于 0 且不大于 1'],
    [
      'a period fraction above one',
      'periods.3.fraction',
      set(1.25),
      'periods[3].fraction',
      '应大于 0 且不大于 1',
    ],
    ['period fractions that go back', 'periods.2.fraction', set(0.4), 'periods[2].fraction', '上一报告期'],
    ['a period end that is no date', 'periods.0.end', set('2021-02-30'), 'periods[0].end', 'YYYY-MM-DD'],
    ['a period label used twice', 'periods.1.label', set('2021年一季度'), 'periods[1].label', '重复'],
    ['an unknown cadence', 'cadence', set('weekly'), 'cadence', '应为以下之一'],
    ['a year out of range', 'year', set(21), 'year', '1900 到 2200'],
    ['a missing title', 'title', remove, 'title', '缺少此字段'],
    ['sections that are not a list', 'sections', set({}), 'sections', '应为数组'],
    [
      'an unknown diagnostic severity',
      'diagnostics.0.severity',
      set('fatal'),
      'diagnostics[0].severity',
      '应为以下之一',
    ],
    ['an unknown top-level field', 'extra', set(1), 'extra', '未知字段'],
  ];

  it.each(broken)('rejects %s, naming the field', (_name, path, change, errorPath, message) => {
    const json = sampleJson();
    // A group for item 1 so that the group reference test has something valid to break.
    (json.groups as unknown[]).push({ no: 1, section: 1, title: '（一）机制' });
    ((json.items as Json[])[0] as Json).group = 1;
    expect(readSchemaFile(JSON.stringify(json)).ok).toBe(true);
    const errors = errorsOf(mutate(json, path, change));
    expect(errors).toContainEqual({ path: errorPath, message: expect.stringContaining(message) });
    expect(errors.find((e) => e.path === errorPath)?.message.startsWith(errorPath)).toBe(true);
  });

  it('rejects another JSON file with one error about its format', () => {
    const errors = errorsOf({ name: 'workpoints-tracker', version: '0.1.0' });
    expect(errors).toEqual([{ path: 'format', message: expect.stringContaining('不是工作要点结构文件') }]);
  });

  it('asks for an upgrade when the file comes from a newer version', () => {
    const errors = errorsOf({ ...sampleJson(), version: 2 });
    expect(errors).toEqual([{ path: 'version', message: expect.stringContaining('请升级') }]);
  });

  it('rejects text that is not JSON, pointing at the line', () => {
    const result = readSchemaFile('{\n  "format": "workpoints-schema",\n  "version": 1,,\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/不是有效的 JSON 文本（第 3 行/);
  });

  it('rejects JSON that is not an object', () => {
    for (const text of ['[]', 'null', '42', '"workpoints-schema"']) {
      const result = readSchemaFile(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]?.message).toContain('应为对象');
    }
  });

  it('lists at most a hundred errors and counts the rest', () => {
    const json = sampleJson();
    const target = (json.targets as Json[])[0] as Json;
    json.targets = Array.from({ length: 300 }, (_, i) => ({ ...target, id: `T2.${i + 1}`, value: 'x' }));
    const errors = errorsOf(json);
    expect(errors).toHaveLength(101);
    expect(errors[100]).toEqual({ path: '', message: '另有 200 处错误未列出' });
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = readSchemaFile(text);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on random JSON, and explains every rejection', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = readSchemaFile(JSON.stringify(value) ?? '');
        expect(result.ok).toBe(false);
        if (!result.ok) for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws when any field of a valid file is replaced by any JSON value', () => {
    fc.assert(
      fc.property(arbitrarySchema, fc.nat(), fc.jsonValue(), (schema, pick, replacement) => {
        const json = JSON.parse(serializeSchema(schema)) as unknown;
        // Collect every (holder, key) pair in the document, then replace one of them.
        const slots: [Json, string][] = [];
        const walk = (node: unknown): void => {
          if (node && typeof node === 'object') {
            for (const [k, v] of Object.entries(node)) {
              slots.push([node as Json, k]);
              walk(v);
            }
          }
        };
        walk(json);
        const [holder, key] = slots[pick % slots.length] as [Json, string];
        holder[key] = replacement;
        const result = readSchemaFile(JSON.stringify(json));
        if (result.ok) expect(readSchemaFile(serializeSchema(result.schema)).ok).toBe(true);
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws when a valid file is cut or has characters dropped', () => {
    const text = serializeSchema(sampleSchema());
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), (start, length) => {
        const result = readSchemaFile(text.slice(0, start) + text.slice(start + length));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });

  it('survives deeply nested and very large input', () => {
    const deep = `${'['.repeat(200000)}${']'.repeat(200000)}`;
    expect(readSchemaFile(deep).ok).toBe(false);
    const json = sampleJson();
    json.title = '工'.repeat(3_000_000);
    const result = readSchemaFile(JSON.stringify(json));
    expect(result.ok).toBe(true);
  });

  it('rejects input that is not a string at all', () => {
    expect(readSchemaFile(undefined as unknown as string).ok).toBe(false);
    expect(readSchemaFile({} as unknown as string).ok).toBe(false);
  });
});
