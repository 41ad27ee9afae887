/**
 * Whether the office edited the schema tables since the schema was last written: the sheet's formulas read the
 * tables, the add-in reads `_wp_meta`, so until the schema is read back the two disagree and every use case says
 * so. Cheap by design — it compares the canonical text of the schema the tables give with the stored one, on the
 * snapshot the use case has already read; it lists no differences (reading back does).
 */
import { message, type Message } from '../../domain/messages';
import type { Schema } from '../../domain/schema';
import { serializeSchema } from '../../domain/schemaFile';
import { withRegistryAliases } from '../../domain/units/aliases';
import type { WorkbookSnapshot } from '../snapshot';
import { hasSchemaTables, schemaFromTables } from './schemaFromTables';

/** The notice that the schema tables differ from `stored`, or null when they match (or were not read). */
export function schemaTablesEdited(snapshot: WorkbookSnapshot, stored: Schema): Message | null {
  if (!hasSchemaTables(snapshot)) return null;
  const read = schemaFromTables(snapshot, stored);
  if (!read.ok) {
    const [first] = read.problems;
    return message('tables.editedBroken', { count: read.problems.length, first: first ?? '—' });
  }
  // Registry aliases are added on every write (loadSchema): a ledger written before they were is not edited.
  return serializeSchema(read.schema) === serializeSchema(withRegistryAliases(stored))
    ? null
    : message('tables.edited');
}
