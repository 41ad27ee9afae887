import { chineseNumber, readMarker } from '../../../src/domain/notice/numbering';
import { parseNotice } from '../../../src/domain/notice/parseNotice';

describe('Chinese numerals in section markers', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十九', 19],
    ['二十三', 23],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['九百九十九', 999],
    ['一千零一十', 1010],
    ['二千零二十一', 2021],
  ])('reads %s as %d', (text, value) => {
    expect(chineseNumber(text)).toBe(value);
  });

  it.each(['', '零', '百', '十百', '一二', '二十零', '一百零', '千万', '一零五'])(
    'rejects the malformed numeral “%s”',
    (text) => {
      expect(chineseNumber(text)).toBeNaN();
    },
  );

  it('reads markers a spaced-out copy wrote with a space before the stop (1 . , 一 、), not a spaced decimal', () => {
    expect(readMarker('1 . 严格管控地方政府债务')).toMatchObject({
      style: 'arabic-dot',
      value: 1,
      label: '1',
    });
    expect(readMarker('一 、 承担的重点工作任务')).toMatchObject({ style: 'cn', value: 1 });
    expect(readMarker('3 . 5亿元')).toBeNull();
    expect(readMarker('1 、扩大有效投资')).toMatchObject({ style: 'arabic-comma', value: 1 });
    // A figure after an ordinary marker is the item's text (`1. 3月底前…`, `2. 2024年…`).
    expect(readMarker('1. 3月底前出台促进消费若干措施')).toMatchObject({ style: 'arabic-dot', value: 1 });
    expect(readMarker('2. 2024年完成投资500亿元')).toMatchObject({ style: 'arabic-dot', value: 2 });
  });

  it('reads 6、 before a date opening the item (6、7月8日), but not 、 before a bare figure', () => {
    expect(readMarker('6、7月8日,组织少年军校活动')).toMatchObject({
      style: 'arabic-comma',
      value: 6,
      length: 2,
    });
    expect(readMarker('1、2024年完成投资500亿元')).toMatchObject({ style: 'arabic-comma', value: 1 });
    expect(readMarker('1、2、3项任务')).toBeNull();
    expect(readMarker('3.5亿元')).toBeNull();
  });

  it('reads a section marker beyond 九十九', () => {
    expect(readMarker('一百零一、着力强化服务支撑')).toMatchObject({
      style: 'cn',
      value: 101,
      label: '一百零一',
    });
  });

  it('keeps sections and items of a notice with more than 99 sections and 999 items', () => {
    const lines = ['某省2022年工作要点'];
    let item = 0;
    for (let section = 1; section <= 120; section++) {
      const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
      const hundreds = Math.floor(section / 100);
      const tens = Math.floor((section % 100) / 10);
      const ones = section % 10;
      let numeral = hundreds ? `${digits[hundreds]}百` : '';
      if (tens) numeral += `${hundreds && tens === 1 ? '一' : tens === 1 && !hundreds ? '' : digits[tens]}十`;
      else if (hundreds && ones) numeral += '零';
      numeral += digits[ones];
      lines.push(`${numeral}、第${section}板块`);
      for (let k = 0; k < 9; k++) lines.push(`${++item}.推进第${item}项工作。(责任单位:省工业和信息化厅)`);
    }
    const { schema } = parseNotice(lines.join('\n'));
    expect(schema.sections).toHaveLength(120);
    expect(schema.items).toHaveLength(1080);
    expect(schema.items.at(-1)?.no).toBe(1080);
  });
});

describe('marks of one character', () => {
  it('label an item as the notice writes its mark (⑴, ⒈, ①), its value read from it', () => {
    for (const [mark, style, value] of [
      ['⑴', 'arabic-paren', 1],
      ['⒓', 'arabic-dot', 12],
      ['③', 'circled', 3],
    ] as const)
      expect(readMarker(`${mark}做好工作。`)).toMatchObject({ style, value, label: mark, length: 1 });
    const { schema } = parseNotice(
      '某市2023年工作要点\n一、重点工作\n⑴做好工作。(市财政局)\n⑵推进改革。(市发改委)',
    );
    expect(schema.items.map((i) => i.label)).toEqual(['⑴', '⑵']);
  });
});

describe('markers as pages space them out', () => {
  it('reads ( 一 ) with spaces inside its brackets as (一)', () => {
    expect(readMarker('( 一 ) 新建中小学25所')).toMatchObject({ style: 'cn-paren', value: 1, label: '(一)' });
    expect(readMarker('(一)新建中小学25所')).toMatchObject({ style: 'cn-paren', value: 1 });
  });
});
