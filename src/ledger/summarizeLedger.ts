/**
 * Summarizing a period: validate first (the 汇总 formulas leave out rows marked 错误, so 校验状态 must be
 * current), compute the domain's figures, then write 校验状态 and the 汇总 sheet whose live formulas reproduce
 * them. Written once for Excel, files and the browser.
 */
import { LedgerError, type Message } from '../domain/messages';
import { summarize } from '../domain/summary/summarize';
import type { Summary } from '../domain/summary/types';
import { validateEntries } from '../domain/validation';
import type { ValidationResult } from '../domain/validation/types';
import { planSummarySheet } from '../workbook/summarySheet';
import { entryStatuses } from '../workbook/issueSheet';
import { isoDay } from './defaultPeriod';
import { resolvePeriod, type ResolvedPeriod } from './period';
import type { LedgerWorkbook, WriteReport } from './port';
import { readForUseCase, type Ledger } from './readLedger';
import { runSteps, type JobControl } from './steps';

/** A finished summary of a ledger. */
export interface LedgerSummary {
  summary: Summary;
  period: ResolvedPeriod;
  ledger: Ledger;
  /** The validation the summary counted by. */
  result: ValidationResult;
  notices: Message[];
  skipped: Message[];
  merged: number;
}

/** Options of a summary run. */
export interface SummarizeOptions extends JobControl {
  /** The period: a label or a spelling the period reader understands. */
  period: string;
  /** Bring entries outside the table inside first (paths that write a file). */
  merge?: boolean;
  /** Write 校验状态 and the 汇总 sheet (default true; `workpoints summarize` without --out reads only). */
  write?: boolean;
  /** Today (YYYY-MM-DD) for items past their 完成时限 in a period still running; default the clock's local date. */
  today?: string;
}

/** Validates, summarizes and (unless `write` is false) writes the 汇总 sheet for the period. */
export async function summarizeLedger(
  workbook: LedgerWorkbook,
  options: SummarizeOptions,
): Promise<LedgerSummary> {
  let ledger: Ledger | null = null;
  let period: ResolvedPeriod | null = null;
  let result: ValidationResult | null = null;
  let summary: Summary | null = null;
  let merged = 0;
  const notices: Message[] = [];
  const reports: WriteReport[] = [];
  await runSteps(
    [
      {
        key: 'readEntries',
        run: async () => {
          const read = await readForUseCase(workbook, 'summary', options.merge);
          ledger = read.ledger;
          merged = read.merged;
          reports.push(...read.reports);
          notices.push(...read.notices);
          period = resolvePeriod(ledger.schema, options.period);
        },
      },
      {
        key: 'validate',
        run: () => {
          if (ledger && period)
            result = validateEntries(ledger.schema, ledger.rows, {
              period: period.label,
              today: options.today ?? isoDay(new Date()),
            });
        },
      },
      {
        key: 'summarize',
        run: () => {
          if (ledger && period && result) summary = summarize(ledger.schema, result.normalized, period.label);
        },
      },
      {
        key: 'writeSummary',
        run: async () => {
          if (!ledger || !period || !result || options.write === false) return;
          const planned = planSummarySheet(ledger.schema, period.label);
          reports.push(
            await workbook.writeSummary(ledger.layout, {
              sheet: planned.sheet,
              names: planned.names,
              statuses: entryStatuses(ledger.rows, result),
            }),
          );
        },
      },
    ],
    options,
  );
  if (!ledger || !period || !result || !summary) throw new LedgerError('job.cancelled');
  return {
    summary,
    period,
    ledger,
    result,
    notices: [...notices, ...reports.flatMap((r) => r.notices)],
    skipped: reports.flatMap((r) => r.skipped),
    merged,
  };
}
