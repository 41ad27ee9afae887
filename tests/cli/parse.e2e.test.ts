/**
 * END-TO-END: runs the real `workpoints` binary on the real parser and built-in schema
 * (src/domain/notice/parseNotice.ts, src/domain/builtin/ from the parser work of issue 3).
 * It fails until those modules exist; every other CLI test injects its dependencies instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinSchema } from '../../src/domain/builtin';
import { BUILTIN_NOTICE_TEXT } from '../../src/domain/builtin/notice2021';
import { parseNotice } from '../../src/domain/notice/parseNotice';
import { readSchemaFile, serializeSchema } from '../../src/domain/schemaFile';
import { encodeGbk } from './gbk';

const ROOT = join(__dirname, '..', '..');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'workpoints.cjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('workpoints parse (end-to-end, real parser and built-in schema)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'workpoints-parse-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the built-in schema as a valid schema file', () => {
    const { code, stdout, stderr } = run('parse', '--builtin', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const read = readSchemaFile(stdout);
    if (!read.ok) throw new Error(JSON.stringify(read.errors, null, 2));
    expect(stdout).toBe(serializeSchema(builtinSchema()));
  });

  it('prints the same schema for the notice file saved in UTF-8 and in GBK', () => {
    const utf8 = join(dir, 'notice-utf8.txt');
    const gbk = join(dir, 'notice-gbk.txt');
    writeFileSync(utf8, BUILTIN_NOTICE_TEXT, 'utf8');
    writeFileSync(gbk, encodeGbk(BUILTIN_NOTICE_TEXT));
    const fromUtf8 = run('parse', utf8, '--json');
    const fromGbk = run('parse', gbk, '--json');
    expect(fromUtf8.code).toBe(0);
    expect(fromUtf8.stdout).toBe(serializeSchema(parseNotice(BUILTIN_NOTICE_TEXT).schema));
    expect(fromGbk.stdout).toBe(fromUtf8.stdout);
  });

  it('exits with 2 for a missing file', () => {
    const { code, stderr } = run('parse', join(dir, 'missing.txt'));
    expect(code).toBe(2);
    expect(stderr).toContain('文件不存在');
  });
});
