/** Numbering markers at the start of a line: 一、 (一) 1. 1、 (1) ①. */

/** The written style of a numbering marker. */
export type NumberStyle = 'cn' | 'cn-paren' | 'arabic-dot' | 'arabic-comma' | 'arabic-paren' | 'circled';

/** A marker read at the start of a normalised line. */
export interface Marker {
  style: NumberStyle;
  value: number;
  /** The number as written, without its trailing separator: `二`, `(二)`, `3`, `(3)`, `①`. */
  label: string;
  /** Length of the marker including its separator and following spaces. */
  length: number;
}

const CN_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral up to 99 (一, 十, 十二, 二十, 二十三), or NaN. */
export function chineseNumber(s: string): number {
  if (s.length === 0 || s.length > 3) return NaN;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (CN_DIGITS[s] ?? NaN) : NaN;
  const tens = ten === 0 ? 1 : (CN_DIGITS[s.slice(0, ten)] ?? NaN);
  const rest = s.slice(ten + 1);
  const units = rest === '' ? 0 : (CN_DIGITS[rest] ?? NaN);
  return ten > 1 ? NaN : tens * 10 + units;
}

const CN = /^([一二三四五六七八九十]{1,3})[、.,]/;
const CN_PAREN = /^\(([一二三四五六七八九十]{1,3})\)/;
const ARABIC = /^(\d{1,3})([.、])(?!\d)/;
const ARABIC_PAREN = /^\(?(\d{1,3})\)/;

function withSpaces(text: string, length: number): number {
  let end = length;
  while (text.charCodeAt(end) === 0x20) end++;
  return end;
}

/** Reads a numbering marker at the start of a normalised, trimmed line; null when the line is not numbered. */
export function readMarker(text: string): Marker | null {
  const first = text.charCodeAt(0);
  if (first >= 0x2460 && first <= 0x2473) {
    return { style: 'circled', value: first - 0x2460 + 1, label: text.charAt(0), length: withSpaces(text, 1) };
  }
  let m = CN.exec(text);
  if (m?.[1]) {
    const value = chineseNumber(m[1]);
    if (Number.isFinite(value)) return { style: 'cn', value, label: m[1], length: withSpaces(text, m[0].length) };
  }
  m = CN_PAREN.exec(text);
  if (m?.[1]) {
    const value = chineseNumber(m[1]);
    if (Number.isFinite(value)) return { style: 'cn-paren', value, label: `(${m[1]})`, length: withSpaces(text, m[0].length) };
  }
  m = ARABIC.exec(text);
  if (m?.[1]) {
    return { style: m[2] === '.' ? 'arabic-dot' : 'arabic-comma', value: Number(m[1]), label: m[1], length: withSpaces(text, m[0].length) };
  }
  m = ARABIC_PAREN.exec(text);
  if (m?.[1]) return { style: 'arabic-paren', value: Number(m[1]), label: `(${m[1]})`, length: withSpaces(text, m[0].length) };
  return null;
}
