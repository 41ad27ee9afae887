/**
 * Decimal rounding that agrees with the spreadsheet ROUND function.
 * Excel and LibreOffice round the number as it prints (15–17 significant digits), half away from zero,
 * so ROUND(2.675, 2) is 2.68 although the double is slightly below 2.675; shifting the decimal exponent
 * of the shortest round-trip string reproduces that, where `Math.round(x * 100) / 100` would not.
 */

/** Digits kept for 完成率 and 差距, so that status comparisons never hinge on the last bit of a double. */
export const RATE_DIGITS = 10;

function shift(value: number, digits: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + digits}`);
}

/** ROUND(value, digits) as Excel and LibreOffice compute it (digits ≥ 0). */
export function roundDecimal(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.abs(value);
  const rounded = shift(Math.round(shift(magnitude, digits)), -digits);
  return value < 0 ? -rounded : rounded;
}

/** A share (0…1) written as a percentage with one decimal, as TEXT(x, "0.0%") writes it. */
export function formatPercent1(share: number): string {
  const tenths = Math.round(shift(Math.abs(share), 3));
  const sign = share < 0 && tenths > 0 ? '-' : '';
  return `${sign}${Math.floor(tenths / 10)}.${tenths % 10}%`;
}
