/** Tests' short ways into the ledger core: validate a snapshot, or write the checked copy of a file. */
import { isLedgerError, translate } from '../../src/domain/messages';
import { validateEntries } from '../../src/domain/validation';
import type { ValidationResult } from '../../src/domain/validation/types';
import { inspectLedger, type Ledger } from '../../src/ledger/readLedger';
import { validateLedger } from '../../src/ledger/validateLedger';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { XlsxLedger } from '../../src/xlsx/xlsxLedger';

/** A snapshot as the ledger core reads it and validates it, or why it cannot (in Chinese). */
export type SnapshotCheck =
  { ok: true; ledger: Ledger; result: ValidationResult; notices: string[] } | { ok: false; problem: string };

/** Inspects and validates a snapshot the way every path does. */
export function checkSnapshot(snapshot: WorkbookSnapshot, options: { period?: string } = {}): SnapshotCheck {
  try {
    const ledger = inspectLedger(snapshot);
    const result = validateEntries(ledger.schema, ledger.rows, options);
    return { ok: true, ledger, result, notices: ledger.notices.map((n) => translate('zh-CN', n.message)) };
  } catch (error) {
    if (isLedgerError(error)) return { ok: false, problem: error.message };
    throw error;
  }
}

/** The checked copy of a ledger file, as `workpoints validate --out` writes it. */
export async function validatedCopy(bytes: Uint8Array, period?: string): Promise<Uint8Array> {
  return validatedCopyOf(await XlsxLedger.open(bytes), period);
}

/** The checked copy of a ledger held in memory (e.g. a snapshot a test edited). */
export async function validatedCopyOf(book: XlsxLedger, period?: string): Promise<Uint8Array> {
  await validateLedger(book, { ...(period === undefined ? {} : { period }), merge: true });
  return book.toBytes('test');
}
