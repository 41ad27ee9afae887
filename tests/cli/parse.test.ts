import { createParseCommand, NoticeParse, ParseCommandDeps } from '../../src/cli/commands/parse';
import { LedgerError } from '../../src/domain/messages';
import type { Schema } from '../../src/domain/schema';
import { readSchemaFile, schemaFingerprint, serializeSchema } from '../../src/domain/schemaFile';
import { sampleSchema } from '../domain/schemaFile/sampleSchema';
import { fakeIo } from './fakeIo';
import { encodeGbk } from './gbk';

const NOTICE = '一、着力强化统筹协调\n1.充实“小升规”企业培育库。（责任单位：省工业和信息化厅）\n';

/** A stand-in parser that records the text it was given and answers with the sample schema, or none. */
function fakeDeps(
  answer: (text: string) => NoticeParse = () => ({ schema: sampleSchema(), diagnostics: [] }),
) {
  const seen: string[] = [];
  const deps: ParseCommandDeps = {
    parseNotice: async (text) => {
      seen.push(text);
      return answer(text);
    },
    builtinSchema: async () => ({ ...sampleSchema(), title: '内置工作要点' }),
  };
  return { deps, seen };
}

function emptyParse(): NoticeParse {
  const diagnostics: Schema['diagnostics'] = [
    { severity: 'error', line: 0, column: 0, code: 'no-items', message: '没有找到编号的工作要点' },
    { severity: 'warning', line: 2, column: 3, code: 'stray-number', message: '数字“100”不像指标' },
  ];
  return { schema: { ...sampleSchema(), items: [], targets: [], diagnostics }, diagnostics };
}

describe('workpoints parse', () => {
  it('prints sections, items with their units, targets and diagnostics as tables', async () => {
    const io = fakeIo({ 'notice.txt': NOTICE });
    const { deps } = fakeDeps();
    expect(await createParseCommand(deps)(['notice.txt'], io)).toBe(0);
    const out = io.stdout();
    const schema = sampleSchema();
    for (const s of schema.sections) expect(out).toContain(s.title);
    for (const t of schema.targets) expect(out).toContain(t.id);
    expect(out).toMatch(/T2\.1\s+2\s+规上工业企业\s+1000\s+户\s+>=\s+新增\s+省工业和信息化厅/);
    expect(out).toMatch(/2\s+2\s+充实“小升规”企业培育库。\s+省工业和信息化厅\s+省统计局/);
    expect(out).toContain('6.2（力争 8） 左右');
    expect(out).toContain('第 7 行第 5 列');
    expect(out).toContain(schemaFingerprint(schema));
    expect(io.stderr()).toBe('');
  });

  it('prints exactly the schema file with --json', async () => {
    const io = fakeIo({ 'notice.txt': NOTICE });
    expect(await createParseCommand(fakeDeps().deps)(['notice.txt', '--json'], io)).toBe(0);
    expect(io.stdout()).toBe(serializeSchema(sampleSchema()));
    expect(readSchemaFile(io.stdout()).ok).toBe(true);
  });

  it('prints the built-in schema with --builtin, without reading a file', async () => {
    const io = fakeIo();
    const { deps, seen } = fakeDeps();
    expect(await createParseCommand(deps)(['--builtin', '--json'], io)).toBe(0);
    const read = readSchemaFile(io.stdout());
    expect(read.ok && read.schema.title).toBe('内置工作要点');
    expect(seen).toEqual([]);
  });

  it('exits with 1 and the Chinese diagnostics on stderr when the text holds no items', async () => {
    for (const args of [['notice.txt'], ['notice.txt', '--json']]) {
      const io = fakeIo({ 'notice.txt': '关于印发工作要点的通知\n' });
      expect(await createParseCommand(fakeDeps(emptyParse).deps)(args, io)).toBe(1);
      expect(io.stdout()).toBe('');
      expect(io.stderr()).toContain('没有找到编号的工作要点');
      expect(io.stderr()).toContain('全文 [错误]');
      expect(io.stderr()).toContain('第 2 行第 3 列 [警告] 数字“100”不像指标');
    }
  });

  it('exits with 2 and a Chinese message when the file is missing', async () => {
    const io = fakeIo();
    expect(await createParseCommand(fakeDeps().deps)(['缺失.txt'], io)).toBe(2);
    expect(io.stderr()).toContain('无法读取文件“缺失.txt”：文件不存在');
    expect(io.stdout()).toBe('');
  });

  it('exits with 2 on a file the system refuses to read', async () => {
    const io = fakeIo();
    io.readFile = async () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    };
    expect(await createParseCommand(fakeDeps().deps)(['locked.txt'], io)).toBe(2);
    expect(io.stderr()).toContain('没有读取权限');
  });

  it.each([
    [[], '请给出通知文件名'],
    [['a.txt', 'b.txt'], '只能解析一个文件'],
    [['a.txt', '--builtin'], '不能同时使用'],
    [['a.txt', '--xml'], '未知选项“--xml”'],
  ])('exits with 2 and the usage for the arguments %j', async (args, message) => {
    const io = fakeIo({ 'a.txt': NOTICE, 'b.txt': NOTICE });
    expect(await createParseCommand(fakeDeps().deps)(args, io)).toBe(2);
    expect(io.stderr()).toContain(message);
    expect(io.stderr()).toContain('workpoints parse --builtin');
  });

  it('hands the parser the text of a GBK file', async () => {
    const io = fakeIo({ 'gbk.txt': encodeGbk(NOTICE) });
    const { deps, seen } = fakeDeps();
    expect(await createParseCommand(deps)(['gbk.txt'], io)).toBe(0);
    expect(seen).toEqual([NOTICE]);
  });

  it('hands the parser UTF-8 text without its byte-order mark', async () => {
    const io = fakeIo({ 'bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(NOTICE)]) });
    const { deps, seen } = fakeDeps();
    expect(await createParseCommand(deps)(['bom.txt'], io)).toBe(0);
    expect(seen).toEqual([NOTICE]);
  });

  it('opens a saved schema file instead of parsing it as a notice', async () => {
    const io = fakeIo({ 'schema.json': serializeSchema(sampleSchema()) });
    const { deps, seen } = fakeDeps(emptyParse);
    expect(await createParseCommand(deps)(['schema.json', '--json'], io)).toBe(0);
    expect(io.stdout()).toBe(serializeSchema(sampleSchema()));
    expect(seen).toEqual([]);
  });

  it('exits with 1 naming the bad field of a broken schema file', async () => {
    const broken = serializeSchema(sampleSchema()).replace('"value": 1000', '"value": "1000"');
    const io = fakeIo({ 'schema.json': broken });
    expect(await createParseCommand(fakeDeps().deps)(['schema.json'], io)).toBe(1);
    expect(io.stderr()).toContain('targets[0].value 应为数字');
  });

  it('keeps terminal control sequences in the notice out of the table', async () => {
    const schema = sampleSchema();
    (schema.items[0] as Schema['items'][number]).title = '恶意\u001b[2J\u001b[31m标题\r覆盖';
    const io = fakeIo({ 'notice.txt': NOTICE });
    expect(
      await createParseCommand(fakeDeps(() => ({ schema, diagnostics: [] })).deps)(['notice.txt'], io),
    ).toBe(0);
    expect(io.stdout()).not.toContain('\u001b');
    expect(io.stdout()).not.toContain('\r');
    expect(io.stdout()).toContain('恶意 [2J [31m标题 覆盖');
  });
  it('reads a Word or PDF notice through the document reader and parses its text', async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
    const io = fakeIo({ '通知.pdf': pdf });
    const { deps, seen } = fakeDeps();
    const read: string[] = [];
    deps.readDocument = async (kind, _bytes, name) => {
      read.push(`${kind}:${name}`);
      return NOTICE;
    };
    expect(await createParseCommand(deps)(['通知.pdf', '--json'], io)).toBe(0);
    expect(read).toEqual(['pdf:通知.pdf']);
    expect(seen).toEqual([NOTICE]);
  });

  it('exits with 2 and the reader’s plain message when a document cannot be read', async () => {
    const io = fakeIo({ '扫描件.pdf': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]) });
    const { deps, seen } = fakeDeps();
    deps.readDocument = async () => {
      throw new LedgerError('document.pdf-no-text', { file: '扫描件.pdf' });
    };
    expect(await createParseCommand(deps)(['扫描件.pdf'], io)).toBe(2);
    expect(io.stderr()).toContain('没有文字层');
    expect(seen).toEqual([]);
  });
});
