/**
 * END-TO-END: `workpoints parse` on Word and PDF notices, run as a subprocess because PDF.js is an ES module that
 * only Node's own loader (through tsx, as the CLI runs) can load. The fixtures come from
 * scripts/makeNoticeDocuments.ts.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { builtinSchema } from '../../src/domain/builtin';
import type { Schema } from '../../src/domain/schema';
import { readSchemaFile } from '../../src/domain/schemaFile';

const ROOT = join(__dirname, '..', '..');
const DOCS = join(ROOT, 'tests', 'fixtures', 'documents');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'workpoints.cjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 90000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The schema without source positions and diagnostics (a PDF wraps lines where the text did not). */
function workPoints(schema: Schema) {
  return {
    ...schema,
    items: schema.items.map(({ source: _source, ...item }) => item),
    targets: schema.targets.map(({ source: _source, ...target }) => target),
    diagnostics: schema.diagnostics.map((d) => d.code),
  };
}

describe('workpoints parse on Word and PDF notices (end-to-end)', () => {
  it('reads the built-in notice from a PDF with a text layer to the same schema as the text', () => {
    const { code, stdout, stderr } = run('parse', join(DOCS, 'builtin.pdf'), '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const read = readSchemaFile(stdout);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(workPoints(read.schema)).toEqual(workPoints(builtinSchema()));
  });

  it('reads the built-in notice from a Word 任务分工表 to the same items, units and targets', () => {
    const { code, stdout } = run('parse', join(DOCS, 'builtin-table.docx'), '--json');
    expect(code).toBe(0);
    const read = readSchemaFile(stdout);
    expect(read.ok && workPoints(read.schema).items).toEqual(workPoints(builtinSchema()).items);
    expect(read.ok && workPoints(read.schema).targets).toEqual(workPoints(builtinSchema()).targets);
  });

  it('refuses a scanned PDF without a text layer with a plain message and exit code 2', () => {
    const { code, stdout, stderr } = run('parse', join(DOCS, 'scanned.pdf'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('没有文字层');
    expect(stderr).toContain('scanned.pdf');
  });
});
