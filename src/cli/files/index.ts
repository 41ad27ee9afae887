/**
 * File safety for the CLI: inputs are never overwritten (outputIsInput, buildOutRefusal), writes are atomic and
 * go through links keeping the file's mode (replaceFile), temp files never outlive a run (tempFiles), and
 * failures read as plain Chinese naming the user's file (failures).
 */
import { translate, type Message } from '../../domain/messages';
import { outputIsInput } from './sameFile';
import { readFailureMessage } from './failures';

export { buildOutRefusal, type BuildOutOptions } from './buildOut';
export { errorCode, readFailureMessage, writeFailureMessage } from './failures';
export { realTarget, replaceFile, type FileContent } from './replaceFile';
export { isSameFile, outputIsInput, type OutputPath } from './sameFile';
export { removeStaleTemps, STALE_AFTER_MS, TEMP_PREFIX } from './tempFiles';

/** A Chinese sentence for a file that could not be read (missing, a folder, no permission, or a plain reason). */
export function readFailure(path: string, error: unknown): string {
  return translate('zh-CN', readFailureMessage(path, error));
}

/** The refusal when `--out` reaches the input (by device and inode after links), or null; none without --out. */
export function outReachesInput(
  out: string | undefined,
  input: string,
  identityOf: (path: string) => Promise<string | null>,
): Promise<Message | null> {
  return out === undefined
    ? Promise.resolve(null)
    : outputIsInput([{ flag: '--out', path: out }], [input], identityOf);
}
