/** One firing and one quiet test per rule, on the hand-made schema. */
import { validateEntries } from '../../../src/domain/validation';
import { testSchema } from './schemaFixture';
import { adviceOf, entry, issuesOf, rulesOn, sentenceOf } from './helpers';

const schema = testSchema();
const run = (...rows: ReturnType<typeof entry>[]) =>
  validateEntries(schema, rows, { period: '2021年上半年' });

describe('correct row', () => {
  it('keeps a correct row free of row issues and marks it ok', () => {
    const result = run(entry(2));
    expect(rulesOn(result, 2)).toEqual([]);
    expect(result.normalized[0]?.status).toBe('ok');
  });
});

describe('unknown-unit', () => {
  it('rejects a unit that is not in the schema, suggesting the closest name', () => {
    const [issue] = issuesOf(run(entry(2, { unit: '省发展改革局' })), 2, 'unknown-unit');
    expect(issue?.severity).toBe('error');
    expect(adviceOf(issue)).toContain('省发展改革委');
    expect(sentenceOf(issue)).toContain('第2行「填报单位」');
  });
  it('rejects a blank unit and files it under the unit ""', () => {
    const [issue] = issuesOf(run(entry(2, { unit: null })), 2, 'unknown-unit');
    expect(issue?.unit).toBe('');
    expect(sentenceOf(issue)).toContain('未填单位');
  });
  it('gives no suggestion for a name far from every unit', () => {
    const [issue] = issuesOf(run(entry(2, { unit: '某某公司' })), 2, 'unknown-unit');
    expect(adviceOf(issue)).not.toContain('是否应为');
  });
  it('keeps a canonical unit', () => {
    expect(issuesOf(run(entry(2)), 2, 'unknown-unit')).toEqual([]);
  });
});

describe('alias-unit', () => {
  it('rejects an alias with a fix to the canonical name', () => {
    const [issue] = issuesOf(run(entry(2, { unit: '省发改委' })), 2, 'alias-unit');
    expect(issue?.severity).toBe('error');
    expect(issue?.fix).toEqual({ column: '填报单位', from: '省发改委', to: '省发展改革委', certain: true });
    expect(adviceOf(issue)).toBe('未计入汇总：单位名称应为省发展改革委');
    expect(issue?.unit).toBe('省发展改革委');
  });
  it('rejects the canonical name padded with spaces, which formulas do not match', () => {
    const [issue] = issuesOf(run(entry(2, { unit: ' 省发展改革委　' })), 2, 'alias-unit');
    expect(issue?.fix?.to).toBe('省发展改革委');
  });
  it('keeps a canonical unit', () => {
    expect(issuesOf(run(entry(2)), 2, 'alias-unit')).toEqual([]);
  });
});

describe('unknown-period', () => {
  it.each(['2020年上半年', '下半年', '1-5月', '第五季度', '明年'])('rejects %s', (period) => {
    expect(issuesOf(run(entry(2, { period })), 2, 'unknown-period')).toHaveLength(1);
  });
  it('rejects a blank period', () => {
    expect(sentenceOf(issuesOf(run(entry(2, { period: null })), 2, 'unknown-period')[0])).toContain(
      '未填报告期',
    );
  });
  it('keeps an exact period label', () => {
    expect(issuesOf(run(entry(2)), 2, 'unknown-period')).toEqual([]);
  });
});

describe('period-alias', () => {
  it.each([
    ['2021Q2', '2021年上半年'],
    ['二季度', '2021年上半年'],
    ['2021年第二季度', '2021年上半年'],
    ['1-6月', '2021年上半年'],
    ['2021年1-6月', '2021年上半年'],
    ['上半年', '2021年上半年'],
    ['一季度', '2021年一季度'],
    ['Q3', '2021年前三季度'],
    ['1～9月', '2021年前三季度'],
    ['2021年度', '2021年全年'],
    [' 2021年上半年', '2021年上半年'],
  ])('understands %s as %s and offers the fix', (written, label) => {
    const [issue] = issuesOf(run(entry(2, { period: written })), 2, 'period-alias');
    expect(issue?.severity).toBe('error');
    expect(issue?.fix).toEqual({ column: '报告期', from: written, to: label, certain: true });
    expect(adviceOf(issue)).toBe(`未计入汇总：报告期应为${label}`);
  });
  it('understands a date serial typed into the period cell (2021-06-30)', () => {
    expect(issuesOf(run(entry(2, { period: 44377 })), 2, 'period-alias')[0]?.fix?.to).toBe('2021年上半年');
  });
  it.each([
    ['1-6月', '2021年1-6月'],
    ['上半年', '2021年1-6月'],
    ['一季度', '2021年1-3月'],
    ['2021Q4', '2021年全年'],
  ])('understands %s as %s in a monthly schema', (written, label) => {
    const result = validateEntries(testSchema('monthly'), [entry(2, { period: written })]);
    expect(issuesOf(result, 2, 'period-alias')[0]?.fix?.to).toBe(label);
  });
  it('keeps an exact period label', () => {
    expect(issuesOf(run(entry(2)), 2, 'period-alias')).toEqual([]);
  });
});

describe('unknown-item', () => {
  it('rejects an item number not in the schema', () => {
    expect(
      issuesOf(run(entry(2, { item: 99, target: null, value: null, measure: null })), 2, 'unknown-item'),
    ).toHaveLength(1);
  });
  it('rejects a row with neither item nor target', () => {
    expect(
      sentenceOf(
        issuesOf(
          run(entry(2, { item: null, target: null, value: null, measure: null })),
          2,
          'unknown-item',
        )[0],
      ),
    ).toContain('未填序号');
  });
  it('keeps a row whose item comes from its target', () => {
    expect(issuesOf(run(entry(2, { item: null })), 2, 'unknown-item')).toEqual([]);
  });
});

describe('unknown-target', () => {
  it('rejects a target id not in the schema', () => {
    expect(issuesOf(run(entry(2, { target: 'T9.9' })), 2, 'unknown-target')).toHaveLength(1);
  });
  it('rejects a loosely written id with a fix to the exact id', () => {
    expect(issuesOf(run(entry(2, { target: 't3.1' })), 2, 'unknown-target')[0]?.fix).toEqual({
      column: '指标编号',
      from: 't3.1',
      to: 'T3.1',
      certain: true,
    });
  });
  it('rejects a figure without a target id', () => {
    expect(issuesOf(run(entry(2, { target: null })), 2, 'unknown-target')).toHaveLength(1);
  });
  it('keeps a text-only row without a target', () => {
    expect(
      issuesOf(run(entry(2, { target: null, value: null, measure: null })), 2, 'unknown-target'),
    ).toEqual([]);
  });
  it('rejects a figure for a low-confidence candidate that 目标指标 does not list yet', () => {
    const withCandidate = structuredClone(schema);
    const target = withCandidate.targets.find((t) => t.id === 'T3.1')!;
    target.confidence = 'low';
    const rows = [entry(2)];
    expect(
      issuesOf(validateEntries(withCandidate, rows, { period: '2021年上半年' }), 2, 'unknown-target'),
    ).toHaveLength(1);
    target.confidence = 'high';
    expect(
      issuesOf(validateEntries(withCandidate, rows, { period: '2021年上半年' }), 2, 'unknown-target'),
    ).toEqual([]);
  });
});

describe('target-item-mismatch', () => {
  it('rejects a target id that belongs to another item', () => {
    const [issue] = issuesOf(run(entry(2, { item: 1 })), 2, 'target-item-mismatch');
    expect(sentenceOf(issue)).toContain('T3.1属于第3项');
  });
  it('keeps a target with its own item', () => {
    expect(issuesOf(run(entry(2)), 2, 'target-item-mismatch')).toEqual([]);
  });
});

describe('not-responsible', () => {
  it('rejects a unit with no role in the item', () => {
    const row = entry(2, { unit: '省统计局', target: null, value: null, measure: null });
    expect(issuesOf(run(row), 2, 'not-responsible')).toHaveLength(1);
  });
  it('keeps a city reporting on an item led by 各设区市人民政府', () => {
    const row = entry(2, { unit: '南昌市人民政府', item: 5, target: null, value: null, measure: null });
    expect(rulesOn(run(row), 2)).toEqual([]);
  });
  it('keeps any member unit reporting on an item of 全体成员单位', () => {
    const row = entry(2, { unit: '省财政厅', item: 6, target: null, value: null, measure: null });
    expect(rulesOn(run(row), 2)).toEqual([]);
  });
  it('keeps a cooperating unit reporting text on its item', () => {
    expect(
      issuesOf(
        run(entry(2, { unit: '省财政厅', target: null, value: null, measure: null })),
        2,
        'not-responsible',
      ),
    ).toEqual([]);
  });
});

describe('not-reporter', () => {
  it('rejects a figure from a unit that cooperates on the item but does not report the target', () => {
    const [issue] = issuesOf(run(entry(2, { unit: '省财政厅' })), 2, 'not-reporter');
    expect(issue?.severity).toBe('error');
    expect(sentenceOf(issue)).toContain('由省发展改革委填报');
  });
  it('keeps a text row about the target from a cooperating unit', () => {
    expect(rulesOn(run(entry(2, { unit: '省财政厅', value: null, measure: null })), 2)).toEqual([]);
  });
  it('keeps the reporter’s figure', () => {
    expect(issuesOf(run(entry(2)), 2, 'not-reporter')).toEqual([]);
  });
});

describe('missing-value', () => {
  it('rejects a target row of the reporter with no figure', () => {
    expect(issuesOf(run(entry(2, { value: null })), 2, 'missing-value')).toHaveLength(1);
  });
  it('keeps a target row with a figure', () => {
    expect(issuesOf(run(entry(2)), 2, 'missing-value')).toEqual([]);
  });
});

describe('bad-number', () => {
  it.each([['约一千'], ['1000左右'], ['三十'], [{ error: '#DIV/0!' }], [true], [Number.NaN], [Infinity]])(
    'rejects %p',
    (value) => {
      expect(issuesOf(run(entry(2, { value: value as never })), 2, 'bad-number')).toHaveLength(1);
    },
  );
  it('names the error value in the message', () => {
    expect(
      sentenceOf(issuesOf(run(entry(2, { value: { error: '#DIV/0!' } })), 2, 'bad-number')[0]),
    ).toContain('#DIV/0!');
  });
  it('keeps a real number', () => {
    expect(issuesOf(run(entry(2)), 2, 'bad-number')).toEqual([]);
  });
});

describe('normalized-number', () => {
  it.each([
    ['1,000', 1000],
    ['１０００', 1000],
    ['1000户', 1000],
    ['0.1万', 1000],
    ['0.7万', 7000],
    ['-12.5', -12.5],
    ['30亿元', 30],
  ])('reads %s as %d and offers the number as a fix', (text, value) => {
    const schemaRow = entry(2, { unit: '省统计局', item: 2, target: 'T2.1', measure: null, value: text });
    const [issue] = issuesOf(run(schemaRow), 2, 'normalized-number');
    expect(issue?.severity).toBe('error');
    expect(issue?.fix).toEqual({ column: '累计完成值', from: text, to: value, certain: true });
    expect(adviceOf(issue)).toBe(`未计入汇总：累计完成值应为数字 ${value}`);
  });
  it('reads an item number written as text', () => {
    expect(issuesOf(run(entry(2, { item: '３' })), 2, 'normalized-number')[0]?.fix).toEqual({
      column: '序号',
      from: '３',
      to: 3,
      certain: true,
    });
  });
  it('keeps a real number', () => {
    expect(issuesOf(run(entry(2)), 2, 'normalized-number')).toEqual([]);
  });
});

describe('negative-value', () => {
  it('rejects a negative total', () => {
    expect(issuesOf(run(entry(2, { value: -5 })), 2, 'negative-value')).toHaveLength(1);
  });
  it('keeps a negative growth rate', () => {
    expect(issuesOf(run(entry(2, { target: 'T3.2', value: -2, measure: '%' })), 2, 'negative-value')).toEqual(
      [],
    );
  });
  it('keeps a positive figure', () => {
    expect(issuesOf(run(entry(2)), 2, 'negative-value')).toEqual([]);
  });
});

describe('measure-mismatch', () => {
  const t21 = { unit: '省统计局', item: 2, target: 'T2.1', value: 500 } as const;
  it('warns about 家 against 户 (same family of counts)', () => {
    const [issue] = issuesOf(run(entry(2, { ...t21, measure: '家' })), 2, 'measure-mismatch');
    expect(issue?.severity).toBe('warning');
  });
  it('rejects % against 亿元 (another dimension)', () => {
    expect(issuesOf(run(entry(2, { measure: '%' })), 2, 'measure-mismatch')[0]?.severity).toBe('error');
  });
  it('rejects 万元 against 亿元 (another scale) and shows the conversion', () => {
    const [issue] = issuesOf(run(entry(2, { value: 5000, measure: '万元' })), 2, 'measure-mismatch');
    expect(issue?.severity).toBe('error');
    expect(adviceOf(issue)).toContain('0.5亿元');
  });
  it('reads a measure typed after the number when the measure cell is blank', () => {
    expect(issuesOf(run(entry(2, { value: '30%', measure: null })), 2, 'measure-mismatch')[0]?.column).toBe(
      '累计完成值',
    );
  });
  it('keeps the target’s own measure, and a blank measure', () => {
    expect(
      issuesOf(run(entry(2), entry(3, { measure: null, period: '2021年一季度' })), 2, 'measure-mismatch'),
    ).toEqual([]);
    expect(
      issuesOf(run(entry(2), entry(3, { measure: null, period: '2021年一季度' })), 3, 'measure-mismatch'),
    ).toEqual([]);
  });
});

describe('implausible', () => {
  it('warns about a figure over 5 times the target', () => {
    expect(issuesOf(run(entry(2, { value: 251 })), 2, 'implausible')[0]?.severity).toBe('warning');
  });
  it('keeps a figure of exactly 5 times the target', () => {
    expect(issuesOf(run(entry(2, { value: 250 })), 2, 'implausible')).toEqual([]);
  });
});

describe('duplicate', () => {
  it('rejects every row but the last of the same period, unit and target, and warns on the last', () => {
    const result = run(
      entry(2, { value: 10 }),
      entry(3, { value: 20 }),
      entry(4, { unit: '省发改委', value: 30 }),
    );
    expect(issuesOf(result, 2, 'duplicate')[0]?.severity).toBe('error');
    expect(issuesOf(result, 3, 'duplicate')[0]?.severity).toBe('error');
    expect(issuesOf(result, 4, 'duplicate')[0]?.severity).toBe('warning');
  });
  it('keeps the same target in two periods', () => {
    const result = run(entry(2, { period: '2021年一季度', value: 10 }), entry(3));
    expect(result.issues.filter((i) => i.rule === 'duplicate')).toEqual([]);
  });
});

describe('decreasing', () => {
  it('warns when a cumulative figure is lower than an earlier period’s', () => {
    const result = run(entry(2, { period: '2021年一季度', value: 40 }), entry(3, { value: 30 }));
    expect(sentenceOf(issuesOf(result, 3, 'decreasing')[0])).toContain('2021年一季度');
    expect(issuesOf(result, 2, 'decreasing')).toEqual([]);
  });
  it('keeps a growing cumulative figure', () => {
    const result = run(entry(2, { period: '2021年一季度', value: 20 }), entry(3, { value: 30 }));
    expect(result.issues.filter((i) => i.rule === 'decreasing')).toEqual([]);
  });
  it('keeps a falling growth rate', () => {
    const rate = { target: 'T3.2', measure: '%' } as const;
    const result = run(
      entry(2, { ...rate, period: '2021年一季度', value: 8 }),
      entry(3, { ...rate, value: 6 }),
    );
    expect(result.issues.filter((i) => i.rule === 'decreasing')).toEqual([]);
  });
});

describe('missing-report', () => {
  it('rejects each due item and reported target with no row in the period', () => {
    const result = run(entry(2, { unit: '省统计局', item: 4, target: null, value: null, measure: null }));
    const mine = result.issues.filter((i) => i.rule === 'missing-report' && i.unit === '省发展改革委');
    expect(mine.map((i) => i.id).sort()).toEqual(
      ['item:3', 'item:6', 'target:T3.1', 'target:T3.2']
        .map((k) => `missing-report@省发展改革委:2021年上半年:${k}`)
        .sort(),
    );
    expect(mine.every((i) => i.row === null && i.severity === 'error')).toBe(true);
  });
  it('keeps a unit that reported everything it owes', () => {
    const result = run(
      entry(2),
      entry(3, { target: 'T3.2', value: 8, measure: '%' }),
      entry(4, { item: 6, target: null, value: null, measure: null }),
    );
    expect(result.issues.filter((i) => i.rule === 'missing-report' && i.unit === '省发展改革委')).toEqual([]);
  });
  it('judges the latest period with entries when no period is given', () => {
    const result = validateEntries(schema, [entry(2, { period: '2021年一季度' })]);
    expect(result.period).toBe('2021年一季度');
    expect(result.issues.some((i) => i.rule === 'missing-report' && i.id.includes('2021年一季度'))).toBe(
      true,
    );
  });
});

describe('missing-progress-text', () => {
  it('warns about a row without progress text', () => {
    expect(issuesOf(run(entry(2, { progress: '  ' })), 2, 'missing-progress-text')[0]?.severity).toBe(
      'warning',
    );
  });
  it('keeps a row with progress text', () => {
    expect(issuesOf(run(entry(2)), 2, 'missing-progress-text')).toEqual([]);
  });
});
