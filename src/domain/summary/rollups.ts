/** Rollups of the per-target rows: per item, per unit and per section. */
import type { Schema } from '../schema';
import type { CountedRows } from './countedRows';
import { collectiveNames, dueDuties, summaryUnits } from './duties';
import { sectionLabel } from './sections';
import type { ItemSummary, SectionSummary, TargetSummary, UnitSummary } from './types';

/** Per item: its targets, how many are reported, met and lagging, and whether the item is reported. */
export function summarizeItems(
  schema: Pick<Schema, 'items' | 'units' | 'sections'>,
  targets: readonly TargetSummary[],
  counted: CountedRows,
): ItemSummary[] {
  const collectives = collectiveNames(schema);
  return schema.items.map((item) => {
    const own = targets.filter((target) => target.item === item.no);
    const reportedTargets = own.filter((target) => target.actual !== null).length;
    // Items without targets are reported by progress text from a unit that owes it (anyone, when only collectives do).
    const owners = [...item.lead, ...item.responsible].filter((unit) => !collectives.has(unit));
    const textReported =
      owners.length > 0 ? owners.some((unit) => counted.hasText(item.no, unit)) : counted.hasAnyText(item.no);
    return {
      no: item.no,
      section: sectionLabel(schema, item.section),
      targets: own.length,
      reportedTargets,
      met: own.filter((target) => target.met).length,
      lagging: own.filter((target) => target.lagging).length,
      reported: own.length > 0 ? reportedTargets === own.length : textReported,
    };
  });
}

/** Per unit (WP_UnitSummary rows). */
export function summarizeUnits(
  schema: Pick<Schema, 'items' | 'units' | 'targets'>,
  targets: readonly TargetSummary[],
  counted: CountedRows,
): UnitSummary[] {
  const duties = dueDuties(schema);
  return summaryUnits(schema).map((unit) => {
    const own = duties.filter((duty) => duty.unit === unit);
    const itemsReported = own.filter((duty) => counted.hasRow(duty.item, unit)).length;
    const reported = targets.filter((target) => target.reporter === unit);
    return {
      unit,
      itemsDue: own.length,
      itemsReported,
      reportRate: own.length === 0 ? null : itemsReported / own.length,
      targets: reported.length,
      targetsReported: reported.filter((target) => target.actual !== null).length,
      lagging: reported.filter((target) => target.lagging).length,
    };
  });
}

/** Section labels in order: the notice's sections, then 工作目标 blocks that own targets. */
export function summarySections(
  schema: Pick<Schema, 'sections' | 'items' | 'targets'>,
  targets: readonly Pick<TargetSummary, 'section'>[],
): string[] {
  const labels = schema.sections.map((section) => sectionLabel(schema, section.no));
  const known = new Set(labels);
  for (const target of targets) {
    if (!known.has(target.section)) {
      known.add(target.section);
      labels.push(target.section);
    }
  }
  return labels;
}

/**
 * Per section (WP_SectionSummary rows). 平均完成率 is the plain mean of the reported targets' 完成率,
 * ceilings left out (a lower figure is better there), summed in row order as AVERAGEIFS does.
 */
export function summarizeSections(
  schema: Pick<Schema, 'sections' | 'items' | 'targets'>,
  targets: readonly TargetSummary[],
): SectionSummary[] {
  return summarySections(schema, targets).map((section) => {
    const own = targets.filter((target) => target.section === section);
    const rates = own.flatMap((target) =>
      target.mode !== 'ceiling' && target.rate !== null ? [target.rate] : [],
    );
    return {
      section,
      items: schema.items.filter((item) => sectionLabel(schema, item.section) === section).length,
      targets: own.length,
      met: own.filter((target) => target.met).length,
      lagging: own.filter((target) => target.lagging).length,
      averageRate: rates.length === 0 ? null : rates.reduce((sum, rate) => sum + rate, 0) / rates.length,
    };
  });
}
