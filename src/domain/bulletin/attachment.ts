/**
 * 附件 滞后事项清单: one row per lagging target (滞后, 严重滞后, 未达标) in the 汇总 sheet's order —
 * 序号 | 工作任务 | 指标 | 责任单位 | 完成率 | 序时进度 | 差距 | 存在问题 — with 完成率, 序时进度 and 差距 exactly as
 * the sheet shows them (blank there, a dash here).
 */
import type { Item } from '../schema';
import type { TargetSummary } from '../summary/types';
import { percent0, percent1 } from './numbers';
import type { AttributedProblem } from './problems';
import type { BulletinAttachment } from './types';
import type { Wording } from './wording';

/** The attachment for these lagging targets, or null when there are none. */
export function lagAttachment(
  w: Wording,
  lagging: readonly TargetSummary[],
  items: readonly Pick<Item, 'no' | 'title'>[],
  attributed: readonly AttributedProblem[],
): BulletinAttachment | null {
  if (lagging.length === 0) return null;
  const titles = new Map(items.map((item) => [item.no, item.title]));
  const texts = new Map<string, string[]>();
  for (const problem of attributed)
    for (const id of problem.targets) texts.set(id, [...(texts.get(id) ?? []), ...problem.texts]);
  const blank = w.t('bulletin.attachment.blank');
  const shown = (value: number | null, format: (share: number) => string): string =>
    value === null ? blank : format(value);
  const task = (t: TargetSummary): string => {
    const title = t.item === null ? undefined : titles.get(t.item);
    // A 工作目标 block's target has no item: its block title is its section label.
    return t.item === null || title === undefined
      ? t.section
      : w.t('bulletin.attachment.itemTask', { no: t.item, title });
  };
  const header = (key: Parameters<Wording['t']>[0], numeric = false) => ({ header: w.t(key), numeric });
  return {
    label: w.t('bulletin.attachment.label'),
    title: w.t('bulletin.attachment.title'),
    table: {
      columns: [
        header('bulletin.attachment.no', true),
        header('bulletin.attachment.task'),
        header('bulletin.attachment.target'),
        header('bulletin.attachment.unit'),
        header('bulletin.attachment.rate', true),
        header('bulletin.attachment.schedule', true),
        header('bulletin.attachment.gap', true),
        header('bulletin.attachment.problems'),
      ],
      rows: lagging.map((t, i) => [
        String(i + 1),
        task(t),
        t.name,
        t.reporter,
        shown(t.rate, percent1),
        shown(t.schedule, percent0),
        shown(t.gap, percent1),
        w.clauses(texts.get(t.id) ?? []),
      ]),
    },
  };
}
