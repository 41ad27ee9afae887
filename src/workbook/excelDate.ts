/** Excel date serials (1900 date system), computed without time zones. */

const MS_PER_DAY = 86_400_000;
/** 1899-12-30: day 0 of Excel's 1900 system once its fictitious 1900-02-29 is accounted for. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** The Excel serial number of an ISO date `YYYY-MM-DD`, or null when the text is not such a date. */
export function isoDateToSerial(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round((ms - EPOCH_MS) / MS_PER_DAY);
}

/** The ISO date `YYYY-MM-DD` of an Excel serial number (its whole days; the time of day is ignored). */
export function serialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const date = new Date(EPOCH_MS + Math.floor(serial) * MS_PER_DAY);
  const year = date.getUTCFullYear();
  if (year > 9999) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Day 0 of Excel's 1904 date system (Mac workbooks of old). */
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);

/**
 * The serial number of a date in the 1900 or the 1904 date system, the time of day as a fraction; exact for dates
 * and for times to the millisecond.
 */
export function dateToSerial(date: Date, date1904: boolean): number {
  return (date.getTime() - (date1904 ? EPOCH_1904_MS : EPOCH_MS)) / MS_PER_DAY;
}

/**
 * The Excel serial number of a moment as the clock on the wall shows it where the program runs (Excel dates carry
 * no time zone: an office in Nanchang reads 10:30 as 10:30), to the second.
 */
export function localSerial(moment: Date): number {
  const wall = Date.UTC(
    moment.getFullYear(),
    moment.getMonth(),
    moment.getDate(),
    moment.getHours(),
    moment.getMinutes(),
    moment.getSeconds(),
  );
  return Math.round((wall - EPOCH_MS) / 1000) / (MS_PER_DAY / 1000);
}

/** Number format of the record sheets' times. */
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
