/**
 * Messages of the layers below the edge (domain, ledger, workbook, adapters), in Simplified Chinese: the
 * catalogue that defines the keys. Every key must exist in en-US.ts with the same placeholders (a test checks).
 * Keys are grouped by the thing they speak of: `job.*`, `period.*`, `file.*`, `ledger.*`, …
 */
export const zhCN = {
  'job.cancelled': '已取消：已完成的步骤保留，未开始的步骤没有执行。',
  'period.unknown': '报告期“{period}”不是本方案的报告期（可选：{choices}）。',
} as const;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof zhCN;
