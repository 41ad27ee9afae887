/**
 * Whether an output names an input: compared by device and inode after following links, so `./a.xlsx`,
 * `../dir/a.xlsx`, an absolute path, a symlink and a hard link to the input are all the input.
 */
import { stat } from 'node:fs/promises';
import { message, type Message } from '../../domain/messages';

/** A file the command writes, with the option that named it (for the message). */
export interface OutputPath {
  /** The option as the user typed it, e.g. `--out` or `--into`. */
  flag: string;
  path: string;
}

/** How to tell a file's identity (the CLI's io in commands; the real file system by default). */
export type IdentityOf = (path: string) => Promise<string | null>;

/** Device and inode as bigints (Windows file ids do not fit a double), or null when there is no such file. */
async function identity(path: string): Promise<string | null> {
  try {
    const info = await stat(path, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    // No file there (yet), or unreadable: reading or writing it reports that in its own words.
    return null;
  }
}

/** Whether two paths reach the same file (false when either does not exist). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([identity(a), identity(b)]);
  return x !== null && x === y;
}

/**
 * The refusal for the first output that is one of the inputs, or null. An output may also be an input of its
 * own (`build --into BOOK`): pass it among the inputs only where that is a mistake (its schema file).
 */
export async function outputIsInput(
  outputs: readonly OutputPath[],
  inputs: readonly string[],
  identityOf: IdentityOf = identity,
): Promise<Message | null> {
  const inputIds = await Promise.all(inputs.map(async (path) => ({ path, id: await identityOf(path) })));
  for (const output of outputs) {
    const id = await identityOf(output.path);
    if (id === null) continue;
    const input = inputIds.find((candidate) => candidate.id === id);
    if (input)
      return message('files.target.isInput', { flag: output.flag, file: output.path, input: input.path });
  }
  return null;
}
