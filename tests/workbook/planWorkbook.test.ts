import fc from 'fast-check';
import { schemaFingerprint, serializeSchema } from '../../src/domain/schemaFile';
import {
  COLUMNS,
  ENTRY_SOURCE_COLUMN,
  SHEETS,
  TABLES,
  WORKBOOK_FORMAT_VERSION,
} from '../../src/workbook/format';
import type { CellValue } from '../../src/domain/entryCells';
import { readMetaGrid } from '../../src/workbook/meta';
import type { CellPlan, PlanValue, TablePlan, WorkbookPlan } from '../../src/workbook/plan';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { smallSchema } from './fixtures/smallSchema';

function table(plan: WorkbookPlan, name: string): TablePlan {
  const found = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

function column(t: TablePlan, header: string): PlanValue[] {
  const i = t.columns.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`no column ${header}`);
  return t.rows.map((r) => r[i] ?? null);
}

/** Lays plan cells out as the grid a reader would return. */
function grid(cells: CellPlan[]): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const cell of cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(cell.address);
    if (!m) throw new Error(cell.address);
    const row = Number(m[2]) - 1;
    const col = (m[1] ?? 'A').charCodeAt(0) - 65;
    (rows[row] ??= [])[col] = cell.value ?? null;
  }
  return rows;
}

const headers = (t: TablePlan) => t.columns.map((c) => c.header);

describe('planWorkbook for a new workbook', () => {
  const schema = smallSchema();
  const plan = planWorkbook(schema, undefined, { appVersion: '9.9.9' });

  it('lays out the sheets in contract order, with the meta sheet very hidden', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      SHEETS.readme,
      SHEETS.items,
      SHEETS.duties,
      SHEETS.targets,
      SHEETS.units,
      SHEETS.periods,
      SHEETS.entries,
      SHEETS.meta,
    ]);
    expect(plan.sheets.filter((s) => s.visibility !== 'visible').map((s) => [s.name, s.visibility])).toEqual([
      [SHEETS.meta, 'veryHidden'],
    ]);
    expect(plan.formatVersion).toBe(WORKBOOK_FORMAT_VERSION);
  });

  it('gives every table its contract headers in order', () => {
    expect(headers(table(plan, TABLES.items))).toEqual([...COLUMNS.items]);
    expect(headers(table(plan, TABLES.duties))).toEqual([...COLUMNS.duties]);
    expect(headers(table(plan, TABLES.targets))).toEqual([...COLUMNS.targets]);
    expect(headers(table(plan, TABLES.units))).toEqual([...COLUMNS.units]);
    expect(headers(table(plan, TABLES.periods))).toEqual([...COLUMNS.periods]);
    // A new ledger ends its entries with the add-in's 来源 column (format 3).
    expect(headers(table(plan, TABLES.entries))).toEqual([...COLUMNS.entries, ENTRY_SOURCE_COLUMN]);
  });

  it('writes one row per item, target, unit and period, and one duty per unit and role', () => {
    expect(column(table(plan, TABLES.items), '序号')).toEqual(schema.items.map((i) => i.no));
    expect(column(table(plan, TABLES.targets), '指标编号')).toEqual(schema.targets.map((t) => t.id));
    expect(column(table(plan, TABLES.units), '单位')).toEqual(schema.units.map((u) => u.name));
    expect(column(table(plan, TABLES.periods), '报告期')).toEqual(schema.periods.map((p) => p.label));
    const duties = schema.items.reduce(
      (n, i) => n + i.lead.length + i.cooperate.length + i.responsible.length,
      0,
    );
    expect(table(plan, TABLES.duties).rows).toHaveLength(duties);
    expect(table(plan, TABLES.duties).rows).toContainEqual([3, '省工业和信息化厅', '配合']);
    expect(table(plan, TABLES.duties).rows).toContainEqual([4, '全体成员单位', '负责']);
  });

  it('leaves low-confidence target candidates out of the targets table (they stay in _wp_meta)', () => {
    const unsure = smallSchema();
    unsure.targets[1] = { ...unsure.targets[1]!, confidence: 'low' };
    const t = table(planWorkbook(unsure), TABLES.targets);
    expect(column(t, '指标编号')).toEqual(
      unsure.targets.filter((x) => x.confidence === 'high').map((x) => x.id),
    );
  });

  it('writes the period due date as an Excel date serial', () => {
    // 2021-03-31 is serial 44286 in the 1900 date system.
    expect(column(table(plan, TABLES.periods), '截止日期')[0]).toBe(44286);
    expect(table(plan, TABLES.periods).columns[2]?.numberFormat).toBe('yyyy-mm-dd');
  });

  it('formats target ids as text wherever they appear', () => {
    for (const name of [TABLES.targets, TABLES.entries]) {
      expect(table(plan, name).columns.find((c) => c.header === '指标编号')?.numberFormat).toBe('@');
    }
  });

  it('creates the entries table without data rows and marks it preserved', () => {
    expect(table(plan, TABLES.entries).rows).toEqual([]);
    expect(table(plan, TABLES.entries).preserved).toBe(true);
    expect(
      plan.sheets
        .flatMap((s) => s.tables)
        .filter((t) => t.preserved)
        .map((t) => t.name),
    ).toEqual([TABLES.entries]);
    expect(plan.changes).toEqual([]);
    expect(plan.orphanedEntryRows).toEqual([]);
  });

  it('feeds every entry dropdown from a defined name over a column of a schema table', () => {
    const entries = table(plan, TABLES.entries);
    const lists = entries.columns.filter((c) => c.dataValidation?.type === 'list');
    expect(lists.map((c) => c.header)).toEqual(['报告期', '填报单位', '序号', '指标编号']);
    for (const c of lists) {
      const validation = c.dataValidation;
      if (validation?.type !== 'list') throw new Error('unreachable');
      const name = plan.names.find((n) => `=${n.name}` === validation.source);
      expect(name).toBeDefined();
      const m = /^=(\w+)\[([^\]]+)\]$/.exec(name?.formula ?? '');
      expect(m).not.toBeNull();
      expect(headers(table(plan, m?.[1] ?? ''))).toContain(m?.[2]);
      expect(validation.prompt?.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('accepts only non-negative numbers as the cumulative figure', () => {
    const v = table(plan, TABLES.entries).columns.find((c) => c.header === '累计完成值')?.dataValidation;
    expect(v).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', min: 0, strict: true });
  });

  it('uses only table-qualified structured references in formulas', () => {
    const formulas = [
      ...plan.sheets.flatMap((s) => s.tables.flatMap((t) => t.columns.map((c) => c.formula))),
      ...plan.sheets.flatMap((s) => s.cells.map((c) => c.formula)),
      ...plan.names.map((n) => n.formula),
    ].filter((f): f is string => typeof f === 'string');
    expect(formulas.length).toBeGreaterThan(plan.names.length);
    const known = new Map(plan.sheets.flatMap((s) => s.tables).map((t) => [t.name, headers(t)]));
    for (const f of formulas) {
      expect(f.startsWith('=')).toBe(true);
      expect(f).not.toMatch(/\[@/);
      for (const ref of f.matchAll(/(\w+)\[(?:\[#This Row\],)?\[?([^\][]+)\]/g)) {
        expect(known.get(ref[1] ?? '')).toContain(ref[2]);
      }
    }
  });

  it('freezes the header row of every table sheet', () => {
    for (const sheet of plan.sheets.filter((s) => s.tables.length > 0)) expect(sheet.freezeRows).toBe(1);
  });

  it('stores the schema, its fingerprint and the format version in _wp_meta', () => {
    const meta = plan.sheets.find((s) => s.name === SHEETS.meta);
    const read = readMetaGrid(grid(meta?.cells ?? []));
    expect(read).toEqual({
      formatVersion: WORKBOOK_FORMAT_VERSION,
      fingerprint: schemaFingerprint(schema),
      appVersion: '9.9.9',
      schemaJson: serializeSchema(schema),
      earlierFingerprints: [],
    });
  });

  it('splits a schema longer than one cell over several meta cells', () => {
    const big = smallSchema();
    big.items = big.items.map((i) => ({ ...i, text: `${i.text}${'很长的任务内容😀'.repeat(4000)}` }));
    const meta = planWorkbook(big).sheets.find((s) => s.name === SHEETS.meta);
    const cells = meta?.cells ?? [];
    expect(cells.filter((c) => c.value === 'schema').length).toBeGreaterThan(3);
    for (const c of cells) if (typeof c.value === 'string') expect(c.value.length).toBeLessThanOrEqual(32767);
    const read = readMetaGrid(grid(cells));
    expect(read !== null && 'schemaJson' in read ? read.schemaJson : null).toBe(serializeSchema(big));
  });

  it('shows the title, the fingerprint and fill-in instructions on 说明', () => {
    const readme = plan.sheets.find((s) => s.name === SHEETS.readme);
    const values = readme?.cells.map((c) => c.value) ?? [];
    expect(values).toContain(schema.title);
    expect(values).toContain(schema.issuer);
    expect(values).toContain(schemaFingerprint(schema));
    expect(values).toContain('9.9.9');
    expect(values.filter((v) => typeof v === 'string' && v.includes('下拉列表')).length).toBeGreaterThan(0);
  });
});

describe('planWorkbook for a workbook that already has entries', () => {
  const schema = smallSchema();
  const oddRows: CellValue[][] = [
    [
      '2021年一季度',
      '省工业和信息化厅',
      2,
      'T2.1',
      120,
      '家',
      '进展顺利',
      null,
      '张三',
      '通过',
      '备注一',
      44197,
    ],
    ['2021年一季度', '省税务局', '1', null, null, null, '=HYPERLINK("x")', '', null, null, '00123', true],
    [
      '2021年上半年',
      '人民银行南昌中心支行',
      3,
      'T3.9',
      0.7,
      '亿元',
      'x'.repeat(5000),
      null,
      null,
      '错误',
      null,
      false,
    ],
    [null, null, null, null, null, null, null, null, null, null, null, null],
  ];
  const existing = {
    entries: {
      headers: [...COLUMNS.entries, '备注', '填报日期'],
      rows: oddRows,
      numberFormats: [null, null, null, '@', null, null, null, null, null, null, null, 'yyyy-mm-dd'],
    },
    schema,
  };

  it('keeps every row, in order, with the columns the user added at the end', () => {
    const plan = planWorkbook(schema, existing);
    const t = table(plan, TABLES.entries);
    expect(headers(t)).toEqual([...COLUMNS.entries, '备注', '填报日期']);
    expect(t.rows).toEqual(oddRows);
    expect(t.columns[11]?.numberFormat).toBe('yyyy-mm-dd');
  });

  it('lists no change when the schema is the same', () => {
    expect(planWorkbook(schema, existing).changes).toEqual([]);
  });

  it('puts contract columns back in contract order and leaves missing ones blank', () => {
    const plan = planWorkbook(schema, {
      entries: { headers: ['指标编号', '报告期', '自定义'], rows: [['T2.1', '2021年全年', 'x']] },
    });
    const t = table(plan, TABLES.entries);
    expect(headers(t)).toEqual([...COLUMNS.entries, '自定义']);
    expect(t.rows).toEqual([['2021年全年', null, null, 'T2.1', null, null, null, null, null, null, 'x']]);
  });

  it('writes error values as their text, never as live errors or formulas', () => {
    const plan = planWorkbook(schema, {
      entries: { headers: [...COLUMNS.entries], rows: [[{ error: '#N/A' }]] },
    });
    expect(table(plan, TABLES.entries).rows[0]?.[0]).toBe('#N/A');
  });

  it('lists what changes and flags, but keeps, entries pointing at a removed target or item', () => {
    const next = smallSchema();
    next.targets = next.targets.filter((t) => t.id !== 'T2.1');
    next.targets.push({ ...next.targets[0]!, id: 'T4.1', item: 4 });
    next.items = next.items.filter((i) => i.no !== 1);
    next.units[0] = { ...next.units[0]!, aliases: ['省税务'] };
    next.periods = next.periods.slice(0, 3);
    const plan = planWorkbook(next, existing);
    const keys = plan.changes.map((c) => `${c.kind}:${c.entity}:${c.key}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'removed:item:1',
        'removed:target:T2.1',
        'added:target:T4.1',
        'changed:unit:省税务局',
        'removed:period:2021年全年',
      ]),
    );
    expect(keys).toHaveLength(5);
    for (const c of plan.changes) expect(c.detail).toMatch(/[\u4e00-\u9fff]/);
    // Row 2 points at removed T2.1, row 3 at removed item 1 (as text "1"); T3.9 was never in the schema.
    expect(plan.orphanedEntryRows).toEqual([2, 3]);
    expect(table(plan, TABLES.entries).rows).toEqual(oddRows);
  });

  it('keeps 来源 where a collect put it, as text, and adds it to no table that lacks it', () => {
    const withSource = planWorkbook(schema, {
      entries: {
        headers: [...COLUMNS.entries, '备注', ENTRY_SOURCE_COLUMN],
        rows: [[...oddRows[0]!.slice(0, 11), 'a.xlsx · 0123abcd']],
      },
      schema,
    });
    const t = table(withSource, TABLES.entries);
    expect(headers(t)).toEqual([...COLUMNS.entries, '备注', ENTRY_SOURCE_COLUMN]);
    expect(t.columns[11]?.numberFormat).toBe('@');
    expect(t.rows[0]?.[11]).toBe('a.xlsx · 0123abcd');
    // A ledger written before format 3: its table is planned exactly as it is (inside Excel it is kept in place).
    expect(headers(table(planWorkbook(schema, existing), TABLES.entries))).not.toContain(ENTRY_SOURCE_COLUMN);
  });

  it('keeps the fingerprints of earlier schemas in _wp_meta, oldest first, each once', () => {
    const metaOf = (plan: WorkbookPlan) => {
      const read = readMetaGrid(grid(plan.sheets.find((s) => s.name === SHEETS.meta)?.cells ?? []));
      if (!read || 'key' in read) throw new Error('meta unreadable');
      return read;
    };
    const first = schemaFingerprint(schema);
    expect(metaOf(planWorkbook(schema, existing)).earlierFingerprints).toEqual([]);
    const next = smallSchema();
    next.title = `${next.title}（修订）`;
    const second = schemaFingerprint(next);
    const changed = metaOf(planWorkbook(next, existing));
    expect(changed.fingerprint).toBe(second);
    expect(changed.earlierFingerprints).toEqual([first]);
    // Back to the first schema: the second becomes earlier, the first is current again and listed once only.
    const back = metaOf(
      planWorkbook(schema, { ...existing, schema: next, fingerprint: second, earlierFingerprints: [first] }),
    );
    expect(back.fingerprint).toBe(first);
    expect(back.earlierFingerprints).toEqual([second]);
    const third = metaOf(
      planWorkbook(smallSchema(), {
        schema: next,
        fingerprint: second,
        earlierFingerprints: ['aaa', second, 'aaa'],
      }),
    );
    expect(third.earlierFingerprints).toEqual(['aaa', second]);
  });

  it('flags every unknown reference when the workbook had no readable schema', () => {
    const plan = planWorkbook(schema, { entries: existing.entries });
    expect(plan.orphanedEntryRows).toEqual([4]);
  });

  it('keeps any rows of any values unchanged (property)', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('=SUM(A1)', '+1', '-1', '@x', '00123', 'T19.2'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 11, maxLength: 11 }), { maxLength: 30 }), (rows) => {
        const plan = planWorkbook(schema, { entries: { headers: [...COLUMNS.entries, '附注'], rows } });
        expect(table(plan, TABLES.entries).rows).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });
});
