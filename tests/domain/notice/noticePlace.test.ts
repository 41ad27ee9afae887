/** The built-in registry renames units to Jiangxi's official names only in notices from Jiangxi or from nowhere named. */
import { parseNotice } from '../../../src/domain/notice/parseNotice';

const body = '1.新增规上工业企业100户。(省工信厅牵头,省发改委配合)\n';

function unitsOf(title: string): string[] {
  const { schema } = parseNotice(`${title}\n${body}`);
  const item = schema.items[0];
  return item ? [...item.lead, ...item.cooperate] : [];
}

describe('unit names by the notice’s place', () => {
  it('renames aliases to the registry’s names in a notice from Jiangxi', () => {
    expect(unitsOf('江西省2024年促进中小企业发展工作要点')).toEqual(['省工业和信息化厅', '省发展改革委']);
  });

  it('keeps the names as written in a notice that names no place (an excerpt may come from anywhere)', () => {
    expect(unitsOf('2024年促进中小企业发展工作要点')).toEqual(['省工信厅', '省发改委']);
  });

  it('keeps the names as written in a notice from another province', () => {
    expect(unitsOf('湖北省2024年促进中小企业发展工作要点')).toEqual(['省工信厅', '省发改委']);
  });

  it('keeps the names as written in a notice whose title opens with another province', () => {
    expect(unitsOf('陕西《政府工作报告》部门分工确定')).toEqual(['省工信厅', '省发改委']);
  });

  it('keeps the names as written in a notice from a city the registry does not know', () => {
    expect(unitsOf('丽水市人民政府2024年重点工作责任分解')).toEqual(['省工信厅', '省发改委']);
  });

  it('renames in a notice from a Jiangxi city whose preamble names another province', () => {
    expect(
      unitsOf('赣州市人民政府2024年重点工作责任分解\n为深度对接广东省和粤港澳大湾区,现将任务分解如下。'),
    ).toEqual(['省工业和信息化厅', '省发展改革委']);
  });

  it('renames in a notice from a Jiangxi city', () => {
    expect(unitsOf('赣州市人民政府2024年重点工作责任分解')).toEqual(['省工业和信息化厅', '省发展改革委']);
  });
});
