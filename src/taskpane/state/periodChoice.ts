/** Which period a picker shows. */

/**
 * Keeps the user's choice while it is still a period of the workbook; otherwise the workbook's default period
 * (the latest with entries, else today's, else the first — see src/ledger/defaultPeriod.ts), else the first.
 */
export function choosePeriod(periods: readonly string[], current: string, fallback = ''): string {
  if (periods.includes(current)) return current;
  if (periods.includes(fallback)) return fallback;
  return periods[0] ?? '';
}
