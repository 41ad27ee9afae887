/** Every --out/--into target is compared with every input as a file, not as a spelling. */
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { isSameFile, outputIsInput } from '../../../src/cli/files';
import { translate } from '../../../src/domain/messages';
import { scratch } from './tempDir';

const tmp = scratch('wp-samefile-');
let input = '';
let dir = '';
beforeAll(() => {
  dir = join(tmp.dir(), 'dir');
  mkdirSync(dir);
  input = join(dir, 'a.xlsx');
  writeFileSync(input, 'ledger');
});
afterAll(() => tmp.cleanUp());

describe('an output that is an input under another name', () => {
  it('is the input when spelled ./a.xlsx, ../dir/a.xlsx or absolute', async () => {
    const fromCwd = relative(process.cwd(), input);
    const dotted = `./${fromCwd}`;
    const upAndBack = join(relative(process.cwd(), dir), '..', basename(dir), 'a.xlsx');
    for (const spelling of [fromCwd, dotted, upAndBack, input]) {
      expect([spelling, await isSameFile(spelling, input)]).toEqual([spelling, true]);
    }
    const refusal = await outputIsInput([{ flag: '--out', path: upAndBack }], [fromCwd]);
    expect(refusal).toMatchObject({
      key: 'files.target.isInput',
      params: { flag: '--out', file: upAndBack },
    });
  });

  it('is the input when --out is a symlink to it (and a link to a link)', async () => {
    const link = join(tmp.dir(), 'link.xlsx');
    const linkToLink = join(tmp.dir(), 'link2.xlsx');
    symlinkSync(input, link);
    symlinkSync(link, linkToLink);
    expect(await outputIsInput([{ flag: '--out', path: link }], [input])).not.toBeNull();
    expect(await outputIsInput([{ flag: '--out', path: linkToLink }], [input])).not.toBeNull();
  });

  it('is the input when the input is a symlink to the --out file (the other way round)', async () => {
    const out = join(tmp.dir(), 'real-out.xlsx');
    const inputLink = join(tmp.dir(), 'input-link.xlsx');
    writeFileSync(out, 'ledger');
    symlinkSync(out, inputLink);
    expect(await outputIsInput([{ flag: '--out', path: out }], [inputLink])).not.toBeNull();
  });

  it('is the input when --out is a hard link to it', async () => {
    const hard = join(tmp.dir(), 'hard.xlsx');
    linkSync(input, hard);
    expect(await outputIsInput([{ flag: '--out', path: hard }], [input])).not.toBeNull();
  });

  it('refuses the schema file as the --out of build (build --schema S.json --out S.json), in plain Chinese', async () => {
    const schemaFile = join(tmp.dir(), 'S.json');
    writeFileSync(schemaFile, '{"format":"workpoints-schema"}');
    const spelled = relative(process.cwd(), schemaFile);
    const refusal = await outputIsInput([{ flag: '--out', path: spelled }], [schemaFile]);
    if (!refusal) throw new Error('not refused');
    expect(translate('zh-CN', refusal)).toBe(
      `--out 给出的“${spelled}”与输入文件“${schemaFile}”是同一个文件（另一种写法、快捷方式或链接）。输入文件不会被改写，请另给一个文件名。`,
    );
  });

  it('refuses --into reaching the --schema file, checking every output against every input', async () => {
    const schemaFile = join(tmp.dir(), 'S2.json');
    writeFileSync(schemaFile, '{}');
    const outputs = [
      { flag: '--out', path: join(tmp.dir(), 'fresh.xlsx') },
      { flag: '--into', path: schemaFile },
    ];
    expect(await outputIsInput(outputs, [input, schemaFile])).toMatchObject({ params: { flag: '--into' } });
  });

  it('lets a new file or a different existing file through', async () => {
    const other = join(tmp.dir(), 'other.xlsx');
    writeFileSync(other, 'ledger');
    const fresh = join(tmp.dir(), 'not-yet.xlsx');
    expect(await outputIsInput([{ flag: '--out', path: fresh }], [input])).toBeNull();
    expect(await outputIsInput([{ flag: '--out', path: other }], [input])).toBeNull();
    // Same bytes, different file: identity is not content.
    expect(await isSameFile(other, input)).toBe(false);
  });
});
