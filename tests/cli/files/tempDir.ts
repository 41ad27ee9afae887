/** A scratch folder per test file, removed afterwards (permissions restored first so it can be removed). */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Makes a scratch folder for the current test file; call in beforeAll, clean in afterAll. */
export function scratch(prefix: string): { dir(): string; cleanUp(): void } {
  let dir = '';
  return {
    dir: () => {
      if (!dir) {
        dir = mkdtempSync(join(tmpdir(), prefix));
        chmodSync(dir, 0o755);
      }
      return dir;
    },
    cleanUp: () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Product names our Chinese sentences may name. */
const PRODUCTS = ['Excel', 'WPS'];

/** Whether a user-facing sentence is free of English words (beyond the given paths) and of our temp file's name. */
export function plainChinese(text: string, ...paths: string[]): boolean {
  let rest = text;
  for (const product of PRODUCTS) rest = rest.split(product).join('');
  for (const path of paths) rest = rest.split(path).join('');
  return !rest.includes('.workpoints-tmp') && !/[A-Za-z]{2,}/.test(rest) && /[\u4e00-\u9fff]/.test(rest);
}
