/** An in-memory CliIo that records output and file writes, for running commands without a disk. */
import { resolve } from 'node:path';
import type { CliIo } from '../../src/cli/io';
import { LedgerError } from '../../src/domain/messages';

/** The captured streams and files. */
export interface MemoryIo extends CliIo {
  files: Map<string, Uint8Array>;
  stdout(): string;
  stderr(): string;
}

/** Options of the in-memory io. */
export interface MemoryIoOptions {
  /** Every write fails like a full disk. */
  failWrites?: boolean;
  /** Modification times of files (ms since the epoch), by path; a file not listed has none. */
  times?: Record<string, number>;
}

/** A CliIo over `files` (mutable: writes land there); missing files fail with ENOENT as in Node. */
export function memoryIo(
  initial: Record<string, Uint8Array> | Map<string, Uint8Array> = {},
  options: MemoryIoOptions = {},
): MemoryIo {
  const files = initial instanceof Map ? initial : new Map(Object.entries(initial));
  const keyOf = (path: string): string | null =>
    [...files.keys()].find((key) => resolve(key) === resolve(path)) ?? null;
  const out: string[] = [];
  const err: string[] = [];
  return {
    files,
    out: (text) => void out.push(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => void err.push(text.endsWith('\n') ? text : `${text}\n`),
    readFile: async (path) => {
      const content = files.get(keyOf(path) ?? path);
      if (content === undefined)
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
          code: 'ENOENT',
        });
      return content;
    },
    writeFile: async (path, data) => {
      if (options.failWrites)
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      files.set(path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
    },
    replaceFile: async (path, bytes) => {
      if (options.failWrites) throw new LedgerError('files.write.diskFull', { file: path });
      files.set(path, bytes);
    },
    // A file is known by its absolute path: `./a`, `a` and `/cwd/a` are one file, as on a disk.
    fileIdentity: async (path) => (keyOf(path) === null ? null : resolve(path)),
    pathKind: async (path) => (keyOf(path) === null ? null : 'file'),
    makeFolder: async () => undefined,
    fileTime: async (path) => {
      const key = keyOf(path);
      return key === null ? null : (options.times?.[key] ?? null);
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
