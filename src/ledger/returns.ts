/**
 * Return forms for a period: one pre-filled form per member unit that owes something, from the ledger's schema,
 * its entries (上期累计值 is the unit's counted figure of the previous period) and what the office recorded
 * (报送截止, each unit's contact). The form writer is the adapter's (src/xlsx), passed in, so that this use
 * case is written once for the CLI and the pane.
 */
import { validateEntries } from '../domain/validation';
import { officeCellsFromSnapshot } from '../workbook/officeCells';
import type { ReturnFormPlan } from '../workbook/returnFormPlan';
import { buildReturnForms, type ReturnFormProgress, type ReturnFormsResult } from '../workbook/returnForms';
import { resolvePeriod, type ResolvedPeriod } from './period';
import type { LedgerWorkbook } from './port';
import { readLedger } from './readLedger';

/** Options of a run. */
export interface ReturnsOptions {
  /** The period: a label or a spelling the period reader understands. */
  period: string;
  /** Only these units (names or aliases; a collective stands for its members). */
  units?: readonly string[];
  /** 报送截止 printed on the forms, overriding the ledger's. */
  due?: string;
  /** The office's own contact for questions. */
  contact?: string;
  /** When the forms are generated (recorded in each). */
  generatedAt: Date;
  /** Writes one form (src/xlsx/writeReturnForm.ts). */
  write: (plan: ReturnFormPlan) => Promise<Uint8Array>;
  /** After each form; a returned promise is awaited (the pane repaints there). */
  onProgress?: (progress: ReturnFormProgress) => void | Promise<void>;
  signal?: AbortSignal;
}

/** The written forms and the period they are for. */
export interface LedgerReturns extends ReturnFormsResult {
  resolved: ResolvedPeriod;
}

/** Reads the ledger and writes the period's return forms (nothing in the ledger changes). */
export async function buildLedgerReturns(
  workbook: LedgerWorkbook,
  options: ReturnsOptions,
): Promise<LedgerReturns> {
  const ledger = await readLedger(workbook, 'status');
  const resolved = resolvePeriod(ledger.schema, options.period);
  // All periods are normalized whichever one is chosen: the previous period's figures come from the same run.
  const { normalized } = validateEntries(ledger.schema, ledger.rows, { period: resolved.label });
  const result = await buildReturnForms(
    {
      schema: ledger.schema,
      fingerprint: ledger.fingerprint,
      entries: normalized,
      period: resolved.label,
      ...(options.units ? { units: options.units } : {}),
      ...(options.due ? { due: options.due } : {}),
      ...(options.contact ? { contact: options.contact } : {}),
      office: officeCellsFromSnapshot(ledger.snapshot),
      generatedAt: options.generatedAt,
    },
    {
      write: options.write,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    },
  );
  return { ...result, resolved };
}
