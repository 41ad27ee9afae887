/** Why a file could not be read or written, as a catalogue message naming the user's file (never a system code). */
import { dirname } from 'node:path';
import { message, type Message } from '../../domain/messages';

/** The Node error code of something thrown, if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Why `path` could not be read: missing, a folder, no permission, or a plain sentence for anything else. */
export function readFailureMessage(path: string, error: unknown): Message {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return message('files.read.missing', { file: path });
    case 'EISDIR':
      return message('files.read.folder', { file: path });
    case 'EACCES':
    case 'EPERM':
      return message('files.read.denied', { file: path });
    default:
      return message('files.read.failed', { file: path });
  }
}

/**
 * Why `path` could not be written. The error may come from our temp file beside it: the message names only
 * the user's file and its folder. `platform` is a parameter because EPERM means "open in another program" on
 * Windows and "not permitted" elsewhere.
 */
export function writeFailureMessage(
  path: string,
  error: unknown,
  platform: NodeJS.Platform = process.platform,
): Message {
  const file = { file: path };
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return message('files.write.noFolder', { file: path, folder: dirname(path) });
    case 'EACCES':
    case 'EROFS':
      return message('files.write.readOnly', file);
    case 'EPERM':
      return message(platform === 'win32' ? 'files.write.busy' : 'files.write.readOnly', file);
    case 'EBUSY':
    case 'ETXTBSY':
      return message('files.write.busy', file);
    case 'EISDIR':
      return message('files.write.isFolder', file);
    case 'ENOSPC':
    case 'EDQUOT':
      return message('files.write.diskFull', file);
    default:
      return message('files.write.failed', file);
  }
}
