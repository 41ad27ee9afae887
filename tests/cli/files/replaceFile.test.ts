/** Writes go through links to the real file, keep its mode and owner, and fail in plain Chinese naming the file. */
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { replaceFile, TEMP_PREFIX } from '../../../src/cli/files';
import { isLedgerError, translate, type MessageKey } from '../../../src/domain/messages';
import { NOBODY, writeUnprivileged } from './child';
import { plainChinese, scratch } from './tempDir';

const tmp = scratch('wp-replace-');
afterAll(() => tmp.cleanUp());

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const isRoot = process.getuid?.() === 0;

/** The failure replaceFile throws, as its key and Chinese text. */
async function failure(target: string, content: Parameters<typeof replaceFile>[1] = bytes('new')) {
  try {
    await replaceFile(target, content);
  } catch (error) {
    if (!isLedgerError(error)) throw error;
    return { key: error.key as MessageKey, text: translate('zh-CN', error.toMessage()) };
  }
  throw new Error('the write did not fail');
}

const temps = (dir: string): string[] => readdirSync(dir).filter((name) => name.startsWith(TEMP_PREFIX));

describe('replaceFile through links', () => {
  it('--into through a symlink keeps the link, writes the real file and keeps its mode', async () => {
    const dir = join(tmp.dir(), 'into');
    mkdirSync(dir);
    const real = join(dir, 'real.xlsx');
    const link = join(dir, 'link.xlsx');
    writeFileSync(real, 'old');
    chmodSync(real, 0o640);
    symlinkSync('real.xlsx', link);
    await replaceFile(link, bytes('new'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real.xlsx');
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(statSync(real).mode & 0o7777).toBe(0o640);
    expect(temps(dir)).toEqual([]);
  });

  it('keeps an unusual mode exactly (no umask applied to the replaced file)', async () => {
    const file = join(tmp.dir(), 'mode.xlsx');
    writeFileSync(file, 'old');
    chmodSync(file, 0o604);
    await replaceFile(file, bytes('new'));
    expect(statSync(file).mode & 0o7777).toBe(0o604);
  });

  (isRoot ? it : it.skip)('keeps the owner and group of the replaced file (as root)', async () => {
    const file = join(tmp.dir(), 'owned.xlsx');
    writeFileSync(file, 'old');
    chownSync(file, NOBODY.uid, NOBODY.gid);
    await replaceFile(file, bytes('new'));
    expect([statSync(file).uid, statSync(file).gid]).toEqual([NOBODY.uid, NOBODY.gid]);
  });

  it('creates the file a dangling symlink points to, leaving the link in place', async () => {
    const dir = join(tmp.dir(), 'dangling');
    mkdirSync(dir);
    const link = join(dir, 'out.xlsx');
    symlinkSync('made-later.xlsx', link);
    await replaceFile(link, bytes('new'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'made-later.xlsx'), 'utf8')).toBe('new');
  });

  it('writes a new file with the usual permissions and leaves no temp file', async () => {
    const dir = join(tmp.dir(), 'fresh');
    mkdirSync(dir);
    await replaceFile(join(dir, 'new.xlsx'), async (write) => {
      await write(bytes('part one, '));
      await write(bytes('part two'));
    });
    expect(readFileSync(join(dir, 'new.xlsx'), 'utf8')).toBe('part one, part two');
    expect(statSync(join(dir, 'new.xlsx')).mode & 0o777).toBe(0o666 & ~process.umask());
    expect(temps(dir)).toEqual([]);
  });
});

describe('replaceFile failures', () => {
  it('a missing folder names the file and the folder, in Chinese', async () => {
    const target = join(tmp.dir(), 'no-such-folder', 'out.xlsx');
    const result = await failure(target);
    expect(result.key).toBe('files.write.noFolder');
    expect(result.text).toContain(`“${target}”`);
    expect(result.text).toContain(`“${join(tmp.dir(), 'no-such-folder')}”`);
    expect(plainChinese(result.text, target, join(tmp.dir(), 'no-such-folder'))).toBe(true);
  });

  it('a folder in the way is named as a folder', async () => {
    const target = join(tmp.dir(), 'a-folder.xlsx');
    mkdirSync(target);
    const result = await failure(target);
    expect(result.key).toBe('files.write.isFolder');
    expect(plainChinese(result.text, target)).toBe(true);
  });

  it('a disk filling up mid-write leaves the original untouched and no temp file', async () => {
    const dir = join(tmp.dir(), 'full');
    mkdirSync(dir);
    const target = join(dir, 'book.xlsx');
    writeFileSync(target, 'original');
    const result = await failure(target, async (write) => {
      await write(bytes('half'));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    expect(result.key).toBe('files.write.diskFull');
    expect(plainChinese(result.text, target)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('original');
    expect(temps(dir)).toEqual([]);
  });

  it('an unexpected error mid-write is still a plain sentence, and the temp file is gone', async () => {
    const dir = join(tmp.dir(), 'broken');
    mkdirSync(dir);
    const target = join(dir, 'book.xlsx');
    const result = await failure(target, async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'name')");
    });
    expect(result.key).toBe('files.write.failed');
    expect(plainChinese(result.text, target)).toBe(true);
    expect(temps(dir)).toEqual([]);
    expect(existsSync(target)).toBe(false);
  });

  it('a read-only file is not replaced even though its folder is writable', async () => {
    const dir = join(tmp.dir(), 'ro-file');
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const target = join(dir, 'book.xlsx');
    writeFileSync(target, 'original');
    chmodSync(target, 0o444);
    const run = await writeUnprivileged(target);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`无法写入“${target}”：没有写入权限`);
    expect(plainChinese(run.stderr, target)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('original');
  });

  it('a read-only folder names the file, not our temp file', async () => {
    const dir = join(tmp.dir(), 'ro-folder');
    mkdirSync(dir);
    const target = join(dir, 'book.xlsx');
    chmodSync(dir, 0o555);
    try {
      const run = await writeUnprivileged(target);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`无法写入“${target}”：没有写入权限`);
      expect(plainChinese(run.stderr, target)).toBe(true);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
