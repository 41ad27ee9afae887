/** The reference notice parses to its hand-reviewed golden schema, also as pasted from Word. */
import { builtinSchema } from '../../../src/domain/builtin';
import { BUILTIN_NOTICE_TEXT } from '../../../src/domain/builtin/notice2021';
import { parseNotice } from '../../../src/domain/notice/parseNotice';
import { translate } from '../../../src/domain/messages';
import type { Schema } from '../../../src/domain/schema';
import { spanIsAt, toFullWidthPunctuation, toWordPaste } from './noticeVariants';

/** The schema as a schema file holds it: diagnostics without the key and parameters the parser keeps beside them. */
function asStored(schema: Schema): Schema {
  return {
    ...schema,
    diagnostics: schema.diagnostics.map(({ detail: _detail, ...diagnostic }) => diagnostic),
  };
}

/** The schema without source positions (columns move when indentation and widths change). */
function withoutPositions(schema: Schema): unknown {
  return {
    ...schema,
    items: schema.items.map(({ source: _source, ...item }) => item),
    targets: schema.targets.map(({ source: _source, ...target }) => target),
    diagnostics: schema.diagnostics.map(
      ({ column: _column, message: _message, detail: _detail, ...diagnostic }) => diagnostic,
    ),
  };
}

describe('built-in 2021 notice', () => {
  const golden = builtinSchema();

  it('parses to exactly the golden schema', () => {
    const { schema, diagnostics } = parseNotice(BUILTIN_NOTICE_TEXT);
    expect(asStored(schema)).toEqual(golden);
    expect(schema.diagnostics).toEqual(diagnostics);
  });

  it('gives each diagnostic its catalogue key and parameters, which read as its message in Chinese', () => {
    const { diagnostics } = parseNotice(BUILTIN_NOTICE_TEXT);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.detail?.key).toBe(`notice.${d.code}`);
      expect(d.detail && translate('zh-CN', d.detail)).toBe(d.message);
      const english = d.detail ? translate('en-US', d.detail) : '';
      expect(english.replace(/“[^”]*”/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('keeps the reviewed shape: 6 sections, 34 items, 14 high-confidence targets and the two tracked lists of item 22', () => {
    expect(golden.sections).toHaveLength(6);
    expect(golden.items.map((item) => item.no)).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
    const high = golden.targets.filter((t) => t.confidence === 'high').map((t) => t.item);
    expect(high).toEqual([18, 19, 19, 19, 20, 20, 20, 23, 27, 27, 27, 27, 28, 31]);
    const low = golden.targets.filter((t) => t.confidence === 'low').map((t) => [t.item, t.value]);
    expect(low).toEqual([
      [22, 14],
      [22, 36],
    ]);
  });

  it('keeps the hand-reviewed roles and targets the brief names', () => {
    const item = (no: number) => golden.items.find((i) => i.no === no);
    expect(item(4)).toMatchObject({
      lead: ['省工业和信息化厅', '省发展改革委'],
      cooperate: ['相关成员单位'],
      responsible: [],
    });
    expect(item(3)?.responsible).toEqual([
      '省促进中小企业发展工作领导小组办公室',
      '各设区市人民政府',
      '赣江新区管委会',
    ]);
    expect(item(12)?.responsible).toContain('人民银行南昌中心支行');
    const of20 = golden.targets
      .filter((t) => t.item === 20)
      .map(({ name, value, measure, comparator, kind }) => ({ name, value, measure, comparator, kind }));
    expect(of20).toEqual([
      { name: '瞪羚企业(潜在)', value: 100, measure: '家', comparator: '>=', kind: 'increment' },
      { name: '高新技术企业', value: 1500, measure: '家', comparator: '>=', kind: 'increment' },
      { name: '入库国家库科技型中小企业数', value: 7500, measure: '家', comparator: '>', kind: 'total' },
    ]);
    expect(golden.title).toBe('江西省促进中小企业发展2021年工作要点');
    expect(golden.issuer).toBe('江西省促进中小企业发展工作领导小组');
    expect(golden.units.find((u) => u.name === '人民银行南昌中心支行')?.aliases).toEqual([
      '人行南昌中心支行',
    ]);
  });

  it('parses the same schema after full-width punctuation, CRLF and 全角 indentation', () => {
    const pasted = toWordPaste(toFullWidthPunctuation(BUILTIN_NOTICE_TEXT));
    expect(pasted).not.toEqual(BUILTIN_NOTICE_TEXT);
    const { schema } = parseNotice(pasted);
    expect(withoutPositions(schema)).toEqual(withoutPositions(golden));
    for (const span of [...schema.items.map((i) => i.source), ...schema.targets.map((t) => t.source)]) {
      expect(spanIsAt(pasted, span)).toBe(true);
    }
  });

  it('points every item and target source at the text it came from', () => {
    for (const span of [...golden.items.map((i) => i.source), ...golden.targets.map((t) => t.source)]) {
      expect(spanIsAt(BUILTIN_NOTICE_TEXT, span)).toBe(true);
    }
  });

  it('returns a deep copy that callers can edit without changing the built-in default', () => {
    const copy = builtinSchema();
    copy.items[0]?.lead.push('省财政厅');
    copy.title = 'changed';
    expect(builtinSchema()).toEqual(golden);
  });
});
