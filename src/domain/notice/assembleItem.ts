/** Turns one raw item into a schema item with its units and targets. */
import type { Item, Target } from '../schema';
import type { UnitRegistry } from '../units/registry';
import type { DiagnosticSink } from './diagnostics';
import { resolveItemUnits, type StandingRules } from './itemUnits';
import { chooseReporter } from './reporter';
import type { RawItem } from './structure';
import { findTargets, type TargetDraft } from './targets';
import type { UnitTable } from './unitTable';
import type { SourceText } from './sourceText';

/** Shared state while assembling the items of one notice. */
export interface AssemblyContext {
  registry: UnitRegistry;
  sink: DiagnosticSink;
  units: UnitTable;
  rules: StandingRules;
}

const TRAILING_JOINERS = /[ ,;:、]+$/;

/** The first sentence of an item, without its full stop. */
export function firstSentence(text: string): string {
  const stop = text.indexOf('。');
  return (stop < 0 ? text : text.slice(0, stop)).trim();
}

/** Converts drafts to targets, reporting low-confidence ones. */
export function draftsToTargets(
  drafts: readonly TargetDraft[],
  body: SourceText,
  owner: { item: number | null; block?: string; idPrefix: string; firstIndex: number; reporter: string },
  sink: DiagnosticSink,
): Target[] {
  return drafts.map((draft, index) => {
    const source = body.span(draft.start, draft.end);
    const id = `T${owner.idPrefix}.${owner.firstIndex + index}`;
    if (draft.doubt === 'tracked-list') {
      sink.add(
        'tracked-list',
        source,
        `“${source.text}”是跟踪名单中的企业数,不一定是年度目标,已作为低置信度候选(${id})保留,请核对。`,
      );
    } else if (draft.doubt === 'no-target-wording') {
      sink.add(
        'low-confidence-target',
        source,
        `“${source.text}”中的数字没有目标用语(新增、力争、达到等),已作为低置信度候选(${id})保留,请核对。`,
      );
    }
    const target: Target = {
      id,
      item: owner.item,
      name: draft.name,
      value: draft.value,
      measure: draft.measure,
      comparator: draft.comparator,
      approx: draft.approx,
      kind: draft.kind,
      reporter: owner.reporter,
      confidence: draft.confidence,
      source,
    };
    if (owner.block !== undefined) target.block = owner.block;
    if (draft.stretch !== undefined) target.stretch = draft.stretch;
    return target;
  });
}

/** Builds an item and its targets. */
export function assembleItem(
  raw: RawItem,
  numbering: { no: number; label: string },
  ctx: AssemblyContext,
): { item: Item; targets: Target[] } {
  const body = raw.body;
  const found = resolveItemUnits(body, raw.marker.length, raw.unitLines, ctx.rules, ctx.registry, ctx.sink);
  for (const mention of [...found.lead, ...found.cooperate, ...found.responsible])
    ctx.units.add(mention, mention.at);
  const names = (list: typeof found.lead): string[] => list.map((m) => m.name);
  const lead = names(found.lead);
  const cooperate = names(found.cooperate);
  const responsible = names(found.responsible);
  const where = { line: raw.line.line, column: raw.line.column };
  if (lead.length + cooperate.length + responsible.length === 0) {
    ctx.sink.add(
      'no-units',
      where,
      `第${numbering.no}项(原文编号“${raw.marker.label}”)未找到责任单位,请补充。`,
    );
  }
  const text = body.text.slice(raw.marker.length, found.clauseStart).trim().replace(TRAILING_JOINERS, '');
  const drafts = findTargets(body.text, raw.marker.length, found.clauseStart);
  const choice = chooseReporter(lead, responsible, cooperate, (name) => ctx.units.kindOf(name));
  if (drafts.length > 0 && choice.doubt === 'collective') {
    ctx.sink.add(
      'collective-reporter',
      where,
      `第${numbering.no}项只有集体单位“${choice.reporter}”,目标报送单位暂定为该集体单位,请指定具体单位。`,
    );
  } else if (drafts.length > 0 && choice.doubt === 'none') {
    ctx.sink.add('no-reporter', where, `第${numbering.no}项有目标但没有责任单位,请指定报送单位。`);
  }
  const targets = draftsToTargets(
    drafts,
    body,
    { item: numbering.no, idPrefix: String(numbering.no), firstIndex: 1, reporter: choice.reporter },
    ctx.sink,
  );
  const item: Item = {
    no: numbering.no,
    label: numbering.label,
    section: raw.section,
    title: firstSentence(text),
    text,
    lead,
    cooperate,
    responsible,
    source: body.span(0, body.text.length),
  };
  if (raw.group !== undefined) item.group = raw.group;
  return { item, targets };
}
