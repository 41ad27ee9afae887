/**
 * The schema tables are the schema the office edits: after loading, people correct the parser's mistakes directly
 * in 工作任务 (`WP_Items`), 责任分工 (`WP_Duties`), 目标指标 (`WP_Targets`) and 单位 (`WP_Units`). This reads them
 * back into a Schema — over the schema `_wp_meta` stores, which keeps what the tables do not show — and checks it:
 * every unit named exists in 单位, every target's item exists, numbers are numbers, ids are well formed and unique,
 * no alias belongs to two units. Each problem names its sheet and cell; with any problem there is no schema.
 * Pure: a snapshot in, a schema or the problems out.
 */
import type { Message } from '../../domain/messages';
import { message } from '../../domain/messages';
import { firstSentence } from '../../domain/notice/assembleItem';
import type { Item, Schema } from '../../domain/schema';
import { readSchemaFile, serializeSchema } from '../../domain/schemaFile';
import { withRegistryAliases } from '../../domain/units/aliases';
import { COLUMNS, SHEETS, TABLES } from '../format';
import type { WorkbookSnapshot } from '../snapshot';
import { readDuties, reconcileRoles } from './readDuties';
import {
  ITEM_COLUMNS,
  readItemRows,
  readSections,
  ROLE_COLUMNS,
  type ItemRow,
  type Roles,
} from './readItems';
import { readTargets, TARGET_COLUMNS } from './readTargets';
import { readUnits, UNIT_COLUMNS } from './readUnits';
import { checkRowsBelow, findTable, hasColumns, Problems, type SchemaTable } from './tableCells';

/** The schema read from the tables, or every problem found (each naming its sheet and cell). */
export type TablesRead = { ok: true; schema: Schema } | { ok: false; problems: Message[] };

/** The four tables the office edits, with the sheets they live on. */
export const SCHEMA_TABLES = [
  { table: TABLES.items, sheet: SHEETS.items },
  { table: TABLES.duties, sheet: SHEETS.duties },
  { table: TABLES.targets, sheet: SHEETS.targets },
  { table: TABLES.units, sheet: SHEETS.units },
] as const;

/** Whether the snapshot holds all four schema tables (a reader that was not asked for them gives none). */
export function hasSchemaTables(snapshot: WorkbookSnapshot): boolean {
  return SCHEMA_TABLES.every(({ table }) => snapshot.tables.some((t) => t.name === table));
}

function storedRoles(item: Item | undefined): Roles {
  return {
    lead: [...(item?.lead ?? [])],
    cooperate: [...(item?.cooperate ?? [])],
    responsible: [...(item?.responsible ?? [])],
  };
}

/** The item a row gives, over the stored item of the same number (if any). */
function itemOf(row: ItemRow, roles: Roles, section: number, old: Item | undefined): Item {
  const sameText = old !== undefined && old.text.trim() === row.text;
  const text = sameText ? old.text : row.text;
  const deadline = row.deadline === 'stored' ? old?.deadline : row.deadline;
  return {
    no: row.no,
    label: old?.label ?? String(row.no),
    section,
    // A group belongs to its section: an item moved to another section leaves its group behind.
    ...(old?.group !== undefined && old.section === section ? { group: old.group } : {}),
    title: sameText ? old.title : firstSentence(text),
    text,
    lead: roles.lead,
    cooperate: roles.cooperate,
    responsible: roles.responsible,
    ...(deadline !== undefined ? { deadline } : {}),
    // An item the office added has no place in the notice: the start of the notice, with the text it was given.
    source: old?.source ?? { line: 1, column: 1, text },
  };
}

/** Reads the schema back from the tables of `snapshot`, over `stored` (the schema in `_wp_meta`). */
export function schemaFromTables(snapshot: WorkbookSnapshot, stored: Schema): TablesRead {
  const problems = new Problems();
  const tables = SCHEMA_TABLES.map(({ table, sheet }) => findTable(snapshot, table, sheet, problems));
  const [itemsTable, dutiesTable, targetsTable, unitsTable] = tables;
  if (!itemsTable || !dutiesTable || !targetsTable || !unitsTable)
    return { ok: false, problems: problems.list };
  const complete = [
    hasColumns(itemsTable, ITEM_COLUMNS, problems),
    hasColumns(dutiesTable, COLUMNS.duties, problems),
    hasColumns(targetsTable, TARGET_COLUMNS, problems),
    hasColumns(unitsTable, UNIT_COLUMNS, problems),
  ].every(Boolean);
  if (!complete) return { ok: false, problems: problems.list };
  for (const table of [itemsTable, dutiesTable, targetsTable, unitsTable] as SchemaTable[])
    checkRowsBelow(table, problems);

  const units = readUnits(unitsTable, stored, problems);
  const rows = readItemRows(itemsTable, units, problems);
  const numbers = new Set(rows.map((r) => r.no));
  const duties = readDuties(dutiesTable, numbers, units, problems);
  const { sections, sectionOf } = readSections(rows, stored, itemsTable, problems);
  const before = new Map(stored.items.map((i) => [i.no, i]));
  const items: Item[] = [];
  for (const row of rows) {
    const old = before.get(row.no);
    const fromDuties = duties.roles.get(row.no) ?? { lead: [], cooperate: [], responsible: [] };
    const roles = reconcileRoles(row.roles, fromDuties, storedRoles(old));
    if (roles === null) {
      const cells = Object.values(ROLE_COLUMNS).map((h) => itemsTable.address(row.row, h));
      problems.add(message('tables.rolesDisagree', { no: row.no, cells }));
      continue;
    }
    const section = sectionOf.get(row.no);
    if (section !== undefined) items.push(itemOf(row, roles, section, old));
  }
  const unitless = new Set(
    items.filter((i) => i.lead.length + i.cooperate.length + i.responsible.length === 0).map((i) => i.no),
  );
  const targets = readTargets(targetsTable, numbers, units, stored, problems, unitless);
  if (problems.list.length > 0) return { ok: false, problems: problems.list };

  const schema = withRegistryAliases({ ...stored, sections, items, units: units.units, targets });
  // The same check as any schema file: what the tables give must be a schema the add-in could have written.
  const check = readSchemaFile(serializeSchema(schema));
  if (!check.ok) {
    const first = check.errors[0];
    return {
      ok: false,
      problems: [message('tables.schemaCheck', { detail: first ? `${first.path} ${first.message}` : '—' })],
    };
  }
  return { ok: true, schema: check.schema };
}
