/** Bad input corpus: whatever a returned workbook holds, validation answers with clear messages and never throws. */
import { validateEntries, type ValidationResult } from '../../../src/domain/validation';
import type { SheetRow } from '../../../src/domain/entryCells';
import { testSchema } from './schemaFixture';
import { CORRECT, entry, sentenceOf } from './helpers';

const schema = testSchema();
const MB = 1024 * 1024;
const correct = (): unknown[] => [...(entry(2).values as unknown[])];
/** The correct row with one cell replaced (column index in COLUMNS.entries order). */
const withCell = (index: number, value: unknown): SheetRow => {
  const values = correct();
  values[index] = value;
  return { row: 2, values } as unknown as SheetRow;
};
const [P, U, I, T, V, M, G] = [0, 1, 2, 3, 4, 5, 6];

interface Case {
  name: string;
  rows: unknown[];
  /** A rule that must be filed on row 2, when the case has one. */
  rule?: string;
  /** Text the row-2 message of that rule must contain. */
  says?: string;
}

const cases: Case[] = [
  { name: 'a number as unit', rows: [withCell(U, 123)], rule: 'unknown-unit', says: '123' },
  { name: 'a boolean as unit', rows: [withCell(U, true)], rule: 'unknown-unit' },
  {
    name: 'an error value as unit',
    rows: [withCell(U, { error: '#N/A' })],
    rule: 'unknown-unit',
    says: '#N/A',
  },
  { name: 'an empty object as unit', rows: [withCell(U, {})], rule: 'unknown-unit' },
  { name: 'undefined as unit', rows: [withCell(U, undefined)], rule: 'unknown-unit', says: '未填填报单位' },
  { name: 'an array as unit', rows: [withCell(U, [1, 2])], rule: 'unknown-unit' },
  { name: 'a 1 MB unit name', rows: [withCell(U, '省'.repeat(MB))], rule: 'unknown-unit', says: '…' },
  { name: 'a 1 MB progress text', rows: [withCell(G, '进展'.repeat(MB / 2))] },
  {
    name: 'a 1 MB digit string as value',
    rows: [withCell(V, '1'.repeat(MB))],
    rule: 'bad-number',
    says: '…',
  },
  { name: 'a 1 MB measure', rows: [withCell(M, '户'.repeat(MB))], rule: 'measure-mismatch' },
  {
    name: '1 MB of spaces then text as unit',
    rows: [withCell(U, `${' '.repeat(MB)}x${' '.repeat(MB)}`)],
    rule: 'unknown-unit',
  },
  {
    name: 'HYPERLINK formula text as value',
    rows: [withCell(V, '=HYPERLINK("http://x.example","点我")')],
    rule: 'bad-number',
    says: '「=HYPERLINK',
  },
  {
    name: 'HYPERLINK formula text as unit',
    rows: [withCell(U, '=HYPERLINK("http://x.example","省发改委")')],
    rule: 'unknown-unit',
  },
  { name: 'formula text as period', rows: [withCell(P, '=TODAY()')], rule: 'unknown-period' },
  { name: 'formula text as target', rows: [withCell(T, '=A1')], rule: 'unknown-target' },
  { name: 'formula-looking +/@ text as value', rows: [withCell(V, '+1000')], rule: 'normalized-number' },
  { name: 'NaN as value', rows: [withCell(V, Number.NaN)], rule: 'bad-number' },
  { name: 'Infinity as value', rows: [withCell(V, Infinity)], rule: 'bad-number' },
  { name: '-Infinity as value', rows: [withCell(V, -Infinity)], rule: 'bad-number' },
  { name: 'the largest double as value', rows: [withCell(V, Number.MAX_VALUE)], rule: 'implausible' },
  { name: 'exponent text as value', rows: [withCell(V, '1e308')], rule: 'bad-number' },
  {
    name: 'an error #VALUE! as value',
    rows: [withCell(V, { error: '#VALUE!' })],
    rule: 'bad-number',
    says: '#VALUE!',
  },
  {
    name: 'an error #REF! as value',
    rows: [withCell(V, { error: '#REF!' })],
    rule: 'bad-number',
    says: '#REF!',
  },
  { name: 'a Date object as value', rows: [withCell(V, new Date(0))], rule: 'bad-number' },
  { name: 'a bigint as value', rows: [withCell(V, BigInt(10))], rule: 'bad-number' },
  { name: 'NaN as item', rows: [withCell(I, Number.NaN)], rule: 'unknown-item' },
  { name: 'a fraction as item', rows: [withCell(I, 3.5)], rule: 'unknown-item' },
  { name: 'a negative item', rows: [withCell(I, -1)], rule: 'unknown-item' },
  { name: 'Infinity as item', rows: [withCell(I, Infinity)], rule: 'unknown-item' },
  { name: 'zero as period', rows: [withCell(P, 0)], rule: 'unknown-period' },
  { name: 'a negative period', rows: [withCell(P, -1)], rule: 'unknown-period' },
  { name: 'a huge number as period', rows: [withCell(P, 1e12)], rule: 'unknown-period' },
  { name: 'NaN as period', rows: [withCell(P, Number.NaN)], rule: 'unknown-period' },
  { name: 'an error as period', rows: [withCell(P, { error: '#N/A' })], rule: 'unknown-period' },
  { name: 'a year alone as period', rows: [withCell(P, '2021年')], rule: 'unknown-period' },
  { name: 'a number as target', rows: [withCell(T, 3.1)], rule: 'unknown-target' },
  { name: 'a bidi override in the unit', rows: [withCell(U, '\u202e省发展改革委')], rule: 'unknown-unit' },
  {
    name: 'a zero-width space inside the unit',
    rows: [withCell(U, '省发展\u200b改革委')],
    rule: 'alias-unit',
  },
  { name: 'an emoji in the unit', rows: [withCell(U, '👍省发展改革委')], rule: 'unknown-unit' },
  { name: 'a lone surrogate as unit', rows: [withCell(U, '\ud800')], rule: 'unknown-unit' },
  {
    name: 'thousands of combining marks as unit',
    rows: [withCell(U, 'e\u0301'.repeat(5000))],
    rule: 'unknown-unit',
  },
  { name: 'NUL characters as unit', rows: [withCell(U, '\u0000\u0000')], rule: 'unknown-unit' },
  { name: 'full-width everything', rows: [withCell(V, '３０')], rule: 'normalized-number' },
  { name: 'values missing', rows: [{ row: 2 }] },
  { name: 'values a string', rows: [{ row: 2, values: 'abc' }] },
  { name: 'a null row', rows: [null] },
  { name: 'an undefined row', rows: [undefined] },
  { name: 'a NaN row number', rows: [{ row: Number.NaN, values: correct() }] },
  {
    name: 'a row of two cells',
    rows: [{ row: 2, values: ['2021年上半年', '省发展改革委'] }],
    rule: 'unknown-item',
  },
  {
    name: 'fifty extra user columns',
    rows: [{ row: 2, values: [...correct(), ...Array.from({ length: 50 }, () => '=EVIL()')] }],
  },
  { name: 'repeated row numbers', rows: [entry(2), entry(2), entry(2)], rule: 'duplicate' },
  {
    name: 'ten thousand distinct long unknown units',
    rows: Array.from({ length: 10000 }, (_, i) => ({
      row: i + 2,
      values: [CORRECT.period, `单位${i}`.padEnd(300, '某')],
    })),
    rule: 'unknown-unit',
  },
  { name: '100,000 rows of mixed quality', rows: Array.from({ length: 100000 }, (_, i) => mixedRow(i)) },
];

function mixedRow(i: number): unknown {
  switch (i % 5) {
    case 0:
      return entry(i + 2, { value: i });
    case 1:
      return entry(i + 2, { unit: '省发改委', period: '二季度' });
    case 2:
      return entry(i + 2, { value: `${i}户`, target: 't3.1' });
    case 3:
      return { row: i + 2, values: [null, null, null] };
    default:
      return entry(i + 2, { unit: `未知单位${i % 97}`, value: { error: '#N/A' } });
  }
}

// Controls and bidi overrides must never reach a message.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u202a-\u202e\u2066-\u2069]/; // eslint-disable-line no-control-regex

/** Every issue readable and safe; plain checks collected first, since 300,000 expect() calls would take minutes. */
function checkSane(result: ValidationResult, inputLength: number): void {
  expect(result.normalized.length + result.blankRows).toBe(inputLength);
  const ids = new Set<string>();
  const problems: string[] = [];
  for (const issue of result.issues) {
    const zh = sentenceOf(issue);
    const en = sentenceOf(issue, 'en-US');
    if (zh.length <= 10 || zh.length >= 600) problems.push(`${issue.id}: message length ${zh.length}`);
    if (en.length >= 800) problems.push(`${issue.id}: English message length ${en.length}`);
    if (!zh.startsWith('【')) problems.push(`${issue.id}: message does not start with the unit`);
    if (UNSAFE.test(zh) || UNSAFE.test(en)) problems.push(`${issue.id}: control characters in the message`);
    if (ids.has(issue.id)) problems.push(`${issue.id}: repeated id`);
    ids.add(issue.id);
    if (issue.fix && typeof issue.fix.to === 'string' && /^[=+\-@]/.test(issue.fix.to))
      problems.push(`${issue.id}: fix writes formula-like text`);
    if (problems.length > 5) break;
  }
  expect(problems).toEqual([]);
}

describe('bad input corpus', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c) => [c.name, c] as const))('survives %s with clear messages', (_name, c) => {
    let result: ValidationResult | undefined;
    expect(() => {
      result = validateEntries(schema, c.rows as SheetRow[]);
    }).not.toThrow();
    if (!result) return;
    checkSane(result, c.rows.length);
    if (c.rule) {
      const issue = result.issues.find((i) => i.row === 2 && i.rule === c.rule);
      expect(issue).toBeDefined();
      if (c.says && issue) expect(sentenceOf(issue)).toContain(c.says);
    }
  });

  it('rejects a non-array rows argument by validating nothing', () => {
    const result = validateEntries(schema, 'rows' as unknown as SheetRow[]);
    expect(result.normalized).toEqual([]);
  });

  it('rejects an unknown period option with a message that lists the periods', () => {
    expect(() => validateEntries(schema, [], { period: '明年' })).toThrow(/2021年一季度/);
  });

  it('accepts a period option written as an alias', () => {
    expect(validateEntries(schema, [], { period: '上半年' }).period).toBe('2021年上半年');
  });
});
