/**
 * Loading a schema into a workbook: a new ledger, or a schema change in an existing one. Every entry is kept:
 * rows outside `WP_Entries` are brought in first, the entries table is never rewritten, and a workbook whose
 * entries cannot be read is refused with nothing changed.
 */
import { LedgerError, type Message } from '../domain/messages';
import type { Schema } from '../domain/schema';
import { withRegistryAliases } from '../domain/units/aliases';
import type { ExistingWorkbook } from '../workbook/existing';
import { COLUMNS, SHEETS } from '../workbook/format';
import { locateEntries } from '../workbook/inspectEntries';
import { hasOfficeCells, officeCellsFromSnapshot } from '../workbook/officeCells';
import type { SchemaChange } from '../workbook/plan';
import { planWorkbook } from '../workbook/planWorkbook';
import { storedIdentity, storedSchema } from '../workbook/reader';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { LedgerWorkbook, WriteReport } from './port';
import { inspectLedger, needsMerge, readSnapshot } from './readLedger';
import { runSteps, type JobControl } from './steps';

/** What loading a schema did. */
export interface LoadOutcome {
  /** Entry rows kept (rows with something typed in them). */
  entriesKept: number;
  /** Entry rows pointing at items or targets the new schema no longer has (kept, marked). */
  orphanedEntries: number;
  /** Differences against the schema the workbook held (empty for a new ledger or the same schema). */
  changes: SchemaChange[];
  /** The schema as written (registry aliases added). */
  schema: Schema;
  /** Rows brought inside `WP_Entries` before loading. */
  merged: number;
  /** What the workbook held before, when its `_wp_meta` could not be read (the load goes on). */
  previousProblem: Message | null;
  skipped: Message[];
  notices: Message[];
}

/** Options of a load. */
export interface LoadOptions extends JobControl {
  /** Version of the add-in or CLI, recorded in `_wp_meta`. */
  appVersion: string;
}

/** A non-blank row: something typed in a contract column other than 校验状态. */
function isFilled(values: readonly unknown[]): boolean {
  const status = COLUMNS.entries.indexOf('校验状态');
  return values.some((v, k) => k !== status && v !== null && !(typeof v === 'string' && v.trim() === ''));
}

/**
 * What the workbook holds that a plan must keep: its entries (wherever they are) and its schema. Throws when
 * there is an entries sheet whose entries cannot be read — writing over it could lose rows.
 */
function existingOf(snapshot: WorkbookSnapshot): {
  existing: ExistingWorkbook;
  problem: Message | null;
  filled: number;
} {
  const stored = storedSchema(snapshot);
  const located = locateEntries(snapshot);
  const office = officeCellsFromSnapshot(snapshot);
  // A 进度填报 sheet whose entries cannot be found may still hold rows: refuse rather than write over it.
  if (!located.found && snapshot.sheets.some((s) => s.name === SHEETS.entries))
    throw new LedgerError(located.problem.key, located.problem.params);
  const existing: ExistingWorkbook = {
    ...(located.found
      ? {
          entries: {
            headers: located.layout.headers,
            rows: located.rawRows.map((r) => r.values),
          },
        }
      : {}),
    ...(stored.status === 'ok' ? { schema: stored.schema } : {}),
    ...storedIdentity(stored),
    // What the office typed into 单位 and 报告期 (contacts, deadlines) survives a schema reload.
    ...(hasOfficeCells(office) ? { office } : {}),
  };
  const filled = located.found ? located.rows.filter((r) => isFilled(r.values)).length : 0;
  return { existing, problem: stored.status === 'unreadable' ? stored.problem : null, filled };
}

/** Loads `schema` into the workbook, keeping every entry; throws a LedgerError when the workbook cannot take it. */
export async function loadSchema(
  workbook: LedgerWorkbook,
  schema: Schema,
  options: LoadOptions,
): Promise<LoadOutcome> {
  const full = withRegistryAliases(schema);
  let snapshot: WorkbookSnapshot | null = null;
  let merged = 0;
  const reports: WriteReport[] = [];
  let outcome: LoadOutcome | null = null;
  await runSteps(
    [
      { key: 'readWorkbook', run: async () => void (snapshot = await readSnapshot(workbook, 'load')) },
      {
        key: 'mergeEntries',
        run: async () => {
          if (!snapshot) return;
          const located = locateEntries(snapshot);
          if (!located.found || (!located.layout.plain && located.filledBelow.length === 0)) return;
          const outside = located.layout.plain
            ? located.rows.filter((r) => isFilled(r.values)).length
            : located.filledBelow.length;
          reports.push(
            await workbook.mergeEntries({ layout: located.layout, rowsBelow: located.filledBelow }),
          );
          snapshot = await readSnapshot(workbook, 'load');
          const again = locateEntries(snapshot);
          if (again.found && (again.layout.plain || again.filledBelow.length > 0)) {
            throw new LedgerError('ledger.mergeIncomplete', { rows: again.filledBelow.map(String) });
          }
          merged = outside;
        },
      },
      {
        key: 'writeSheets',
        run: async () => {
          if (!snapshot) return;
          const { existing, problem, filled } = existingOf(snapshot);
          const plan = planWorkbook(full, existing, { appVersion: options.appVersion });
          const report = await workbook.applyPlan(plan);
          reports.push(report);
          outcome = {
            entriesKept: filled,
            orphanedEntries: plan.orphanedEntryRows.length,
            changes: plan.changes,
            schema: full,
            merged,
            previousProblem: problem,
            skipped: reports.flatMap((r) => r.skipped),
            notices: reports.flatMap((r) => r.notices),
          };
        },
      },
    ],
    options,
  );
  if (!outcome) throw new LedgerError('job.cancelled');
  return outcome;
}

/** Whether a workbook already holds entries (a filled ledger): what `build --out` must not overwrite. */
export function holdsEntries(snapshot: WorkbookSnapshot): boolean {
  try {
    const ledger = inspectLedger(snapshot);
    return ledger.rows.some((r) => isFilled(r.values)) || needsMerge(ledger);
  } catch {
    const located = locateEntries(snapshot);
    return located.found && located.rows.some((r) => isFilled(r.values));
  }
}
