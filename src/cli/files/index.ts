/**
 * File safety for the CLI: inputs are never overwritten (outputIsInput, buildOutRefusal), writes are atomic and
 * go through links keeping the file's mode (replaceFile), temp files never outlive a run (tempFiles), and
 * failures read as plain Chinese naming the user's file (failures).
 */
import { translate } from '../../domain/messages';
import type { CliIo } from '../io';
import { readFailureMessage, writeFailureMessage } from './failures';
import { tempPathIn } from './tempFiles';
import { dirname } from 'node:path';

export { buildOutRefusal, type BuildOutOptions } from './buildOut';
export { errorCode, readFailureMessage, writeFailureMessage } from './failures';
export { realTarget, replaceFile, type FileContent } from './replaceFile';
export { isSameFile, outputIsInput, type OutputPath } from './sameFile';
export { removeStaleTemps, STALE_AFTER_MS, TEMP_PREFIX } from './tempFiles';

/** The file moves an atomic write needs (injected so commands can be tested on an in-memory file system). */
export interface FileMoves {
  /** Moves a finished temp file over the target. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a temp file left by a failed write (no error when absent). */
  remove(path: string): Promise<void>;
}

/**
 * Writes next to the target first and renames over it only when the whole file is written; returns a Chinese
 * error or null. For commands still on injected file moves (in-memory tests): it neither follows links nor
 * keeps the mode; `replaceFile` does both and is what the real file system should use.
 */
export async function writeAtomically(
  path: string,
  bytes: Uint8Array,
  io: CliIo,
  moves: FileMoves,
): Promise<string | null> {
  const temp = tempPathIn(dirname(path));
  try {
    await io.writeFile(temp, bytes);
    await moves.rename(temp, path);
    return null;
  } catch (error) {
    await moves.remove(temp).catch(() => undefined);
    return translate('zh-CN', writeFailureMessage(path, error));
  }
}

/** A Chinese sentence for a file that could not be read (missing, a folder, no permission, or a plain reason). */
export function readFailure(path: string, error: unknown): string {
  return translate('zh-CN', readFailureMessage(path, error));
}
