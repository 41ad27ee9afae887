/** The fake's charts are as strict as the rest of it: load before read, ItemNotFound, requirement sets. */
import { createExcelFake, isFakeOfficeError } from '../support/excelFake';

function withData() {
  const fake = createExcelFake();
  fake.seedTable(
    'S',
    'T',
    'A1',
    ['名称', '完成率', '序时进度'],
    [
      ['甲', 0.5, 0.5],
      ['乙', 0.2, 0.5],
    ],
  );
  return fake;
}

describe('charts in the Excel fake', () => {
  it('adds a chart that can be found by name after a sync, with one series per source column', async () => {
    const fake = withData();
    const ctx = fake.newContext();
    const sheet = ctx.workbook.worksheets.getItem('S');
    const chart = sheet.charts.add('BarClustered', sheet.getRange('B1:C3'), 'Columns');
    chart.name = 'C1';
    expect(() => chart.name).toThrow(/not available/);
    const found = sheet.charts.getItem('C1').load('name');
    const series = sheet.charts.getItem('C1').series.load('count');
    await ctx.sync();
    expect(found.name).toBe('C1');
    expect(series.count).toBe(2);
    expect(fake.charts('S')).toHaveLength(1);
  });

  it('fails the sync with ItemNotFound for a chart that is not there, and gives a null object for the OrNullObject form', async () => {
    const fake = withData();
    const ctx = fake.newContext();
    const missing = ctx.workbook.worksheets.getItem('S').charts.getItemOrNullObject('无');
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    ctx.workbook.worksheets.getItem('S').charts.getItem('无').setPosition('E1');
    const error = await ctx.sync().catch((e: unknown) => e);
    expect(isFakeOfficeError(error) && error.code).toBe('ItemNotFound');
  });

  it('resets the data, moves and deletes a chart', async () => {
    const fake = withData();
    const ctx = fake.newContext();
    const sheet = ctx.workbook.worksheets.getItem('S');
    sheet.charts.add('BarClustered', sheet.getRange('B1:C3'), 'Columns').name = 'C1';
    await ctx.sync();
    const chart = sheet.charts.getItem('C1');
    chart.setData(sheet.getRange('B1:B3'), 'Columns');
    chart.setPosition('E2', 'H10');
    await ctx.sync();
    expect(fake.charts('S')[0]).toMatchObject({
      dataResets: 1,
      position: { top: 1, left: 4, bottom: 9, right: 7 },
      source: { rect: { left: 1, right: 1 } },
    });
    chart.delete();
    await ctx.sync();
    expect(fake.charts('S')).toEqual([]);
  });

  it('refuses category names below ExcelApi 1.7 with ApiNotFound', async () => {
    const fake = withData();
    fake.configure({ apiVersion: '1.4' });
    const ctx = fake.newContext();
    const sheet = ctx.workbook.worksheets.getItem('S');
    const chart = sheet.charts.add('BarClustered', sheet.getRange('B1:C3'), 'Columns');
    chart.axes.categoryAxis.setCategoryNames(sheet.getRange('A2:A3'));
    const error = await ctx.sync().catch((e: unknown) => e);
    expect(isFakeOfficeError(error) && error.code).toBe('ApiNotFound');
    expect(fake.stats.unsupportedCalls).toEqual(['ChartAxis.setCategoryNames (ExcelApi 1.7)']);
  });
});
