/**
 * Our temp files: one recognisable prefix, always beside the file they will replace (so the final rename stays
 * on one file system), removed on every way out of the process we can see, and swept up on a later run when
 * a process we cannot see out of (kill -9, power loss) left one behind.
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { lstat, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { message, translate } from '../../domain/messages';

/** Every temp file we write starts with this; nothing else in a user's folder may be removed by us. */
export const TEMP_PREFIX = '.workpoints-tmp-';

/** A temp file older than this was left by a run that died: no write of ours takes an hour. */
export const STALE_AFTER_MS = 60 * 60 * 1000;

/** A fresh temp file name in `folder`. */
export function tempPathIn(folder: string): string {
  return join(folder, `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

/** Removes our temp files in `folder` older than an hour; younger ones may belong to a run still going. */
export async function removeStaleTemps(folder: string, now: number = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const path = join(folder, name);
    try {
      const info = await lstat(path);
      if (!info.isFile() || now - info.mtimeMs < STALE_AFTER_MS) continue;
      await unlink(path);
      removed.push(path);
    } catch {
      // Gone already, or not ours to remove: a sweep never fails a run.
    }
  }
  return removed;
}

/** Temp files being written now, with the user's file each one will become (for the interruption message). */
const pending = new Map<string, string>();

function removePendingNow(): void {
  for (const temp of pending.keys()) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or removed.
    }
  }
  pending.clear();
}

function onSignal(): void {
  const targets = [...new Set(pending.values())];
  removePendingNow();
  for (const file of targets)
    process.stderr.write(`${translate('zh-CN', message('files.write.interrupted', { file }))}\n`);
  // The CLI's exit codes are 0, 1 and 2 only: an interrupted write is "could not write the file".
  process.exit(2);
}

function listen(on: boolean): void {
  const method = on ? 'on' : 'off';
  process[method]('SIGINT', onSignal);
  process[method]('SIGTERM', onSignal);
  process[method]('SIGHUP', onSignal);
  process[method]('exit', removePendingNow);
}

/** Records a temp file being written; until `release`, an exit or SIGINT/SIGTERM/SIGHUP removes it. */
export function holdTemp(temp: string, target: string): void {
  if (pending.size === 0) listen(true);
  pending.set(temp, target);
}

/** Forgets a temp file (renamed into place or removed); the signal handlers go when none is left. */
export function releaseTemp(temp: string): void {
  if (!pending.delete(temp)) return;
  if (pending.size === 0) listen(false);
}

/** Temp files currently held (for tests). */
export function heldTemps(): string[] {
  return [...pending.keys()];
}
