/**
 * Validating a ledger, the one way every path does it: read the entries (bringing rows outside the table in
 * first when the result will be written to a file), validate them by responsible unit, then write 校验状态, the
 * fills on the cells at fault and the 校验结果 sheet — the one writer of 校验状态 for validation.
 */
import { LedgerError, type Message } from '../domain/messages';
import { validateEntries } from '../domain/validation';
import type { ValidationResult } from '../domain/validation/types';
import { planIssueSheet } from '../workbook/issueSheet';
import { isoDay } from './defaultPeriod';
import type { LedgerWorkbook, WriteReport } from './port';
import { readForUseCase, type Ledger } from './readLedger';
import { runSteps, type JobControl } from './steps';

/** A finished validation of a ledger. */
export interface LedgerValidation {
  /** The ledger as validated (its layout locates every issue). */
  ledger: Ledger;
  result: ValidationResult;
  /** What the user should know: damage found, rows merged, budgets, in the order they arose. */
  notices: Message[];
  /** Features the host left out. */
  skipped: Message[];
  /** Rows brought inside `WP_Entries` first. */
  merged: number;
}

/** Options of a validation run. */
export interface ValidateOptions extends JobControl {
  /** Period for completeness: a label or a spelling the period reader understands; default the latest with entries. */
  period?: string;
  /** Bring entries outside the table inside first (paths that write a file: the written table holds every row). */
  merge?: boolean;
  /** Write 校验状态, fills and 校验结果 into the workbook (default true; `workpoints validate` without --out reads only). */
  write?: boolean;
  /** Today (YYYY-MM-DD) for items past their 完成时限 in a period still running; default the clock's local date. */
  today?: string;
}

/** Validates the ledger and (unless `write` is false) writes the outcome into the workbook. */
export async function validateLedger(
  workbook: LedgerWorkbook,
  options: ValidateOptions = {},
): Promise<LedgerValidation> {
  let ledger: Ledger | null = null;
  let result: ValidationResult | null = null;
  let merged = 0;
  const notices: Message[] = [];
  const reports: WriteReport[] = [];
  await runSteps(
    [
      {
        key: 'readEntries',
        run: async () => {
          const read = await readForUseCase(workbook, 'validate', options.merge);
          ledger = read.ledger;
          merged = read.merged;
          reports.push(...read.reports);
          notices.push(...read.notices);
        },
      },
      {
        key: 'validate',
        run: () => {
          if (!ledger) return;
          result = validateEntries(ledger.schema, ledger.rows, {
            ...(options.period === undefined ? {} : { period: options.period }),
            today: options.today ?? isoDay(new Date()),
          });
        },
      },
      {
        key: 'writeStatus',
        run: async () => {
          if (!ledger || !result || options.write === false) return;
          const output = planIssueSheet(ledger.layout, ledger.rows, result, ledger.notices);
          reports.push(await workbook.writeIssueSheet(ledger.layout, output));
        },
      },
    ],
    options,
  );
  if (!ledger || !result) throw new LedgerError('job.cancelled');
  return {
    ledger,
    result,
    notices: [...notices, ...reports.flatMap((r) => r.notices)],
    skipped: reports.flatMap((r) => r.skipped),
    merged,
  };
}
