/** The plan of a return form: what is locked, what is guided, what is recorded, and that user text stays text. */
import type { CellValue } from '../../src/domain/entryCells';
import { planReturns } from '../../src/domain/returns';
import { schemaFingerprint } from '../../src/domain/schemaFile';
import type { CellPlan, SheetPlan } from '../../src/workbook/plan';
import { returnFileName, planReturnForms } from '../../src/workbook/returnForms';
import { readReturnRecord, returnRecord, returnRecordCells } from '../../src/workbook/returnFormMeta';
import { RETURN_SHEETS, RETURN_TABLES } from '../../src/workbook/returnFormFormat';
import { returnsSchema } from '../domain/returns/returnsSchema';

const H1 = '2021年上半年';
const Q3 = '2021年前三季度';
const generatedAt = new Date('2021-09-26T01:30:00Z');

function formOf(unit: string, period = Q3, schema = returnsSchema()) {
  const entries = [
    {
      row: 2,
      period: H1,
      unit: '省工业和信息化厅',
      item: 2,
      target: 'T2.1',
      value: 120,
      progress: '',
      status: 'ok' as const,
    },
    {
      row: 3,
      period: H1,
      unit: '省财政厅',
      item: 1,
      target: 'T1.2',
      value: 3.5,
      progress: '',
      status: 'ok' as const,
    },
  ];
  const form = planReturnForms({ schema, entries, period, generatedAt }).forms.find((f) => f.unit === unit);
  if (!form) throw new Error(`no form for ${unit}`);
  return form.plan;
}

function sheet(plan: ReturnType<typeof formOf>, name: string): SheetPlan {
  const found = plan.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Lays plan cells out as the grid a reader would return (columns A and B). */
function grid(cells: CellPlan[]): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const cell of cells) {
    const m = /^([AB])(\d+)$/.exec(cell.address);
    if (!m) throw new Error(cell.address);
    (rows[Number(m[2]) - 1] ??= [null, null])[m[1] === 'A' ? 0 : 1] = cell.value ?? null;
  }
  return rows;
}

describe('the return form plan', () => {
  it('unlocks exactly 累计完成值 … 联系电话 of the WP_Return rows and 配合情况 of the cooperation rows', () => {
    // 省工业和信息化厅: 2 rows (T0.1, T2.1) from row 5; cooperation on item 3 under them.
    const plan = formOf('省工业和信息化厅');
    expect(plan.protection).toEqual([
      { sheet: RETURN_SHEETS.notice, unlocked: [] },
      { sheet: RETURN_SHEETS.form, unlocked: ['J5:N6', 'F10:F10'] },
    ]);
    const form = sheet(plan, RETURN_SHEETS.form);
    expect(form.tables.map((t) => [t.name, t.topLeft])).toEqual([
      [RETURN_TABLES.rows, 'A4'],
      [RETURN_TABLES.cooperation, 'C9'],
    ]);
  });

  it('guides the figures of 新增/总量 targets only: a number ≥ 0 and a prompt naming the measure', () => {
    const gongxin = sheet(formOf('省工业和信息化厅'), RETURN_SHEETS.form);
    const validated = gongxin.cells.filter((c) => c.dataValidation);
    expect(validated.map((c) => c.address)).toEqual(['J5', 'J6']);
    expect(validated[1]?.dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      min: 0,
    });
    expect(validated[1]?.dataValidation?.prompt?.title).toContain('家');
    // 省财政厅's T1.2 is a rate (比率): no ≥ 0 rule, no warning; its text row for item 4 neither.
    const caizheng = sheet(formOf('省财政厅'), RETURN_SHEETS.form);
    expect(caizheng.cells.filter((c) => c.dataValidation || c.formula)).toEqual([]);
  });

  it('warns beside a figure below 上期累计值 with a formula over its own row only', () => {
    const form = sheet(formOf('省工业和信息化厅'), RETURN_SHEETS.form);
    const formulas = form.cells.filter((c) => c.formula);
    // Only T2.1 (row 6) has a counted 上半年 figure.
    expect(formulas).toEqual([
      { address: 'O6', formula: '=IF(AND(ISNUMBER(J6),J6<I6),"低于上期累计值，请核实","")' },
    ]);
    expect(form.conditionalFormats).toEqual([
      expect.objectContaining({ type: 'expression', column: '累计完成值', formula: '=LEN($O5)>0' }),
    ]);
  });

  it('keeps text that looks like a formula literal, and adds no formula of its own outside 核对提示', () => {
    const schema = returnsSchema();
    schema.items[1]!.text = '=HYPERLINK("http://x","点我")';
    schema.targets.find((t) => t.id === 'T2.1')!.name = '+SUM(A1:A9)';
    const plan = formOf('省工业和信息化厅', Q3, schema);
    const table = sheet(plan, RETURN_SHEETS.form).tables[0];
    expect(table?.rows[1]?.slice(3, 6)).toEqual(['=HYPERLINK("http://x","点我")', 'T2.1', '+SUM(A1:A9)']);
    expect(table?.columns.every((c) => c.formula === undefined)).toBe(true);
    const formulas = plan.sheets.flatMap((s) => s.cells.filter((c) => c.formula).map((c) => c.address));
    expect(formulas.every((a) => a.startsWith('O'))).toBe(true);
  });

  it('prints on A4 landscape with the header row repeated', () => {
    expect(sheet(formOf('省税务局'), RETURN_SHEETS.form).print).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: '$4:$4',
    });
  });

  it('records what the form was generated from, readable back from the _wp_return cells', () => {
    const plan = formOf('省工业和信息化厅');
    expect(plan.record).toMatchObject({
      unit: '省工业和信息化厅',
      period: Q3,
      generatedAt: '2021-09-26T01:30:00.000Z',
      rows: [
        { item: null, target: 'T0.1' },
        { item: 2, target: 'T2.1' },
      ],
      cooperation: [3],
    });
    expect(readReturnRecord(grid(sheet(plan, RETURN_SHEETS.meta).cells))).toEqual(plan.record);
    expect(sheet(plan, RETURN_SHEETS.meta).visibility).toBe('veryHidden');
  });

  it('splits a long record over several cells and reads it back whole', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ item: i, target: `T${i}.1` }));
    const record = returnRecord({
      fingerprint: 'f',
      unit: 'u',
      period: 'p',
      generatedAt: 'g',
      rows,
      cooperation: [],
    });
    const cells = returnRecordCells(record);
    expect(cells.filter((c) => c.value === 'json').length).toBeGreaterThan(1);
    expect(readReturnRecord(grid(cells))).toEqual(record);
  });

  it('says why a damaged record cannot be read, and ignores a sheet that is not one', () => {
    const cells = grid(returnRecordCells(formOf('省税务局').record));
    expect(readReturnRecord(cells.slice(0, 2))).toEqual({ problem: 'incomplete' });
    expect(readReturnRecord([[...(cells[0] ?? [])], ['jsonParts', 1], ['json', '{"format":']])).toEqual({
      problem: 'unparsable',
    });
    expect(readReturnRecord([[...(cells[0] ?? [])], ['jsonParts', 1], ['json', '{"format":"x"}']])).toEqual({
      problem: 'not-a-record',
    });
    expect(readReturnRecord([['something else']])).toBeNull();
  });

  it('names files <报告期>-<单位>.xlsx with the characters file systems refuse replaced', () => {
    expect(returnFileName(H1, '省科技厅')).toBe('2021年上半年-省科技厅.xlsx');
    expect(returnFileName(H1, '办公室/秘书处:"一"')).toBe('2021年上半年-办公室_秘书处__一_.xlsx');
  });

  it("records the fingerprint the ledger's _wp_meta gives, else the schema's own", () => {
    const schema = returnsSchema();
    const given = planReturnForms({ schema, entries: [], period: H1, generatedAt, fingerprint: 'f00d' })
      .forms[0];
    expect(given?.plan.record.fingerprint).toBe('f00d');
    expect(given?.plan.properties).toContainEqual({ name: 'WP_Fingerprint', value: 'f00d' });
    const own = planReturnForms({ schema, entries: [], period: H1, generatedAt }).forms[0];
    expect(own?.plan.record.fingerprint).toBe(schemaFingerprint(schema));
  });

  it('plans from the domain rows, one form per unit that owes something', () => {
    const schema = returnsSchema();
    const forms = planReturnForms({ schema, entries: [], period: H1, generatedAt }).forms;
    expect(forms.map((f) => f.unit)).toEqual(planReturns(schema, [], H1).units.map((u) => u.unit));
  });
});
