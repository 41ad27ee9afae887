/**
 * File safety for the CLI: inputs are never overwritten (outputIsInput, buildOutRefusal), writes are atomic and
 * go through links keeping the file's mode (replaceFile), temp files never outlive a run (tempFiles), and
 * failures read as plain Chinese naming the user's file (failures).
 */
import { translate } from '../../domain/messages';
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
