/** 责任分工 / WP_Duties: one row per item × unit × role, the table validation and the summary count on. */
import type { Role, Schema } from '../../domain/schema';
import { COLUMNS, ROLE_LABELS, SHEETS, TABLES } from '../format';
import type { PlanValue, SheetPlan } from '../plan';
import { columnsFor, tableSheet } from './tableSheet';

const ROLES: Role[] = ['lead', 'cooperate', 'responsible'];

/** The 责任分工 sheet. */
export function dutiesSheet(schema: Schema): SheetPlan {
  const columns = columnsFor(COLUMNS.duties, {
    序号: { width: 8, numberFormat: '0' },
    单位: { width: 30, numberFormat: '@' },
    分工: { width: 8, numberFormat: '@' },
  });
  const rows: PlanValue[][] = [];
  for (const item of schema.items) {
    for (const role of ROLES) {
      for (const unit of item[role]) rows.push([item.no, unit, ROLE_LABELS[role]]);
    }
  }
  return tableSheet(SHEETS.duties, TABLES.duties, columns, rows);
}
