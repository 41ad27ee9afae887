/** The summary (汇总) as data: per target, item, unit and section, and overall counts, for one period. */

/** Status of a progress-type or level-type target, exactly as the 汇总 sheet shows it. */
export type ScheduleStatus = '已完成' | '正常' | '滞后' | '严重滞后' | '未报送';

/** Status of a ceiling (`cap`, `≤`, `<`) target, exactly as the sheet shows it. */
export type CeilingStatus = '达标' | '未达标' | '未报送';

/** Every status word a target can carry. */
export type TargetStatus = ScheduleStatus | CeilingStatus;

/**
 * How a target is judged: `progress` (新增/总量: 完成率 against the period's 序时进度), `level`
 * (比率: the figure itself against the target, schedule 100% in every period), `ceiling`
 * (上限 or a `≤`/`<` comparator: 达标/未达标 against the limit, no schedule).
 */
export type JudgeMode = 'progress' | 'level' | 'ceiling';

/** One row of WP_Summary. */
export interface TargetSummary {
  id: string;
  item: number | null;
  name: string;
  reporter: string;
  /** 目标值. */
  target: number;
  measure: string;
  /** 累计完成值: the sum of the counted rows' figures, null when no row counts. */
  actual: number | null;
  /** 完成率 = actual ÷ target, rounded to 10 decimals; null without a figure or with a zero target. */
  rate: number | null;
  /** 序时进度, null for ceiling targets. */
  schedule: number | null;
  /** 差距 = 完成率 − 序时进度, rounded to 10 decimals; null when either is null. */
  gap: number | null;
  status: TargetStatus;
  mode: JudgeMode;
  /** Whether the comparator is satisfied (已完成 or 达标). */
  met: boolean;
  /** Whether the target counts as lagging (滞后, 严重滞后 or 未达标). */
  lagging: boolean;
  /** How many entry rows were counted (more than 1 only with unresolved duplicates). */
  countedRows: number;
  /** Label of the section (板块) the target belongs to. */
  section: string;
}

/** Per work item. */
export interface ItemSummary {
  no: number;
  section: string;
  targets: number;
  reportedTargets: number;
  met: number;
  lagging: number;
  /** With targets: every target has a figure; without: a lead/responsible unit sent progress text. */
  reported: boolean;
}

/** One row of WP_UnitSummary. */
export interface UnitSummary {
  unit: string;
  /** 负责任务数: items naming the unit directly as lead (牵头) or responsible (负责). */
  itemsDue: number;
  /** 已报送任务数: due items for which the unit has any row not marked 错误 in the period. */
  itemsReported: number;
  /** 报送率 = itemsReported ÷ itemsDue, null when nothing is due. */
  reportRate: number | null;
  /** 负责指标数: targets the unit reports (填报单位). */
  targets: number;
  targetsReported: number;
  /** 滞后指标数: its targets with status 滞后, 严重滞后 or 未达标. */
  lagging: number;
}

/** One row of WP_SectionSummary. */
export interface SectionSummary {
  section: string;
  items: number;
  targets: number;
  met: number;
  lagging: number;
  /** 平均完成率 over the section's reported non-ceiling targets, null when there are none. */
  averageRate: number | null;
}

/** Overall counts, the way a quarterly 通报 states them. */
export interface OverallSummary {
  targets: number;
  byStatus: Record<TargetStatus, number>;
  /** Share of all targets per status (0 when there are no targets). */
  shares: Record<TargetStatus, number>;
  met: number;
  lagging: number;
  reportedTargets: number;
  items: number;
  itemsReported: number;
  /** The headline sentence shown under the sheet title. */
  sentence: string;
}

/** The whole summary for one period. */
export interface Summary {
  period: string;
  /** 序时进度 of the period. */
  fraction: number;
  targets: TargetSummary[];
  items: ItemSummary[];
  units: UnitSummary[];
  sections: SectionSummary[];
  overall: OverallSummary;
}

/** Status words in the order reports list them. */
export const STATUS_ORDER: readonly TargetStatus[] = [
  '已完成',
  '正常',
  '滞后',
  '严重滞后',
  '未报送',
  '达标',
  '未达标',
];
