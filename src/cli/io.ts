/** The CLI's view of the outside world, so commands can be tested without spawning a process. */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';

/** Output streams and file access used by CLI commands. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  /** Moves a finished temp file over the target. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file (no error when it is absent). */
  remove(path: string): Promise<void>;
}

/** The real process streams and file system. */
export function nodeIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data),
    rename: (from, to) => rename(from, to),
    remove: (path) => rm(path, { force: true }),
  };
}
