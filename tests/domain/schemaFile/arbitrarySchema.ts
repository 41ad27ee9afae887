/** fast-check generator of valid schemas with random text (CJK, astral, quotes, control characters) in every text field. */
import fc from 'fast-check';
import type { Diagnostic, Item, Schema, Target, Unit } from '../../../src/domain/schema';
import { buildPeriods } from '../../../src/domain/periods';

const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '工',
      '作',
      '要',
      '点',
      '“',
      '”',
      '（',
      '）',
      '、',
      '%',
      '"',
      '\\',
      '\n',
      '\t',
      ' ',
      'a',
      '1',
      '\u0000',
    ),
    fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x1f600, max: 0x1f64f }).map((c) => String.fromCodePoint(c)),
  ),
  maxLength: 20,
});
const nonBlank = text.map((t) => `单位${t.replace(/\s/g, '')}`);
const span = fc.record({
  line: fc.integer({ min: 1, max: 500 }),
  column: fc.integer({ min: 1, max: 200 }),
  text,
});
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

/** A valid schema: every reference resolves, every id is well formed. */
export const arbitrarySchema: fc.Arbitrary<Schema> = fc
  .record({
    title: text,
    issuer: text,
    year: fc.integer({ min: 1990, max: 2100 }),
    cadence: fc.constantFrom('quarterly' as const, 'monthly' as const),
    sectionTitles: fc.array(text, { minLength: 1, maxLength: 4 }),
    units: fc.uniqueArray(
      fc.record({
        name: nonBlank,
        kind: fc.constantFrom<Unit['kind']>('department', 'city', 'collective', 'other'),
        aliasCount: fc.nat(2),
        unconfirmed: fc.boolean(),
      }),
      { minLength: 1, maxLength: 5, selector: (u) => u.name },
    ),
    items: fc.array(
      fc.record({
        section: fc.nat(),
        group: fc.boolean(),
        title: text,
        text,
        picks: fc.array(fc.tuple(fc.nat(), fc.nat(2)), { maxLength: 3 }),
        deadline: fc.option(fc.constantFrom('2021-06-30', '2021-12-31', '2024-02-29'), { nil: undefined }),
        source: span,
      }),
      { maxLength: 6 },
    ),
    targets: fc.array(
      fc.record({
        item: fc.option(fc.nat(), { nil: null }),
        block: fc.option(text, { nil: undefined }),
        name: text,
        value: finite,
        stretch: fc.option(finite, { nil: undefined }),
        measure: fc.constantFrom('户', '家', '项', '亿元', '%', ''),
        comparator: fc.constantFrom<Target['comparator']>('>=', '>', '<=', '<', '='),
        approx: fc.boolean(),
        kind: fc.constantFrom<Target['kind']>('increment', 'total', 'rate', 'cap'),
        reporter: fc.nat(),
        confidence: fc.constantFrom<Target['confidence']>('high', 'low'),
        source: span,
      }),
      { maxLength: 6 },
    ),
    diagnostics: fc.array(
      fc.record({
        severity: fc.constantFrom<Diagnostic['severity']>('error', 'warning', 'info'),
        line: fc.nat(300),
        column: fc.nat(80),
        code: fc.constantFrom('no-items', 'abbreviated-unit', 'low-confidence-target'),
        message: text,
      }),
      { maxLength: 3 },
    ),
  })
  .map((raw): Schema => {
    const sections = raw.sectionTitles.map((title, i) => ({ no: i + 1, title }));
    const units: Unit[] = raw.units.map((u, i) => ({
      name: u.name,
      aliases: Array.from({ length: u.aliasCount }, (_, k) => `简称${i}-${k}`),
      kind: u.kind,
      ...(u.kind === 'collective'
        ? { members: raw.units.filter((m) => m.kind !== 'collective').map((m) => m.name) }
        : {}),
      ...(u.unconfirmed ? { unconfirmed: true } : {}),
    }));
    const unitName = (n: number): string => (units[n % units.length] as Unit).name;
    const items: Item[] = raw.items.map((it, i) => {
      const section = (it.section % sections.length) + 1;
      const roles: Record<'lead' | 'cooperate' | 'responsible', string[]> = {
        lead: [],
        cooperate: [],
        responsible: [],
      };
      for (const [unit, role] of it.picks)
        roles[(['lead', 'cooperate', 'responsible'] as const)[role] ?? 'lead'].push(unitName(unit));
      return {
        no: i + 1,
        label: `${i + 1}.`,
        section,
        ...(it.group ? { group: 1 } : {}),
        title: it.title,
        text: it.text,
        ...roles,
        ...(it.deadline ? { deadline: it.deadline } : {}),
        source: it.source,
      };
    });
    const groups = sections
      .filter((s) => items.some((it) => it.group === 1 && it.section === s.no))
      .map((s) => ({ no: 1, section: s.no, title: `（一）${s.title}` }));
    const counters = new Map<number, number>();
    const targets: Target[] = raw.targets.map((t) => {
      const item = t.item === null || items.length === 0 ? null : (t.item % items.length) + 1;
      const k = (counters.get(item ?? 0) ?? 0) + 1;
      counters.set(item ?? 0, k);
      const { reporter, block, stretch, ...rest } = t;
      return {
        ...rest,
        id: `T${item ?? 0}.${k}`,
        item,
        ...(block !== undefined ? { block } : {}),
        ...(stretch !== undefined ? { stretch } : {}),
        reporter: unitName(reporter),
      };
    });
    return {
      format: 'workpoints-schema',
      version: 1,
      title: raw.title,
      issuer: raw.issuer,
      year: raw.year,
      cadence: raw.cadence,
      sections,
      groups,
      items,
      units,
      targets,
      periods: buildPeriods(raw.year, raw.cadence),
      diagnostics: raw.diagnostics,
    };
  });
