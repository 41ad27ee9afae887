/** Opening a ledger file for a command: its bytes read with a plain reason on failure, then held in memory. */
import { basename } from 'node:path';
import { isLedgerError, LedgerError } from '../domain/messages';
import { nodeDeflate } from '../xlsx/package/nodeDeflate';
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
    return await XlsxLedger.open(bytes, basename(path));
  } catch (error) {
    // The package reader says what the file is (not a zip, password-protected, an .xls…), naming it.
    if (isLedgerError(error)) throw error;
    throw new LedgerError('cli.notWorkbook', {
      file: path,
      reason: String((error as Error)?.message ?? error),
    });
  }
}

/** The ledger's bytes to write, compressed with Node's own zlib. */
export function ledgerBytes(book: XlsxLedger, appVersion: string): Promise<Uint8Array> {
  return book.toBytes(appVersion, { deflate: nodeDeflate });
}
