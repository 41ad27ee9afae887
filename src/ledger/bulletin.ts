/**
 * The 通报 of a period, composed from the ledger: validated like the summary (rows marked 错误 are not counted),
 * the period's and the previous period's summaries, the units' own 存在问题 texts, and — when the ledger has
 * them — the 报送截止 and the collection records. Written once for the CLI and the pane.
 */
import { composeBulletin, unitProblems, type BulletinDocument } from '../domain/bulletin';
import type { Locale } from '../domain/messages';
import { summarize } from '../domain/summary/summarize';
import { validateEntries } from '../domain/validation';
import { deadlineOf, receiptsOf } from '../workbook/bulletinRecords';
import { resolvePeriod, type ResolvedPeriod } from './period';
import type { LedgerWorkbook } from './port';
import { readLedger } from './readLedger';

/** Options of a bulletin. */
export interface BulletinOptions {
  /** The period: a label or a spelling the period reader understands. */
  period: string;
  /** 成文日期 (ISO date). */
  date: string;
  /** The office's 下步工作 paragraphs; the catalogue's default when absent. */
  nextSteps?: readonly string[] | null;
  locale?: Locale;
}

/** A composed bulletin and what the user should know about it. */
export interface LedgerBulletin {
  bulletin: BulletinDocument;
  period: ResolvedPeriod;
  /** Entry rows validation marked 错误 (not counted). */
  errorRows: number;
}

/** Reads the ledger and composes the period's bulletin (nothing is written). */
export async function composeLedgerBulletin(
  workbook: LedgerWorkbook,
  options: BulletinOptions,
): Promise<LedgerBulletin> {
  const ledger = await readLedger(workbook, 'status');
  const { schema, snapshot } = ledger;
  const period = resolvePeriod(schema, options.period);
  const { normalized } = validateEntries(schema, ledger.rows, { period: period.label });
  const index = schema.periods.findIndex((p) => p.label === period.label);
  const before = index > 0 ? schema.periods[index - 1] : undefined;
  const bulletin = composeBulletin(
    {
      schema,
      summary: summarize(schema, normalized, period.label),
      previous: before ? summarize(schema, normalized, before.label) : null,
      problems: unitProblems(ledger.rows, normalized, period.label),
      deadline: deadlineOf(snapshot, period.label),
      receipts: receiptsOf(snapshot, period.label),
      nextSteps: options.nextSteps ?? null,
      date: options.date,
    },
    options.locale ?? 'zh-CN',
  );
  return { bulletin, period, errorRows: normalized.filter((e) => e.status === 'error').length };
}
