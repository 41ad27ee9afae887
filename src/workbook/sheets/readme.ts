/** 说明: what the workbook is and how to fill it in, for a reader who has never seen the add-in. */
import type { Schema } from '../../domain/schema';
import { SHEETS } from '../format';
import type { CellPlan, SheetPlan } from '../plan';
import { confirmedTargets } from './targets';

/** Facts shown on the 说明 sheet besides the schema itself. */
export interface ReadmeFacts {
  fingerprint: string;
  formatVersion: number;
  appVersion: string;
}

/** Fill-in instructions, one per line. */
export const INSTRUCTIONS = [
  `在“${SHEETS.entries}”表中，每行填写一个报告期、一个填报单位对一项工作任务（或一个指标）的进展。`,
  '报告期、填报单位、序号、指标编号请从单元格的下拉列表中选择，不要手工输入简称或别称。',
  '累计完成值填写本年截至报告期末的累计数，只填数字，不带单位；计量单位与“目标指标”表一致。',
  '没有量化指标的任务，指标编号留空，在“工作进展”中填写文字进展。',
  '“工作任务”“责任分工”“目标指标”“单位”“报告期”各表由插件根据工作要点生成，请勿修改；只有“单位”表的联系人、联系电话、电子邮箱和“报告期”表的报送截止由办公室填写，重新导入工作要点时保留。',
  `可以在“${SHEETS.entries}”表最右侧增加自己的列；重新导入工作要点时，全部填报行和增加的列都会保留。`,
  '“校验状态”由插件校验后填写：通过、警告或错误。',
  '“来源”由插件回收各单位报送表时填写，指向“回收记录”中的文件；被替换的原值记在“修订记录”中，“回收情况”列出各单位是否已报。',
];

/** `14 个`, or `14 个（另有 2 个待确认）`: the one target count, in the sheet's words. */
function targetCountCell(schema: Schema): string {
  const tracked = confirmedTargets(schema).length;
  const candidates = schema.targets.length - tracked;
  return candidates > 0 ? `${tracked} 个（另有 ${candidates} 个待确认）` : `${tracked} 个`;
}

/** The 说明 sheet. */
export function readmeSheet(schema: Schema, facts: ReadmeFacts): SheetPlan {
  const pairs: [string, string | number][] = [
    ['发文单位', schema.issuer],
    ['年度', schema.year],
    ['工作任务', `${schema.items.length} 项`],
    ['目标指标', targetCountCell(schema)],
    ['方案指纹', facts.fingerprint],
    ['格式版本', facts.formatVersion],
    ['插件版本', facts.appVersion],
  ];
  const cells: CellPlan[] = [
    { address: 'A1', value: '工作要点台账', bold: true, fontSize: 16 },
    { address: 'A2', value: schema.title, bold: true, fontSize: 12 },
    ...pairs.flatMap(([key, value], i): CellPlan[] => [
      { address: `A${i + 4}`, value: key, bold: true },
      { address: `B${i + 4}`, value, numberFormat: typeof value === 'string' ? '@' : '0' },
    ]),
  ];
  const start = pairs.length + 5;
  cells.push({ address: `A${start}`, value: '填写说明', bold: true, fontSize: 12 });
  INSTRUCTIONS.forEach((text, i) => {
    cells.push({ address: `A${start + 1 + i}`, value: i + 1 });
    cells.push({ address: `B${start + 1 + i}`, value: text, wrap: true, numberFormat: '@' });
  });
  return {
    name: SHEETS.readme,
    visibility: 'visible',
    cells,
    tables: [],
    freezeRows: 0,
    columnWidths: { A: 12, B: 90 },
    conditionalFormats: [],
  };
}
