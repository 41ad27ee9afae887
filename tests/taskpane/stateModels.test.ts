import { builtinSchema } from '../../src/domain/builtin';
import { summarize } from '../../src/domain/summary';
import type { UnitReport, ValidationResult } from '../../src/domain/validation/types';
import { validateEntries } from '../../src/domain/validation';
import { emptyForm, formToCells, typedCell } from '../../src/taskpane/state/entryForm';
import { describeError } from '../../src/taskpane/state/errorView';
import { choosePeriod } from '../../src/taskpane/state/periodChoice';
import { headlineFigures, percent } from '../../src/taskpane/state/summaryView';
import { tabsFor } from '../../src/taskpane/state/tabs';
import {
  fixableIds,
  keepFixable,
  toggle,
  totals,
  unitsWorstFirst,
} from '../../src/taskpane/state/validationView';
import { LedgerError } from '../../src/domain/messages';
import { COLUMNS } from '../../src/workbook/format';
import { JOURNEY_ROWS } from './journeyRows';

function report(unit: string, errors: number, warnings: number, missing: number, known = true): UnitReport {
  return {
    unit,
    known,
    errors,
    warnings,
    missing,
    itemsDue: missing,
    itemsReported: 0,
    targetsDue: 0,
    targetsReported: 0,
  };
}

function result(byUnit: UnitReport[]): ValidationResult {
  return { period: 'p', issues: [], byUnit, normalized: [], blankRows: 0 };
}

function journeyValidation(): ValidationResult {
  const rows = JOURNEY_ROWS.map((r, i) => ({ row: i + 2, values: COLUMNS.entries.map((c) => r[c] ?? null) }));
  return validateEntries(builtinSchema(), rows, { period: '2021年上半年' });
}

describe('validate screen model', () => {
  it('lists names that are not units first, then most errors, then most missing reports, then warnings, keeping schema order on ties', () => {
    const rows = unitsWorstFirst(
      result([
        report('甲', 0, 0, 0),
        report('乙', 0, 2, 0),
        report('丙', 1, 0, 0),
        report('丁', 0, 0, 3),
        report('戊', 0, 0, 0),
        report('工信厅', 1, 0, 0, false),
      ]),
    );
    expect(rows.map((r) => r.report.unit)).toEqual(['工信厅', '丙', '丁', '乙', '甲', '戊']);
  });

  it('gives each unit exactly its own issues', () => {
    const validation = journeyValidation();
    const rows = unitsWorstFirst(validation);
    for (const row of rows)
      expect([...row.issues, ...row.missing].every((i) => i.unit === row.report.unit)).toBe(true);
    const shown = rows.reduce((n, r) => n + r.issues.length + r.missing.length, 0);
    const owned = validation.issues.filter((i) => validation.byUnit.some((u) => u.unit === i.unit)).length;
    expect(shown).toBe(owned);
  });

  it('counts errors, missing reports and warnings apart, never added together', () => {
    const validation = journeyValidation();
    const sum = totals(validation);
    expect(sum.errors + sum.missing + sum.warnings).toBe(validation.issues.length);
    expect(sum.missing).toBe(validation.issues.filter((i) => i.rule === 'missing-report').length);
    expect(sum.errors).toBe(
      validation.issues.filter((i) => i.severity === 'error' && i.rule !== 'missing-report').length,
    );
    expect(sum.fixable).toBe(validation.issues.filter((i) => i.fix?.certain).length);
    expect(fixableIds(validation.issues)).toHaveLength(sum.fixable);
  });

  it('keeps a unit’s missing reports apart from its errors', () => {
    const rows = unitsWorstFirst(journeyValidation());
    for (const row of rows) {
      expect(row.missing.every((i) => i.rule === 'missing-report')).toBe(true);
      expect(row.issues.some((i) => i.rule === 'missing-report')).toBe(false);
      expect(row.missing).toHaveLength(row.report.missing);
    }
  });

  it('keeps only picks that are still fixable after a new run', () => {
    const validation = journeyValidation();
    const [first] = fixableIds(validation.issues);
    const picked = toggle(new Set(['gone']), first!);
    expect([...keepFixable(picked, validation)]).toEqual([first]);
    expect(toggle(picked, first!).has(first!)).toBe(false);
  });
});

describe('summary screen model', () => {
  it('always shows the four statuses offices report and adds others only when present', () => {
    const summary = summarize(builtinSchema(), [], '2021年上半年');
    const figures = headlineFigures(summary);
    expect(figures.map((f) => f.status)).toEqual(['已完成', '正常', '滞后', '未报送']);
    // Low-confidence candidates wait for confirmation and are not in the summary, so count what it tracks.
    expect(summary.targets.length).toBeGreaterThan(0);
    expect(figures.find((f) => f.status === '未报送')?.count).toBe(summary.targets.length);
  });

  it('counts every target once', () => {
    const validation = journeyValidation();
    const summary = summarize(builtinSchema(), validation.normalized, '2021年上半年');
    expect(headlineFigures(summary).reduce((n, f) => n + f.count, 0)).toBe(summary.targets.length);
  });

  it('shows rates with one decimal and a dash for none', () => {
    expect(percent(0.6)).toBe('60.0%');
    expect(percent(0.12345)).toBe('12.3%');
    expect(percent(null)).toBe('—');
  });
});

describe('entry form', () => {
  it('stores typed text the way Excel does: plain numbers as numbers, the rest as text', () => {
    expect(typedCell(' 600 ')).toBe(600);
    expect(typedCell('0.5')).toBe(0.5);
    expect(typedCell('900家')).toBe('900家');
    expect(typedCell('1,000')).toBe('1,000');
    expect(typedCell('')).toBeNull();
  });

  it('keeps digits typed into text columns as text and leaves blank fields out', () => {
    const cells = formToCells({
      ...emptyForm(),
      填报单位: '省科技厅',
      序号: '20',
      指标编号: 'T20.1',
      计量单位: '2021',
    });
    expect(cells).toEqual({ 填报单位: '省科技厅', 序号: 20, 指标编号: 'T20.1', 计量单位: '2021' });
  });
});

describe('errors shown to users', () => {
  it('shows the message of a LedgerError, translated by the pane', () => {
    const view = describeError(new LedgerError('session.noSchema'));
    expect(view).toMatchObject({
      title: 'error.title',
      detail: { key: 'session.noSchema', params: {} },
      cancelled: false,
    });
  });

  it('classifies by key, never by the words of a message', () => {
    expect(describeError(new Error('工作簿中还没有工作要点方案。')).title).toBe('error.unexpected');
  });

  it('never shows technical text or a stack trace', () => {
    const view = describeError(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(view.detail).toBeNull();
    expect(view.title).toBe('error.unexpected');
  });

  it('treats a cancel as information', () => {
    expect(describeError(new LedgerError('job.cancelled')).cancelled).toBe(true);
  });
});

describe('navigation and periods', () => {
  it('offers the entry grid only for the in-browser workbook', () => {
    expect(tabsFor('browser')).toContain('entries');
    expect(tabsFor('excel')).not.toContain('entries');
    expect(tabsFor(null)).toEqual(['status']);
  });

  it('keeps a chosen period while the workbook still has it', () => {
    expect(choosePeriod(['a', 'b'], 'b')).toBe('b');
    expect(choosePeriod(['a', 'b'], 'z')).toBe('a');
    expect(choosePeriod([], 'z')).toBe('');
  });
});
