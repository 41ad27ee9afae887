/**
 * The request context of the fake: queues operations, applies them at `sync()`, measures each request,
 * enforces requirement sets and injects failures.
 */
import { FakeOfficeError } from './errors';
import { type Rect } from './a1';
import { type WorkbookModel } from './model';

/**
 * Where Excel's behaviour is not documented (or changed between builds), the fake can play either side; tests of
 * the affected code run under every setting. Each setting names the evidence it stands for.
 */
export interface FakeBehaviour {
  /**
   * A leading apostrophe written into a cell already formatted as Text (`@`): Excel's prefix character, dropped
   * from the value as in a General cell (`prefix`), or kept as part of the text (`literal`). Undocumented.
   */
  apostropheInTextCells: 'prefix' | 'literal';
  /**
   * AutoCorrect's "Fill formulas in tables to create calculated columns" (on by default): a formula written into
   * a table's data cells is filled down the whole column, so differing formulas end up all alike
   * (office-js #2093, #5909, #6745). `off` is a user who switched the option off.
   */
  calculatedColumns: 'autofill' | 'off';
  /**
   * What `names.add` stores for a structured reference such as `=T[Col]`: a fixed address, as reported since
   * build 1904 (office-js #740), or the reference as written. `addFormulaLocal` keeps it in both.
   */
  namesAdd: 'fixedAddress' | 'asWritten';
  /**
   * `Table.getDataBodyRange()` of a table whose data rows were all deleted: an ItemNotFound error, or the row
   * under the header (the insert row). Undocumented; readers must not depend on either.
   */
  emptyTableBody: 'error' | 'rowBelowHeader';
}

/** The behaviour the fake plays unless told otherwise: the harsher reading of each uncertainty. */
export const DEFAULT_BEHAVIOUR: FakeBehaviour = {
  apostropheInTextCells: 'literal',
  calculatedColumns: 'autofill',
  namesAdd: 'fixedAddress',
  emptyTableBody: 'error',
};

/** Options of a fake host. */
export interface FakeHostOptions {
  /** Settings for Excel behaviour that is uncertain (defaults: DEFAULT_BEHAVIOUR). */
  behaviour?: Partial<FakeBehaviour>;
  /**
   * The user is typing in a cell: every sync fails with InvalidOperationInCellEditMode until this is cleared
   * (the documented error code; Excel does not run add-in requests while a cell is being edited).
   */
  cellEditMode?: boolean;
  /** Highest ExcelApi requirement set the host supports, e.g. `'1.4'` (default `'1.17'`). */
  apiVersion?: string;
  /** Largest request the host accepts; Excel on the web rejects 5 MB (default 5 MB). */
  maxRequestBytes?: number;
  /** Largest response the host returns (default 5 MB). */
  maxResponseBytes?: number;
  /** Fail this sync (1-based, counted over the host's lifetime) with a GeneralException. */
  failAtSync?: number;
  /** With `failAtSync`: how many operations of that batch are applied before the failure (default 0: none). */
  failAfterOps?: number;
}

/** What the fake recorded about one `context.sync()`. */
export interface SyncRecord {
  index: number;
  operations: number;
  requestBytes: number;
  responseBytes: number;
  error?: string;
}

/** Counters shared by every context of one host. */
export class FakeStats {
  syncs = 0;
  readonly records: SyncRecord[] = [];
  /** Every API member used, with the requirement set it needs. */
  readonly apiCalls = new Map<string, string>();
  /** API members used although the host's requirement level is below their set. */
  readonly unsupportedCalls: string[] = [];
  /** Every rectangle whose `formulas` were loaded (free-text columns should never be among them). */
  readonly formulaReads: Rect[] = [];

  /** Largest request payload seen, in bytes. */
  get maxRequestBytes(): number {
    return this.records.reduce((m, r) => Math.max(m, r.requestBytes), 0);
  }

  /** Largest response payload seen, in bytes. */
  get maxResponseBytes(): number {
    return this.records.reduce((m, r) => Math.max(m, r.responseBytes), 0);
  }
}

/** Compares `1.10` > `1.9` correctly. */
export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** A queued operation. */
export interface Operation {
  /** Object path, member and arguments: what the request carries (used to measure its size). */
  target: string;
  member: string;
  args?: unknown;
  /** ExcelApi set the member belongs to. */
  version: string;
  apply(): void;
}

/** Something that receives loaded data after a successful sync. */
export interface LoadTarget {
  commitLoad(data: Record<string, unknown>): void;
}

function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of an ObjectPath and its instantiation in an Office.js request, beyond its arguments. */
const PATH_BYTES = 150;
/** Bytes of an Action (a property set, a method call, a load) beyond its arguments. */
const ACTION_BYTES = 120;

/**
 * Splits an object path into its chain of proxies: `workbook.worksheets.getItem("S")#3.getRange("A1")#4` →
 * `workbook`, `workbook.worksheets`, `workbook.worksheets.getItem("S")#3`, … (dots inside arguments kept).
 */
export function pathChain(target: string): Array<{ prefix: string; args: string }> {
  const out: Array<{ prefix: string; args: string }> = [];
  let depth = 0;
  let quoted = false;
  let argsFrom = -1;
  let args = '';
  for (let i = 0; i <= target.length; i++) {
    const c = target[i];
    if (c === '"' && target[i - 1] !== '\\') quoted = !quoted;
    if (quoted) continue;
    if (c === '(') {
      if (depth === 0) argsFrom = i + 1;
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0) args = target.slice(argsFrom, i);
    } else if ((c === '.' || c === undefined) && depth === 0) {
      out.push({ prefix: target.slice(0, i), args });
      args = '';
    }
  }
  return out;
}

/**
 * The size of a request as Office.js builds it (calibrated with its request builder, tests/support/
 * realOfficeJs.ts): per operation an Action with its arguments, and per proxy on the operation's object path an
 * ObjectPath with its instantiation, sent once per request for each proxy (a method result such as `getItem()`
 * is a new proxy each time it is called; its path carries a `#n` tag, so equal text means the same proxy).
 */
export function requestSize(ops: readonly Operation[]): number {
  const sent = new Set<string>();
  let bytes = 40;
  for (const op of ops) {
    const chain = pathChain(op.target);
    bytes += ACTION_BYTES + utf8Bytes(JSON.stringify(op.args ?? null)) + 4 * chain.length;
    for (const link of chain) {
      if (sent.has(link.prefix)) continue;
      sent.add(link.prefix);
      bytes += PATH_BYTES + utf8Bytes(link.args);
    }
  }
  return bytes;
}

/** The state shared by all contexts of one host. */
export interface HostState {
  model: WorkbookModel;
  options: Required<Omit<FakeHostOptions, 'failAtSync' | 'failAfterOps' | 'behaviour'>> &
    Pick<FakeHostOptions, 'failAtSync' | 'failAfterOps'> & { behaviour: FakeBehaviour };
  stats: FakeStats;
}

/** One request context (what `Excel.run` hands to its callback). */
export class FakeContextCore {
  private queue: Operation[] = [];
  private deliveries: Array<{ target: LoadTarget; data: Record<string, unknown> }> = [];
  private nullChecks: Array<{ target: { commitNull(isNull: boolean): void }; check: () => boolean }> = [];

  constructor(readonly host: HostState) {}

  /** Records use of an API member; false (and noted) when the host's level is below its set. */
  use(member: string, version: string): boolean {
    this.host.stats.apiCalls.set(member, version);
    const ok = versionAtLeast(this.host.options.apiVersion, version);
    if (!ok) this.host.stats.unsupportedCalls.push(`${member} (ExcelApi ${version})`);
    return ok;
  }

  /** Bytes the request would take if it were sent now (for calibration tests). */
  pendingRequestBytes(): number {
    return requestSize(this.queue);
  }

  /** Queues an operation. */
  enqueue(op: Operation): void {
    this.use(op.member, op.version);
    this.queue.push(op);
  }

  /** Called by load operations while they are applied. */
  deliver(target: LoadTarget, data: Record<string, unknown>): void {
    this.deliveries.push({ target, data });
  }

  /** Registers a `*OrNullObject` proxy whose `isNullObject` becomes readable after the next sync. */
  trackNull(target: { commitNull(isNull: boolean): void }, check: () => boolean): void {
    this.nullChecks.push({ target, check });
  }

  /** Sends the batch: measures it, applies it in order, then makes loaded values readable. */
  async sync(): Promise<void> {
    const stats = this.host.stats;
    const ops = this.queue;
    const nullChecks = this.nullChecks;
    this.queue = [];
    this.nullChecks = [];
    this.deliveries = [];
    stats.syncs += 1;
    const index = stats.syncs;
    const requestBytes = requestSize(ops);
    const record: SyncRecord = { index, operations: ops.length, requestBytes, responseBytes: 0 };
    stats.records.push(record);
    await Promise.resolve();
    const fail = (e: FakeOfficeError): never => {
      record.error = `${e.code}: ${e.message}`;
      this.deliveries = [];
      throw e;
    };
    if (requestBytes > this.host.options.maxRequestBytes) {
      fail(
        new FakeOfficeError(
          'RequestPayloadSizeLimitExceeded',
          `The request payload size has exceeded the limit (${requestBytes} bytes).`,
        ),
      );
    }
    if (this.host.options.cellEditMode && ops.length > 0)
      fail(
        new FakeOfficeError(
          'InvalidOperationInCellEditMode',
          "The operation isn't available while Excel is in Edit cell mode.",
        ),
      );
    const injected = this.host.options.failAtSync === index;
    const applyCount = injected ? Math.min(this.host.options.failAfterOps ?? 0, ops.length) : ops.length;
    for (let i = 0; i < applyCount; i++) {
      const op = ops[i];
      if (!op) continue;
      if (!versionAtLeast(this.host.options.apiVersion, op.version)) {
        fail(
          new FakeOfficeError(
            'ApiNotFound',
            `The API you are trying to use could not be found (${op.member}, ExcelApi ${op.version}).`,
            op.member,
          ),
        );
      }
      try {
        op.apply();
        // In manual calculation every change leaves formula results stale until Application.calculate.
        if (this.host.model.calculationMode === 'Manual' && !op.member.endsWith('.load'))
          this.host.model.stale = op.member !== 'Application.calculate';
      } catch (e) {
        if (e instanceof FakeOfficeError) fail(e);
        throw e;
      }
    }
    if (injected) fail(new FakeOfficeError('GeneralException', `fake: injected failure at sync ${index}`));
    const nulls = nullChecks.map((n) => ({ target: n.target, isNull: n.check() }));
    const response = this.deliveries.map((d) => d.data);
    record.responseBytes = utf8Bytes(JSON.stringify(response));
    if (record.responseBytes > this.host.options.maxResponseBytes) {
      fail(
        new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          `The response payload size has exceeded the limit (${record.responseBytes} bytes).`,
        ),
      );
    }
    for (const d of this.deliveries) d.target.commitLoad(d.data);
    for (const n of nulls) n.target.commitNull(n.isNull);
    this.deliveries = [];
  }
}
