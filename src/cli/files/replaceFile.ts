/**
 * Writing a file the way the CLI must: through links to the real file, into a temp file beside it that is
 * renamed over it only when complete, keeping the replaced file's mode (and owner where the system allows).
 * A failure throws a LedgerError naming the user's file; the original is then untouched.
 */
import { constants, type Stats } from 'node:fs';
import {
  access,
  lstat,
  open,
  readlink,
  realpath,
  rename,
  stat,
  unlink,
  type FileHandle,
} from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { LedgerError } from '../../domain/messages';
import { errorCode, writeFailureMessage } from './failures';
import { holdTemp, releaseTemp, removeStaleTemps, tempPathIn } from './tempFiles';

/** What to write: the bytes, or a producer that writes chunks (for writers that stream). */
export type FileContent = Uint8Array | ((write: (chunk: Uint8Array) => Promise<void>) => Promise<void>);

const MAX_LINKS = 40;

/** A write failure as the error every caller shows. */
function failure(target: string, error: unknown): LedgerError {
  if (error instanceof LedgerError) return error;
  const m = writeFailureMessage(target, error);
  return new LedgerError(m.key, m.params);
}

/** The path the bytes must land on: links followed to the real file, also a link whose file does not exist yet. */
export async function realTarget(target: string): Promise<string> {
  try {
    return await realpath(target);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  // A dangling link: follow it by hand to where the file will be created.
  let path = resolve(target);
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    let info: Stats;
    try {
      info = await lstat(path);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      break;
    }
    if (!info.isSymbolicLink()) break;
    path = resolve(dirname(path), await readlink(path));
  }
  // The folder itself may be reached through links: the temp file must sit in the same real folder.
  return join(await realpath(dirname(path)), basename(path));
}

async function existing(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Gives the new file the old one's owner where permitted: as root, or when we own it (then only the group may change). */
async function keepOwner(handle: FileHandle, old: Stats): Promise<void> {
  const uid = process.getuid?.();
  if (uid === undefined || (uid !== 0 && uid !== old.uid)) return;
  try {
    await handle.chown(old.uid, old.gid);
  } catch {
    // A group we are not a member of: the file keeps our group, as any editor saving it would.
  }
}

async function writeContent(handle: FileHandle, content: FileContent): Promise<void> {
  if (content instanceof Uint8Array) {
    await handle.writeFile(content);
    return;
  }
  await content(async (chunk) => {
    await handle.write(chunk);
  });
}

/**
 * Replaces (or creates) `target` with `content` atomically. Links are written through: a symlink stays a link
 * and its file gets the new bytes; the file keeps its permissions. Our stale temp files in that folder (left by
 * a killed run, older than an hour) are removed first.
 */
export async function replaceFile(target: string, content: FileContent): Promise<void> {
  let real: string;
  let old: Stats | null;
  try {
    real = await realTarget(target);
    old = await existing(real);
    if (old?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    // A read-only file in a writable folder could still be renamed over: respect the user's read-only mark.
    if (old) await access(real, constants.W_OK);
  } catch (error) {
    throw failure(target, error);
  }
  const folder = dirname(real);
  await removeStaleTemps(folder);
  const temp = tempPathIn(folder);
  let handle: FileHandle | undefined;
  holdTemp(temp, target);
  try {
    handle = await open(temp, 'wx', 0o666);
    await writeContent(handle, content);
    if (old) {
      await handle.chmod(old.mode & 0o7777);
      await keepOwner(handle, old);
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, real);
    releaseTemp(temp);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    releaseTemp(temp);
    throw failure(target, error);
  }
}
