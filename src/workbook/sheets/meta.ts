/** The `_wp_meta` sheet: very hidden, it carries the schema so a workbook sent by email needs nothing else. */
import { SHEETS } from '../format';
import { metaCells, type MetaContent } from '../meta';
import type { SheetPlan } from '../plan';

/** The `_wp_meta` sheet. */
export function metaSheet(content: MetaContent): SheetPlan {
  return {
    name: SHEETS.meta,
    visibility: 'veryHidden',
    cells: metaCells(content),
    tables: [],
    freezeRows: 0,
    columnWidths: { A: 16, B: 80 },
    conditionalFormats: [],
  };
}
