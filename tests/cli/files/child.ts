/** Runs writer.child.ts in its own Node process (TypeScript through tsx), optionally as another user. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

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
