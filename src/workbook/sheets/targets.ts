/** 目标指标 / WP_Targets: one row per quantitative target. */
import { confirmedTargets } from '../../domain/confirmedTargets';
import type { Schema } from '../../domain/schema';
import { COLUMNS, COMPARATOR_LABELS, KIND_LABELS, SHEETS, TABLES } from '../format';
import type { SheetPlan } from '../plan';
import { columnsFor, tableSheet } from './tableSheet';

export { confirmedTargets };

/** The 目标指标 sheet; 指标编号 is text-formatted so that `T19.2`-like ids never turn into numbers. */
export function targetsSheet(schema: Schema): SheetPlan {
  const columns = columnsFor(COLUMNS.targets, {
    指标编号: { width: 10, numberFormat: '@' },
    序号: { width: 8, numberFormat: '0' },
    指标名称: { width: 36, wrap: true, numberFormat: '@' },
    目标值: { width: 10, numberFormat: 'General' },
    计量单位: { width: 10, numberFormat: '@' },
    比较: { width: 6, numberFormat: '@' },
    口径: { width: 8, numberFormat: '@' },
    填报单位: { width: 26, numberFormat: '@' },
    原文: { width: 60, wrap: true, numberFormat: '@' },
  });
  const rows = confirmedTargets(schema).map((t) => [
    t.id,
    t.item,
    t.name,
    t.value,
    t.measure,
    COMPARATOR_LABELS[t.comparator],
    KIND_LABELS[t.kind],
    t.reporter,
    t.source.text,
  ]);
  return tableSheet(SHEETS.targets, TABLES.targets, columns, rows);
}
