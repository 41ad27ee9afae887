/**
 * 工作任务 / `WP_Items` read back: each row an item — its number, section, text, units by role (as its 牵头 · 配合 ·
 * 责任单位 cells list them) and 完成时限. The item's place in the notice, its label and group come from the schema in
 * `_wp_meta`; an item the office added gets its number as label and the text it was given.
 */
import type { Role, Schema, Section } from '../../domain/schema';
import { COLUMNS, ITEM_DEADLINE_COLUMN } from '../format';
import type { UnitsRead } from './readUnits';
import {
  cellText,
  readDate,
  readList,
  readWholeNumber,
  type Problems,
  type SchemaTable,
  type TableRow,
} from './tableCells';

/** Units of an item by role. */
export type Roles = Record<Role, string[]>;

/** The role columns of `WP_Items`, in the order the add-in writes them. */
export const ROLE_COLUMNS: Record<Role, string> = {
  lead: '牵头单位',
  cooperate: '配合单位',
  responsible: '责任单位',
};

/** The columns the reader needs (指标数 is a formula; 完成时限 may be missing in an older ledger). */
export const ITEM_COLUMNS = COLUMNS.items.slice(0, 6);

/** One row of `WP_Items` as read. */
export interface ItemRow {
  no: number;
  row: TableRow;
  /** The 板块 cell's text. */
  section: string;
  text: string;
  roles: Roles;
  /** The deadline as the cell gives it (undefined: none); `stored` when the table has no 完成时限 column. */
  deadline: string | undefined | 'stored';
}

/** Reads `WP_Items`; rows with a problem in their number are left out (the problem is recorded). */
export function readItemRows(table: SchemaTable, units: UnitsRead, problems: Problems): ItemRow[] {
  const [NO, SECTION, TEXT] = ITEM_COLUMNS as [string, string, string];
  const seen = new Map<number, string>();
  const rows: ItemRow[] = [];
  const withDeadline = table.has(ITEM_DEADLINE_COLUMN);
  for (const row of table.rows()) {
    const at = (header: string) => table.address(row, header);
    const no = readWholeNumber(table.cell(row, NO));
    if (no === null) {
      problems.at(table.sheet, at(NO), 'tables.badItemNo', { value: cellText(table.cell(row, NO)) });
      continue;
    }
    const first = seen.get(no);
    if (first !== undefined) {
      problems.at(table.sheet, at(NO), 'tables.duplicateItem', { no, first });
      continue;
    }
    seen.set(no, at(NO));
    const section = cellText(table.cell(row, SECTION));
    if (section === '') problems.at(table.sheet, at(SECTION), 'tables.blank', { column: SECTION });
    const text = cellText(table.cell(row, TEXT));
    if (text === '') problems.at(table.sheet, at(TEXT), 'tables.blank', { column: TEXT });
    const roles = { lead: [], cooperate: [], responsible: [] } as Roles;
    for (const role of Object.keys(ROLE_COLUMNS) as Role[]) {
      const header = ROLE_COLUMNS[role];
      for (const written of readList(table.cell(row, header), units.wholes)) {
        const name = units.resolve(written);
        if (name === undefined) problems.at(table.sheet, at(header), 'tables.unknownUnit', { unit: written });
        else if (!roles[role].includes(name)) roles[role].push(name);
      }
    }
    let deadline: ItemRow['deadline'] = 'stored';
    if (withDeadline) {
      const cell = table.cell(row, ITEM_DEADLINE_COLUMN);
      const read = readDate(cell);
      if (read === null)
        problems.at(table.sheet, at(ITEM_DEADLINE_COLUMN), 'tables.badDate', { value: cellText(cell) });
      deadline = read ?? undefined;
    }
    rows.push({ no, row, section, text, roles, deadline });
  }
  return rows;
}

/**
 * The sections after the office's edits, and each item's section. A 板块 cell names a section by its title; a new
 * title is a rename when every row carrying it is an item of one section whose old title no row carries any more.
 */
export function readSections(
  rows: readonly ItemRow[],
  stored: Schema,
  table: SchemaTable,
  problems: Problems,
): { sections: Section[]; sectionOf: Map<number, number> } {
  const byTitle = new Map(stored.sections.map((s) => [s.title.trim(), s.no]));
  const storedSection = new Map(stored.items.map((i) => [i.no, i.section]));
  const titles = new Set(rows.map((r) => r.section));
  const renamed = new Map<number, string>();
  const unknown = [...titles].filter((t) => t !== '' && !byTitle.has(t));
  for (const title of unknown) {
    const carriers = rows.filter((r) => r.section === title);
    const from = new Set(carriers.map((r) => storedSection.get(r.no)));
    const [only] = [...from];
    const old = stored.sections.find((s) => s.no === only);
    if (from.size !== 1 || !old || titles.has(old.title.trim()) || renamed.has(old.no)) continue;
    renamed.set(old.no, title);
  }
  const resolved = new Map([...byTitle, ...[...renamed].map(([no, title]): [string, number] => [title, no])]);
  const sectionOf = new Map<number, number>();
  for (const row of rows) {
    if (row.section === '') continue;
    const no = resolved.get(row.section);
    if (no === undefined)
      problems.at(table.sheet, table.address(row.row, ITEM_COLUMNS[1] as string), 'tables.unknownSection', {
        value: row.section,
      });
    else sectionOf.set(row.no, no);
  }
  const sections = stored.sections.map((s) => {
    const title = renamed.get(s.no);
    return title === undefined ? { ...s } : { ...s, title };
  });
  return { sections, sectionOf };
}
