/** Return forms as data: which rows each unit owes for a period (no layout, no workbook). */
import type { Period, Target } from '../schema';

/**
 * One row a unit fills in: a target it reports (a figure), or an item it owes without a target it reports
 * (progress in words, 指标编号 blank).
 */
export interface ReturnRow {
  /** 序号: the item number; null for a target of a 工作目标 block that no item owns. */
  item: number | null;
  /** 工作任务: the item's text as the notice gives it (the block's title for a block target). */
  task: string;
  /** The target for a figure row; null for a text row. */
  target: Target | null;
  /** 上期累计值: the unit's counted figure for the previous period (summarize()); null when none. */
  previous: number | null;
}

/** An item the unit only cooperates on (配合): listed so it can say what it did, optional to fill. */
export interface CooperationRow {
  item: number;
  task: string;
  /** 牵头单位 as the item names them (its 负责 units when it names no lead). */
  lead: string[];
}

/** What one unit owes in a period. */
export interface UnitReturn {
  unit: string;
  rows: ReturnRow[];
  cooperation: CooperationRow[];
}

/** The return forms of one period: one entry per unit that owes an item or reports a target. */
export interface ReturnsPlan {
  period: Period;
  /** The period before it in the schema, whose counted figures fill 上期累计值; null for the first. */
  previousPeriod: Period | null;
  /** In the order of the schema's units (WP_Units). */
  units: UnitReturn[];
  /** Units asked for by name that owe nothing in this schema (no form). */
  nothingDue: string[];
  /**
   * Names a collective stands for that are not units of the schema (e.g. cities listed as members of
   * 各设区市人民政府 but absent from WP_Units): they owe items, but a return naming them would not validate,
   * so they get no form until the office adds them to the schema.
   */
  unlisted: string[];
}
