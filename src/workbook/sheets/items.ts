/** 工作任务 / WP_Items: one row per work item; 指标数 is a live count over WP_Targets; 完成时限 a real date. */
import type { Schema } from '../../domain/schema';
import { isoDateToSerial } from '../excelDate';
import { COLUMNS, SHEETS, TABLES } from '../format';
import type { SheetPlan } from '../plan';
import { columnsFor, tableSheet } from './tableSheet';

/** Separator between unit names inside one cell. */
export const UNIT_SEPARATOR = '、';

/** The 工作任务 sheet. */
export function itemsSheet(schema: Schema): SheetPlan {
  const sectionTitle = new Map(schema.sections.map((s) => [s.no, s.title]));
  const columns = columnsFor(COLUMNS.items, {
    序号: { width: 8, numberFormat: '0' },
    板块: { width: 22, wrap: true, numberFormat: '@' },
    工作任务: { width: 70, wrap: true, numberFormat: '@' },
    牵头单位: { width: 24, wrap: true, numberFormat: '@' },
    配合单位: { width: 24, wrap: true, numberFormat: '@' },
    责任单位: { width: 24, wrap: true, numberFormat: '@' },
    指标数: {
      width: 8,
      numberFormat: '0',
      formula: `=COUNTIFS(${TABLES.targets}[序号],${TABLES.items}[[#This Row],[序号]])`,
    },
    完成时限: { width: 12, numberFormat: 'yyyy-mm-dd' },
  });
  const rows = schema.items.map((item) => [
    item.no,
    sectionTitle.get(item.section) ?? '',
    item.text,
    item.lead.join(UNIT_SEPARATOR),
    item.cooperate.join(UNIT_SEPARATOR),
    item.responsible.join(UNIT_SEPARATOR),
    null,
    // A date the schema holds is always a real one (readSchemaFile checks); blank when the notice gives none.
    item.deadline === undefined ? null : (isoDateToSerial(item.deadline) ?? item.deadline),
  ]);
  return tableSheet(SHEETS.items, TABLES.items, columns, rows);
}
