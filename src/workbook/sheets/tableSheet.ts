/** Shared shape of the schema sheets: one table from A1, header row frozen. */
import type { ColumnPlan, PlanValue, SheetPlan } from '../plan';

/** Table style of the schema tables (read-only reference data). */
export const SCHEMA_TABLE_STYLE = 'TableStyleMedium2';

/** A visible sheet holding one table whose header row sits in row 1 and stays frozen. */
export function tableSheet(
  sheet: string,
  table: string,
  columns: ColumnPlan[],
  rows: PlanValue[][],
  extra: Partial<Pick<SheetPlan, 'conditionalFormats' | 'tabColor'>> & {
    style?: string;
    preserved?: boolean;
  } = {},
): SheetPlan {
  return {
    name: sheet,
    visibility: 'visible',
    cells: [],
    tables: [
      {
        name: table,
        topLeft: 'A1',
        columns,
        rows,
        style: extra.style ?? SCHEMA_TABLE_STYLE,
        preserved: extra.preserved ?? false,
      },
    ],
    freezeRows: 1,
    conditionalFormats: extra.conditionalFormats ?? [],
    ...(extra.tabColor ? { tabColor: extra.tabColor } : {}),
  };
}

/** Pairs each contract header with its column settings, so a header can never be left out or misspelt. */
export function columnsFor<H extends string>(
  headers: readonly H[],
  settings: Record<H, Omit<ColumnPlan, 'header'>>,
): ColumnPlan[] {
  return headers.map((header) => ({ header, ...settings[header] }));
}
