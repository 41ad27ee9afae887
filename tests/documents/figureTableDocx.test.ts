/** A Word table of figures reads as the same table pasted as text does: each figure a target with its measure. */
import { docxNoticeText } from '../../src/documents/taskTableText';
import type { DocxBlock, DocxCell } from '../../src/documents/docxBlocks';
import { parseNotice } from '../../src/domain/notice/parseNotice';

const cell = (text: string, colspan = 1): DocxCell => ({ paragraphs: text === '' ? [] : [text], colspan });
const row = (...texts: string[]): DocxCell[] => texts.map((t) => cell(t));

const blocks: DocxBlock[] = [
  { kind: 'paragraph', text: '某县全民健身行动主要目标任务' },
  {
    kind: 'table',
    rows: [
      row('序号', '指标名称', '单位', '2023年', '2025年', '2027年', '牵头单位', '责任单位'),
      [cell('一、健身参与', 8)],
      row('1', '经常参加体育锻炼人数比例', '%', '38.5', '≥40', '≥42', '县文旅广体局', '各乡镇人民政府'),
      [
        ...row('2'),
        // A cell whose text wraps into two paragraphs, and a unit cell with one name per paragraph.
        { paragraphs: ['公共体育场地', '设施面积'], colspan: 1 },
        ...row('万平方米', '12.6', '15', '18', '县文旅广体局'),
        { paragraphs: ['县住建局', '县自然资源局'], colspan: 1 },
      ],
      row('3', '社会体育指导员', '名', '320', '持续增加', '持续增加', '县文旅广体局', ''),
    ],
  },
];

describe('Word tables of figures', () => {
  it('give each figure cell a target with the measure of its 单位 cell, and the baseline year none; the paragraphs of a cell are one text, those of a unit cell one name each', () => {
    const { schema } = parseNotice(docxNoticeText(blocks));
    expect(schema.items.map((i) => [i.no, i.title, i.lead, i.responsible])).toEqual([
      [1, '经常参加体育锻炼人数比例', ['县文旅广体局'], ['各乡镇人民政府']],
      [2, '公共体育场地设施面积', ['县文旅广体局'], ['县住建局', '县自然资源局']],
      [3, '社会体育指导员', ['县文旅广体局'], []],
    ]);
    expect(schema.targets.map((t) => [t.item, t.value, t.measure, t.comparator])).toEqual([
      [1, 40, '%', '>='],
      [1, 42, '%', '>='],
      [2, 15, '万平方米', '='],
      [2, 18, '万平方米', '='],
    ]);
  });

  it('keeps a merged row as the heading of the rows below it', () => {
    const { schema } = parseNotice(docxNoticeText(blocks));
    expect(schema.sections.map((s) => s.title)).toEqual(['健身参与']);
  });
});
