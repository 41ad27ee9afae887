/**
 * The Excel writer over the format-2 plan: a workbook holding a version-1 ledger (WP_Units and WP_Periods
 * without the office's columns) takes the new columns, and the contacts and deadlines the plan carries land
 * on their units' and periods' rows. (Reading them out of the live workbook first is the caller's part.)
 */
import { builtinSchema } from '../../src/domain/builtin';
import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { createExcelFake } from '../support/excelFake';
import { fakeWorkbook } from './fakeContext';

describe('the office columns through the Excel writer', () => {
  it('replaces a version-1 WP_Units and WP_Periods with the format-2 tables, contacts and deadlines in place', async () => {
    const schema = builtinSchema();
    const fake = createExcelFake();
    fake.seedTable(
      SHEETS.units,
      TABLES.units,
      'A1',
      ['单位', '别名', '类型'],
      schema.units.map((u) => [u.name, '', '部门']),
    );
    fake.seedTable(
      SHEETS.periods,
      TABLES.periods,
      'A1',
      ['报告期', '序时进度', '截止日期'],
      schema.periods.map((p) => [p.label, p.fraction, p.end]),
    );
    const office = {
      units: new Map([['省科技厅', ['王芳', '0791-88881234', 'wf@example.gov.cn']]]),
      periods: new Map([['2021年上半年', [44387]]]),
    };
    const result = await fakeWorkbook(fake).loadPlan(planWorkbook(schema, { office }));
    expect(result.ok).toBe(true);
    const units = fake.tableValues(TABLES.units);
    expect(units.headers).toEqual([...COLUMNS.units]);
    expect(units.rows.find((r) => r[0] === '省科技厅')?.slice(3)).toEqual([
      '王芳',
      '0791-88881234',
      'wf@example.gov.cn',
    ]);
    const periods = fake.tableValues(TABLES.periods);
    expect(periods.headers).toEqual([...COLUMNS.periods]);
    expect(periods.rows.find((r) => r[0] === '2021年上半年')?.[3]).toBe(44387);
  });
});
