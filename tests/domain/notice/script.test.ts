import { parseNotice } from '../../../src/domain/notice/parseNotice';
import { readScript, rewriteStrings } from '../../../src/domain/notice/script';

describe('notices in traditional characters', () => {
  it('reads a notice in simplified characters as it is, with nothing to write back', () => {
    const notice = '某市2024年工作要点\n1.新增规上工业企业100家。(市工信局牵头,市统计局配合)';
    const read = readScript(notice);
    expect(read.text).toBe(notice);
    expect(read.written).toBeUndefined();
  });

  it('reads a notice in traditional characters as simplified ones, keeping every character in its place', () => {
    const notice = '某市2024年工作要點\n1.新增規上工業企業100家。(市工信局牽頭,市統計局配合)';
    const read = readScript(notice);
    expect(read.text).toBe('某市2024年工作要点\n1.新增规上工业企业100家。(市工信局牵头,市统计局配合)');
    expect(read.text).toHaveLength(notice.length);
    expect(read.written?.('市统计局')).toBe('市統計局');
  });

  it('does not take a few variant characters in a simplified notice for a traditional notice', () => {
    // 於 is converted by OpenCC (於 → 于); three of them in a simplified notice are a typist's variants.
    const notice = '某市关於2024年工作要点的通知\n1.推进於市区新建公园3个,於年底前完成。(市住建局)';
    const read = readScript(notice);
    expect(read.written).toBeUndefined();
    expect(read.text).toBe(notice);
  });

  it('gives the schema of a traditional notice back in its characters, and says so', () => {
    const { schema, diagnostics } = parseNotice(
      '某市2024年工作要點\n1.新增規上工業企業100家。(市工信局牽頭,市統計局配合)',
    );
    expect(schema.items[0]?.lead).toEqual(['市工信局']);
    expect(schema.items[0]?.cooperate).toEqual(['市統計局']);
    expect(schema.targets[0]?.name).toBe('規上工業企業');
    expect(schema.units.map((u) => u.name)).toContain('市統計局');
    expect(diagnostics.map((d) => d.code)).toContain('traditional-script');
    // The messages are ours (simplified); the names they quote are the notice's.
    const unknown = diagnostics.filter((d) => d.code === 'unknown-unit').map((d) => d.message);
    expect(unknown.some((m) => m.includes('“市統計局”') && m.includes('不在单位名录中'))).toBe(true);
    expect(schema.diagnostics).toBe(diagnostics);
  });
});

describe('rewriteStrings', () => {
  it('rewrites every string deep in objects and arrays and leaves numbers, booleans and null alone', () => {
    const value = { a: '發', b: [1, '展', { c: true, d: null, e: '發展' }] };
    const out = rewriteStrings(value, (s) => s.replace(/發/g, '发'));
    expect(out).toEqual({ a: '发', b: [1, '展', { c: true, d: null, e: '发展' }] });
    expect(value.a).toBe('發');
  });
});
