/** Which period a picker shows. */

/** Keeps the user's choice while it is still a period of the workbook, else the first period (or '' when none). */
export function choosePeriod(periods: readonly string[], current: string): string {
  return periods.includes(current) ? current : (periods[0] ?? '');
}
