/** An in-memory CliIo that records writes, for commands that write files. */
import type { CliIo } from '../../src/cli/io';

/** The captured streams and files. */
export interface MemoryIo extends CliIo {
  files: Map<string, Uint8Array>;
  stdout(): string;
  stderr(): string;
}

/** A CliIo over `files` (mutable: writes land there); missing files fail with ENOENT as in Node. */
export function memoryIo(initial: Record<string, Uint8Array> = {}): MemoryIo {
  const files = new Map(Object.entries(initial));
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
    writeFile: async (path, data) =>
      void files.set(path, typeof data === 'string' ? new TextEncoder().encode(data) : data),
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

/** Command deps that rename and remove inside the memory io. */
export function memoryFs(io: MemoryIo): {
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
} {
  return {
    rename: async (from, to) => {
      const data = io.files.get(from);
      if (!data) throw new Error(`no ${from}`);
      io.files.set(to, data);
      io.files.delete(from);
    },
    remove: async (path) => void io.files.delete(path),
  };
}
