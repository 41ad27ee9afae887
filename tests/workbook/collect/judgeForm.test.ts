/** Judging a form against the ledger: the order of the checks, each verdict, and how its rows are taken. */
import { builtinSchema } from '../../../src/domain/builtin';
import { schemaFingerprint } from '../../../src/domain/schemaFile';
import { withRegistryAliases } from '../../../src/domain/units/aliases';
import { readForm } from '../../../src/workbook/collect/formReading';
import { judgeForm, type AcceptedForm, type Judgement } from '../../../src/workbook/collect/judgeForm';
import type { CellValue } from '../../../src/domain/entryCells';
import { bookOf, formRow, HEADER, recordSheet, sheet } from './books';

// As a ledger holds it: the registry's aliases added (loadSchema does).
const schema = withRegistryAliases(builtinSchema());
const FP = schemaFingerprint(schema);
const EARLIER = 'e'.repeat(64);
const ledger = { schema, fingerprint: FP, earlierFingerprints: [EARLIER] };
const H1 = '2021年上半年';

interface FormSpec {
  unit?: string;
  period?: string;
  fingerprint?: string | null;
  rows: Record<string, CellValue>[];
}

/** A form as a book: with a record unless `fingerprint` is null (then only its cells say whose it is). */
function judge(spec: FormSpec, options: { period?: string } = {}): Judgement {
  const unit = spec.unit ?? '省科技厅';
  const period = spec.period ?? H1;
  const rows = [HEADER, ...spec.rows.map((r) => formRow(HEADER, { 报告期: period, 填报单位: unit, ...r }))];
  const sheets = [sheet('本单位填报', rows)];
  if (spec.fingerprint !== null)
    sheets.push(
      recordSheet({
        fingerprint: spec.fingerprint ?? FP,
        unit,
        period,
        generatedAt: '2021-07-01T00:00:00.000Z',
        rows: [],
        cooperation: [],
      }),
    );
  return judgeForm(readForm(bookOf(sheets)), ledger, options);
}

function accepted(j: Judgement): AcceptedForm {
  if (!j.ok) throw new Error(`rejected: ${j.reason} ${j.problem.key}`);
  return j.form;
}

const T201 = { 序号: 20, 指标编号: 'T20.1', 累计完成值: 80, 工作进展: '进展' };

describe('judging a returned form', () => {
  it('accepts a form of this ledger, keyed by its unit and period', () => {
    const form = accepted(judge({ rows: [T201] }));
    expect(form).toMatchObject({ unit: '省科技厅', period: H1, notices: [] });
    expect(form.rows[0]?.cells).toMatchObject({
      报告期: H1,
      填报单位: '省科技厅',
      序号: 20,
      指标编号: 'T20.1',
      累计完成值: 80,
    });
  });

  it('checks the unit before the ledger, and the ledger before the period', () => {
    const other = { 序号: 20, 指标编号: 'T99.9', 累计完成值: 1 };
    expect(
      judge({ unit: '省外事办', fingerprint: 'x', period: '2020年上半年', rows: [other] }),
    ).toMatchObject({
      ok: false,
      reason: 'unknown-unit',
    });
    expect(judge({ fingerprint: 'x', period: '2020年上半年', rows: [other] })).toMatchObject({
      ok: false,
      reason: 'other-ledger',
      problem: { key: 'collect.ledger.other', params: { rows: ['2'], count: 1 } },
    });
    expect(judge({ period: '2020年上半年', rows: [T201] })).toMatchObject({
      ok: false,
      reason: 'wrong-period',
    });
  });

  it('refuses a collective or an empty unit as a form’s unit', () => {
    expect(judge({ unit: '全体成员单位', rows: [T201] })).toMatchObject({ reason: 'unknown-unit' });
    expect(judge({ unit: '', fingerprint: null, rows: [T201] })).toMatchObject({
      reason: 'unknown-unit',
      problem: { key: 'collect.unit.none' },
    });
  });

  it('takes a unit written by its alias, saying so', () => {
    const alias = schema.units.find((u) => u.name === '省科技厅')?.aliases[0];
    if (!alias) throw new Error('省科技厅 has no alias in the built-in schema');
    const form = accepted(judge({ unit: alias, rows: [T201] }));
    expect(form.unit).toBe('省科技厅');
    expect(form.notices.map((n) => n.key)).toContain('collect.notice.unitAlias');
  });

  it('accepts a form of an earlier schema of this ledger with a notice', () => {
    const form = accepted(judge({ fingerprint: EARLIER, rows: [T201] }));
    expect(form.notices.map((n) => n.key)).toEqual(['collect.notice.earlierSchema']);
  });

  it('accepts a form with another fingerprint, or none, when every 序号 and 指标编号 is this ledger’s', () => {
    expect(accepted(judge({ fingerprint: 'x', rows: [T201] })).notices.map((n) => n.key)).toEqual([
      'collect.notice.otherFingerprint',
    ]);
    expect(
      accepted(judge({ fingerprint: null, rows: [T201, { 序号: 1, 工作进展: 'x' }] })).notices[0]?.key,
    ).toBe('collect.notice.noFingerprint');
    // A target of another item is not this ledger's form.
    expect(
      judge({ fingerprint: null, rows: [{ 序号: 19, 指标编号: 'T20.1', 累计完成值: 1 }] }),
    ).toMatchObject({
      reason: 'other-ledger',
      problem: { key: 'collect.ledger.noMatch' },
    });
  });

  it('refuses a form of another period only when a period is asked for', () => {
    expect(accepted(judge({ period: '2021年一季度', rows: [T201] })).period).toBe('2021年一季度');
    expect(judge({ period: '2021年一季度', rows: [T201] }, { period: H1 })).toMatchObject({
      ok: false,
      reason: 'wrong-period',
      period: '2021年一季度',
      problem: { key: 'collect.period.other' },
    });
  });

  it('marks rows left blank, names rows it cannot place, and lets a later duplicate of a row win', () => {
    const form = accepted(
      judge({
        rows: [
          T201,
          { 序号: 1 },
          { 工作进展: '没有序号的一行' },
          { 序号: 10, 工作进展: '先写的' },
          { 序号: 10, 工作进展: '后写的' },
        ],
      }),
    );
    expect(form.rows.map((r) => [r.row, r.blank])).toEqual([
      [2, false],
      [3, true],
      [6, false],
    ]);
    expect(form.rows[2]?.cells.工作进展).toBe('后写的');
    expect(form.skipped.map((s) => [s.row, s.why.key])).toEqual([
      [4, 'collect.row.noKey'],
      [5, 'collect.row.duplicate'],
    ]);
  });

  it('takes a target written loosely as the target, and the number typed as text as text', () => {
    const form = accepted(judge({ rows: [{ 序号: 20, 指标编号: 't20.1', 累计完成值: '1,600' }] }));
    expect(form.rows[0]?.cells).toMatchObject({ 指标编号: 'T20.1', 累计完成值: '1,600' });
  });
});
