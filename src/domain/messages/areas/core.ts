/** Messages shared by every use case: jobs, periods and dates. */

/** Simplified Chinese. */
export const zh = {
  'date.day': '{year}年{month}月{day}日',
  'job.cancelled': '已取消：已完成的步骤保留，未开始的步骤没有执行。',
  'period.unknown': '报告期“{period}”不是本方案的报告期（可选：{choices}）。',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'date.day': '{month}/{day}/{year}',
  'job.cancelled': 'Cancelled: the steps already finished are kept; the rest did not run.',
  'period.unknown': '“{period}” is not a reporting period of this schema (choose one of: {choices}).',
};
