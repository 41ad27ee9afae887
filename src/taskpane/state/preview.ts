/**
 * What the Load screen shows before writing, and the edits a user may make there: a target's reporter, value
 * or name, and dropping a low-confidence candidate. Pure functions over the schema; edits return a new schema.
 */
import type { Diagnostic, Item, Schema, Section, Target } from '../../domain/schema';

/** An item with its units by role and its targets. */
export interface ItemView {
  item: Item;
  targets: Target[];
}

/** A section with its items, in schema order. */
export interface SectionView {
  section: Section;
  items: ItemView[];
}

/** Groups items (and their targets) under their sections; targets no item owns are returned apart. */
export function sectionViews(schema: Schema): { sections: SectionView[]; blockTargets: Target[] } {
  const byItem = new Map<number, Target[]>();
  const blockTargets: Target[] = [];
  for (const target of schema.targets) {
    if (target.item === null) {
      blockTargets.push(target);
      continue;
    }
    const list = byItem.get(target.item) ?? [];
    list.push(target);
    byItem.set(target.item, list);
  }
  const sections = schema.sections.map((section) => ({
    section,
    items: schema.items
      .filter((i) => i.section === section.no)
      .map((item) => ({ item, targets: byItem.get(item.no) ?? [] })),
  }));
  // Items whose section number matches no section still have to be shown.
  const known = new Set(schema.sections.map((s) => s.no));
  const stray = schema.items.filter((i) => !known.has(i.section));
  if (stray.length > 0) {
    sections.push({
      section: { no: 0, title: '' },
      items: stray.map((item) => ({ item, targets: byItem.get(item.no) ?? [] })),
    });
  }
  return { sections, blockTargets };
}

/** A sentence split around the part to highlight. */
export interface Highlighted {
  before: string;
  match: string;
  after: string;
}

/** Line `line` (1-based) of a text, without its line break. */
function lineOf(text: string, line: number): string | undefined {
  return text.split(/\r\n|\r|\n/)[line - 1];
}

/** Cuts `context` down to the sentence (between 。；; boundaries) that holds position `at`. */
function sentenceAround(context: string, at: number, length: number): { start: number; end: number } {
  const stops = /[。；;！？!?]/g;
  let start = 0;
  let end = context.length;
  let m: RegExpExecArray | null;
  while ((m = stops.exec(context)) !== null) {
    if (m.index < at) start = m.index + 1;
    else if (m.index >= at + length) {
      end = m.index + 1;
      break;
    }
  }
  return { start, end };
}

/**
 * The source sentence of a target with the target's own words highlighted: from the item text when it
 * holds the span, else from the notice line the span points at, else the span alone.
 */
export function targetSource(target: Target, item: Item | undefined, noticeText?: string): Highlighted {
  const span = target.source.text;
  const candidates = [item?.text, noticeText ? lineOf(noticeText, target.source.line) : undefined];
  for (const context of candidates) {
    if (!context || !span) continue;
    const at = context.indexOf(span);
    if (at < 0) continue;
    const { start, end } = sentenceAround(context, at, span.length);
    return {
      before: context.slice(start, at).trimStart(),
      match: span,
      after: context.slice(at + span.length, end),
    };
  }
  return { before: '', match: span, after: '' };
}

/** What a user may change about a target before writing. */
export interface TargetEdit {
  reporter?: string;
  value?: number;
  name?: string;
}

/** Why an edit is refused, as a message key of the catalogues. */
export type EditProblem =
  'edit.badValue' | 'edit.emptyName' | 'edit.unknownReporter' | 'edit.notCandidate' | 'edit.unknownTarget';

/** Reads a target value typed by a user: a finite number ≥ 0 (full-width digits and 1,000 are understood). */
export function readTargetValue(text: string): number | null {
  const ascii = text
    .replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(ascii)) return null;
  const value = Number(ascii);
  return Number.isFinite(value) ? value : null;
}

/** Applies an edit to one target; returns the new schema or the reason it is refused. */
export function editTarget(
  schema: Schema,
  id: string,
  edit: TargetEdit,
): { schema: Schema } | { problem: EditProblem } {
  const index = schema.targets.findIndex((t) => t.id === id);
  const current = schema.targets[index];
  if (!current) return { problem: 'edit.unknownTarget' };
  if (edit.value !== undefined && !(Number.isFinite(edit.value) && edit.value >= 0))
    return { problem: 'edit.badValue' };
  if (edit.name !== undefined && edit.name.trim() === '') return { problem: 'edit.emptyName' };
  if (edit.reporter !== undefined && !schema.units.some((u) => u.name === edit.reporter))
    return { problem: 'edit.unknownReporter' };
  const next: Target = {
    ...current,
    ...(edit.value !== undefined ? { value: edit.value } : {}),
    ...(edit.name !== undefined ? { name: edit.name.trim() } : {}),
    ...(edit.reporter !== undefined ? { reporter: edit.reporter } : {}),
  };
  const targets = [...schema.targets];
  targets[index] = next;
  return { schema: { ...schema, targets } };
}

/** Drops a low-confidence candidate target (high-confidence targets are the notice's own and stay). */
export function dropCandidate(schema: Schema, id: string): { schema: Schema } | { problem: EditProblem } {
  const target = schema.targets.find((t) => t.id === id);
  if (!target) return { problem: 'edit.unknownTarget' };
  if (target.confidence !== 'low') return { problem: 'edit.notCandidate' };
  return { schema: { ...schema, targets: schema.targets.filter((t) => t.id !== id) } };
}

/** Confirms a low-confidence candidate: it becomes a target the ledger tracks (rows, lists, summary). */
export function confirmCandidate(schema: Schema, id: string): { schema: Schema } | { problem: EditProblem } {
  const index = schema.targets.findIndex((t) => t.id === id);
  const target = schema.targets[index];
  if (!target) return { problem: 'edit.unknownTarget' };
  if (target.confidence !== 'low') return { problem: 'edit.notCandidate' };
  const targets = [...schema.targets];
  targets[index] = { ...target, confidence: 'high' };
  return { schema: { ...schema, targets } };
}

/** Tracked targets and candidates of a schema, for the one target count. */
export function targetCounts(schema: Schema): { tracked: number; candidates: number } {
  const candidates = schema.targets.filter((t) => t.confidence === 'low').length;
  return { tracked: schema.targets.length - candidates, candidates };
}

/**
 * Units that may report a target: those of the target's item first (lead, responsible, cooperating), then the rest;
 * `''` first while the target waits for a reporter (an item naming no unit), so the choice shows as pending.
 */
export function reporterChoices(schema: Schema, target: Target): string[] {
  const item = schema.items.find((i) => i.no === target.item);
  const first = item ? [...item.lead, ...item.responsible, ...item.cooperate] : [];
  const known = new Set(schema.units.map((u) => u.name));
  const pending = target.reporter === '' ? [''] : [];
  const ordered = [...pending, ...first.filter((u) => known.has(u)), ...schema.units.map((u) => u.name)];
  return [...new Set(ordered)];
}

/** Diagnostics worst first (errors, warnings, notes), in text order within a severity. */
export function sortedDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...diagnostics].sort(
    (a, b) => rank[a.severity] - rank[b.severity] || a.line - b.line || a.column - b.column,
  );
}

/** Whether a preview can be written: a schema without items would only empty the workbook's tables. */
export function canWrite(schema: Schema): boolean {
  return schema.items.length > 0;
}
