/**
 * A Word 任务分工表 keeps what its columns say: a column of another name between the task and the units is task text,
 * and a column after the units that no item line carries is named to the office as not read.
 */
import { docxNoticeText } from '../../src/documents/taskTableText';
import type { DocxBlock, DocxCell } from '../../src/documents/docxBlocks';
import { parseNotice } from '../../src/domain/notice/parseNotice';

const row = (...texts: string[]): DocxCell[] => texts.map((t) => ({ paragraphs: [t], colspan: 1 }));

const blocks: DocxBlock[] = [
  { kind: 'paragraph', text: '某县2024年重点工作任务分解表' },
  {
    kind: 'table',
    rows: [
      row('序号', '工作任务', '实施步骤', '牵头单位', '监督电话', '备注'),
      row('1', '推进老旧小区改造', '6月底前开工改造小区20个', '县住建局', '12345', '续建'),
      row('2', '新建学校', '年底前建成学校3所。', '县教育局', '12346', ''),
    ],
  },
];

describe('Word task tables', () => {
  it('read a column of an unknown name between the task and the units as more of the task, its figures as targets', () => {
    const { schema } = parseNotice(docxNoticeText(blocks));
    expect(schema.items.map((i) => [i.text, i.lead])).toEqual([
      ['推进老旧小区改造。6月底前开工改造小区20个', ['县住建局']],
      ['新建学校。年底前建成学校3所。', ['县教育局']],
    ]);
    expect(schema.targets.map((t) => [t.item, t.value, t.measure])).toEqual([
      [1, 20, '个'],
      [2, 3, '所'],
    ]);
  });

  it('name the columns that the items leave out (监督电话, 备注), as pasted tables do', () => {
    const { diagnostics } = parseNotice(docxNoticeText(blocks));
    const columns = diagnostics.find((d) => d.code === 'table-columns');
    expect(columns?.detail?.key).toBe('notice.table-columns.unread');
    expect(columns?.detail?.params).toMatchObject({ unread: ['监督电话', '备注'] });
  });

  it('add no header line when every column is carried by the item lines', () => {
    const plain: DocxBlock[] = [
      { kind: 'paragraph', text: '某县2024年重点工作任务分解表' },
      {
        kind: 'table',
        rows: [
          row('序号', '工作任务', '牵头单位'),
          row('1', '新建学校3所', '县教育局'),
          row('2', '改造小区', '县住建局'),
        ],
      },
    ];
    expect(docxNoticeText(plain).split('\n')).toEqual([
      '某县2024年重点工作任务分解表',
      '1.新建学校3所(牵头单位:县教育局)',
      '2.改造小区(牵头单位:县住建局)',
    ]);
  });
});
