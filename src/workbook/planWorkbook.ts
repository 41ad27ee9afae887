/** Builds the whole workbook plan from a schema, keeping the entries of a workbook that already has a ledger. */
import type { Schema } from '../domain/schema';
import { schemaFingerprint, serializeSchema } from '../domain/schemaFile';
import { diffSchemas } from './diffSchemas';
import type { ExistingWorkbook } from './existing';
import { COLUMNS, WORKBOOK_FORMAT_VERSION } from './format';
import { definedNames } from './names';
import { orphanedEntries } from './orphans';
import type { SchemaChange, WorkbookPlan } from './plan';
import { dutiesSheet } from './sheets/duties';
import { entriesSheet } from './sheets/entries';
import { itemsSheet } from './sheets/items';
import { metaSheet } from './sheets/meta';
import { periodsSheet } from './sheets/periods';
import { readmeSheet } from './sheets/readme';
import { targetsSheet } from './sheets/targets';
import { unitsSheet } from './sheets/units';

/** Settings that do not come from the schema. */
export interface PlanOptions {
  /** Version of the add-in or CLI writing the workbook, shown on 说明 and stored in `_wp_meta`. */
  appVersion?: string;
}

function changesAgainst(schema: Schema, fingerprint: string, existing?: ExistingWorkbook): SchemaChange[] {
  if (!existing?.schema) return [];
  const before = existing.fingerprint ?? schemaFingerprint(existing.schema);
  if (before === fingerprint) return [];
  const office = existing.office;
  // A removed unit or period takes the office's contact or deadline with it: say so where the change is listed.
  return diffSchemas(existing.schema, schema).map((change) => {
    if (change.kind !== 'removed') return change;
    if (change.entity === 'unit' && office?.units.has(change.key))
      return { ...change, detail: `${change.detail}（其联系人、联系电话、电子邮箱不再保留）` };
    if (change.entity === 'period' && office?.periods.has(change.key))
      return { ...change, detail: `${change.detail}（其报送截止不再保留）` };
    return change;
  });
}

/**
 * The fingerprints the ledger held before `fingerprint`, oldest first, each once: those it kept, then the one it
 * held until now when the schema changes — so that forms generated from any earlier schema are still its own.
 */
export function earlierFingerprints(fingerprint: string, existing?: ExistingWorkbook): string[] {
  const before = existing?.fingerprint ?? (existing?.schema ? schemaFingerprint(existing.schema) : null);
  const all = [...(existing?.earlierFingerprints ?? []), ...(before ? [before] : [])];
  return all.filter((f, i) => f !== '' && f !== fingerprint && all.indexOf(f) === i);
}

/** Row number of a top-left address such as `A1`. */
function rowOf(address: string): number {
  return Number(/\d+$/.exec(address)?.[0] ?? '1');
}

/**
 * The plan for loading `schema` into a new workbook, or into `existing` (its entries kept row for row, the
 * office's contacts and deadlines kept by unit name and period label, differences listed in `changes`, entries
 * pointing at removed items or targets listed in `orphanedEntryRows`).
 */
export function planWorkbook(
  schema: Schema,
  existing?: ExistingWorkbook,
  options: PlanOptions = {},
): WorkbookPlan {
  const fingerprint = schemaFingerprint(schema);
  const appVersion = options.appVersion ?? '';
  const entries = entriesSheet(existing?.entries);
  const table = entries.tables[0];
  if (!table) throw new Error('entries sheet without its table');
  const firstDataRow = rowOf(table.topLeft) + 1;
  const orphans = orphanedEntries(
    table.rows,
    COLUMNS.entries.indexOf('序号'),
    COLUMNS.entries.indexOf('指标编号'),
    schema,
    existing?.schema,
  );
  return {
    formatVersion: WORKBOOK_FORMAT_VERSION,
    sheets: [
      readmeSheet(schema, { fingerprint, formatVersion: WORKBOOK_FORMAT_VERSION, appVersion }),
      itemsSheet(schema),
      dutiesSheet(schema),
      targetsSheet(schema),
      unitsSheet(schema, existing?.office),
      periodsSheet(schema, existing?.office),
      entries,
      metaSheet({
        formatVersion: WORKBOOK_FORMAT_VERSION,
        fingerprint,
        appVersion,
        schemaJson: serializeSchema(schema),
        earlierFingerprints: earlierFingerprints(fingerprint, existing),
      }),
    ],
    names: definedNames(),
    changes: changesAgainst(schema, fingerprint, existing),
    orphanedEntryRows: orphans.map((i) => firstDataRow + i),
  };
}
