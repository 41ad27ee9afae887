import { builtinSchema, BUILTIN_NOTICE_TEXT } from '../../src/domain/builtin';
import {
  canWrite,
  dropCandidate,
  editTarget,
  readTargetValue,
  reporterChoices,
  sectionViews,
  sortedDiagnostics,
  targetSource,
} from '../../src/taskpane/state/preview';
import { smallSchema } from '../workbook/fixtures/smallSchema';

describe('schema preview', () => {
  it('puts every item under its section and every target under its item', () => {
    const schema = builtinSchema();
    const { sections, blockTargets } = sectionViews(schema);
    expect(sections.map((s) => s.section.no)).toEqual(schema.sections.map((s) => s.no));
    expect(sections.flatMap((s) => s.items.map((i) => i.item.no))).toEqual(schema.items.map((i) => i.no));
    const shown = sections.flatMap((s) => s.items.flatMap((i) => i.targets.map((t) => t.id)));
    expect([...shown, ...blockTargets.map((t) => t.id)].sort()).toEqual(
      schema.targets.map((t) => t.id).sort(),
    );
  });

  it('highlights the target words inside their source sentence', () => {
    const schema = builtinSchema();
    for (const target of schema.targets) {
      const item = schema.items.find((i) => i.no === target.item);
      const h = targetSource(target, item, BUILTIN_NOTICE_TEXT);
      expect(h.match).toBe(target.source.text);
      expect(`${h.before}${h.match}${h.after}`).toContain(target.source.text);
      // A sentence, not the whole item: no sentence stop before the match.
      expect(h.before).not.toMatch(/[。；;]/);
    }
  });

  it('falls back to the span alone when neither the item nor the notice holds it', () => {
    const schema = smallSchema();
    const target = { ...schema.targets[0]!, source: { line: 99, column: 1, text: '不在文中的文字' } };
    expect(targetSource(target, undefined, '')).toEqual({ before: '', match: '不在文中的文字', after: '' });
  });

  it('edits a target value, name and reporter without touching the other targets', () => {
    const schema = builtinSchema();
    const unit = schema.units.find((u) => u.name === '省统计局')!.name;
    const edited = editTarget(schema, 'T18.1', { value: 1200, name: '规模以上工业企业', reporter: unit });
    if (!('schema' in edited)) throw new Error(edited.problem);
    const t = edited.schema.targets.find((x) => x.id === 'T18.1')!;
    expect([t.value, t.name, t.reporter]).toEqual([1200, '规模以上工业企业', unit]);
    expect(edited.schema.targets.filter((x) => x.id !== 'T18.1')).toEqual(
      schema.targets.filter((x) => x.id !== 'T18.1'),
    );
    expect(schema.targets.find((x) => x.id === 'T18.1')!.value).toBe(1000);
  });

  it('refuses a negative value, an empty name and a reporter that is not a unit', () => {
    const schema = builtinSchema();
    expect(editTarget(schema, 'T18.1', { value: -1 })).toEqual({ problem: 'edit.badValue' });
    expect(editTarget(schema, 'T18.1', { name: '  ' })).toEqual({ problem: 'edit.emptyName' });
    expect(editTarget(schema, 'T18.1', { reporter: '省不存在厅' })).toEqual({
      problem: 'edit.unknownReporter',
    });
    expect(editTarget(schema, 'T99.9', { value: 1 })).toEqual({ problem: 'edit.unknownTarget' });
  });

  it('drops a low-confidence candidate but keeps the notice’s own targets', () => {
    const schema = builtinSchema();
    const low = schema.targets.find((t) => t.confidence === 'low')!;
    const high = schema.targets.find((t) => t.confidence === 'high')!;
    const dropped = dropCandidate(schema, low.id);
    if (!('schema' in dropped)) throw new Error(dropped.problem);
    expect(dropped.schema.targets.map((t) => t.id)).toEqual(
      schema.targets.filter((t) => t.id !== low.id).map((t) => t.id),
    );
    expect(dropCandidate(schema, high.id)).toEqual({ problem: 'edit.notCandidate' });
  });

  it('reads typed target values, full-width digits and thousands separators included', () => {
    expect(readTargetValue('1,000')).toBe(1000);
    expect(readTargetValue('１５００')).toBe(1500);
    expect(readTargetValue('6.2')).toBe(6.2);
    expect(readTargetValue('约一千')).toBeNull();
    expect(readTargetValue('-5')).toBeNull();
    expect(readTargetValue('')).toBeNull();
  });

  it('offers the item’s own units first as reporters, each unit once', () => {
    const schema = builtinSchema();
    const target = schema.targets.find((t) => t.id === 'T19.1')!;
    const item = schema.items.find((i) => i.no === 19)!;
    const choices = reporterChoices(schema, target);
    expect(choices.slice(0, item.responsible.length)).toEqual(item.responsible);
    expect(new Set(choices).size).toBe(choices.length);
    expect(choices.length).toBe(schema.units.length);
  });

  it('offers a pending reporter first while a target of an item naming no unit waits for one', () => {
    const schema = builtinSchema();
    const target = { ...schema.targets.find((t) => t.id === 'T19.1')!, reporter: '' };
    const bare = {
      ...schema,
      units: [],
      items: schema.items.map((i) => ({ ...i, lead: [], responsible: [], cooperate: [] })),
    };
    expect(reporterChoices(bare, target)).toEqual(['']);
    expect(reporterChoices(schema, target)[0]).toBe('');
    expect(reporterChoices(schema, target).length).toBe(schema.units.length + 1);
  });

  it('lists diagnostics worst first and refuses to write a schema without items', () => {
    const sorted = sortedDiagnostics([
      { severity: 'info', line: 1, column: 1, code: 'a', message: 'a' },
      { severity: 'error', line: 9, column: 1, code: 'b', message: 'b' },
      { severity: 'warning', line: 2, column: 1, code: 'c', message: 'c' },
    ]);
    expect(sorted.map((d) => d.severity)).toEqual(['error', 'warning', 'info']);
    expect(canWrite(builtinSchema())).toBe(true);
    expect(canWrite({ ...builtinSchema(), items: [] })).toBe(false);
  });
});
