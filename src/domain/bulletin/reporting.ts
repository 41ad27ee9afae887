/**
 * 三、报送情况: which units reported and which did not, by name, from the per-unit rows of the 汇总 sheet (a unit
 * owes its 负责任务数 items and its 负责指标数 targets); the targets without a figure; and — only when the
 * period has a 报送截止 and the ledger has collection records — who reported on time and who late.
 */
import type { Summary, UnitSummary } from '../summary/types';
import { heading, paragraph } from './blocks';
import type { BulletinBlock, Receipt } from './types';
import type { Wording } from './wording';

/** How much of what it owes a unit has reported. */
export type UnitReporting = 'full' | 'partial' | 'none';

/** Reported items and targets against due items and targets. */
export function unitReporting(unit: UnitSummary): UnitReporting {
  const due = unit.itemsDue + unit.targets;
  const reported = unit.itemsReported + unit.targetsReported;
  if (reported === 0) return 'none';
  return reported >= due ? 'full' : 'partial';
}

/** The calendar day of a receipt (`2021-07-08T10:30` → `2021-07-08`). */
function dayOf(receivedAt: string): string {
  return receivedAt.trim().slice(0, 10);
}

/** On time / late / without a record, for the units that reported; null without a deadline or records. */
export function timeliness(
  reportedUnits: readonly string[],
  deadline: string | null | undefined,
  receipts: readonly Receipt[] | null | undefined,
): { onTime: string[]; late: string[]; unrecorded: string[] } | null {
  if (!deadline || !receipts || receipts.length === 0) return null;
  // A unit's first return decides: a later resubmission does not make an on-time unit late.
  const first = new Map<string, string>();
  for (const receipt of receipts) {
    const day = dayOf(receipt.receivedAt);
    const known = first.get(receipt.unit);
    if (known === undefined || day < known) first.set(receipt.unit, day);
  }
  const result = { onTime: [] as string[], late: [] as string[], unrecorded: [] as string[] };
  for (const unit of reportedUnits) {
    const day = first.get(unit);
    if (day === undefined) result.unrecorded.push(unit);
    else if (day <= deadline) result.onTime.push(unit);
    else result.late.push(unit);
  }
  return result;
}

/** The heading and paragraphs of 三、报送情况. */
export function reportingSection(
  w: Wording,
  summary: Summary,
  deadline: string | null | undefined,
  receipts: readonly Receipt[] | null | undefined,
): BulletinBlock[] {
  const states = summary.units.map((unit) => ({ unit: unit.unit, state: unitReporting(unit) }));
  const named = (state: UnitReporting): string[] =>
    states.filter((s) => s.state === state).map((s) => s.unit);
  const full = named('full');
  const partial = named('partial');
  const none = named('none');
  const blocks: BulletinBlock[] = [heading(w, 1, 3, 'bulletin.reporting.heading')];
  if (states.length === 0) blocks.push(paragraph(w.t('bulletin.reporting.noUnits')));
  else {
    const sentences = [
      w.t('bulletin.reporting.units', {
        total: states.length,
        full: full.length,
        partial: partial.length,
        none: none.length,
      }),
    ];
    if (full.length > 0) sentences.push(w.t('bulletin.reporting.fullUnits', { names: w.names(full) }));
    if (partial.length > 0)
      sentences.push(w.t('bulletin.reporting.partialUnits', { names: w.names(partial) }));
    if (none.length > 0) sentences.push(w.t('bulletin.reporting.silentUnits', { names: w.names(none) }));
    blocks.push(paragraph(w.sentences(sentences)));
  }
  const missing = summary.targets.filter((t) => t.status === '未报送');
  if (missing.length > 0)
    blocks.push(
      paragraph(
        w.t('bulletin.reporting.missingTargets', {
          count: missing.length,
          list: w.names(
            missing.map((t) => w.t('bulletin.reporting.missingTarget', { name: t.name, unit: t.reporter })),
          ),
        }),
      ),
    );
  const reported = states.filter((s) => s.state !== 'none').map((s) => s.unit);
  const timing = timeliness(reported, deadline, receipts);
  if (timing && deadline) {
    const sentences = [
      w.t('bulletin.reporting.deadline', {
        deadline: w.date(deadline),
        onTime: timing.onTime.length,
        late: timing.late.length,
        unrecorded: timing.unrecorded.length,
      }),
    ];
    if (timing.late.length > 0)
      sentences.push(w.t('bulletin.reporting.lateUnits', { names: w.names(timing.late) }));
    blocks.push(paragraph(w.sentences(sentences)));
  }
  return blocks;
}
