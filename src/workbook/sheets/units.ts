/** 单位 / WP_Units: canonical unit names, their aliases and kinds. */
import type { Schema } from '../../domain/schema';
import { COLUMNS, SHEETS, TABLES, UNIT_KIND_LABELS } from '../format';
import type { SheetPlan } from '../plan';
import { UNIT_SEPARATOR } from './items';
import { columnsFor, tableSheet } from './tableSheet';

/** The 单位 sheet. */
export function unitsSheet(schema: Schema): SheetPlan {
  const columns = columnsFor(COLUMNS.units, {
    单位: { width: 30, numberFormat: '@' },
    别名: { width: 40, wrap: true, numberFormat: '@' },
    类型: { width: 8, numberFormat: '@' },
  });
  const rows = schema.units.map((u) => [u.name, u.aliases.join(UNIT_SEPARATOR), UNIT_KIND_LABELS[u.kind]]);
  return tableSheet(SHEETS.units, TABLES.units, columns, rows);
}
