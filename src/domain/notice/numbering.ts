/** Numbering markers at the start of a line: 一、 (一) 1. 1、 1。 (1) ⑴ ⒈ ①. */
import { chineseNumber as chineseNumeral } from '../bulletin/numbers';

/** The written style of a numbering marker. */
export type NumberStyle =
  'cn' | 'cn-paren' | 'arabic-dot' | 'arabic-comma' | 'arabic-paren' | 'circled' | 'table-row';

/** Conventional depth of each style (一、 above （一） above 1. above （1） above ①); table rows are items. */
export const STYLE_RANK: Readonly<Record<NumberStyle, number>> = {
  cn: 0,
  'cn-paren': 1,
  'arabic-dot': 2,
  'arabic-comma': 2,
  'arabic-paren': 3,
  circled: 4,
  'table-row': 2,
};

/** A marker read at the start of a normalised line. */
export interface Marker {
  style: NumberStyle;
  value: number;
  /** The number as written, without its trailing separator: `二`, `(二)`, `3`, `(3)`, `①`. */
  label: string;
  /** Length of the marker including its separator and following spaces. */
  length: number;
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Value of a Chinese numeral below 10000 (一, 十, 十二, 二十三, 一百零五, 三百二十), or NaN. */
export function chineseNumber(s: string): number {
  if (s.length === 0 || s.length > 8) return NaN;
  let total = 0;
  let digit = -1;
  let lastUnit = 10000;
  let zero = false;
  for (const ch of s) {
    if (ch === '零') {
      // 零 stands for skipped places (一百零五) and must sit between a unit and a digit.
      if (digit >= 0 || total === 0 || zero) return NaN;
      zero = true;
      continue;
    }
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      if (digit >= 0) return NaN;
      digit = d;
      continue;
    }
    const unit = CN_UNITS[ch];
    // Units must fall (千 > 百 > 十); a bare 十 at the start means 一十.
    if (unit === undefined || unit >= lastUnit || (zero && digit < 0)) return NaN;
    if (digit < 0 && !(unit === 10 && total === 0)) return NaN;
    total += (digit < 0 ? 1 : digit) * unit;
    digit = -1;
    zero = false;
    lastUnit = unit;
  }
  if (digit < 0) return zero ? NaN : total;
  // A trailing digit is the ones place only right after 十, after 零, or alone.
  return lastUnit === 10 || lastUnit === 10000 || zero ? total + digit : NaN;
}

// `一 、`, `1 . `: a copy that spaced out its text (`20 21 年`) spaces the marker too.
const CN = /^([一二三四五六七八九十百千零]{1,8}) ?[、.,]/;
/** `(一)`, and `( 一 )` as pages that space out brackets write it. */
const CN_PAREN = /^\( ?([一二三四五六七八九十百千零]{1,8}) ?\)/;
// `1。`: some sites write the item's dot as an ideographic full stop.
// `6、7月8日,组织…`, `1、2024年完成…`: after 、 a date may open the item's text (no decimal is written with 、); after a
// number of four digits it may not (`2022、2023年` are two years), nor a bare month (`3、4月份` are two months).
const ARABIC =
  /^(\d{1,4})(?:([.、。])(?!\d)|(、)(?=\d{1,2}月(?:\d{1,2}日|[上中下]旬|初|底)|\d{4}年)| ([.、。])(?! ?\d))/;
const ARABIC_PAREN = /^\(?(\d{1,4})\)/;

function withSpaces(text: string, length: number): number {
  let end = length;
  while (text.charCodeAt(end) === 0x20) end++;
  return end;
}

/** Reads a numbering marker at the start of a normalised, trimmed line; null when the line is not numbered. */
export function readMarker(text: string): Marker | null {
  const first = text.charCodeAt(0);
  if (first >= 0x2460 && first <= 0x2473) {
    return {
      style: 'circled',
      value: first - 0x2460 + 1,
      label: text.charAt(0),
      length: withSpaces(text, 1),
    };
  }
  // ⑴…⒇ (parenthesized digits) are (1)…(20); ⒈…⒛ (digits with a full stop) are 1.…20; the label is the mark as
  // written, as for ①.
  if (first >= 0x2474 && first <= 0x2487)
    return {
      style: 'arabic-paren',
      value: first - 0x2474 + 1,
      label: text.charAt(0),
      length: withSpaces(text, 1),
    };
  if (first >= 0x2488 && first <= 0x249b)
    return {
      style: 'arabic-dot',
      value: first - 0x2488 + 1,
      label: text.charAt(0),
      length: withSpaces(text, 1),
    };
  let m = CN.exec(text);
  if (m?.[1]) {
    const value = chineseNumber(m[1]);
    if (Number.isFinite(value))
      return { style: 'cn', value, label: m[1], length: withSpaces(text, m[0].length) };
  }
  m = CN_PAREN.exec(text);
  if (m?.[1]) {
    const value = chineseNumber(m[1]);
    if (Number.isFinite(value))
      return { style: 'cn-paren', value, label: `(${m[1]})`, length: withSpaces(text, m[0].length) };
  }
  m = ARABIC.exec(text);
  if (m?.[1] && !(m[3] && m[1].length > 2)) {
    return {
      style: (m[2] ?? m[3] ?? m[4]) === '、' ? 'arabic-comma' : 'arabic-dot',
      value: Number(m[1]),
      label: m[1],
      length: withSpaces(text, m[0].length),
    };
  }
  m = ARABIC_PAREN.exec(text);
  if (m?.[1])
    return {
      style: 'arabic-paren',
      value: Number(m[1]),
      label: `(${m[1]})`,
      length: withSpaces(text, m[0].length),
    };
  return null;
}

/** The label a marker of this style and value has as written (`(二)`, `3`, `(3)`, `④`), for numbers a page lost. */
export function markerLabel(style: NumberStyle, value: number): string {
  switch (style) {
    case 'cn':
      return chineseNumeral(value);
    case 'cn-paren':
      return `(${chineseNumeral(value)})`;
    case 'arabic-paren':
      return `(${value})`;
    case 'circled':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : `(${value})`;
    default:
      return String(value);
  }
}
