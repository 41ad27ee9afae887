/** Temp files carry one prefix, sit beside the target and never outlive a run: killed runs are swept up later. */
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeStaleTemps, replaceFile, TEMP_PREFIX } from '../../../src/cli/files';
import { startWriter, waitFor } from './child';
import { plainChinese, scratch } from './tempDir';

const tmp = scratch('wp-temps-');
afterAll(() => tmp.cleanUp());

const temps = (dir: string): string[] => readdirSync(dir).filter((name) => name.startsWith(TEMP_PREFIX));
const TWO_HOURS_AGO = (Date.now() - 2 * 60 * 60 * 1000) / 1000;

function folder(name: string): string {
  const dir = join(tmp.dir(), name);
  mkdirSync(dir);
  return dir;
}

describe('temp files of a run that died', () => {
  it('a run killed with -9 mid-write leaves its temp file beside the target; the next run, an hour on, removes it', async () => {
    const dir = folder('killed');
    const target = join(dir, 'book.xlsx');
    writeFileSync(target, 'original');
    const child = startWriter(['hang', target]);
    await waitFor(child, 'writing');
    const left = temps(dir);
    expect(left).toHaveLength(1);
    const closed = new Promise((resolve) => child.on('close', resolve));
    child.kill('SIGKILL');
    await closed;
    // kill -9 cannot be caught: the temp file stays, the target is untouched.
    expect(temps(dir)).toEqual(left);
    expect(readFileSync(target, 'utf8')).toBe('original');
    // A normal run within the hour keeps it (it might belong to a run still going)…
    await replaceFile(target, new TextEncoder().encode('second'));
    expect(temps(dir)).toEqual(left);
    // …and once it is over an hour old, the next normal run removes it.
    utimesSync(join(dir, left[0] ?? ''), TWO_HOURS_AGO, TWO_HOURS_AGO);
    await replaceFile(target, new TextEncoder().encode('third'));
    expect(temps(dir)).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('third');
  });

  it('SIGTERM or SIGINT mid-write removes the temp file and exits 2 with a Chinese sentence', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const dir = folder(`signal-${signal}`);
      const target = join(dir, 'book.xlsx');
      writeFileSync(target, 'original');
      const child = startWriter(['hang', target]);
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      await waitFor(child, 'writing');
      expect(temps(dir)).toHaveLength(1);
      const code = new Promise((resolve) => child.on('close', resolve));
      child.kill(signal);
      expect([signal, await code]).toEqual([signal, 2]);
      expect(temps(dir)).toEqual([]);
      expect(readFileSync(target, 'utf8')).toBe('original');
      expect(stderr.trim()).toBe(`已中断：没有写入“${target}”，原文件没有改动。`);
      expect(plainChinese(stderr, target)).toBe(true);
    }
  });
});

describe('removeStaleTemps', () => {
  it('removes only our own temp files older than an hour', async () => {
    const dir = folder('sweep');
    const old = join(dir, `${TEMP_PREFIX}1-aaaa.tmp`);
    const young = join(dir, `${TEMP_PREFIX}2-bbbb.tmp`);
    const users = join(dir, '.book.xlsx.1234abcd.tmp');
    const oldFolder = join(dir, `${TEMP_PREFIX}folder`);
    for (const file of [old, young, users]) writeFileSync(file, 'x');
    mkdirSync(oldFolder);
    for (const path of [old, users, oldFolder]) utimesSync(path, TWO_HOURS_AGO, TWO_HOURS_AGO);
    expect(await removeStaleTemps(dir)).toEqual([old]);
    expect(readdirSync(dir).sort()).toEqual(
      ['.book.xlsx.1234abcd.tmp', `${TEMP_PREFIX}2-bbbb.tmp`, `${TEMP_PREFIX}folder`].sort(),
    );
  });

  it('never fails a run: a missing folder sweeps nothing', async () => {
    expect(await removeStaleTemps(join(tmp.dir(), 'nowhere'))).toEqual([]);
  });
});
