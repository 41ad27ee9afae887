/**
 * Resolving a 报告期 cell to a period label of the schema. Periods are cumulative, so every way of writing a
 * period comes down to (year, last month): `2021Q2`, `二季度`, `2021年第二季度`, `1-6月`, `2021年1-6月` and
 * `上半年` all end in June; the schema's period ending that month (quarterly or monthly cadence) is the answer.
 */
import type { Period, Schema } from '../schema';
import { cellKind, clip, trimAll } from './cells';

/** How a period cell resolves. */
export type PeriodResolution =
  | { kind: 'canonical'; label: string; index: number }
  | { kind: 'alias'; label: string; index: number }
  | { kind: 'unknown'; reason: 'blank' | 'unreadable' | 'wrong-year' | 'no-such-period'; written: string };

const QUARTER_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Resolves period cells against one schema's periods. */
export class PeriodReader {
  private readonly exact = new Map<string, number>();
  private readonly loose = new Map<string, number>();
  private readonly byEnd = new Map<string, number>();
  private readonly cache = new Map<string, PeriodResolution>();
  readonly periods: Period[];

  constructor(schema: Schema) {
    this.periods = schema.periods;
    schema.periods.forEach((period, index) => {
      this.exact.set(period.label, index);
      this.loose.set(looseLabel(period.label), index);
      const end = /^(\d{4})-(\d{2})/.exec(period.end);
      if (end) this.byEnd.set(`${Number(end[1])}-${Number(end[2])}`, index);
    });
  }

  /** The index of an exact label, or -1. */
  indexOf(label: string): number {
    return this.exact.get(label) ?? -1;
  }

  /** Resolves a raw cell (text, a date serial, anything). */
  resolve(value: unknown): PeriodResolution {
    const kind = cellKind(value);
    if (kind === 'blank') return { kind: 'unknown', reason: 'blank', written: '' };
    if (kind === 'number') return this.fromSerial(value as number);
    if (kind !== 'text') return { kind: 'unknown', reason: 'unreadable', written: '' };
    const raw = value as string;
    const cached = this.cache.get(raw);
    if (cached) return cached;
    const result = this.fromText(raw);
    if (raw.length <= 200) this.cache.set(raw, result);
    return result;
  }

  private fromText(raw: string): PeriodResolution {
    const exact = this.exact.get(raw);
    if (exact !== undefined) return { kind: 'canonical', label: raw, index: exact };
    const written = trimAll(raw);
    if (written.length > 40) return { kind: 'unknown', reason: 'unreadable', written: clip(written, 200) };
    const key = looseLabel(written);
    const loose = this.loose.get(key);
    if (loose !== undefined) return this.alias(loose);
    const parsed = parsePeriodText(key);
    if (!parsed) return { kind: 'unknown', reason: 'unreadable', written };
    return this.fromYearMonth(parsed.year, parsed.month, written);
  }

  private fromSerial(serial: number): PeriodResolution {
    const written = String(serial);
    // A date typed into the cell: Excel's 1900 date system counts days from 1899-12-30.
    if (!Number.isFinite(serial) || serial < 1 || serial > 2958465)
      return { kind: 'unknown', reason: 'unreadable', written };
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
    return this.fromYearMonth(date.getUTCFullYear(), date.getUTCMonth() + 1, written);
  }

  private fromYearMonth(year: number | null, month: number, written: string): PeriodResolution {
    const years = new Set([...this.byEnd.keys()].map((k) => Number(k.split('-')[0])));
    const y = year ?? (years.size === 1 ? [...years][0] : undefined);
    if (y === undefined) return { kind: 'unknown', reason: 'unreadable', written };
    if (!years.has(y)) return { kind: 'unknown', reason: 'wrong-year', written };
    const index = this.byEnd.get(`${y}-${month}`);
    return index === undefined ? { kind: 'unknown', reason: 'no-such-period', written } : this.alias(index);
  }

  private alias(index: number): PeriodResolution {
    return { kind: 'alias', label: this.periods[index]?.label ?? '', index };
  }
}

function looseLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00a0\u200b\ufeff]+/g, '')
    .replace(/[－—–―~～〜至到]/g, '-')
    .toUpperCase();
}

/** Reads (year, last month) from a loosened period text; null when it names no cumulative period. */
export function parsePeriodText(key: string): { year: number | null; month: number } | null {
  let rest = key;
  let year: number | null = null;
  const y = /^(\d{4})(年度?|-|\/|\.)?/.exec(rest);
  if (y) {
    year = Number(y[1]);
    rest = rest.slice(y[0].length);
  }
  const q = /^Q([1-4])$/.exec(rest) ?? /^第?([一二三四1-4])季度?$/.exec(rest) ?? /^([1-4])Q$/.exec(rest);
  if (q) return { year, month: (QUARTER_DIGIT[q[1] ?? ''] ?? 0) * 3 };
  if (/^前([三3])季度$/.test(rest) || /^([一1])-([三3])季度$/.test(rest)) return { year, month: 9 };
  if (/^上半年(度)?$/.test(rest)) return { year, month: 6 };
  if (/^(全年|年度|全年度)$/.test(rest) || (rest === '' && y?.[2] === '年度')) return { year, month: 12 };
  const range = /^(?:1|一)-(\d{1,2})月(?:份)?(?:累计)?$/.exec(rest);
  if (range) return validMonth(year, Number(range[1]));
  const single = /^(\d{1,2})月(?:份)?(?:底|末)?$/.exec(rest);
  if (single) return validMonth(year, Number(single[1]));
  return null;
}

function validMonth(year: number | null, month: number): { year: number | null; month: number } | null {
  return month >= 1 && month <= 12 ? { year, month } : null;
}
