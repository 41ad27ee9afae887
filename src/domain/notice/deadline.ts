/**
 * 完成时限 as offices write them, read to an ISO date: `2021年6月底前` → 2021-06-30, `年底前` → the notice's
 * year-end, `2021年9月30日前`, `三季度末`, `上半年`, `6月中旬`. Ongoing work (`长期坚持`, `持续推进`) has no deadline.
 */
import { chineseNumber } from './numbering';

/** What a deadline text says. */
export type DeadlineReading =
  | { kind: 'date'; iso: string }
  /** Ongoing work: no date to keep, nothing to report. */
  | { kind: 'ongoing' }
  /** Not readable as a date. */
  | { kind: 'unread' };

const ONGOING = /(长期|持续|常态化|经常性|每年|每季度|每月|逐年|按年度|按季度|按月|滚动)/;
const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];
const NUMBER = '(\\d{1,4}|[一二三四五六七八九十〇零]{1,4})';
// One date mention: an optional year, then a month (with day or 上/中/下旬, 底, 末) or a year-level word.
const DATE = new RegExp(
  `(?:${NUMBER}年)?(?:${NUMBER}月(?:${NUMBER}日|([上中下])旬)?|(第?[一二三四1234]季度|[上下]半年|年中|年底|年末|年内|全年|前三季度|底|末|内))`,
  'g',
);
const YEAR_ONLY = new RegExp(`${NUMBER}年`);

function toNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\d+$/.test(text) ? Number(text) : chineseNumber(text.replace(/〇|零/g, '零'));
  return Number.isFinite(value) ? value : undefined;
}

function yearOf(text: string | undefined, fallback: number): number | undefined {
  if (text === undefined) return fallback;
  if (/^\d{4}$/.test(text)) return Number(text);
  if (/^[〇零一二三四五六七八九]{4}$/.test(text))
    return Number([...text].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''));
  return undefined;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > lastDay(year, month))
    return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function periodEnd(word: string, year: number): string | undefined {
  if (/^[上]半年$|^年中$/.test(word)) return `${year}-06-30`;
  if (/^(下半年|年底|年末|年内|全年|底|末|内)$/.test(word)) return `${year}-12-31`;
  if (word === '前三季度') return `${year}-09-30`;
  const quarter = /([一二三四1234])季度/.exec(word)?.[1];
  if (quarter === undefined) return undefined;
  const index = '一二三四'.includes(quarter) ? '一二三四'.indexOf(quarter) : Number(quarter) - 1;
  return `${year}-${QUARTER_END[index]}`;
}

/** Reads a deadline text (normalised); `year` is the notice's year, used when the text names none. */
export function readDeadline(text: string, year: number): DeadlineReading {
  const dates: string[] = [];
  // A year written once holds for the dates after it (`2021年6月底前…,12月底前…`).
  let current = year;
  for (const m of text.matchAll(DATE)) {
    const y = yearOf(m[1], current);
    if (y === undefined) continue;
    current = y;
    const period = m[5];
    if (period !== undefined) {
      // 底, 末 and 内 end a year only right after one (`2021年底`); in `6月底` they belong to the month.
      if (m[1] === undefined && period.length === 1) continue;
      const end = periodEnd(period, y);
      if (end) dates.push(end);
      continue;
    }
    const month = toNumber(m[2]);
    if (month === undefined) continue;
    const tenDay = m[4];
    let day = toNumber(m[3]) ?? lastDay(y, month);
    if (tenDay === '上') day = 10;
    else if (tenDay === '中') day = 20;
    const date = iso(y, month, day);
    if (date) dates.push(date);
  }
  if (dates.length === 0) {
    const yearOnly = YEAR_ONLY.exec(text);
    const y = yearOnly ? yearOf(yearOnly[1], year) : undefined;
    if (y !== undefined) dates.push(`${y}-12-31`);
  }
  // Several dates (`6月底前完成方案,12月底前全面完成`): the work is done by the last one.
  if (dates.length > 0) return { kind: 'date', iso: dates.sort()[dates.length - 1] as string };
  return ONGOING.test(text) ? { kind: 'ongoing' } : { kind: 'unread' };
}
