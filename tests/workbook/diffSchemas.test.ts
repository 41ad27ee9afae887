/** The differences shown before a schema replaces another: each changed field with its value before and after. */
import { diffSchemas } from '../../src/workbook/diffSchemas';
import { smallSchema } from './fixtures/smallSchema';

describe('the differences between two schemas', () => {
  it('shows a changed target value, a moved unit and a new 完成时限 with their values before and after', () => {
    const before = smallSchema();
    const after = smallSchema();
    after.targets[0]!.value = 320;
    after.items[0]!.lead = ['省税务局', '省财政厅'];
    after.items[0]!.cooperate = [];
    after.items[1]!.deadline = '2021-06-30';
    expect(diffSchemas(before, after).map((c) => c.detail)).toEqual([
      '工作任务 1（落实减税降费政策）：牵头单位 省税务局 → 省税务局、省财政厅；配合单位 省财政厅 → （空）',
      '工作任务 2（培育专精特新企业）：完成时限 （空） → 2021-06-30',
      '目标指标 T2.1（省级专精特新中小企业）：目标值 300 → 320',
    ]);
  });

  it('cuts a long text in a change, still naming the field', () => {
    const before = smallSchema();
    const after = smallSchema();
    after.items[2]!.text = `${before.items[2]!.text}并在全省范围内推广。`.repeat(3);
    const [change] = diffSchemas(before, after);
    expect(change?.detail).toBe(
      '工作任务 3（扩大融资规模）：任务内容 扩大融资规模。具体内容第3项。 → 扩大融资规模。具体内容第3项。并在全省范围内推广…',
    );
  });

  it('lists added and removed units by name', () => {
    const before = smallSchema();
    const after = smallSchema();
    after.units = after.units.filter((u) => u.name !== '省地方金融监管局');
    after.units.push({ name: '省科技厅', aliases: [], kind: 'department' });
    expect(diffSchemas(before, after).map((c) => c.detail)).toEqual([
      '新增单位 省科技厅',
      '删除单位 省地方金融监管局',
    ]);
  });
});
