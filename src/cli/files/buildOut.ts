/**
 * `build --out`: a new ledger never replaces a file by accident. An existing file needs `--force`; a ledger
 * that already holds entries is refused even then, because `--into` loads a schema while keeping them.
 */
import { stat } from 'node:fs/promises';
import { message, type Message } from '../../domain/messages';

/** What the check needs from the caller. */
export interface BuildOutOptions {
  /** `--force` was given. */
  force: boolean;
  /**
   * Whether the file at this path is a ledger holding entries (the ledger reader, wired by the command).
   * A file it cannot read as a ledger counts as holding none: `--force` may replace it.
   */
  holdsEntries(path: string): Promise<boolean>;
  /** What the path names (the CLI's io in commands; the real file system by default). */
  kindOf?(path: string): Promise<'file' | 'folder' | null>;
}

async function statKind(path: string): Promise<'file' | 'folder' | null> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    // Nothing there, or a folder we cannot reach: the write itself reports the latter in plain words.
    return null;
  }
}

/** The refusal for `build --out path`, or null when writing there is allowed. */
export async function buildOutRefusal(path: string, options: BuildOutOptions): Promise<Message | null> {
  const kind = await (options.kindOf ?? statKind)(path);
  if (kind === null) return null;
  if (kind === 'folder') return message('files.write.isFolder', { file: path });
  const filled = await options.holdsEntries(path).catch(() => false);
  if (filled) return message('files.out.filledLedger', { file: path });
  return options.force ? null : message('files.out.exists', { file: path });
}
