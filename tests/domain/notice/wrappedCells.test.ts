import { parseNotice } from '../../../src/domain/notice/parseNotice';

/** A table given cell by cell with `|` on a line of its own after each cell; the first task cell wraps over lines. */
const NOTICE = [
  '某区2024年乡村振兴重点任务',
  '序号',
  '|',
  '任务名称',
  '|',
  '责任单位',
  '|',
  '1',
  '|',
  '完成2023年度',
  '示范村建设',
  '|',
  '区农业农村委',
  '|',
  '2',
  '|',
  '推进农民相对集中居住',
  '|',
  '区住建委',
  '|',
].join('\n');

describe('table cells wrapped over lines', () => {
  it('reads a cell wrapped over two lines as one text', () => {
    const { schema } = parseNotice(NOTICE);
    expect(schema.items.map((i) => i.text)).toEqual(['完成2023年度示范村建设', '推进农民相对集中居住']);
  });

  it('quotes the whole wrapped cell, as written, in the item’s source, from its first line', () => {
    const { schema } = parseNotice(NOTICE);
    expect(schema.items[0]?.source).toEqual({ line: 10, column: 1, text: '完成2023年度示范村建设' });
  });

  it('quotes a wrapped cell as the notice writes it (full-width letters stay full-width)', () => {
    const { schema } = parseNotice(NOTICE.replace('2023', '２０２３'));
    expect(schema.items[0]?.source.text).toBe('完成２０２３年度示范村建设');
  });
});
