/**
 * Opens a built workbook in LibreOffice headless (recalculating every formula on load) and compares what
 * it shows with the plan. CI installs LibreOffice; without soffice the test is skipped with a message.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { builtinSchema } from '../../src/domain/builtin';
import { serializeSchema } from '../../src/domain/schemaFile';
import { SHEETS, TABLES } from '../../src/workbook/format';
import type { PlanValue, TablePlan } from '../../src/workbook/plan';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { writePlanToXlsx } from '../../src/xlsx/writePlanToXlsx';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain CommonJS helper shared with .ci/run
const libreoffice = require('../../scripts/libreoffice.cjs') as {
  findSoffice(): string | null;
  convert(input: string, filter: string, outDir: string): string[];
  sheetsAsCsv(input: string): Record<string, string[][]>;
};

const soffice = libreoffice.findSoffice();
// CI installs LibreOffice, so there a missing soffice is a broken setup, not a reason to skip.
if (!soffice && process.env.CI)
  throw new Error('CI 环境缺少 LibreOffice（soffice），无法运行 LibreOffice 检查。');
if (!soffice) {
  // Visible in the test output, so a skipped check is never mistaken for a passed one.
  console.warn(
    '跳过 LibreOffice 检查：未找到 soffice（安装 LibreOffice 或设置 SOFFICE）。Skipping: LibreOffice is not installed.',
  );
}
const describeWithSoffice = soffice ? describe : describe.skip;

/** What a cell shows for a plan value in a column of the given number format. */
function shown(value: PlanValue, format: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'number' && format === '0%') return `${Math.round(value * 100)}%`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

describeWithSoffice('the built workbook in LibreOffice', () => {
  const schema = builtinSchema();
  const plan = planWorkbook(schema, undefined, { appVersion: 'lo-test' });
  const tables = new Map(
    plan.sheets.flatMap((s) =>
      s.tables.map((t): [string, { sheet: string; table: TablePlan }] => [
        t.name,
        { sheet: s.name, table: t },
      ]),
    ),
  );
  const dir = mkdtempSync(join(tmpdir(), 'wp-lo-test-'));
  const book = join(dir, 'book.xlsx');
  let sheets: Record<string, string[][]> = {};
  let content = '';

  beforeAll(async () => {
    writeFileSync(book, await writePlanToXlsx(plan));
    sheets = libreoffice.sheetsAsCsv(book);
    const [ods] = libreoffice.convert(book, 'ods', dir);
    const zip = await JSZip.loadAsync(readFileSync(ods ?? ''));
    content = (await zip.file('content.xml')?.async('string')) ?? '';
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function rowsOf(table: string): string[][] {
    const entry = tables.get(table);
    const rows = sheets[entry?.sheet ?? ''] ?? [];
    return rows.filter((r) => r.some((c) => c !== ''));
  }

  it('shows the 34 items, 14 targets, the units and the periods of the built-in notice', () => {
    expect(rowsOf(TABLES.items)).toHaveLength(1 + 34);
    expect(rowsOf(TABLES.targets)).toHaveLength(1 + 14);
    expect(rowsOf(TABLES.units)).toHaveLength(1 + schema.units.length);
    expect(
      rowsOf(TABLES.periods)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(schema.periods.map((p) => p.label));
  });

  it('shows every header and every literal cell of the schema tables as the plan says', () => {
    for (const name of [TABLES.items, TABLES.duties, TABLES.targets, TABLES.units, TABLES.periods]) {
      const { table } = tables.get(name) ?? { table: undefined };
      if (!table) throw new Error(name);
      const [header, ...body] = rowsOf(name);
      expect(header).toEqual(table.columns.map((c) => c.header));
      const expected = table.rows.map((row) =>
        table.columns.map((c, j) =>
          c.formula || c.numberFormat === 'yyyy-mm-dd' ? null : shown(row[j] ?? null, c.numberFormat),
        ),
      );
      const actual = body.map((row) => row.map((cell, j) => (expected[0]?.[j] === null ? null : cell)));
      expect(actual).toEqual(expected);
    }
    expect(
      rowsOf(TABLES.periods)
        .slice(1)
        .map((r) => r[2]),
    ).toEqual(schema.periods.map((p) => p.end));
  });

  it('computes the 指标数 formula column from the targets table (no Err:507)', () => {
    const counts = rowsOf(TABLES.items)
      .slice(1)
      .map((r) => r[6]);
    const targetsTable = tables.get(TABLES.targets)?.table;
    const itemColumn = targetsTable?.columns.findIndex((c) => c.header === '序号') ?? -1;
    const expected = schema.items.map((i) =>
      String(targetsTable?.rows.filter((r) => r[itemColumn] === i.no).length),
    );
    expect(counts).toEqual(expected);
  });

  it('shows the entries headers and the schema stored in _wp_meta', () => {
    expect(rowsOf(TABLES.entries)[0]).toEqual(tables.get(TABLES.entries)?.table.columns.map((c) => c.header));
    const meta = sheets[SHEETS.meta] ?? [];
    expect(
      meta
        .filter((r) => r[0] === 'schema')
        .map((r) => r[1])
        .join(''),
    ).toBe(serializeSchema(schema));
    expect(sheets[SHEETS.readme]?.flat()).toContain(schema.title);
  });

  it('resolves each dropdown name to the data rows of its table column', () => {
    for (const name of plan.names) {
      const m = /^=(\w+)\[([^\]]+)\]$/.exec(name.formula);
      const entry = tables.get(m?.[1] ?? '');
      const column = entry?.table.columns.findIndex((c) => c.header === m?.[2]) ?? -1;
      const letter = String.fromCharCode(65 + column);
      const last = 1 + (entry?.table.rows.length ?? 0);
      const expression = `[$${entry?.sheet}.$${letter}$2:.$${letter}$${last}]`;
      expect(content).toContain(`table:name="${name.name}" table:base-cell-address="$`);
      expect(content).toContain(`table:expression="${expression}"`);
      expect(content).toContain(`of:cell-content-is-in-list(${name.name})`);
    }
    expect(content).toMatch(/cell-content-is-decimal-number\(\) and cell-content\(\)&gt;=0/);
  });
});
