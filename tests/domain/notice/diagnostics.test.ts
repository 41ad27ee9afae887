/** Parser diagnostics come from the message catalogue and carry their key and parameters for either language. */
import { enUS, zhCN } from '../../../src/domain/messages/catalogue';
import { translate } from '../../../src/domain/messages';
import { NOTICE_SEVERITY, noticeDiagnostic } from '../../../src/domain/notice/diagnostics';
import { parseNotice } from '../../../src/domain/notice/parseNotice';

describe('parser diagnostics', () => {
  it('have a Chinese and an English catalogue entry for every code', () => {
    for (const code of Object.keys(NOTICE_SEVERITY)) {
      expect([code, `notice.${code}` in zhCN]).toEqual([code, true]);
      expect([code, `notice.${code}` in enUS]).toEqual([code, true]);
    }
  });

  it('keep the Chinese message for schema files and the key and parameters for the pane', () => {
    const d = noticeDiagnostic('numbering-gap', { line: 7, column: 1 }, { from: 10, to: 12, missing: '11' });
    expect(d).toMatchObject({ severity: 'warning', line: 7, code: 'numbering-gap' });
    expect(d.message).toBe('事项编号从10跳到12,缺少第11项,请核对是否漏项或编号有误。');
    expect(d.detail && translate('en-US', d.detail)).toBe(
      'Item numbers jump from 10 to 12: number 11 is missing. Check whether an item was lost or misnumbered.',
    );
  });

  it('report every jump in the numbering at the item after it, and keep the numbers as written', () => {
    const { schema, diagnostics } = parseNotice(
      [
        '2023年工作要点',
        '一、任务',
        '1.甲。(责任单位:省财政厅)',
        '3.乙。(责任单位:省财政厅)',
        '7.丙。(责任单位:省财政厅)',
      ].join('\n'),
    );
    expect(schema.items.map((i) => i.no)).toEqual([1, 3, 7]);
    const gaps = diagnostics.filter((d) => d.code === 'numbering-gap');
    expect(gaps.map((d) => [d.line, d.detail?.params.missing])).toEqual([
      [4, '2'],
      [5, '4—6'],
    ]);
  });

  it('say once of an item that names no unit: that its targets wait for a unit, or that it has none', () => {
    const { diagnostics } = parseNotice(
      ['某市2024年工作要点', '1、新建幼儿园12所。', '2、推进教育改革。'].join('\n'),
    );
    expect(diagnostics.filter((d) => d.line === 2).map((d) => d.code)).toEqual(['no-reporter']);
    expect(diagnostics.filter((d) => d.line === 3).map((d) => d.code)).toEqual(['no-units']);
  });

  it('quote no number for an item the notice numbers nowhere (a duty paragraph without units)', () => {
    const { diagnostics } = parseNotice(
      [
        '某区村庄环境整治职责分工',
        '区住建局负责全区村庄环境整治总协调工作。',
        '区城管局负责村庄生活垃圾的收集和转运。',
        '区环保局要加强工业污染源的环境管理。',
        '各镇要切实履行属地责任抓好本辖区整治。',
      ].join('\n'),
    );
    const note = diagnostics.find((d) => d.code === 'no-units');
    expect(note?.detail?.key).toBe('notice.no-units.unnumbered');
    expect(note?.message).toBe('第4项未找到责任单位,请补充。');
  });

  it('say a note on a unit line several items share once, not once for each item', () => {
    const { diagnostics } = parseNotice(
      [
        '某市2024年工作要点',
        '1、人均收入增长8%。',
        '2、工资收入增长7%。',
        '责任单位:各县区政府、管委,市直相关部门等。',
      ].join('\n'),
    );
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain('units-for-group');
    expect(codes.filter((c) => c === 'open-unit-list')).toHaveLength(1);
    expect(codes.filter((c) => c === 'abbreviated-unit')).toHaveLength(1);
  });

  it('report a paragraph that belongs to no item, with its line, once per paragraph', () => {
    const { diagnostics } = parseNotice(
      [
        '2023年工作要点',
        '一、任务',
        '1.甲。(责任单位:省财政厅)',
        '对新认定的给予奖励。',
        '具体办法另行制定。',
        '',
        '2.乙。(责任单位:省财政厅)',
      ].join('\n'),
    );
    expect(diagnostics.filter((d) => d.code === 'unattached-text').map((d) => d.line)).toEqual([4]);
  });
  it('say that a title over sentences with their own units is not an item, naming the title and the new numbers', () => {
    const { diagnostics } = parseNotice(
      [
        '某市目标任务分工',
        '一、主要目标',
        '1.主要指标的责任部门。',
        '常住人口控制在1500万人左右。(市公安局牵头)能源消耗降低15%。(市发展改革委牵头)',
      ].join('\n'),
    );
    const titled = diagnostics.find((d) => d.detail?.key === 'notice.unnumbered-items.titled');
    expect(titled?.line).toBe(3);
    expect(titled?.message).toBe(
      '第3行的“主要指标的责任部门”只是段落的标题,其下各句各带责任单位,已逐句读为事项(编号为“一、1-1”“一、1-2”…),标题本身不作为事项,请核对。',
    );
  });
});
