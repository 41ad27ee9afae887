/**
 * 一、总体情况: the counts of the 汇总 sheet in the genre's sentence. a = 已完成, b = 正常, c = 滞后 + 严重滞后,
 * d = 严重滞后, e = 未报送, ceilings (达标/未达标) separately; shares of all targets as `0.0%` shows them.
 */
import type { Summary } from '../summary/types';
import { heading, paragraph } from './blocks';
import { percent0, percent1, shownTenths } from './numbers';
import type { BulletinBlock } from './types';
import type { Wording } from './wording';

/** The share of met (已完成) targets, 0 without targets. */
function doneShare(summary: Summary): number {
  const total = summary.overall.targets;
  return total === 0 ? 0 : summary.overall.byStatus['已完成'] / total;
}

/** Whether a summary holds any figure: only then is a change since it worth stating. */
export function hasFigures(summary: Summary | null | undefined): summary is Summary {
  return !!summary && summary.overall.reportedTargets > 0;
}

function targetsSentence(w: Wording, summary: Summary): string {
  const { targets: total, byStatus } = summary.overall;
  const schedule = percent0(summary.fraction);
  if (total === 0) return w.t('bulletin.overall.noTargets', { period: summary.period, schedule });
  const share = (count: number): string => percent1(count / total);
  const lagging = byStatus['滞后'] + byStatus['严重滞后'];
  const sentences = [
    w.t('bulletin.overall.targets', {
      period: summary.period,
      schedule,
      total,
      done: byStatus['已完成'],
      doneShare: share(byStatus['已完成']),
      onTrack: byStatus['正常'],
      onTrackShare: share(byStatus['正常']),
      lagging,
      severe: byStatus['严重滞后'],
      laggingShare: share(lagging),
      missing: byStatus['未报送'],
    }),
  ];
  // As the sheet's headline: the ceiling clause only when the ledger has ceilings.
  if (summary.targets.some((target) => target.mode === 'ceiling'))
    sentences.push(w.t('bulletin.overall.caps', { met: byStatus['达标'], missed: byStatus['未达标'] }));
  return w.sentences(sentences);
}

function changeSentence(w: Wording, summary: Summary, previous: Summary): string {
  const now = shownTenths(doneShare(summary));
  const before = shownTenths(doneShare(previous));
  const params = { previous: previous.period, previousShare: percent1(doneShare(previous)) };
  if (now === before) return w.t('bulletin.overall.changeSame', params);
  return w.t(now > before ? 'bulletin.overall.changeUp' : 'bulletin.overall.changeDown', {
    ...params,
    points: w.points(now - before),
  });
}

/** The heading and paragraphs of 一、总体情况. */
export function overallSection(w: Wording, summary: Summary, previous?: Summary | null): BulletinBlock[] {
  const { items, itemsReported } = summary.overall;
  const first = [targetsSentence(w, summary)];
  if (summary.overall.targets > 0 && hasFigures(previous)) first.push(changeSentence(w, summary, previous));
  return [
    heading(w, 1, 1, 'bulletin.overall.heading'),
    paragraph(w.sentences(first)),
    paragraph(
      w.t('bulletin.overall.items', { items, reported: itemsReported, unreported: items - itemsReported }),
    ),
  ];
}
