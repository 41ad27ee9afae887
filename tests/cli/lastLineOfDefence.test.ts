/** Whatever a command throws, the CLI exits 2 with a plain Chinese sentence: no stack, no library English. */
import { main } from '../../src/cli/main';
import { LedgerError } from '../../src/domain/messages';
import { plainChinese } from './files/tempDir';
import { fakeIo } from './fakeIo';

let thrown: unknown = null;
jest.mock('../../src/cli/commands/parse', () => ({
  parseCommand: async () => {
    throw thrown;
  },
}));

describe('the last line of defence in main', () => {
  it("turns a library's English exception into a plain Chinese sentence and exit code 2", async () => {
    thrown = new TypeError("Cannot read properties of undefined (reading 'name')");
    const io = fakeIo();
    expect(await main(['parse', 'x.txt'], io)).toBe(2);
    expect(io.stderr()).not.toContain('Cannot read');
    expect(io.stderr()).not.toContain('at ');
    expect(plainChinese(io.stderr())).toBe(true);
    expect(io.stderr()).toContain('输入文件没有被改动');
  });

  it('says the same for something thrown that is not an Error at all', async () => {
    thrown = 'ERR_OUT_OF_RANGE';
    const io = fakeIo();
    expect(await main(['parse', 'x.txt'], io)).toBe(2);
    expect(plainChinese(io.stderr())).toBe(true);
  });

  it('shows our own LedgerError as its Chinese sentence', async () => {
    thrown = new LedgerError('files.write.diskFull', { file: '台账.xlsx' });
    const io = fakeIo();
    expect(await main(['parse', 'x.txt'], io)).toBe(2);
    expect(io.stderr().trim()).toBe('无法写入“台账.xlsx”：磁盘空间不足，请腾出空间后重试。原文件没有改动。');
  });
});
