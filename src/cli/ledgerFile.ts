/** Opening a ledger file for a command: its bytes read with a plain reason on failure, then held in memory. */
import { LedgerError } from '../domain/messages';
import { XlsxLedger } from '../xlsx/xlsxLedger';
import { readFailure } from './files';
import type { CliIo } from './io';

/** Opens the .xlsx at `path` as an in-memory ledger; throws a LedgerError naming the file and the reason. */
export async function openLedgerFile(path: string, io: CliIo): Promise<XlsxLedger> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new LedgerError('cli.cannotRead', { reason: readFailure(path, error) });
  }
  try {
    return await XlsxLedger.open(bytes);
  } catch (error) {
    throw new LedgerError('cli.notWorkbook', {
      file: path,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}
