/** Number formatting for messages. */

/** A number as a clerk writes it: no exponent, at most 6 decimals, no trailing zeros. */
export function fmt(value: number): string {
  if (!Number.isFinite(value) || (Number.isInteger(value) && Math.abs(value) < 1e21)) return String(value);
  if (Math.abs(value) >= 1e21) return value.toExponential(3);
  return String(Number(value.toFixed(6)));
}
