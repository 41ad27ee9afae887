import { lostNumber } from '../../../src/domain/notice/lostNumbers';
import { markerLabel, readMarker, type Marker } from '../../../src/domain/notice/numbering';

const circled = (value: number): Marker => ({
  style: 'circled',
  value,
  label: markerLabel('circled', value),
  length: 1,
});
const TEXT = '新建高标准农田6700亩(责任单位:市农业农村水利局);';

describe('paragraphs whose item number the page lost', () => {
  it('are the next item after an item closed by its own clause', () => {
    const marker = lostNumber({
      text: TEXT,
      style: 'circled',
      previous: { marker: circled(5), sameHeading: true, closedByClause: true },
    });
    expect(marker).toMatchObject({ value: 6, label: '⑥', length: 0 });
  });

  it('are not items after an item still waiting for its units', () => {
    const previous = { marker: circled(5), sameHeading: true, closedByClause: false };
    expect(lostNumber({ text: TEXT, style: 'circled', previous })).toBeUndefined();
  });

  it('are not items when the next item already has the number they would take', () => {
    const previous = { marker: circled(5), sameHeading: true, closedByClause: true };
    expect(lostNumber({ text: TEXT, style: 'circled', previous, next: 6 })).toBeUndefined();
    expect(lostNumber({ text: TEXT, style: 'circled', previous, next: 1 })?.value).toBe(6);
  });

  it('are the first item under a heading only when the next item there is numbered 2', () => {
    expect(lostNumber({ text: TEXT, style: 'arabic-dot', next: 2 })).toMatchObject({ value: 1, label: '1' });
    expect(lostNumber({ text: TEXT, style: 'arabic-dot', next: 3 })).toBeUndefined();
    expect(lostNumber({ text: TEXT, style: 'arabic-dot' })).toBeUndefined();
  });

  it('keep a damaged marker out of their text only when its number is the one due', () => {
    const text = '(一加强助企纾困政策公开,年内开展政策解读活动20场以上。(区财政局负责)';
    expect(lostNumber({ text, style: 'cn-paren', next: 2 })).toMatchObject({
      value: 1,
      label: '(一)',
      length: 2,
    });
    expect(lostNumber({ text, style: 'cn-paren', next: 3 })).toBeUndefined();
    const other = '(三加强助企纾困政策公开,年内开展政策解读活动20场以上。(区财政局负责)';
    expect(lostNumber({ text: other, style: 'cn-paren', next: 2 })).toMatchObject({ value: 1, length: 0 });
  });

  it('do not take a count at the start for a damaged number (3家企业…), nor a closing remark for an item', () => {
    const previous = {
      marker: { style: 'arabic-dot' as const, value: 2, label: '2', length: 2 },
      sameHeading: true,
      closedByClause: true,
    };
    expect(
      lostNumber({ text: '3家企业完成上市辅导(责任单位:县金融办);', style: 'arabic-dot', previous }),
    ).toMatchObject({ value: 3, length: 0 });
    expect(
      lostNumber({
        text: '上述工作请各单位于每季度末报送进展情况(责任单位:县政府办)',
        style: 'arabic-dot',
        previous,
      }),
    ).toBeUndefined();
  });

  it('are not short labels', () => {
    expect(lostNumber({ text: '(市商务局)', style: 'arabic-dot', next: 2 })).toBeUndefined();
  });
});

describe('marker labels made for lost numbers', () => {
  it('are written as notices write them', () => {
    expect([markerLabel('cn', 10), markerLabel('cn', 12), markerLabel('cn-paren', 21)]).toEqual([
      '十',
      '十二',
      '(二十一)',
    ]);
    expect([markerLabel('circled', 12), markerLabel('circled', 21), markerLabel('arabic-paren', 3)]).toEqual([
      '⑫',
      '(21)',
      '(3)',
    ]);
  });

  it('read back as the same marker', () => {
    for (const style of ['cn', 'cn-paren', 'arabic-dot', 'arabic-paren', 'circled'] as const)
      for (const value of [1, 9, 10, 12, 20, 23]) {
        if (style === 'circled' && value > 20) continue;
        const written =
          style === 'cn' || style === 'arabic-dot'
            ? `${markerLabel(style, value)}、`
            : markerLabel(style, value);
        const read = readMarker(`${written}加强工作`);
        expect(read).toMatchObject({ value, label: markerLabel(style, value) });
      }
  });
});
