/** Runs writer.child.ts in its own Node process (TypeScript through tsx), optionally as another user. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { replaceFile } from '../../../src/cli/files';
import { isLedgerError, translate } from '../../../src/domain/messages';

const SCRIPT = join(__dirname, 'writer.child.ts');

/** The uid/gid of `nobody`, for tests that need a user without root's override of file permissions. */
export const NOBODY = { uid: 65534, gid: 65534 };

/** Starts the writer child; `as` runs it as that user (only when we are root). */
export function startWriter(args: string[], as?: { uid: number; gid: number }): ChildProcess {
  return spawn(process.execPath, ['--require', 'tsx/cjs', SCRIPT, ...args], {
    cwd: join(__dirname, '..', '..', '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(as ?? {}),
  });
}

/** Runs the writer child to its end: exit code, stdout and stderr. */
export function runWriter(
  args: string[],
  as?: { uid: number; gid: number },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = startWriter(args, as);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Resolves once the child has printed `text` on stdout (it is then mid-write). */
export function waitFor(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) resolve();
    });
    child.on('close', (code) => reject(new Error(`child exited (${code}) before “${text}”`)));
  });
}

/** Outcome of a write attempt: exit code and the Chinese sentence printed. */
export interface WriteRun {
  code: number | null;
  stderr: string;
}

async function writeHere(target: string): Promise<WriteRun> {
  try {
    await replaceFile(target, new TextEncoder().encode('new'));
    return { code: 0, stderr: '' };
  } catch (error) {
    return { code: 2, stderr: isLedgerError(error) ? translate('zh-CN', error.toMessage()) : String(error) };
  }
}

let nobodyWorks: Promise<boolean> | undefined;

/**
 * Writes `target` as a user the file system can refuse. Root ignores permission bits, so as root the write runs
 * in a child as `nobody`; where `nobody` cannot reach this checkout, the target's folder is bind-mounted
 * read-only instead (which refuses even root, with EROFS).
 */
export async function writeUnprivileged(target: string): Promise<WriteRun> {
  if (process.getuid?.() !== 0) return writeHere(target);
  nobodyWorks ??= runWriter(['probe'], NOBODY).then((r) => r.code === 0 && r.stdout.includes('ok'));
  if (await nobodyWorks) return runWriter(['write', target, 'new'], NOBODY);
  const folder = dirname(target);
  execFileSync('mount', ['--bind', folder, folder]);
  try {
    execFileSync('mount', ['-o', 'remount,bind,ro', folder, folder]);
    return await writeHere(target);
  } finally {
    execFileSync('umount', [folder]);
  }
}
