/** Recognising a returned form in a book: the record, the properties or the cells; the header row by names. */
import { readForm, type FormReading } from '../../../src/workbook/collect/formReading';
import { bookOf, formRow, HEADER, recordSheet, sheet } from './books';

const UNIT = '省科技厅';
const PERIOD = '2021年上半年';
const record = recordSheet({
  fingerprint: 'f'.repeat(64),
  unit: UNIT,
  period: PERIOD,
  generatedAt: '2021-07-01T00:00:00.000Z',
  rows: [{ item: 20, target: 'T20.1' }],
  cooperation: [],
});

function found(reading: ReturnType<typeof readForm>): FormReading {
  if (!reading.found) throw new Error(`not found: ${reading.problem.key}`);
  return reading;
}

describe('reading a returned form', () => {
  it('finds the WP_Return header anywhere: another sheet, lower down, shifted right', () => {
    const rows = [
      [],
      [null, '导出的报表'],
      [],
      [null, null, ...HEADER],
      [null, null, ...formRow(HEADER, { 序号: 20, 指标编号: 'T20.1', 累计完成值: 80, 工作进展: '进展' })],
    ];
    const reading = found(readForm(bookOf([sheet('说明', [['说明']]), sheet('Sheet2', rows), record])));
    expect(reading).toMatchObject({ sheet: 'Sheet2', headerRow: 4 });
    expect(reading.rows).toHaveLength(1);
    expect(reading.rows[0]).toMatchObject({ row: 5, item: 20, target: 'T20.1' });
    expect(reading.rows[0]?.values).toMatchObject({ 累计完成值: 80, 工作进展: '进展' });
  });

  it('maps inserted, removed and reordered columns by name, and names the columns that are not the form’s', () => {
    const header = [
      '指标编号',
      '序号',
      '备注',
      '工作进展',
      '累计完成值',
      '填报人',
      '报告期',
      '填报单位',
      '存在问题',
    ];
    const rows = [
      ['填报表'],
      header,
      formRow(header, { 序号: 20, 指标编号: 'T20.1', 备注: '略', 工作进展: '进展', 累计完成值: '1,600' }),
    ];
    const reading = found(readForm(bookOf([sheet('本单位填报', rows), record])));
    expect(reading.foreign).toEqual(['备注']);
    expect(reading.missingOptional).toEqual(['联系电话', '计量单位']);
    expect(reading.rows[0]?.values).toEqual({
      指标编号: 'T20.1',
      序号: 20,
      工作进展: '进展',
      累计完成值: '1,600',
      填报人: null,
      报告期: null,
      填报单位: null,
      存在问题: null,
    });
  });

  it('matches headers whatever white space a program put in them', () => {
    const header = HEADER.map((h) =>
      h === '累计完成值' ? '累计\n完成值' : h === '工作进展' ? ' 工作 进展 ' : h,
    );
    const reading = found(readForm(bookOf([sheet('本单位填报', [header]), record])));
    expect(reading.missingOptional).toEqual([]);
  });

  it('refuses a form missing a required column, naming it', () => {
    const header = HEADER.filter((h) => h !== '累计完成值');
    const reading = readForm(bookOf([sheet('本单位填报', [header]), record]));
    expect(reading).toMatchObject({
      found: false,
      problem: { key: 'collect.form.missingColumns', params: { columns: ['累计完成值'] } },
      identity: { unit: UNIT },
    });
  });

  it('needs 报告期 and 填报单位 when neither a record nor the properties say whose form it is', () => {
    const header = HEADER.filter((h) => h !== '报告期');
    const reading = readForm(bookOf([sheet('本单位填报', [header])]));
    expect(reading).toMatchObject({ found: false, problem: { params: { columns: ['报告期'] } } });
  });

  it('takes whose form it is from the record, else the properties, else the cells', () => {
    const rows = [
      HEADER,
      formRow(HEADER, { 报告期: '2021年一季度', 填报单位: '省商务厅', 序号: 1, 工作进展: 'x' }),
    ];
    const props = { WP_Unit: '省统计局', WP_Period: '2021年前三季度', WP_Fingerprint: 'abc' };
    expect(found(readForm(bookOf([sheet('本单位填报', rows), record], props))).identity).toMatchObject({
      source: 'record',
      unit: UNIT,
      period: PERIOD,
      fingerprint: 'f'.repeat(64),
    });
    expect(found(readForm(bookOf([sheet('本单位填报', rows)], props))).identity).toMatchObject({
      source: 'properties',
      unit: '省统计局',
      period: '2021年前三季度',
      fingerprint: 'abc',
    });
    expect(found(readForm(bookOf([sheet('本单位填报', rows)]))).identity).toMatchObject({
      source: 'cells',
      unit: '省商务厅',
      period: '2021年一季度',
      fingerprint: null,
    });
  });

  it('lists every unit the cells name when they disagree', () => {
    const rows = [
      HEADER,
      formRow(HEADER, { 报告期: PERIOD, 填报单位: '省商务厅', 序号: 1, 工作进展: 'x' }),
      formRow(HEADER, { 报告期: PERIOD, 填报单位: '省统计局', 序号: 2, 工作进展: 'y' }),
    ];
    expect(found(readForm(bookOf([sheet('本单位填报', rows)]))).identity).toMatchObject({
      unit: null,
      units: ['省商务厅', '省统计局'],
    });
  });

  it('reads the cooperation table below, leaving out its title and blank rows', () => {
    const coop = ['序号', '工作任务', '牵头单位', '配合情况'];
    const rows = [
      HEADER,
      formRow(HEADER, { 序号: 20, 指标编号: 'T20.1', 累计完成值: 80 }),
      [],
      ['配合事项（选填）'],
      [null, null, ...coop],
      [null, null, 4, '宣贯条例', '省工业和信息化厅', '配合宣贯'],
      [null, null, 7, '融资担保', '省财政厅', null],
    ];
    const reading = found(readForm(bookOf([sheet('本单位填报', rows), record])));
    expect(reading.rows.map((r) => [r.table, r.row, r.item])).toEqual([
      ['rows', 2, 20],
      ['cooperation', 6, 4],
      ['cooperation', 7, 7],
    ]);
    expect(reading.rows[1]?.values.配合情况).toBe('配合宣贯');
  });

  it('notes the cells that held formulas', () => {
    const s = sheet('本单位填报', [
      HEADER,
      formRow(HEADER, { 序号: 20, 指标编号: 'T20.1', 累计完成值: 250 }),
    ]);
    s.formulas.push({ row: 2, column: HEADER.indexOf('累计完成值') + 1 });
    expect(found(readForm(bookOf([s, record]))).rows[0]?.formulas).toEqual(['累计完成值']);
  });

  it('calls a ledger a ledger, not a form naming several units (an office sends its own copy back by mistake)', () => {
    const entries = sheet('进度填报', [
      HEADER,
      formRow(HEADER, { 填报单位: '省科技厅', 序号: 20, 指标编号: 'T20.1', 累计完成值: 250 }),
      formRow(HEADER, { 填报单位: '省统计局', 序号: 18 }),
    ]);
    expect(readForm(bookOf([entries, sheet('_wp_meta', [['key', 'value']])]))).toMatchObject({
      found: false,
      problem: { key: 'collect.form.ledger' },
      identity: null,
    });
  });

  it('is no form without the header row, and says so differently when the record claims one', () => {
    expect(
      readForm(
        bookOf([
          sheet('名单', [
            ['单位', '姓名'],
            ['省科技厅', '王五'],
          ]),
        ]),
      ),
    ).toMatchObject({
      found: false,
      problem: { key: 'collect.form.none' },
      identity: null,
    });
    expect(readForm(bookOf([sheet('本单位填报', [['报告期', '填报单位']]), record]))).toMatchObject({
      found: false,
      problem: { key: 'collect.form.noTable' },
      identity: { unit: UNIT },
    });
  });
});
