/**
 * Fixture-driven parser tests. Every `tests/fixtures/notices/NAME.txt` needs `NAME.expected.json`, except
 * `error.*.txt`, which must yield an error diagnostic and no items.
 *
 * Comparison (a stable subset): for each key of the expected object, the actual schema value is projected onto the
 * expected shape and compared with `toEqual`. Arrays must have the same length (every item, target, … is listed, in
 * order); objects compare only the keys written in the expected file, recursively. Two keys are special:
 * `diagnosticCodes` lists codes that must each appear among the diagnostics, `absentDiagnosticCodes` codes that must not.
 */
import { readdirSync, readFileSync, existsSync } from 'fs';
import { join } from 'path';
import { parseNotice } from '../../../src/domain/notice/parseNotice';
import { spanIsAt } from './noticeVariants';

const DIR = join(__dirname, '..', '..', 'fixtures', 'notices');

/** `actual` reduced to the shape of `expected`. */
function project(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return actual;
    return actual.map((value, index) => (index < expected.length ? project(value, expected[index]) : value));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return actual;
    const source = actual as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(expected).map((key) => [
        key,
        project(source[key], (expected as Record<string, unknown>)[key]),
      ]),
    );
  }
  return actual;
}

const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();

describe('notice fixtures', () => {
  it('has fixtures of both kinds', () => {
    expect(files.some((f) => f.startsWith('error.'))).toBe(true);
    expect(files.some((f) => !f.startsWith('error.'))).toBe(true);
  });

  for (const file of files) {
    const text = readFileSync(join(DIR, file), 'utf8');
    if (file.startsWith('error.')) {
      it(`rejects ${file} with an error diagnostic and no items`, () => {
        const { schema, diagnostics } = parseNotice(text);
        expect(schema.items).toEqual([]);
        expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
      });
      continue;
    }
    it(`parses ${file} as its expected file says`, () => {
      const expectedPath = join(DIR, file.replace(/\.txt$/, '.expected.json'));
      expect(existsSync(expectedPath)).toBe(true);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, unknown>;
      const { schema, diagnostics } = parseNotice(text);
      const codes = diagnostics.map((d) => d.code);
      const {
        diagnosticCodes = [],
        absentDiagnosticCodes = [],
        ...rest
      } = expected as Record<string, unknown> & {
        diagnosticCodes?: string[];
        absentDiagnosticCodes?: string[];
      };
      for (const code of diagnosticCodes) expect(codes).toContain(code);
      for (const code of absentDiagnosticCodes) expect(codes).not.toContain(code);
      const actual = schema as unknown as Record<string, unknown>;
      for (const key of Object.keys(rest))
        expect({ [key]: project(actual[key], rest[key]) }).toEqual({ [key]: rest[key] });
      for (const span of [...schema.items.map((i) => i.source), ...schema.targets.map((t) => t.source)])
        expect(spanIsAt(text, span)).toBe(true);
      for (const d of diagnostics) expect(d.message).toMatch(/[\u4e00-\u9fff]/);
    });
  }
});
