import { parseNotice } from '../../../src/domain/notice/parseNotice';

/** A table of figures with no 单位 column, one cell per line. */
const table = (indicator: string, value: string) =>
  [
    '某市2024年民生工程目标任务',
    '序号',
    '项目内容',
    '目标值',
    '责任单位',
    '1',
    indicator,
    value,
    '市人社局',
  ].join('\n');

describe('the measure of a figure in a table without a 单位 column', () => {
  it('is the measure the indicator names in its closing bracket', () => {
    const { schema } = parseNotice(table('城镇新增就业(人)', '26000'));
    expect(schema.targets.map((t) => [t.value, t.measure])).toEqual([[26000, '人']]);
  });

  it('is not a note in the indicator’s closing bracket that is no measure', () => {
    const { schema } = parseNotice(table('农村劳动力转移就业(含返乡)', '2000'));
    expect(schema.targets.map((t) => [t.value, t.measure])).toEqual([[2000, '']]);
  });
});
