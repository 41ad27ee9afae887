/**
 * Figures as the bulletin writes them, each exactly as the 汇总 sheet shows it, so that a reader who checks the
 * sheet finds the same digits: shares and 完成率/差距 as the sheet's `0.0%` (TEXT(x, "0.0%")), 序时进度 as its
 * `0%`, figures as `General` shows them. Differences between two periods are taken between the numbers as
 * shown (what a reader subtracts), never between the unrounded doubles.
 */
import { formatPercent1, roundDecimal } from '../summary/rounding';

/** A share with one decimal, as the sheet's `0.0%` format shows it (52.0%). */
export function percent1(share: number): string {
  return formatPercent1(share);
}

/** A share with no decimal, as the sheet's `0%` format shows 序时进度 (50%). */
export function percent0(share: number): string {
  const whole = Math.round(roundDecimal(Math.abs(share), 2) * 100);
  return `${share < 0 && whole > 0 ? '-' : ''}${whole}%`;
}

/** Signed tenths of a percentage point of a share as `0.0%` shows it (0.5204 → 520). */
export function shownTenths(share: number): number {
  const tenths = Math.round(roundDecimal(Math.abs(share), 3) * 1000);
  return share < 0 ? -tenths : tenths;
}

/** Tenths (of a point or of a unit) written with one decimal, without sign (−25 → "2.5"). */
export function tenthsText(tenths: number): string {
  const magnitude = Math.abs(tenths);
  return `${Math.floor(magnitude / 10)}.${magnitude % 10}`;
}

/** Signed tenths of a plain number rounded to one decimal as ROUND(x, 1) does (15 − 12.35 → 27). */
export function numberTenths(value: number): number {
  // Cleaning to 10 decimals first keeps 2.6499999999999995 (a subtraction's last bit) from rounding down.
  const tenths = Math.round(roundDecimal(Math.abs(roundDecimal(value, 10)), 1) * 10);
  return value < 0 ? -tenths : tenths;
}

/** A figure as a `General` cell shows it: up to 15 significant digits, no thousands separator. */
export function figureText(value: number): string {
  const clean = Number(value.toPrecision(15));
  return String(clean === 0 ? 0 : clean);
}

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 一, 二, … 十, 十一, … 九十九 for heading numbers (Arabic above 99, which a bulletin never reaches). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : `${tens === 1 ? '' : DIGITS[tens]}十`;
  return `${head}${ones === 0 ? '' : DIGITS[ones]}`;
}

/** Year, month and day of an ISO date (`2021-07-05` → 2021, 7, 5), or null when it is not one. */
export function dateParts(iso: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}
