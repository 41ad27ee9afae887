/** 单位 / WP_Units: canonical unit names, their aliases and kinds, then the contact the office keeps for each. */
import type { Schema } from '../../domain/schema';
import { COLUMNS, SHEETS, TABLES, UNIT_KIND_LABELS } from '../format';
import type { OfficeCells } from '../officeCells';
import type { SheetPlan } from '../plan';
import { toPlanValue } from './entries';
import { UNIT_SEPARATOR } from './items';
import { columnsFor, tableSheet } from './tableSheet';

/** The 单位 sheet; 联系人 · 联系电话 · 电子邮箱 are the office's, carried over by unit name (blank for a new unit). */
export function unitsSheet(schema: Schema, office?: OfficeCells): SheetPlan {
  const columns = columnsFor(COLUMNS.units, {
    单位: { width: 30, numberFormat: '@' },
    别名: { width: 40, wrap: true, numberFormat: '@' },
    类型: { width: 8, numberFormat: '@' },
    联系人: { width: 12, numberFormat: '@' },
    // Text, so that 0791-… and long mobile numbers stay as typed.
    联系电话: { width: 18, numberFormat: '@' },
    电子邮箱: { width: 26, numberFormat: '@' },
  });
  const rows = schema.units.map((u) => {
    const typed = office?.units.get(u.name) ?? [];
    return [
      u.name,
      u.aliases.join(UNIT_SEPARATOR),
      UNIT_KIND_LABELS[u.kind],
      toPlanValue(typed[0] ?? null),
      toPlanValue(typed[1] ?? null),
      toPlanValue(typed[2] ?? null),
    ];
  });
  return tableSheet(SHEETS.units, TABLES.units, columns, rows);
}
