/** The CLI's view of the outside world, so commands can be tested without spawning a process or a disk. */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { LedgerError } from '../domain/messages';
import { readFailure } from './files';
import { replaceFile } from './files/replaceFile';

/** What a path names, after links: a file, a folder, or nothing. */
export type PathKind = 'file' | 'folder' | null;

/** Output streams and file access used by CLI commands. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  /**
   * Replaces (or creates) a file atomically: written beside it first, then renamed over it, through links,
   * keeping its mode; throws a LedgerError naming the file in plain words.
   */
  replaceFile(path: string, bytes: Uint8Array): Promise<void>;
  /** The identity of the file a path reaches after links (device and inode), or null when nothing is there. */
  fileIdentity(path: string): Promise<string | null>;
  /** What a path names. */
  pathKind(path: string): Promise<PathKind>;
  /** Creates a folder and its parents when missing. */
  makeFolder(path: string): Promise<void>;
  /** When the file a path reaches was last modified (ms since the epoch), or null when unknown. */
  fileTime?(path: string): Promise<number | null>;
}

/** The real process streams and file system. */
export function nodeIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data),
    replaceFile: (path, bytes) => replaceFile(path, bytes),
    fileIdentity: async (path) => {
      try {
        const info = await stat(path, { bigint: true });
        return `${info.dev}:${info.ino}`;
      } catch {
        // Nothing there (yet), or unreadable: reading or writing it reports that in its own words.
        return null;
      }
    },
    makeFolder: async (path) => {
      try {
        await mkdir(path, { recursive: true });
      } catch (error) {
        throw new LedgerError('files.folder.cannotCreate', {
          folder: path,
          reason: readFailure(path, error),
        });
      }
    },
    fileTime: async (path) => {
      try {
        return (await stat(path)).mtimeMs;
      } catch {
        return null;
      }
    },
    pathKind: async (path) => {
      try {
        return (await stat(path)).isDirectory() ? 'folder' : 'file';
      } catch {
        return null;
      }
    },
  };
}
