/**
 * Reading figures from cells. Only a real number cell counts in Excel formulas; text such as `1,000`,
 * `１０００`, `1000户` or `0.1万` is understood (and shown) but is never silently accepted.
 */
import { cellError, cellKind, trimAll } from './cells';

/** What a 累计完成值 cell says. */
export type NumberReading =
  | { kind: 'blank' }
  /** A real number cell: what SUMIFS adds up. */
  | { kind: 'number'; value: number }
  /** Text we can read as a number; `measure` is a trailing unit such as 户 or 亿元, or ''. */
  | { kind: 'text-number'; value: number; measure: string; text: string }
  | { kind: 'bad'; reason: 'text' | 'error' | 'boolean' | 'not-finite' | 'other'; text: string };

// A measure written straight after 万/亿 that is a unit in its own right (万元 is a measure, 万户 is 10,000 户).
const SCALED_MEASURE_BASES = new Set([
  '元',
  '吨',
  '千瓦时',
  '平方米',
  '立方米',
  '吨标准煤',
  '人次',
  '亩',
  '公里',
  '千瓦',
]);
// Words that make a figure approximate or conditional: not a figure to count.
const QUALIFIER_RE = /左右|以上|以下|以内|之间|多|余|约|近|超|达|共|计|逾|不足|至少|[，,、；;（）()]/;
const NUMBER_RE = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(.*)$/;
const MEASURE_RE = /^[^\d.+\-=]{1,8}$/;

/** Reads a 累计完成值 cell. */
export function readNumberCell(value: unknown): NumberReading {
  switch (cellKind(value)) {
    case 'blank':
      return { kind: 'blank' };
    case 'number': {
      const n = value as number;
      return Number.isFinite(n)
        ? { kind: 'number', value: n }
        : { kind: 'bad', reason: 'not-finite', text: String(n) };
    }
    case 'text': {
      const text = trimAll(value as string);
      const parsed = parseNumberText(text);
      return parsed
        ? { kind: 'text-number', value: parsed.value, measure: parsed.measure, text }
        : { kind: 'bad', reason: 'text', text };
    }
    case 'boolean':
      return { kind: 'bad', reason: 'boolean', text: value ? 'TRUE' : 'FALSE' };
    case 'error':
      return { kind: 'bad', reason: 'error', text: cellError(value) ?? '' };
    default:
      return { kind: 'bad', reason: 'other', text: '' };
  }
}

/**
 * Parses a figure written as text: full-width digits, thousands separators, a sign, 万/亿 multipliers and a
 * trailing measure. Returns null for anything else (approximations such as `约一千` or `1000左右` included).
 */
export function parseNumberText(raw: string): { value: number; measure: string } | null {
  if (raw.length > 64) return null;
  const text = raw
    .normalize('NFKC')
    .replace(/[\s\u00a0\u200b\ufeff]+/g, '')
    .replace(/[−–—]/g, '-');
  const m = NUMBER_RE.exec(text);
  if (!m) return null;
  const sign = m[1] === '-' ? '-' : '';
  const whole = (m[2] ?? '').replace(/,/g, '');
  const fraction = m[3] ?? '';
  let rest = m[4] ?? '';
  let exponent = 0;
  let measure = rest;
  if (rest.startsWith('万') || rest.startsWith('亿')) {
    const base = rest.slice(1);
    if (!SCALED_MEASURE_BASES.has(base)) {
      exponent = rest.startsWith('万') ? 4 : 8;
      measure = base;
    }
  }
  rest = measure;
  if (rest !== '' && (!MEASURE_RE.test(rest) || QUALIFIER_RE.test(rest))) return null;
  // Shift the decimal point in the digits rather than multiplying, so 0.7万 is exactly 7000.
  const value = Number(`${sign}${whole}${fraction}e${exponent - fraction.length}`);
  if (!Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, measure };
}

/** Reads an item number (序号) written as text: `3`, `３`, `第3项`, `3.`; null when it is not a whole number. */
export function parseItemText(raw: string): number | null {
  if (raw.length > 32) return null;
  const text = raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^第/, '')
    .replace(/(项|条|[.、])$/, '');
  return /^\d{1,6}$/.test(text) ? Number(text) : null;
}
