/** 报告期 / WP_Periods: cumulative reporting periods with their schedule fraction, end date and return deadline. */
import type { Schema } from '../../domain/schema';
import { isoDateToSerial } from '../excelDate';
import { COLUMNS, SHEETS, TABLES } from '../format';
import type { OfficeCells } from '../officeCells';
import type { SheetPlan } from '../plan';
import { toPlanValue } from './entries';
import { columnsFor, tableSheet } from './tableSheet';

/**
 * The 报告期 sheet; dates are real Excel dates (serial numbers shown as yyyy-mm-dd). 报送截止 is the office's,
 * carried over by period label exactly as typed (a date, or text such as 7月10日前).
 */
export function periodsSheet(schema: Schema, office?: OfficeCells): SheetPlan {
  const columns = columnsFor(COLUMNS.periods, {
    报告期: { width: 18, numberFormat: '@' },
    序时进度: { width: 10, numberFormat: '0%' },
    截止日期: { width: 12, numberFormat: 'yyyy-mm-dd' },
    报送截止: { width: 12, numberFormat: 'yyyy-mm-dd' },
  });
  // A malformed date stays visible as text rather than disappearing.
  const rows = schema.periods.map((p) => [
    p.label,
    p.fraction,
    isoDateToSerial(p.end) ?? p.end,
    toPlanValue(office?.periods.get(p.label)?.[0] ?? null),
  ]);
  return tableSheet(SHEETS.periods, TABLES.periods, columns, rows);
}
