/** 报告期 / WP_Periods: cumulative reporting periods with their schedule fraction and due date. */
import type { Schema } from '../../domain/schema';
import { isoDateToSerial } from '../excelDate';
import { COLUMNS, SHEETS, TABLES } from '../format';
import type { SheetPlan } from '../plan';
import { columnsFor, tableSheet } from './tableSheet';

/** The 报告期 sheet; the due date is a real Excel date (serial number shown as yyyy-mm-dd). */
export function periodsSheet(schema: Schema): SheetPlan {
  const columns = columnsFor(COLUMNS.periods, {
    报告期: { width: 18, numberFormat: '@' },
    序时进度: { width: 10, numberFormat: '0%' },
    截止日期: { width: 12, numberFormat: 'yyyy-mm-dd' },
  });
  // A malformed date stays visible as text rather than disappearing.
  const rows = schema.periods.map((p) => [p.label, p.fraction, isoDateToSerial(p.end) ?? p.end]);
  return tableSheet(SHEETS.periods, TABLES.periods, columns, rows);
}
