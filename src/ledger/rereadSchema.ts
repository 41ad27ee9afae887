/**
 * 重新读取方案: the office corrected the schema in the tables (工作任务, 责任分工, 目标指标, 单位); read it back, show
 * the difference from the schema in `_wp_meta`, and on confirmation write it through `loadSchema` — the same path
 * as any schema change: no entry lost, the office's contact and deadline columns kept, and the fingerprint the
 * ledger held kept among `_wp_meta`'s earlier fingerprints so that return forms already sent stay recognisable.
 */
import { LedgerError, type Message } from '../domain/messages';
import type { Schema } from '../domain/schema';
import { schemaFingerprint } from '../domain/schemaFile';
import { withRegistryAliases } from '../domain/units/aliases';
import { diffSchemas } from '../workbook/diffSchemas';
import type { SchemaChange } from '../workbook/plan';
import { storedSchema } from '../workbook/reader';
import { schemaFromTables } from '../workbook/schemaTables/schemaFromTables';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { loadSchema, type LoadOptions, type LoadOutcome } from './loadSchema';
import type { LedgerWorkbook } from './port';
import { readSnapshot } from './readLedger';
import { runSteps, type JobControl } from './steps';

/** What the tables give, before anything is written. */
export interface TablesPreview {
  /** The schema the tables give (registry aliases added, as it would be written), or null when refused. */
  schema: Schema | null;
  /** Why the tables cannot be read back, each naming its sheet and cell; empty when they can. */
  problems: Message[];
  /** Differences from the schema in `_wp_meta`. */
  changes: SchemaChange[];
  /** True when the tables give exactly the stored schema: there is nothing to write. */
  unchanged: boolean;
  /** Fingerprint of the schema the tables give (null when refused): a write checks the tables still give it. */
  fingerprint: string | null;
  /** The schema in `_wp_meta` (registry aliases added, as a write would add them). */
  stored: Schema;
}

/** What the tables of a snapshot give against its `_wp_meta`; throws when the workbook holds no readable schema. */
export function tablesPreviewOf(snapshot: WorkbookSnapshot): TablesPreview {
  const stored = storedSchema(snapshot);
  if (stored.status === 'absent') throw new LedgerError('ledger.noSchema');
  if (stored.status === 'unreadable') throw new LedgerError(stored.problem.key, stored.problem.params);
  // Registry aliases are added on every write: a ledger written before they were is compared as loadSchema would
  // write it, so that they are neither a difference nor a reason to write.
  const base = withRegistryAliases(stored.schema);
  const read = schemaFromTables(snapshot, stored.schema);
  if (!read.ok)
    return {
      schema: null,
      problems: read.problems,
      changes: [],
      unchanged: false,
      fingerprint: null,
      stored: base,
    };
  const fingerprint = schemaFingerprint(read.schema);
  const unchanged = fingerprint === schemaFingerprint(base);
  return {
    schema: read.schema,
    problems: [],
    changes: unchanged ? [] : diffSchemas(base, read.schema),
    unchanged,
    fingerprint,
    stored: base,
  };
}

/** Reads the workbook and what its schema tables give (nothing is written). */
export async function previewTablesSchema(
  workbook: LedgerWorkbook,
  control: JobControl = {},
): Promise<TablesPreview> {
  let preview: TablesPreview | null = null;
  await runSteps(
    [
      {
        key: 'readWorkbook',
        run: async () => void (preview = tablesPreviewOf(await readSnapshot(workbook, 'load'))),
      },
    ],
    control,
  );
  if (!preview) throw new LedgerError('job.cancelled');
  return preview;
}

/** What reading the schema back did. */
export type RereadOutcome =
  | { status: 'refused'; preview: TablesPreview }
  | { status: 'unchanged'; preview: TablesPreview }
  | { status: 'written'; preview: TablesPreview; load: LoadOutcome };

/** Options of a read-back. */
export interface RereadOptions extends LoadOptions {
  /**
   * The fingerprint the confirmed preview showed: the write goes ahead only if the tables still give that schema
   * (`tables.changedSince` otherwise), so that an edit made after the preview is never overwritten unseen.
   */
  expected?: string;
}

/** Reads the schema back from the tables and, unless refused or unchanged, writes it through `loadSchema`. */
export async function rereadSchema(workbook: LedgerWorkbook, options: RereadOptions): Promise<RereadOutcome> {
  const { expected, ...load } = options;
  // The read is the first step of loadSchema's own progress too: only cancellation is passed to it.
  const preview = await previewTablesSchema(workbook, load.signal ? { signal: load.signal } : {});
  if (!preview.schema) return { status: 'refused', preview };
  if (expected !== undefined && preview.fingerprint !== expected)
    throw new LedgerError('tables.changedSince');
  if (preview.unchanged) return { status: 'unchanged', preview };
  return { status: 'written', preview, load: await loadSchema(workbook, preview.schema, load) };
}
