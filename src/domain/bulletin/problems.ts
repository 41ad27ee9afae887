/**
 * 四、存在问题: the units' own 存在问题 texts for the lagging targets (滞后, 严重滞后, 未达标), attributed to the
 * unit that wrote them. A text belongs to a lagging target when its row names the target, or names no target but
 * the target's item and comes from the target's reporter.
 */
import type { Summary, TargetSummary } from '../summary/types';
import { heading, paragraph } from './blocks';
import type { BulletinBlock, UnitProblem } from './types';
import type { Wording } from './wording';

/** One unit's texts about the same lagging targets. */
export interface AttributedProblem {
  unit: string;
  /** The unit's texts, each once, in row order. */
  texts: string[];
  /** Ids of the lagging targets the texts concern, in summary order. */
  targets: string[];
}

/**
 * The texts that concern lagging targets, attributed to the unit that wrote them: one entry per unit and set of
 * targets, in the order the rows came; the same text twice from a unit is kept once.
 */
export function attributeProblems(
  lagging: readonly TargetSummary[],
  problems: readonly UnitProblem[],
): AttributedProblem[] {
  const byId = new Map(lagging.map((t) => [t.id, t]));
  const byItemAndUnit = new Map<string, string[]>();
  for (const t of lagging) {
    if (t.item === null) continue;
    const key = `${t.item}\u0000${t.reporter}`;
    byItemAndUnit.set(key, [...(byItemAndUnit.get(key) ?? []), t.id]);
  }
  const order = new Map(lagging.map((t, i) => [t.id, i]));
  // First every (unit, text) with the targets it concerns, so a text repeated on several rows gathers them all.
  const texts = new Map<string, { unit: string; text: string; targets: Set<string> }>();
  for (const problem of problems) {
    const text = problem.text.trim();
    if (text === '') continue;
    const concerned =
      problem.target !== null
        ? byId.has(problem.target)
          ? [problem.target]
          : []
        : problem.item !== null
          ? (byItemAndUnit.get(`${problem.item}\u0000${problem.unit}`) ?? [])
          : [];
    if (concerned.length === 0) continue;
    const key = `${problem.unit}\u0000${text}`;
    const entry = texts.get(key) ?? { unit: problem.unit, text, targets: new Set<string>() };
    for (const id of concerned) entry.targets.add(id);
    texts.set(key, entry);
  }
  const grouped = new Map<string, AttributedProblem>();
  for (const { unit, text, targets } of texts.values()) {
    const ids = [...targets].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const key = `${unit}\u0000${ids.join('\u0000')}`;
    const entry = grouped.get(key) ?? { unit, texts: [], targets: ids };
    entry.texts.push(text);
    grouped.set(key, entry);
  }
  return [...grouped.values()];
}

/** The heading and paragraphs of 四、存在问题. */
export function problemsSection(
  w: Wording,
  summary: Summary,
  attributed: readonly AttributedProblem[],
): BulletinBlock[] {
  const blocks: BulletinBlock[] = [heading(w, 1, 4, 'bulletin.problems.heading')];
  if (!summary.targets.some((t) => t.lagging))
    return [...blocks, paragraph(w.t('bulletin.problems.noLagging'))];
  if (attributed.length === 0) return [...blocks, paragraph(w.t('bulletin.problems.none'))];
  const names = new Map(summary.targets.map((t) => [t.id, t.name]));
  blocks.push(paragraph(w.t('bulletin.problems.intro')));
  for (const problem of attributed)
    blocks.push(
      paragraph(
        w.t('bulletin.problems.entry', {
          unit: problem.unit,
          subjects: w.names(problem.targets.map((id) => names.get(id) ?? id)),
          text: w.clauses(problem.texts),
        }),
      ),
    );
  return blocks;
}
