/** An in-memory CliIo: files from a map, output captured as text. */
import type { CliIo } from '../../src/cli/io';

/** The captured streams of a fake CliIo. */
export interface FakeIo extends CliIo {
  stdout(): string;
  stderr(): string;
}

/** A CliIo over the given files; reading any other path fails as Node does, with code ENOENT. */
export function fakeIo(files: Record<string, Uint8Array | string> = {}): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (text) => void out.push(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => void err.push(text.endsWith('\n') ? text : `${text}\n`),
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined)
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
          code: 'ENOENT',
        });
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    writeFile: async () => {
      throw new Error('parse never writes files');
    },
    replaceFile: async () => {
      throw new Error('parse never writes files');
    },
    fileIdentity: async (path) => (path in files ? path : null),
    pathKind: async (path) => (path in files ? 'file' : null),
    makeFolder: async () => undefined,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
