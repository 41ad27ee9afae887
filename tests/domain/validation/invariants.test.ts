/**
 * Invariants of validateEntries over random tables: what must hold whatever the rows, checked against
 * straightforward reference computations (quadratic loops, string keys) rather than the optimised internals.
 */
import fc from 'fast-check';
import {
  RULE_IDS,
  validateEntries,
  type ValidationIssue,
  type ValidationResult,
} from '../../../src/domain/validation';
import { COLUMNS } from '../../../src/workbook/format';
import { adviceOf, sentenceOf } from './helpers';
import type { CellValue, SheetRow } from '../../../src/domain/entryCells';
import { testSchema } from './schemaFixture';

const schema = testSchema();
const PERIODS = schema.periods.map((p) => p.label);
const UNITS = schema.units.map((u) => u.name);
const TARGETS = schema.targets.map((t) => t.id);
const ITEMS = schema.items.map((i) => i.no);
const RUNS = { numRuns: 200 };

/** Cells in the schema's own words, so that rows often resolve, repeat and compare. */
const canonicalCells = fc.tuple(
  fc.constantFrom<CellValue>(...PERIODS),
  fc.constantFrom<CellValue>(...UNITS),
  fc.constantFrom<CellValue>(...ITEMS, null),
  fc.constantFrom<CellValue>(...TARGETS, null),
  fc.oneof(fc.integer({ min: -10, max: 3000 }), fc.constant(null)),
  fc.constantFrom<CellValue>('家', '个', '户', '亿元', '%', null),
  fc.constantFrom<CellValue>('按计划推进', null),
);

/** Cells as returned workbooks hold them: aliases, loose ids, text numbers, errors, blanks, odd types. */
const messyCells = fc.tuple(
  fc.constantFrom<CellValue>(
    ...PERIODS,
    '二季度',
    '2021Q2',
    '1-9月',
    ' 2021年全年',
    '2020年全年',
    'xx',
    null,
    44377,
  ),
  fc.constantFrom<CellValue>(...UNITS, '省工信厅', ' 省统计局', '省统计厅', '南昌市', '', null, 7, {
    error: '#N/A',
  }),
  fc.constantFrom<CellValue>(...ITEMS, 99, '3', '第2项', null, true),
  fc.constantFrom<CellValue>(...TARGETS, 't1.1', 'Ｔ２．１', 'T9.9', null, 3),
  fc.oneof(
    fc.integer({ min: -10, max: 3000 }),
    fc.constantFrom<CellValue>('1,000', '0.1万', '约一千', '12户', null, { error: '#DIV/0!' }),
  ),
  fc.constantFrom<CellValue>('家', '户', '万元', '%', '（户）', null),
  fc.constantFrom<CellValue>('按计划推进', null, ' '),
);

/** Few units and targets over every period, so that series of one unit and target run across periods. */
const seriesCells = fc.tuple(
  fc.constantFrom<CellValue>(...PERIODS),
  fc.constantFrom<CellValue>('省工业和信息化厅', '省统计局'),
  fc.constant(null),
  fc.constantFrom<CellValue>('T1.1', 'T2.1', 'T3.2'),
  fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant('50户')),
  fc.constant(null),
  fc.constant('按计划推进'),
);

type Cells = [CellValue, CellValue, CellValue, CellValue, CellValue, CellValue, CellValue];

function toRows(list: readonly Cells[], rowNumber: (i: number) => number = (i) => i + 2): SheetRow[] {
  return list.map((cells, i) => ({ row: rowNumber(i), values: [...cells, null, '张三', null] }));
}

const tables = fc.array(fc.oneof(canonicalCells, messyCells), { maxLength: 40, size: 'medium' });

/** The figure of a row as the rules read it (a number, or `50户` read as 50), or null. */
function figure(row: SheetRow): number | null {
  const v = row.values[4];
  return typeof v === 'number' ? v : v === '50户' ? 50 : null;
}

function worst(issues: readonly ValidationIssue[]): 'ok' | 'warning' | 'error' {
  if (issues.some((i) => i.severity === 'error')) return 'error';
  return issues.length > 0 ? 'warning' : 'ok';
}

function rowIssues(result: ValidationResult, row: number, rule?: string): ValidationIssue[] {
  return result.issues.filter((i) => i.row === row && (rule === undefined || i.rule === rule));
}

describe('validateEntries invariants on random tables', () => {
  it('gives every issue a unique id, numbered #2, #3… when one cell has the same rule again', () => {
    // Row numbers from a small range repeat, as in a table pasted twice.
    const repeated = fc.tuple(
      tables,
      fc.array(fc.integer({ min: 2, max: 6 }), { minLength: 40, maxLength: 40 }),
    );
    fc.assert(
      fc.property(repeated, ([list, numbers]) => {
        const result = validateEntries(
          schema,
          toRows(list, (i) => numbers[i] ?? 2),
        );
        expect(new Set(result.issues.map((i) => i.id)).size).toBe(result.issues.length);
        const idsByCell = new Map<string, string[]>();
        for (const issue of result.issues) {
          if (issue.row === null) continue;
          const base = `${issue.rule}@${issue.row}.${issue.columnIndex}`;
          idsByCell.set(base, [...(idsByCell.get(base) ?? []), issue.id]);
        }
        const misnumbered = [...idsByCell].filter(([base, ids]) => {
          const expected = ids.map((_, k) => (k === 0 ? base : `${base}#${k + 1}`));
          return [...ids].sort().join('\n') !== expected.sort().join('\n');
        });
        expect(misnumbered).toEqual([]);
      }),
      RUNS,
    );
  });

  it('locates each row issue by its row and the index of its column, and its sentences name the cell', () => {
    fc.assert(
      fc.property(tables, (list) => {
        const result = validateEntries(schema, toRows(list));
        // Collected and compared once: an expect per issue makes the run slow, and one list shows every miss.
        const misplaced = result.issues.filter((issue) => {
          if (issue.row === null) return issue.columnIndex !== null || issue.column !== null;
          const index = COLUMNS.entries.indexOf(issue.column ?? '报告期');
          // Without a layout the sentences place the entries from column A, as the workbook plan does.
          const cell = `${String.fromCharCode(65 + index)}${issue.row}`;
          const zh = sentenceOf(issue);
          const en = sentenceOf(issue, 'en-US');
          return (
            issue.columnIndex !== index ||
            !zh.includes(`第${issue.row}行「${issue.column}」（${cell}）：`) ||
            !zh.endsWith(`${adviceOf(issue)}。`) ||
            !en.includes(`row ${issue.row}, ${issue.column} (${cell}): `) ||
            !en.endsWith(`${adviceOf(issue, 'en-US')}.`)
          );
        });
        expect(misplaced).toEqual([]);
      }),
      RUNS,
    );
  });

  it('gives each row the worst severity of its issues, and keeps every non-blank row in order', () => {
    fc.assert(
      fc.property(tables, (list) => {
        const rows = toRows(list);
        const result = validateEntries(schema, rows);
        const blank = (r: SheetRow): boolean =>
          r.values.slice(0, 7).every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
        expect(result.normalized.map((e) => e.row)).toEqual(rows.filter((r) => !blank(r)).map((r) => r.row));
        expect(result.blankRows).toBe(rows.filter(blank).length);
        expect(result.normalized.map((e) => e.status)).toEqual(
          result.normalized.map((e) => worst(rowIssues(result, e.row))),
        );
      }),
      RUNS,
    );
  });

  it('sorts row issues by row, column and rule, with unit issues last', () => {
    const order = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));
    fc.assert(
      fc.property(tables, (list) => {
        const issues = validateEntries(schema, toRows(list)).issues;
        const key = (i: ValidationIssue): [number, number, number] => [
          i.row ?? Infinity,
          i.columnIndex ?? -1,
          order.get(i.rule) ?? 0,
        ];
        const unordered = issues.slice(1).filter((issue, k) => {
          const [ra, ca, oa] = key(issues[k] as ValidationIssue);
          const [rb, cb, ob] = key(issue);
          return ra !== Infinity && !(ra < rb || (ra === rb && (ca < cb || (ca === cb && oa <= ob))));
        });
        expect(unordered).toEqual([]);
      }),
      RUNS,
    );
  });

  it('counts every issue once in byUnit in one of three groups, and every missing report as due minus reported for the chosen period', () => {
    fc.assert(
      fc.property(tables, (list) => {
        const result = validateEntries(schema, toRows(list));
        const counted = result.byUnit.reduce((sum, u) => sum + u.errors + u.warnings + u.missing, 0);
        expect(counted).toBe(result.issues.length);
        for (const report of result.byUnit) {
          const mine = result.issues.filter((i) => i.unit === report.unit);
          const missing = mine.filter((i) => i.rule === 'missing-report').length;
          // The three groups never overlap: a missing report is not also an error.
          expect(report.errors).toBe(mine.filter((i) => i.severity === 'error').length - missing);
          expect(report.missing).toBe(missing);
          // With no period chosen (no row names one), completeness is not judged at all.
          const owed =
            result.period === null
              ? 0
              : report.itemsDue - report.itemsReported + report.targetsDue - report.targetsReported;
          expect(missing).toBe(owed);
        }
      }),
      RUNS,
    );
  });

  it('flags as duplicate exactly the rows sharing period, unit and target: earlier ones errors, the last a warning', () => {
    fc.assert(
      fc.property(fc.array(canonicalCells, { maxLength: 40 }), (list) => {
        const rows = toRows(list);
        const result = validateEntries(schema, rows);
        const key = (r: SheetRow): string | null =>
          r.values[3] === null
            ? null
            : `${String(r.values[0])}|${String(r.values[1])}|${String(r.values[3])}`;
        rows.forEach((r, i) => {
          const k = key(r);
          const same = k === null ? [] : rows.filter((other) => key(other) === k);
          const later = rows.slice(i + 1).some((other) => key(other) === k);
          const expected = same.length < 2 ? [] : [later ? 'error' : 'warning'];
          expect(rowIssues(result, r.row, 'duplicate').map((d) => d.severity)).toEqual(expected);
        });
      }),
      RUNS,
    );
  });

  it('flags as decreasing exactly the counted figures below an earlier period’s counted figure', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(seriesCells, canonicalCells), { minLength: 8, maxLength: 40 }),
        (list) => {
          const rows = toRows(list);
          const result = validateEntries(schema, rows);
          // The counted row of a period, unit and target is its last row; only increment and total targets.
          const cumulative = new Set(
            schema.targets.filter((t) => t.kind === 'increment' || t.kind === 'total').map((t) => t.id),
          );
          const counted = rows.filter((r, i) => {
            if (!cumulative.has(String(r.values[3])) || figure(r) === null) return false;
            return !rows
              .slice(i + 1)
              .some(
                (o) =>
                  o.values[0] === r.values[0] && o.values[1] === r.values[1] && o.values[3] === r.values[3],
              );
          });
          for (const r of rows) {
            const p = PERIODS.indexOf(String(r.values[0]));
            const earlier = counted.filter(
              (o) =>
                o.values[1] === r.values[1] &&
                o.values[3] === r.values[3] &&
                PERIODS.indexOf(String(o.values[0])) < p,
            );
            const max = Math.max(-Infinity, ...earlier.map((o) => figure(o) ?? 0));
            const expected = counted.includes(r) && (figure(r) ?? 0) < max ? 1 : 0;
            expect(rowIssues(result, r.row, 'decreasing')).toHaveLength(expected);
          }
        },
      ),
      RUNS,
    );
  });

  it('gives the same result twice for the same rows (nothing carries over between runs)', () => {
    fc.assert(
      fc.property(tables, tables, (first, second) => {
        const expected = validateEntries(schema, toRows(second));
        validateEntries(schema, toRows(first));
        expect(validateEntries(schema, toRows(second))).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});
