/** Taking accepted forms into the entries: the key, changes in place with their revisions, new rows, 来源. */
import { builtinSchema } from '../../../src/domain/builtin';
import { ENTRY_COLUMNS, type CellValue, type SheetRow } from '../../../src/domain/entryCells';
import { withRegistryAliases } from '../../../src/domain/units/aliases';
import { readForm } from '../../../src/workbook/collect/formReading';
import { judgeForm, type AcceptedForm } from '../../../src/workbook/collect/judgeForm';
import { planUpsert, sourceLabel, type LedgerEntries } from '../../../src/workbook/collect/upsert';
import { schemaFingerprint } from '../../../src/domain/schemaFile';
import { bookOf, formRow, HEADER, recordSheet, sheet } from './books';

const schema = withRegistryAliases(builtinSchema());
const H1 = '2021年上半年';
const HEADERS = [...ENTRY_COLUMNS];

function form(unit: string, rows: Record<string, CellValue>[]): AcceptedForm {
  const cells = [HEADER, ...rows.map((r) => formRow(HEADER, { 报告期: H1, 填报单位: unit, ...r }))];
  const record = recordSheet({
    fingerprint: schemaFingerprint(schema),
    unit,
    period: H1,
    generatedAt: '2021-07-01T00:00:00.000Z',
    rows: [],
    cooperation: [],
  });
  const j = judgeForm(readForm(bookOf([sheet('本单位填报', cells), record])), {
    schema,
    fingerprint: schemaFingerprint(schema),
    earlierFingerprints: [],
  });
  if (!j.ok) throw new Error(j.reason);
  return j.form;
}

function ledger(rows: CellValue[][], headers: string[] = HEADERS): LedgerEntries {
  return {
    schema,
    headers,
    rows: rows.map((values, i): SheetRow => ({ row: i + 2, values })),
    headerRow: 1,
  };
}

const row = (values: Partial<Record<(typeof ENTRY_COLUMNS)[number], CellValue>>): CellValue[] =>
  ENTRY_COLUMNS.map((c) => values[c] ?? null);

describe('taking forms into the entries', () => {
  it('changes the row the ledger has for the key — also typed loosely — and records the values replaced', () => {
    const entries = ledger([
      row({
        报告期: '2021Q2',
        填报单位: '省科技厅',
        序号: '20',
        指标编号: 't20.1',
        累计完成值: 55,
        工作进展: '初报',
      }),
    ]);
    const f = form('省科技厅', [
      { 序号: 20, 指标编号: 'T20.1', 累计完成值: 80, 工作进展: '初报', 填报人: '王五' },
    ]);
    const plan = planUpsert(
      entries,
      [{ index: 0, fileName: 'a.xlsx', sha256: 'abcdef0123', form: f }],
      44400,
    );
    expect(plan.counts.get(0)).toEqual({ added: 0, changed: 1, unchanged: 0, empty: 0 });
    expect(plan.cells).toEqual([
      { row: 2, header: '累计完成值', value: 80 },
      { row: 2, header: '填报人', value: '王五' },
      { row: 2, header: '来源', value: sourceLabel('a.xlsx', 'abcdef0123') },
    ]);
    expect(plan.revisions.map((r) => [r.column, r.from, r.to, r.fileName, r.imported])).toEqual([
      ['累计完成值', 55, 80, 'a.xlsx', 44400],
      ['填报人', null, '王五', 'a.xlsx', 44400],
    ]);
    // The key cells keep what the office typed; only the unit's values change.
    expect(plan.after[0]?.values.slice(0, 4)).toEqual(['2021Q2', '省科技厅', '20', 't20.1']);
    expect(plan.addSource).toBe(true);
    expect(plan.headers).toEqual([...HEADERS, '来源']);
  });

  it('updates the last of several rows with the key, and leaves the others as they are', () => {
    const entries = ledger([
      row({ 报告期: H1, 填报单位: '省科技厅', 序号: 20, 指标编号: 'T20.1', 累计完成值: 1 }),
      row({ 报告期: H1, 填报单位: '省科技厅', 序号: 20, 指标编号: 'T20.1', 累计完成值: 2 }),
    ]);
    const plan = planUpsert(
      entries,
      [
        {
          index: 0,
          fileName: 'a.xlsx',
          sha256: '0',
          form: form('省科技厅', [{ 序号: 20, 指标编号: 'T20.1', 累计完成值: 3 }]),
        },
      ],
      1,
    );
    expect(plan.cells.filter((c) => c.header === '累计完成值')).toEqual([
      { row: 3, header: '累计完成值', value: 3 },
    ]);
  });

  it('counts a row whose values are all there already as unchanged, blank and empty text alike', () => {
    const entries = ledger([
      row({ 报告期: H1, 填报单位: '省科技厅', 序号: 1, 工作进展: '进展', 存在问题: '' }),
    ]);
    const f = form('省科技厅', [{ 序号: 1, 工作进展: '进展' }]);
    const plan = planUpsert(entries, [{ index: 0, fileName: 'a.xlsx', sha256: '0', form: f }], 1);
    expect(plan.counts.get(0)).toEqual({ added: 0, changed: 0, unchanged: 1, empty: 0 });
    expect(plan.cells).toEqual([]);
  });

  it('sees a figure typed as text as a different value from the number', () => {
    const entries = ledger([
      row({ 报告期: H1, 填报单位: '省科技厅', 序号: 20, 指标编号: 'T20.1', 累计完成值: 1600 }),
    ]);
    const f = form('省科技厅', [{ 序号: 20, 指标编号: 'T20.1', 累计完成值: '1,600' }]);
    const plan = planUpsert(entries, [{ index: 0, fileName: 'a.xlsx', sha256: '0', form: f }], 1);
    expect(plan.revisions.map((r) => [r.from, r.to])).toEqual([[1600, '1,600']]);
  });

  it('adds new keys: first into the blank rows ending the table, then after it; blank form rows are not taken', () => {
    const entries = ledger(
      [row({ 报告期: H1, 填报单位: '省统计局', 序号: 18, 工作进展: 'x' }), row({})],
      [...HEADERS, '来源'],
    );
    const f = form('省科技厅', [{ 序号: 1, 工作进展: '一' }, { 序号: 10 }, { 序号: 16, 工作进展: '二' }]);
    const plan = planUpsert(entries, [{ index: 0, fileName: 'b.xlsx', sha256: '12345678ff', form: f }], 1);
    expect(plan.addSource).toBe(false);
    expect(plan.counts.get(0)).toEqual({ added: 2, changed: 0, unchanged: 0, empty: 1 });
    expect(plan.fills.map((r) => [r.row, r.values[2], r.values[6], r.values[10]])).toEqual([
      [3, 1, '一', 'b.xlsx · 12345678'],
    ]);
    expect(plan.appended.map((v) => [v[2], v[6]])).toEqual([[16, '二']]);
    expect(plan.after.map((r) => r.row)).toEqual([2, 3, 4]);
  });
});
