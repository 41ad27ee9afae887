/**
 * Word notices (src/documents/docx.ts, in-process with mammoth): the built-in notice as paragraphs and as a
 * 任务分工表 parses to the same schema as its text; a small task table keeps its columns' roles and deadlines.
 * The .docx files are made by scripts/makeNoticeDocuments.ts with LibreOffice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readNoticeDocx } from '../../src/documents/docx';
import { builtinSchema, BUILTIN_NOTICE_TEXT } from '../../src/domain/builtin';
import { isLedgerError } from '../../src/domain/messages';
import { parseNotice } from '../../src/domain/notice/parseNotice';
import type { Schema } from '../../src/domain/schema';

const DIR = join(__dirname, '..', 'fixtures', 'documents');
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

/** Items, units by role and targets, without where they stand in the text. */
function workPoints(schema: Schema) {
  return {
    sections: schema.sections,
    items: schema.items.map(({ source: _source, ...item }) => item),
    units: schema.units,
    targets: schema.targets.map(({ source: _source, ...target }) => target),
  };
}

describe('readNoticeDocx', () => {
  it('reads the built-in notice written as paragraphs line for line, so it parses to the golden schema', async () => {
    const text = await readNoticeDocx(bytes('builtin-text.docx'), 'builtin-text.docx');
    expect(text).toBe(BUILTIN_NOTICE_TEXT);
    const { schema } = parseNotice(text);
    expect(workPoints(schema)).toEqual(workPoints(builtinSchema()));
    expect(schema.items.map((i) => i.source)).toEqual(builtinSchema().items.map((i) => i.source));
  });

  it('reads the built-in notice as a 任务分工表 to the same items, units by role and targets', async () => {
    const text = await readNoticeDocx(bytes('builtin-table.docx'), 'builtin-table.docx');
    const { schema } = parseNotice(text);
    expect(schema.title).toBe(builtinSchema().title);
    expect(workPoints(schema)).toEqual(workPoints(builtinSchema()));
  });

  it('gives the units of a task table the roles of their columns (every unit of 牵头单位 leads) and reads 完成时限', async () => {
    const { schema } = parseNotice(await readNoticeDocx(bytes('task-table.docx'), 'task-table.docx'));
    expect(schema.sections.map((s) => s.title)).toEqual(['稳增长', '惠民生']);
    expect(
      schema.items.map(({ no, lead, cooperate, responsible, deadline }) => ({
        no,
        lead,
        cooperate,
        responsible,
        deadline,
      })),
    ).toEqual([
      {
        no: 1,
        lead: ['市工信局'],
        cooperate: ['市统计局', '市发改委'],
        responsible: [],
        deadline: '2023-12-31',
      },
      { no: 2, lead: ['市市场监管局'], cooperate: [], responsible: [], deadline: '2023-06-30' },
      {
        no: 3,
        lead: ['市文广旅局', '市财政局'],
        cooperate: ['各区人民政府'],
        responsible: [],
        deadline: undefined,
      },
    ]);
    expect(schema.targets.map((t) => [t.item, t.value, t.measure])).toEqual([
      [1, 8, '%'],
      [2, 2, '万户'],
      [3, 10, '家'],
      [3, 20, '场次'],
    ]);
  });

  it('gives a 牵头单位 cell merged down over two rows to both rows, and the cells after it keep their columns', async () => {
    const { schema } = parseNotice(await readNoticeDocx(bytes('merged-lead.docx'), 'merged-lead.docx'));
    expect(schema.items.map(({ no, lead, cooperate }) => ({ no, lead, cooperate }))).toEqual([
      { no: 1, lead: ['市工信局'], cooperate: ['市统计局'] },
      { no: 2, lead: ['市工信局'], cooperate: ['市统计局', '市发改委'] },
      { no: 3, lead: ['市市场监管局'], cooperate: [] },
    ]);
  });

  it('reads a table of figures saved by LibreOffice as the same table pasted as text: a target per figure cell', async () => {
    const { schema } = parseNotice(await readNoticeDocx(bytes('figure-table.docx'), 'figure-table.docx'));
    expect(
      schema.items.map(({ no, title, lead, responsible }) => ({ no, title, lead, responsible })),
    ).toEqual([
      { no: 1, title: '经常参加体育锻炼人数比例', lead: ['县文旅广体局'], responsible: ['各乡镇人民政府'] },
      {
        no: 2,
        title: '公共体育场地设施面积',
        lead: ['县文旅广体局'],
        responsible: ['县住建局', '县自然资源局'],
      },
      { no: 3, title: '社会体育指导员', lead: ['县文旅广体局'], responsible: [] },
    ]);
    expect(schema.targets.map((t) => [t.item, t.value, t.measure, t.comparator])).toEqual([
      [1, 40, '%', '>='],
      [1, 42, '%', '>='],
      [2, 15, '万平方米', '='],
      [2, 18, '万平方米', '='],
    ]);
  });

  it('refuses bytes that are not a Word file, naming the file', async () => {
    const error = await readNoticeDocx(new TextEncoder().encode('不是文档'), '通知.docx').catch(
      (e: unknown) => e,
    );
    expect(isLedgerError(error, 'document.docx-unreadable')).toBe(true);
    expect((error as Error).message).toContain('通知.docx');
  });
});
