/** Table parts (`xl/tables/tableN.xml`): name, range, header and totals rows, column names. */
import { childNamed, childrenNamed, type XmlElement } from './xml';

/** A table as its part declares it. */
export interface TableEntry {
  /** The table part (canonical name). */
  part: string;
  /** The relationship id the sheet uses for it. */
  relationshipId: string;
  /** `name` attribute. */
  name: string;
  /** `displayName` (what formulas and users see; Excel keeps it equal to `name`). */
  displayName: string;
  /** `ref` as written, e.g. `A1:J21`. */
  ref: string;
  /** Header rows: the attribute's default is 1 (Excel omits it), 0 for a table without a header row. */
  headerRowCount: number;
  totalsRowCount: number;
  /** Workbook-wide table id. */
  id: number;
  /** Column names from `tableColumns`. */
  columns: string[];
  root: XmlElement;
}

/** Reads a parsed table part. */
export function readTablePart(part: string, relationshipId: string, root: XmlElement): TableEntry {
  const a = root.attributes;
  const columnsElement = childNamed(root, 'tableColumns');
  const count = (value: string | undefined, fallback: number): number =>
    value !== undefined && /^\d+$/.test(value) ? Number(value) : fallback;
  return {
    part,
    relationshipId,
    name: a.name ?? a.displayName ?? '',
    displayName: a.displayName ?? a.name ?? '',
    ref: a.ref ?? '',
    headerRowCount: count(a.headerRowCount, 1),
    totalsRowCount: count(a.totalsRowCount, 0),
    id: count(a.id, 0),
    columns: (columnsElement ? childrenNamed(columnsElement, 'tableColumn') : []).map(
      (c) => c.attributes.name ?? '',
    ),
    root,
  };
}
