/**
 * Point 1 of "inside real Excel": text written into Text-formatted (`@`) cells reads back exactly, whether Excel
 * keeps a leading apostrophe in such a cell as text or drops it as the prefix character (undocumented; the fake
 * plays both). The 汇总 period cell, the schema tables and every `_wp_meta` chunk are Text-formatted.
 */
import { builtinSchema } from '../../src/domain/builtin';
import { cellInput, needsQuote } from '../../src/excel/literal';
import { SHEETS, TABLES } from '../../src/workbook/format';
import { readMetaGrid } from '../../src/workbook/meta';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { eachSetting } from '../support/behaviours';
import { createExcelFake } from '../support/excelFake';
import { fakeWorkbook } from './fakeContext';
import { handPlan } from './handPlan';
import { fakeLedger, summaryRun } from './summaryFixture';

/** Texts Excel would turn into something else if typed into a General cell. */
const AWKWARD = ["'引号开头", '=SUM(1,2)', '007', '-x', '+1', '@x', '2021-03-31', '50%', 'TRUE', '#N/A'];

describe('deciding which strings need the apostrophe prefix', () => {
  it('prefixes only strings Excel would read as something other than text', () => {
    for (const s of AWKWARD) expect([s, needsQuote(s)]).toEqual([s, true]);
    for (const s of ['2021年上半年', '１２３', '1/2', '3:00']) expect([s, needsQuote(s)]).toEqual([s, true]);
    for (const s of ['省工业和信息化厅', 'abc', '户', 'T', '资金到位偏慢'])
      expect([s, needsQuote(s)]).toEqual([s, false]);
  });

  it('writes text into a Text-formatted cell as it is, and prefixes it in a General cell only when needed', () => {
    expect(cellInput('2021年上半年', '@')).toBe('2021年上半年');
    expect(cellInput('{"a":1}', '@')).toBe('{"a":1}');
    expect(cellInput('2021年上半年', 'General')).toBe("'2021年上半年");
    expect(cellInput('abc', 'General')).toBe('abc');
    expect(cellInput(12, 'General')).toBe(12);
  });
});

describe.each(eachSetting('apostropheInTextCells'))('Text-formatted cells with %s', (_label, behaviour) => {
  it('reads every schema table cell and every _wp_meta chunk back exactly as planned', async () => {
    const schema = builtinSchema();
    AWKWARD.forEach((text, i) => {
      const item = schema.items[i];
      if (item) item.text = text;
    });
    const plan = planWorkbook(schema);
    const fake = createExcelFake({ behaviour });
    const wb = fakeWorkbook(fake);
    const loaded = await wb.loadPlan(plan);
    expect(loaded.ok).toBe(true);
    for (const sheet of plan.sheets)
      for (const table of sheet.tables) {
        const read = fake.tableValues(table.name);
        table.rows.forEach((row, i) =>
          row.forEach((value, j) => {
            if (table.columns[j]?.formula) return;
            expect([table.name, i, j, read.rows[i]?.[j]]).toEqual([table.name, i, j, value ?? '']);
          }),
        );
      }
    const { meta } = await wb.read('load');
    const content = meta ? readMetaGrid(meta) : null;
    expect(content !== null && 'schemaJson' in content).toBe(true);
    if (content !== null && 'schemaJson' in content)
      expect(JSON.parse(content.schemaJson)).toMatchObject({ title: schema.title });
    expect(fake.tableValues(TABLES.items).rows[0]?.[2]).toBe("'引号开头");
  });

  it('keeps an apostrophe-led text exact in rows appended to a Text-formatted column of an existing table', async () => {
    const fake = createExcelFake({ behaviour });
    const wb = fakeWorkbook(fake);
    const plan = handPlan([]);
    const items = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLES.items);
    if (!items) throw new Error('no items table');
    items.columns = items.columns.map((c) => (c.header === '工作任务' ? { ...c, numberFormat: '@' } : c));
    expect((await wb.loadPlan(plan)).ok).toBe(true);
    items.rows = [
      ...items.rows,
      ...AWKWARD.map((text, i) => [35 + i, '板块1', text, null, null, null, null]),
    ];
    expect((await wb.loadPlan(plan)).ok).toBe(true);
    expect(
      fake
        .tableValues(TABLES.items)
        .rows.slice(34)
        .map((r) => r[2]),
    ).toEqual(AWKWARD);
  });

  it('writes the 汇总 period cell so that it reads back as the period label', async () => {
    const { fake } = await fakeLedger({ behaviour });
    const result = await summaryRun(fakeWorkbook(fake), '2021年上半年');
    expect(result.ok).toBe(true);
    expect(fake.cell(SHEETS.summary, 'B2')).toEqual({ kind: 'text', text: '2021年上半年' });
  });
});
