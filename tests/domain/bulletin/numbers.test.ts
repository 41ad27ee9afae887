import {
  chineseNumber,
  figureText,
  numberTenths,
  percent0,
  percent1,
  shownTenths,
  tenthsText,
} from '../../../src/domain/bulletin';

describe('bulletin figures', () => {
  it('writes shares as the sheet’s 0.0% shows them, rounding the printed digits half away from zero', () => {
    expect(percent1(1 / 7)).toBe('14.3%');
    expect(percent1(0.52)).toBe('52.0%');
    // 0.1235 is slightly below 0.1235 as a double; TEXT rounds the printed number up.
    expect(percent1(0.1235)).toBe('12.4%');
    expect(percent1(-0.4)).toBe('-40.0%');
  });

  it('writes 序时进度 as the sheet’s 0% shows it', () => {
    expect(percent0(0.5)).toBe('50%');
    expect(percent0(5 / 12)).toBe('42%');
    expect(percent0(1)).toBe('100%');
  });

  it('takes differences between shares as shown, in tenths of a point', () => {
    expect(shownTenths(0.5204) - shownTenths(0.4996)).toBe(20);
    expect(tenthsText(shownTenths(-0.35))).toBe('35.0');
  });

  it('rounds a plain difference to one decimal as ROUND does, after the subtraction’s last bit', () => {
    expect(numberTenths(15 - 12.35)).toBe(27);
    expect(numberTenths(9 - 15)).toBe(-60);
    expect(tenthsText(numberTenths(16 - 15))).toBe('1.0');
  });

  it('writes figures as a General cell shows them', () => {
    expect(figureText(0.1 + 0.2)).toBe('0.3');
    expect(figureText(7500)).toBe('7500');
    expect(figureText(-0)).toBe('0');
    expect(figureText(1.25)).toBe('1.25');
  });

  it('numbers headings in Chinese', () => {
    expect([1, 5, 10, 11, 20, 23].map(chineseNumber)).toEqual(['一', '五', '十', '十一', '二十', '二十三']);
  });
});
