/** File access shared by the commands: plain Chinese read errors, and writes that never leave a half-written file. */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { CliIo } from './io';

/** Writes next to the target first and renames over it only when the whole file is written; returns a Chinese error or null. */
export async function writeAtomically(path: string, bytes: Uint8Array, io: CliIo): Promise<string | null> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await io.writeFile(temp, bytes);
    await io.rename(temp, path);
    return null;
  } catch (error) {
    await io.remove(temp).catch(() => undefined);
    return `无法写入“${path}”：${error instanceof Error ? error.message : String(error)}`;
  }
}

/** A Chinese sentence for a file that could not be read (missing, a folder, no permission, or the system's reason). */
export function readFailure(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    code === 'ENOENT'
      ? '文件不存在'
      : code === 'EISDIR'
        ? '这是一个文件夹'
        : code === 'EACCES' || code === 'EPERM'
          ? '没有读取权限'
          : error instanceof Error
            ? error.message
            : String(error);
  return `无法读取文件“${path}”：${reason}`;
}
