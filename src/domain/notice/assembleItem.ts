/** Turns one raw item into a schema item with its units and targets. */
import type { Item, Target } from '../schema';
import { findInlineDeadline } from './clauseLabels';
import { readDeadline } from './deadline';
import type { UnitRegistry } from '../units/registry';
import type { DiagnosticSink, Position } from './diagnostics';
import { resolveItemUnits, type StandingRules } from './itemUnits';
import { chooseReporter } from './reporter';
import type { RawItem } from './structure';
import { withFigureTargets } from './figureTargets';
import { taskEnd } from './progressReport';
import { findTargets, type TargetDraft } from './targets';
import type { UnitTable } from './unitTable';
import type { SourceText } from './sourceText';

/** Shared state while assembling the items of one notice. */
export interface AssemblyContext {
  registry: UnitRegistry;
  sink: DiagnosticSink;
  units: UnitTable;
  rules: StandingRules;
  /** The notice's year, for deadlines that name none (`6月底前`). */
  year: number;
  /** The notice reports progress on its items: what follows an item's own task reports work done. */
  reportsProgress?: boolean;
}

const TRAILING_JOINERS = /[ ,;:、]+$/;
/** Words that lead in a target's name without changing what it counts (`全年实现`, `确保`). */
const LEAD_IN = /^(全年|年内|今年|全市|全县|全区|全省)?(实现|完成|达到|确保|力争|争取)?$/;

/** The first sentence of an item, without its full stop. */
export function firstSentence(text: string): string {
  const stop = text.indexOf('。');
  return (stop < 0 ? text : text.slice(0, stop)).trim();
}

/** The text between `from` and `to` without the given ranges (unit clauses inside the item). */
function withoutRanges(
  text: string,
  from: number,
  to: number,
  ranges: ReadonlyArray<{ start: number; end: number }>,
): string {
  let out = '';
  let at = from;
  for (const range of ranges) {
    out += text.slice(at, range.start);
    at = range.end;
  }
  return out + text.slice(at, to);
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
    if (draft.doubt === 'tracked-list') sink.add('tracked-list', source, { text: source.text, id });
    else if (draft.doubt === 'no-target-wording')
      sink.add('low-confidence-target', source, { text: source.text, id });
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
  const found = resolveItemUnits(
    {
      body,
      markerLength: raw.marker.length,
      unitLines: raw.unitLines,
      cells: raw.cells,
      tableRow: raw.tableRow,
    },
    ctx.rules,
    ctx.registry,
    ctx.sink,
  );
  for (const mention of [...found.lead, ...found.cooperate, ...found.responsible])
    ctx.units.add(mention, mention.at);
  const names = (list: typeof found.lead): string[] => list.map((m) => m.name);
  const lead = names(found.lead);
  const cooperate = names(found.cooperate);
  const responsible = names(found.responsible);
  const where = { line: raw.line.line, column: raw.line.column };
  const text = withoutRanges(body.text, raw.marker.length, found.clauseStart, found.inner)
    .trim()
    .replace(TRAILING_JOINERS, '');
  // A clause that opens the item is not part of the first target's name.
  const opening = found.inner.find((r) => body.text.slice(raw.marker.length, r.start).trim() === '');
  const from = opening?.end ?? raw.marker.length;
  // In a report of progress only the item's own task sets targets; the figures after it are work done.
  const to =
    ctx.reportsProgress && !raw.tableRow
      ? Math.min(found.clauseStart, taskEnd(body.text, from, found.clauseStart, body.lineStarts()))
      : found.clauseStart;
  const read = findTargets(body.text, from, to);
  const figured = raw.figures ? withFigureTargets(read, body.text, raw.figures) : read;
  // A unit clause closing a sentence inside the item (`…标准化建设(县卫健局牵头)。`) is not part of a name.
  const clauses = found.inner.map((r) => body.text.slice(r.start, r.end));
  const named = figured.map((d) => {
    const name = clauses.reduce((n, clause) => n.replace(clause, ''), d.name).trim();
    return name === d.name ? d : { ...d, name };
  });
  // The same figure of the same thing said twice (`全市生产总值增长8%左右` in 督办事项 and again in 年度目标) is one
  // target; only where each names it before its figure (a name carried over from an earlier figure proves nothing).
  const writtenBefore = (d: (typeof named)[number]): boolean =>
    d.name !== '' && body.text.slice(d.start, d.end).includes(d.name);
  // `全年实现社会消费品零售总额增长10.5%` says again `社会消费品零售总额增长10.5%`: the names differ by a lead-in only
  // (`农村居民人均可支配收入` is not `居民人均可支配收入`).
  const leadIn = (longer: string, shorter: string): boolean =>
    longer.endsWith(shorter) && LEAD_IN.test(longer.slice(0, longer.length - shorter.length));
  const same = (a: (typeof named)[number], b: (typeof named)[number]): boolean =>
    a.value === b.value && a.measure === b.measure && (leadIn(a.name, b.name) || leadIn(b.name, a.name));
  const drafts = named.filter(
    (d, k) => !writtenBefore(d) || named.findIndex((other) => writtenBefore(other) && same(other, d)) === k,
  );
  const choice = chooseReporter(lead, responsible, cooperate, (name) => ctx.units.kindOf(name));
  // An item that names no unit is said once: with targets, that they wait for a unit to report them.
  if (lead.length + cooperate.length + responsible.length === 0) {
    if (drafts.length > 0) ctx.sink.add('no-reporter', where, { no: numbering.no });
    // An item the notice numbers nowhere in its text (a duty paragraph, a news list's line) has no number to quote.
    else if (raw.marker.length === 0 && raw.marker.label === String(numbering.no))
      ctx.sink.add('no-units', where, { no: numbering.no }, 'unnumbered');
    else ctx.sink.add('no-units', where, { no: numbering.no, label: raw.marker.label });
  } else if (drafts.length > 0 && choice.doubt === 'collective')
    ctx.sink.add('collective-reporter', where, { no: numbering.no, reporter: choice.reporter });
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
  const deadline = itemDeadline(
    raw,
    found.deadline ?? inlineDeadline(body, raw.marker.length, found.clauseStart),
    ctx,
  );
  if (deadline) item.deadline = deadline;
  return { item, targets: targetsOf(drafts, body, numbering.no, choice.reporter, ctx) };
}

function targetsOf(
  drafts: readonly TargetDraft[],
  body: SourceText,
  no: number,
  reporter: string,
  ctx: AssemblyContext,
): Target[] {
  return draftsToTargets(drafts, body, { item: no, idPrefix: String(no), firstIndex: 1, reporter }, ctx.sink);
}

/** A 完成时限 label written inside the item's own text, before its unit clause. */
function inlineDeadline(
  body: SourceText,
  from: number,
  to: number,
): { text: string; at: Position } | undefined {
  const found = findInlineDeadline(body.text.slice(from, to));
  return found && { text: found.text, at: body.position(from + found.offset) };
}

/** The item's 完成时限: from its table cell, else from a 完成时限 label in its clause or lines. */
function itemDeadline(
  raw: RawItem,
  fromClause: { text: string; at: Position } | undefined,
  ctx: AssemblyContext,
): string | undefined {
  const cell = raw.deadline;
  const source = cell && !cell.isEmpty ? { text: cell.text, at: cell.position(0) } : fromClause;
  if (!source) return undefined;
  const reading = readDeadline(source.text, ctx.year);
  if (reading.kind === 'date') return reading.iso;
  if (reading.kind === 'unread') ctx.sink.add('deadline-unread', source.at, { text: source.text });
  return undefined;
}
