/** Each system error code a write or read can meet becomes its own plain sentence naming the user's file. */
import { readFailureMessage, writeFailureMessage } from '../../../src/cli/files';
import { translate } from '../../../src/domain/messages';
import { plainChinese } from './tempDir';

const coded = (code: string): Error => Object.assign(new Error(`${code}: something, open 'x'`), { code });
const FILE = '/data/台账.xlsx';

describe('writeFailureMessage', () => {
  it.each([
    ['ENOENT', 'files.write.noFolder'],
    ['ENOTDIR', 'files.write.noFolder'],
    ['EACCES', 'files.write.readOnly'],
    ['EROFS', 'files.write.readOnly'],
    ['EPERM', 'files.write.readOnly'],
    ['EISDIR', 'files.write.isFolder'],
    ['ENOSPC', 'files.write.diskFull'],
    ['EDQUOT', 'files.write.diskFull'],
    ['EBUSY', 'files.write.busy'],
    ['EIO', 'files.write.failed'],
  ])('reads %s as %s, in Chinese without the code', (code, key) => {
    const m = writeFailureMessage(FILE, coded(code), 'linux');
    expect(m.key).toBe(key);
    const text = translate('zh-CN', m);
    expect(text).toContain(`“${FILE}”`);
    expect(plainChinese(text, FILE, '/data')).toBe(true);
  });

  it('reads EPERM on Windows as a file another program (Excel) holds open', () => {
    expect(writeFailureMessage(FILE, coded('EPERM'), 'win32').key).toBe('files.write.busy');
  });

  it('names the missing folder as the user spelled the path', () => {
    expect(writeFailureMessage('报表/台账.xlsx', coded('ENOENT')).params).toEqual({
      file: '报表/台账.xlsx',
      folder: '报表',
    });
  });
});

describe('readFailureMessage', () => {
  it.each([
    ['ENOENT', 'files.read.missing'],
    ['EISDIR', 'files.read.folder'],
    ['EACCES', 'files.read.denied'],
    ['EMFILE', 'files.read.failed'],
  ])('reads %s as %s', (code, key) => {
    const m = readFailureMessage(FILE, coded(code));
    expect(m.key).toBe(key);
    expect(plainChinese(translate('zh-CN', m), FILE)).toBe(true);
  });
});
