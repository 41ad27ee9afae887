/** The 汇总 sheet plan: period cell, title, headline, WP_Summary, WP_UnitSummary, WP_SectionSummary, print setup. */
import { trackedSchema } from '../domain/confirmedTargets';
import type { Schema } from '../domain/schema';
import { dueDuties, summaryUnits } from '../domain/summary/duties';
import { summarySections } from '../domain/summary/rollups';
import { targetSectionLabel } from '../domain/summary/sections';
import { unknownPeriod } from '../domain/periods';
import { COLUMNS, SHEETS, TABLES } from './format';
import { LIST_NAMES } from './names';
import type { CellPlan, ColumnPlan, NamePlan, SheetPlan, TablePlan } from './plan';
import { summaryFormats } from './summarySheetFormats';
import {
  DUTY_REPORTED_FORMULA,
  FRACTION_FORMULA,
  SECTION_FORMULAS,
  SUMMARY_FORMULAS,
  UNIT_FORMULAS,
} from './summarySheetFormulas';
import {
  absoluteRef,
  CELLS,
  DUTIES_TABLE,
  DUTY_COLUMNS,
  FRACTION_NAME,
  PERIOD_NAME,
  SUMMARY_HEADER_ROW,
  SUMMARY_HELPERS,
  tablePositions,
  type SummaryColumn,
} from './summarySheetLayout';
import { headlineFormula, summaryTitleFormula } from './summarySheetText';

/** The 汇总 sheet and the defined names its formulas use. */
export interface SummarySheetPlan {
  sheet: SheetPlan;
  names: NamePlan[];
}

const PERCENT = '0.0%';
const STYLE = 'TableStyleMedium2';

const SUMMARY_SETTINGS: Record<SummaryColumn, Omit<ColumnPlan, 'header' | 'formula'>> = {
  指标编号: { width: 9, numberFormat: '@' },
  序号: { width: 6, numberFormat: '0' },
  指标名称: { width: 30, wrap: true, numberFormat: '@' },
  填报单位: { width: 20, wrap: true, numberFormat: '@' },
  目标值: { width: 10, numberFormat: 'General' },
  计量单位: { width: 8, numberFormat: '@' },
  累计完成值: { width: 11, numberFormat: 'General' },
  完成率: { width: 12, numberFormat: PERCENT },
  序时进度: { width: 9, numberFormat: '0%' },
  差距: { width: 9, numberFormat: PERCENT },
  状态: { width: 9 },
  目标行: { hidden: true },
  比较: { hidden: true },
  口径: { hidden: true },
  考核方式: { hidden: true },
  计入条数: { hidden: true },
  达成计数: { hidden: true },
  滞后计数: { hidden: true },
  板块: { hidden: true },
};

const UNIT_SETTINGS: Record<(typeof COLUMNS.unitSummary)[number], Omit<ColumnPlan, 'header' | 'formula'>> = {
  单位: { numberFormat: '@' },
  负责任务数: { numberFormat: '0' },
  已报送任务数: { numberFormat: '0' },
  报送率: { numberFormat: PERCENT },
  负责指标数: { numberFormat: '0' },
  滞后指标数: { numberFormat: '0' },
};

const SECTION_SETTINGS: Record<
  (typeof COLUMNS.sectionSummary)[number],
  Omit<ColumnPlan, 'header' | 'formula'>
> = {
  板块: { numberFormat: '@', wrap: true },
  任务数: { numberFormat: '0' },
  指标数: { numberFormat: '0' },
  已完成: { numberFormat: '0' },
  滞后: { numberFormat: '0' },
  平均完成率: { numberFormat: PERCENT },
};

function columns<H extends string>(
  headers: readonly H[],
  settings: Record<H, Omit<ColumnPlan, 'header' | 'formula'>>,
  formulas: Partial<Record<H, string>>,
): ColumnPlan[] {
  return headers.map((header) => {
    const formula = formulas[header];
    return { header, ...settings[header], ...(formula ? { formula } : {}) };
  });
}

function table(
  name: string,
  topLeft: string,
  columnPlans: ColumnPlan[],
  rows: (string | number | null)[][],
): TablePlan {
  return { name, topLeft, columns: columnPlans, rows, style: STYLE, preserved: false };
}

/** Formula columns hold null in rows; key columns hold the schema's values. */
function keyedRows(
  columnPlans: readonly ColumnPlan[],
  keys: Record<string, string | number | null>[],
): (string | number | null)[][] {
  return keys.map((key) =>
    columnPlans.map((column) => (column.formula ? null : (key[column.header] ?? null))),
  );
}

function headCells(schema: Schema, period: string): CellPlan[] {
  return [
    { address: CELLS.title, formula: summaryTitleFormula(schema), bold: true, fontSize: 16 },
    { address: CELLS.periodLabel, value: '报告期', bold: true },
    {
      address: CELLS.period,
      value: period,
      numberFormat: '@',
      bold: true,
      dataValidation: {
        type: 'list',
        source: `=${LIST_NAMES.periods}`,
        strict: true,
        prompt: { title: '报告期', message: '选择报告期，整张汇总表随之重新计算。' },
      },
    },
    { address: CELLS.fractionLabel, value: '序时进度', bold: true },
    { address: CELLS.fraction, formula: FRACTION_FORMULA, numberFormat: '0%' },
    { address: CELLS.headline, formula: headlineFormula() },
  ];
}

/**
 * Plans the 汇总 sheet for `schema`, opened on `period` (a label of the schema's periods). Every figure is a
 * formula over WP_Entries and the schema tables, read through the period cell, so the sheet stays live.
 */
export function planSummarySheet(fullSchema: Schema, period: string): SummarySheetPlan {
  // The same targets as 目标指标 and summarize(): low-confidence candidates wait for confirmation.
  const schema = trackedSchema(fullSchema);
  if (!schema.periods.some((candidate) => candidate.label === period)) {
    throw unknownPeriod(period, schema);
  }
  const units = summaryUnits(schema);
  const sectionKeys = summarySections(
    schema,
    schema.targets.map((target) => ({ section: targetSectionLabel(schema, target) })),
  );
  const at = tablePositions({ targets: schema.targets.length, units: units.length });

  const summaryColumns = columns(
    [...COLUMNS.summary, ...SUMMARY_HELPERS],
    SUMMARY_SETTINGS,
    SUMMARY_FORMULAS,
  );
  const unitColumns = columns(COLUMNS.unitSummary, UNIT_SETTINGS, UNIT_FORMULAS);
  const sectionColumns = columns(COLUMNS.sectionSummary, SECTION_SETTINGS, SECTION_FORMULAS);
  const dutyColumns: ColumnPlan[] = [
    { header: DUTY_COLUMNS[0], hidden: true, numberFormat: '0' },
    { header: DUTY_COLUMNS[1], hidden: true, numberFormat: '@' },
    { header: DUTY_COLUMNS[2], hidden: true, numberFormat: '0', formula: DUTY_REPORTED_FORMULA },
  ];

  const tables = [
    table(
      TABLES.summary,
      at.summary,
      summaryColumns,
      keyedRows(
        summaryColumns,
        schema.targets.map((target) => ({ 指标编号: target.id, 板块: targetSectionLabel(schema, target) })),
      ),
    ),
    table(
      TABLES.unitSummary,
      at.units,
      unitColumns,
      keyedRows(
        unitColumns,
        units.map((unit) => ({ 单位: unit })),
      ),
    ),
    table(
      TABLES.sectionSummary,
      at.sections,
      sectionColumns,
      keyedRows(
        sectionColumns,
        sectionKeys.map((section) => ({ 板块: section })),
      ),
    ),
    table(
      DUTIES_TABLE,
      at.duties,
      dutyColumns,
      keyedRows(
        dutyColumns,
        dueDuties(schema).map((duty) => ({ 序号: duty.item, 单位: duty.unit })),
      ),
    ),
  ];

  return {
    sheet: {
      name: SHEETS.summary,
      visibility: 'visible',
      cells: headCells(schema, period),
      tables,
      freezeRows: SUMMARY_HEADER_ROW,
      conditionalFormats: summaryFormats(),
      print: {
        orientation: 'landscape',
        paper: 'A4',
        fitToWidth: true,
        repeatRows: `$${SUMMARY_HEADER_ROW}:$${SUMMARY_HEADER_ROW}`,
      },
      tabColor: '#1F4E79',
    },
    names: [
      { name: PERIOD_NAME, formula: absoluteRef(CELLS.period), comment: '汇总表的报告期（下拉选择）' },
      { name: FRACTION_NAME, formula: absoluteRef(CELLS.fraction), comment: '所选报告期的序时进度' },
    ],
  };
}
