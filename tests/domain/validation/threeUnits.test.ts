/** The hand-filled three-unit fixture gives exactly the hand-derived issues, statuses and per-unit counts. */
import { applyFixes, validateEntries } from '../../../src/domain/validation';
import type { SheetRow } from '../../../src/domain/entryCells';
import fixture from '../../fixtures/entries/three-units.json';
import expected from '../../fixtures/entries/three-units.expected.json';
import { issueCell } from '../../../src/workbook/issueText';
import { adviceOf, sentenceOf } from './helpers';
import { testSchema } from './schemaFixture';

const rows = fixture.rows as SheetRow[];
const result = validateEntries(testSchema(), rows, { period: fixture.period });

describe('three-unit fixture', () => {
  it('files exactly the expected row issues by row, rule, severity and cell (the table starting in column A)', () => {
    const actual = result.issues
      .filter((i) => i.row !== null)
      .map((i) => [i.row, i.rule, i.severity, issueCell(i, null)].join(' '));
    const wanted = expected.rowIssues.map((i) => i.join(' '));
    expect(actual.sort()).toEqual(wanted.sort());
  });

  it('files exactly the expected missing reports', () => {
    const actual = result.issues.filter((i) => i.row === null).map((i) => i.id);
    expect(actual.sort()).toEqual([...expected.unitIssues].sort());
  });

  it('keeps the clean unit free of issues', () => {
    expect(result.issues.filter((i) => i.unit === '省发展改革委')).toEqual([]);
  });

  it('marks each row with its worst severity', () => {
    const statuses = Object.fromEntries(result.normalized.map((e) => [String(e.row), e.status]));
    expect(statuses).toEqual(expected.statuses);
  });

  it('counts and skips the blank rows', () => {
    expect(result.blankRows).toBe(expected.blankRows);
    expect(result.normalized.some((e) => e.row === 27 || e.row === 28)).toBe(false);
  });

  it('reports per unit', () => {
    expect(result.byUnit).toEqual(expected.byUnit);
    expect(result.period).toBe(expected.period);
  });

  it('offers the expected certain fixes, and a suggested fix a person confirms for a near name', () => {
    const certain = result.issues
      .filter((i) => i.fix?.certain)
      .map((i) => [i.row, i.fix?.column, i.fix?.from, i.fix?.to]);
    expect(certain).toEqual(expected.fixes);
    const suggested = result.issues
      .filter((i) => i.fix && !i.fix.certain)
      .map((i) => [i.row, i.fix?.from, i.fix?.to]);
    expect(suggested).toEqual(expected.suggestions);
    for (const [row, , name] of expected.suggestions) {
      const issue = result.issues.find((i) => i.row === row && i.rule === 'unknown-unit');
      expect(adviceOf(issue)).toContain(String(name));
      expect(issue?.fix).toEqual({ column: '填报单位', from: expect.any(String), to: name, certain: false });
    }
  });

  it('applies the picked fixes as cell changes, and a second validation no longer files them', () => {
    const picked = result.issues.filter((i) => i.fix?.certain).map((i) => i.id);
    const changes = applyFixes(rows, result.issues, picked);
    expect(changes.map((c) => [c.row, c.column, c.to])).toEqual(
      expected.fixes.map(([row, column, , to]) => [row, column, to]),
    );
    const fixed = rows.map((r) => ({ row: r.row, values: [...r.values] }));
    for (const c of changes) {
      const target = fixed.find((r) => r.row === c.row);
      if (target) target.values[c.columnIndex] = c.to;
    }
    const again = validateEntries(testSchema(), fixed, { period: fixture.period });
    expect(again.issues.filter((i) => i.fix?.certain)).toEqual([]);
  });

  it('names unit, cell and fix in every message, in both languages', () => {
    for (const issue of result.issues) {
      const zh = sentenceOf(issue);
      const en = sentenceOf(issue, 'en-US');
      const cell = issueCell(issue, null);
      expect(zh).toContain(`【${issue.unit}】`);
      expect(zh).toContain(adviceOf(issue));
      expect(en).toContain(adviceOf(issue, 'en-US'));
      if (issue.row !== null) {
        expect(zh).toContain(`第${issue.row}行「${issue.column}」（${cell}）`);
        expect(en).toContain(`row ${issue.row}, ${issue.column} (${cell})`);
      }
    }
  });
});
