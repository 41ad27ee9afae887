/** Catalogue keys for the workbook's Chinese words (column headers, status words), so English panes translate them. */
import type { TargetStatus } from '../../domain/summary/types';
import type { EntryColumn } from '../../domain/entryCells';
import type { Message } from '../../domain/messages/model';
import type { MessageKey } from '../i18n';

/** Key of each WP_Entries column's label. */
export const COLUMN_KEYS: Record<EntryColumn, MessageKey> = {
  报告期: 'col.period',
  填报单位: 'col.unit',
  序号: 'col.item',
  指标编号: 'col.target',
  累计完成值: 'col.value',
  计量单位: 'col.measure',
  工作进展: 'col.progress',
  存在问题: 'col.problems',
  填报人: 'col.reporter',
  校验状态: 'col.status',
};

/** Key of each target status word. */
export const STATUS_KEYS: Record<TargetStatus, MessageKey> = {
  已完成: 'summary.status.met',
  正常: 'summary.status.onTrack',
  滞后: 'summary.status.behind',
  严重滞后: 'summary.status.farBehind',
  未报送: 'summary.status.notReported',
  达标: 'summary.status.withinLimit',
  未达标: 'summary.status.overLimit',
};

/** The translator's shape, shared by every component. */
export type Translate = (key: MessageKey | Message, params?: Record<string, string | number>) => string;

/**
 * The one target count as a message of the ledger's catalogue: `14 个目标指标（另有 2 个待确认）`. Made here as
 * a plain message so the first screen does not carry the catalogue (it is registered once the backend loads).
 */
export function targetCount(tracked: number, candidates: number): Message {
  if (tracked === 1)
    return candidates > 0
      ? { key: 'count.oneTargetWithCandidates', params: { candidates } }
      : { key: 'count.oneTarget', params: {} };
  return candidates > 0
    ? { key: 'count.targetsWithCandidates', params: { tracked, candidates } }
    : { key: 'count.targets', params: { tracked } };
}

/** A validation rule's short title (数字格式, 未报送), as a message of the ledger's catalogue. */
export function ruleTitle(rule: string): Message {
  return { key: `rule.${rule}`, params: {} };
}
