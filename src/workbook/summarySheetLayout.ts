/**
 * Where things sit on the 汇总 sheet, and the names of its helper columns and tables.
 * Documented in docs/summary-rules.md; the Excel and xlsx writers need nothing beyond the plan.
 */
import { indexToLetters } from './address';
import { COLUMNS, SHEETS } from './format';

/** Defined name of the period cell; every summary formula reads the period through it. */
export const PERIOD_NAME = 'WP_SummaryPeriod';

/** Defined name of the cell holding the period's 序时进度. */
export const FRACTION_NAME = 'WP_SummaryFraction';

/** Table of due duties (one row per item and owing unit) that feeds 已报送任务数; its columns are hidden. */
export const DUTIES_TABLE = 'WP_SummaryDuties';

/** Columns of the duties helper table. */
export const DUTY_COLUMNS = ['序号', '单位', '已报送'] as const;

/** Hidden helper columns appended after the contract columns of WP_Summary. */
export const SUMMARY_HELPERS = [
  '目标行',
  '比较',
  '口径',
  '考核方式',
  '计入条数',
  '达成计数',
  '滞后计数',
  '板块',
] as const;

/** A WP_Summary column, contract or helper. */
export type SummaryColumn = (typeof COLUMNS.summary)[number] | (typeof SUMMARY_HELPERS)[number];

/** Fixed cells above the tables. */
export const CELLS = {
  title: 'A1',
  periodLabel: 'A2',
  period: 'B2',
  fractionLabel: 'C2',
  fraction: 'D2',
  headline: 'A3',
} as const;

/** Sheet row of WP_Summary's header; also the row repeated on every printed page. */
export const SUMMARY_HEADER_ROW = 5;

/** Empty rows between stacked tables. */
export const TABLE_GAP = 2;

/** An absolute reference to a cell of the 汇总 sheet, as a defined name refers to it. */
export function absoluteRef(address: string): string {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not an A1 address: ${address}`);
  return `='${SHEETS.summary}'!$${match[1]}$${match[2]}`;
}

/** Top-left cells of the four tables for a schema with this many targets, units, sections and duties. */
export function tablePositions(counts: { targets: number; units: number }): {
  summary: string;
  units: string;
  sections: string;
  duties: string;
} {
  // Tables need at least one body row in Excel, so an empty table still takes one row.
  const unitsHeader = SUMMARY_HEADER_ROW + Math.max(counts.targets, 1) + 1 + TABLE_GAP;
  const sectionsHeader = unitsHeader + Math.max(counts.units, 1) + 1 + TABLE_GAP;
  // The duties table sits right of WP_Summary's helper columns, one empty column between them (0-based index).
  const dutiesColumn = COLUMNS.summary.length + SUMMARY_HELPERS.length + 1;
  return {
    summary: `A${SUMMARY_HEADER_ROW}`,
    units: `A${unitsHeader}`,
    sections: `A${sectionsHeader}`,
    duties: `${indexToLetters(dutiesColumn)}${SUMMARY_HEADER_ROW}`,
  };
}
