/**
 * Collecting returned forms, the one way the CLI and the pane do it: read each file (the reader is the adapter's,
 * passed in), recognise and judge it (readable → a form → unit known → this ledger → the period), let the latest
 * file of a unit and period supersede the others, skip files already taken in (by SHA-256), then take the rest
 * into `WP_Entries` with provenance (来源, 回收记录, 修订记录), rebuild 回收情况, and validate right after.
 * `previewCollect` judges and counts without writing anything; `collectReturns` writes.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { LedgerError, message, type Message } from '../domain/messages';
import { PeriodReader, validateEntries } from '../domain/validation';
import { collectionSheet, computeCollection, type Collection } from '../workbook/collect/collection';
import { readForm } from '../workbook/collect/formReading';
import {
  judgeForm,
  type AcceptedForm,
  type Judgement,
  type RejectReason,
  type SkippedRow,
} from '../workbook/collect/judgeForm';
import { importHistory, importRow, revisionRow, type ImportRecord } from '../workbook/collect/records';
import type { ReturnedFileReading } from '../workbook/collect/returnedBook';
import { supersede } from '../workbook/collect/supersede';
import { planUpsert, type RowCounts, type UpsertPlan } from '../workbook/collect/upsert';
import { localSerial } from '../workbook/excelDate';
import { officeCellsFromSnapshot } from '../workbook/officeCells';
import { storedSchema } from '../workbook/reader';
import { resolvePeriod } from './period';
import type { LedgerWorkbook, WriteReport } from './port';
import { readLedger, readMergedLedger, type Ledger } from './readLedger';
import { runSteps, type JobControl } from './steps';
import { validateLedger, type LedgerValidation } from './validateLedger';

/** A file handed in for collecting. */
export interface ReturnedFile {
  /** The path or name as given (verdicts name it so). */
  path: string;
  /** The file's own name (recorded in 回收记录 and 来源). */
  name: string;
  /** Its bytes, or null when the file itself could not be read (see `readProblem`). */
  bytes: Uint8Array | null;
  /** Why the file could not be read from disk. */
  readProblem?: Message;
  /** Its modification time on disk (ms since the epoch), or null when unknown. */
  fileTime: number | null;
}

/** Status of a file after collecting. */
export type FileStatus = 'accepted' | 'unchanged' | 'superseded' | 'rejected';

/** The verdict on one file. */
export interface FileVerdict {
  path: string;
  name: string;
  /** SHA-256 of its bytes (hex), or null when it could not be read from disk. */
  sha256: string | null;
  unit: string | null;
  period: string | null;
  status: FileStatus;
  /** Why it was rejected (only for `rejected`). */
  reason: RejectReason | null;
  /** The reason in words (rejected), what superseded it, or that it was taken in before. */
  problem: Message | null;
  rows: RowCounts;
  /** Rows of the file not taken in, each with its reason. */
  skipped: SkippedRow[];
  notices: Message[];
}

/** Options of a collect. */
export interface CollectOptions extends JobControl {
  /** Only forms of this period are taken (a label or a spelling the period reader understands). */
  period?: string;
  /** When the forms are collected (recorded in 回收记录 and 修订记录). */
  importedAt: Date;
  /** Reads a file into the reader-independent model (src/xlsx/readReturnedFile.ts). */
  read: (bytes: Uint8Array) => Promise<ReturnedFileReading>;
}

/** What a collect did (or, previewed, would do). */
export interface CollectOutcome {
  verdicts: FileVerdict[];
  /** The period collected (--period, else the latest period of the files taken), or null when none. */
  period: string | null;
  /** Who has returned what for the period, with the 催报 text; null when there is no period. */
  collection: Collection | null;
  /** Rows in `WP_Entries` afterwards (rows with something typed in them). */
  entries: number;
  /** Notices about the ledger (rows merged into the table, the period's spelling …). */
  notices: Message[];
}

/** A collect that wrote, and the validation that ran right after it. */
export interface CollectDone extends CollectOutcome {
  validation: LedgerValidation;
  skipped: Message[];
}

const NO_ROWS: RowCounts = { added: 0, changed: 0, unchanged: 0, empty: 0 };

/** A file read and judged, before the batch is weighed. */
interface Examined {
  file: ReturnedFile;
  index: number;
  sha: string | null;
  modified: string | null;
  judgement: Judgement;
}

/** Reads and judges every file (one at a time: files of a batch can be large). */
async function examine(
  ledger: Ledger,
  files: readonly ReturnedFile[],
  options: CollectOptions,
  period: string | undefined,
): Promise<Examined[]> {
  const stored = storedSchema(ledger.snapshot);
  const identity = {
    schema: ledger.schema,
    fingerprint: ledger.fingerprint,
    earlierFingerprints: stored.status === 'ok' ? stored.earlierFingerprints : [],
  };
  const examined: Examined[] = [];
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) break;
    if (!file.bytes) {
      const problem = file.readProblem ?? message('collect.read.damaged');
      examined.push({
        file,
        index,
        sha: null,
        modified: null,
        judgement: { ok: false, reason: 'unreadable', problem, unit: null, period: null },
      });
      continue;
    }
    const sha = bytesToHex(sha256(file.bytes));
    const reading = await options.read(file.bytes);
    if (!reading.ok) {
      examined.push({
        file,
        index,
        sha,
        modified: null,
        judgement: { ok: false, reason: reading.reason, problem: reading.problem, unit: null, period: null },
      });
      continue;
    }
    const judgement = judgeForm(readForm(reading.book), identity, period === undefined ? {} : { period });
    examined.push({ file, index, sha, modified: reading.book.modified, judgement });
  }
  return examined;
}

/** The verdicts and the writes of a batch against the ledger as read. */
interface Weighed {
  verdicts: FileVerdict[];
  upsert: UpsertPlan;
  imports: ImportRecord[];
}

function verdictOf(e: Examined, status: FileStatus, extra: Partial<FileVerdict> = {}): FileVerdict {
  const j = e.judgement;
  return {
    path: e.file.path,
    name: e.file.name,
    sha256: e.sha,
    unit: j.ok ? j.form.unit : j.unit,
    period: j.ok ? j.form.period : j.period,
    status,
    reason: j.ok ? null : j.reason,
    problem: j.ok ? null : j.problem,
    rows: NO_ROWS,
    skipped: j.ok ? j.form.skipped : [],
    notices: j.ok ? j.form.notices : [],
    ...extra,
  };
}

/** Counts a form's rows when it is not taken in (already collected): every filled row unchanged. */
function untouched(form: AcceptedForm): RowCounts {
  const empty = form.rows.filter((r) => r.blank).length;
  return { added: 0, changed: 0, unchanged: form.rows.length - empty, empty };
}

/** Supersedes, skips what was taken in before, and plans the writes for the rest. */
function weigh(ledger: Ledger, examined: readonly Examined[], importedAt: number): Weighed {
  const history = importHistory(ledger.snapshot);
  const accepted = examined.filter(
    (e): e is Examined & { judgement: { ok: true; form: AcceptedForm } } => e.judgement.ok,
  );
  const superseded = supersede(
    accepted.map((e) => ({
      index: e.index,
      unit: e.judgement.form.unit,
      period: e.judgement.form.period,
      modified: e.modified,
      fileTime: e.file.fileTime,
    })),
  );
  const byIndex = new Map(examined.map((e) => [e.index, e]));
  const taking = accepted.filter(
    (e) => !superseded.has(e.index) && !(e.sha !== null && history.shas.has(e.sha)),
  );
  const upsert = planUpsert(
    {
      schema: ledger.schema,
      headers: ledger.layout.headers,
      rows: ledger.rawRows,
      headerRow: ledger.layout.headerRow,
    },
    taking.map((e) => ({
      index: e.index,
      fileName: e.file.name,
      sha256: e.sha ?? '',
      form: e.judgement.form,
    })),
    importedAt,
  );
  const imports: ImportRecord[] = [];
  const verdicts = examined.map((e): FileVerdict => {
    if (!e.judgement.ok) return verdictOf(e, 'rejected');
    const form = e.judgement.form;
    const winner = superseded.get(e.index);
    if (winner !== undefined) {
      const by = byIndex.get(winner);
      return verdictOf(e, 'superseded', {
        problem: message('collect.superseded', { file: by?.file.path ?? '' }),
      });
    }
    if (e.sha !== null && history.shas.has(e.sha))
      return verdictOf(e, 'unchanged', {
        problem: message('collect.alreadyCollected'),
        rows: untouched(form),
      });
    const rows = upsert.counts.get(e.index) ?? NO_ROWS;
    const status: FileStatus = rows.added + rows.changed > 0 ? 'accepted' : 'unchanged';
    imports.push({
      fileName: e.file.name,
      sha256: e.sha ?? '',
      unit: form.unit,
      period: form.period,
      saved: e.modified === null ? null : localSerial(new Date(e.modified)),
      imported: importedAt,
      result: status === 'accepted' ? 'accepted' : 'unchanged',
      added: rows.added,
      changed: rows.changed,
      unchanged: rows.unchanged,
    });
    const nothing = rows.added + rows.changed + rows.unchanged === 0;
    return verdictOf(e, status, {
      rows,
      ...(status === 'unchanged'
        ? { problem: message(nothing ? 'collect.nothingFilled' : 'collect.sameContent') }
        : {}),
    });
  });
  return { verdicts, upsert, imports };
}

/** The period a collection describes: the one asked for, else the latest (in schema order) of the forms judged. */
function collectionPeriod(
  ledger: Ledger,
  asked: string | undefined,
  verdicts: readonly FileVerdict[],
): string | null {
  if (asked !== undefined) return asked;
  const reader = new PeriodReader(ledger.schema);
  const indexes = verdicts
    .filter((v) => v.status !== 'rejected' && v.period !== null)
    .map((v) => reader.indexOf(v.period ?? ''))
    .filter((i) => i >= 0);
  if (indexes.length === 0) return null;
  return ledger.schema.periods[Math.max(...indexes)]?.label ?? null;
}

/** Rows with something typed in them (a stale 校验状态 does not count). */
function filledRows(rows: UpsertPlan['after']): number {
  return rows.filter((r) =>
    r.values.some((v, k) => k !== 9 && v !== null && !(typeof v === 'string' && v.trim() === '')),
  ).length;
}

/** Everything a collect decides, before writing. */
interface Decided extends CollectOutcome {
  weighed: Weighed;
}

function decide(
  ledger: Ledger,
  examined: readonly Examined[],
  asked: string | undefined,
  importedAt: Date,
): Decided {
  const serial = localSerial(importedAt);
  const weighed = weigh(ledger, examined, serial);
  const period = collectionPeriod(ledger, asked, weighed.verdicts);
  let collection: Collection | null = null;
  if (period !== null) {
    const validation = validateEntries(ledger.schema, weighed.upsert.after, { period });
    const pad = (n: number) => String(n).padStart(2, '0');
    collection = computeCollection({
      schema: ledger.schema,
      period,
      entries: weighed.upsert.after,
      validation,
      history: importHistory(ledger.snapshot, weighed.imports),
      office: officeCellsFromSnapshot(ledger.snapshot),
      today: `${importedAt.getFullYear()}-${pad(importedAt.getMonth() + 1)}-${pad(importedAt.getDate())}`,
    });
  }
  return {
    verdicts: weighed.verdicts,
    period,
    collection,
    entries: filledRows(weighed.upsert.after),
    notices: [],
    weighed,
  };
}

/** The period asked for, resolved against the schema (throws `period.unknown` naming the choices). */
function askedPeriod(ledger: Ledger, period: string | undefined, notices: Message[]): string | undefined {
  if (period === undefined) return undefined;
  const resolved = resolvePeriod(ledger.schema, period);
  if (resolved.spelledAs !== null)
    notices.push(message('cli.periodSpelling', { written: resolved.spelledAs, label: resolved.label }));
  return resolved.label;
}

/** Judges the files and counts what collecting them would do; nothing is written. */
export async function previewCollect(
  workbook: LedgerWorkbook,
  files: readonly ReturnedFile[],
  options: CollectOptions,
): Promise<CollectOutcome> {
  let ledger: Ledger | null = null;
  let examined: Examined[] = [];
  const notices: Message[] = [];
  let asked: string | undefined;
  await runSteps(
    [
      {
        key: 'readWorkbook',
        run: async () => {
          ledger = await readLedger(workbook, 'collect');
          asked = askedPeriod(ledger, options.period, notices);
        },
      },
      {
        key: 'readFiles',
        run: async () => void (examined = ledger ? await examine(ledger, files, options, asked) : []),
      },
    ],
    options,
  );
  if (!ledger || examined.length !== files.length) throw new LedgerError('job.cancelled');
  const { weighed: _unused, ...outcome } = decide(ledger, examined, asked, options.importedAt);
  return { ...outcome, notices };
}

/** Collects the files into the ledger and validates it right after. */
export async function collectReturns(
  workbook: LedgerWorkbook,
  files: readonly ReturnedFile[],
  options: CollectOptions,
): Promise<CollectDone> {
  let ledger: Ledger | null = null;
  let examined: Examined[] = [];
  let decided: Decided | null = null;
  const notices: Message[] = [];
  const reports: WriteReport[] = [];
  let asked: string | undefined;
  await runSteps(
    [
      {
        key: 'readWorkbook',
        run: async () => {
          // New rows follow the table's last row: rows typed below it are brought in first.
          const merged = await readMergedLedger(workbook, 'collect');
          ledger = merged.ledger;
          if (merged.report) reports.push(merged.report);
          if (merged.notice) notices.push(merged.notice);
          asked = askedPeriod(ledger, options.period, notices);
        },
      },
      {
        key: 'readFiles',
        run: async () => void (examined = ledger ? await examine(ledger, files, options, asked) : []),
      },
      {
        key: 'collect',
        run: () => void (decided = ledger ? decide(ledger, examined, asked, options.importedAt) : null),
      },
      {
        key: 'writeCollection',
        run: async () => {
          if (!ledger || !decided) return;
          const { upsert, imports } = decided.weighed;
          reports.push(
            await workbook.writeCollection({
              layout: ledger.layout,
              addSource:
                upsert.addSource &&
                (upsert.fills.length > 0 || upsert.appended.length > 0 || upsert.cells.length > 0),
              cells: upsert.cells,
              fills: upsert.fills,
              appended: upsert.appended,
              imports: imports.map(importRow),
              revisions: upsert.revisions.map(revisionRow),
              collection: decided.collection ? collectionSheet(decided.collection) : null,
            }),
          );
        },
      },
    ],
    options,
  );
  const done = decided as Decided | null;
  if (!done) throw new LedgerError('job.cancelled');
  const validation = await validateLedger(workbook, {
    ...options,
    ...(done.period !== null ? { period: done.period } : {}),
  });
  const { weighed: _unused, ...outcome } = done;
  return {
    ...outcome,
    notices: [...notices, ...reports.flatMap((r) => r.notices)],
    validation,
    skipped: [...reports.flatMap((r) => r.skipped), ...validation.skipped],
  };
}
