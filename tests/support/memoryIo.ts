/** An in-memory CliIo that records output and file writes, for running commands without a disk. */
import type { CliIo } from '../../src/cli/io';

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
}

/** A CliIo over `files` (mutable: writes land there); missing files fail with ENOENT as in Node. */
export function memoryIo(
  initial: Record<string, Uint8Array> | Map<string, Uint8Array> = {},
  options: MemoryIoOptions = {},
): MemoryIo {
  const files = initial instanceof Map ? initial : new Map(Object.entries(initial));
  const out: string[] = [];
  const err: string[] = [];
  return {
    files,
    out: (text) => void out.push(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => void err.push(text.endsWith('\n') ? text : `${text}\n`),
    readFile: async (path) => {
      const content = files.get(path);
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
    rename: async (from, to) => {
      const data = files.get(from);
      if (!data) throw new Error(`no ${from}`);
      files.set(to, data);
      files.delete(from);
    },
    remove: async (path) => void files.delete(path),
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
