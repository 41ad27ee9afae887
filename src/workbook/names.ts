/** Workbook-level defined names that feed the entry dropdowns from the schema tables. */
import { TABLES } from './format';
import type { NamePlan } from './plan';

/** Names of the dropdown sources; a data validation refers to `=<name>`, never to a comma list (255-char limit). */
export const LIST_NAMES = {
  periods: 'WP_List_Periods',
  units: 'WP_List_Units',
  items: 'WP_List_Items',
  targets: 'WP_List_Targets',
} as const;

/** The defined names: structured references, so the lists follow the tables when they grow or shrink. */
export function definedNames(): NamePlan[] {
  return [
    { name: LIST_NAMES.periods, formula: `=${TABLES.periods}[报告期]`, comment: '报告期下拉列表' },
    { name: LIST_NAMES.units, formula: `=${TABLES.units}[单位]`, comment: '填报单位下拉列表' },
    { name: LIST_NAMES.items, formula: `=${TABLES.items}[序号]`, comment: '序号下拉列表' },
    { name: LIST_NAMES.targets, formula: `=${TABLES.targets}[指标编号]`, comment: '指标编号下拉列表' },
  ];
}
