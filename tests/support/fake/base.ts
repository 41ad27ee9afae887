/** Base of every proxy object in the fake: strict load()/sync() semantics like OfficeExtension.ClientObject. */
import { type FakeContextCore } from './context';
import { FakeOfficeError, propertyNotLoaded } from './errors';
import { type SheetModel } from './model';

/** A loadable property: the requirement set it needs and how to read it from the model at apply time. */
export interface PropertySpec {
  version: string;
  read(): unknown;
}

/** Parses the argument of `load()` into property names. */
export function loadNames(spec: unknown, defaults: string[]): string[] {
  if (spec === undefined || spec === null) return defaults;
  if (typeof spec === 'string')
    return spec
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.map(String);
  if (typeof spec === 'object' && 'select' in spec)
    return loadNames((spec as { select: unknown }).select, defaults);
  throw new FakeOfficeError('InvalidArgument', 'fake: unsupported load() argument');
}

let proxies = 0;

/** A proxy for an object in the workbook. */
export abstract class FakeClientObject {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private nullCheck: (() => boolean) | undefined;

  /** Object path, e.g. `worksheets.getItem("A")#1.getRange("A1")#2`, as a request would carry it. */
  readonly path: string;

  constructor(
    readonly core: FakeContextCore,
    path: string,
  ) {
    // A method's result is a new proxy at every call (Office.js gives it its own ObjectPath); the tag tells two
    // calls with the same arguments apart when requests are measured. Properties are the same proxy each time.
    this.path = path.endsWith(')') ? `${path}#${++proxies}` : path;
  }

  /** The Office.js class name, used in messages. */
  protected abstract readonly className: string;

  /** Loadable scalar properties. */
  protected abstract properties(): Record<string, PropertySpec>;

  /** Like OfficeExtension.ClientObject.context. */
  get context(): unknown {
    return this.core;
  }

  /** Readable only after a sync, as in Office.js. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        'isNullObject is available only after context.sync().',
        `${this.className}.isNullObject`,
      );
    }
    return this.nullState;
  }

  /** Makes this a `*OrNullObject` result: `isNullObject` is set at the next sync; loads on a null object give nulls. */
  markNullable(check: () => boolean): void {
    this.nullCheck = check;
    this.core.trackNull(this, check);
  }

  /** @internal */
  commitNull(isNull: boolean): void {
    this.nullState = isNull;
  }

  /** @internal */
  commitLoad(data: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(data)) this.loaded.set(k, v);
  }

  /** Queues loading of properties (comma-separated string, array, or `{ select }`). */
  load(spec?: unknown): this {
    const props = this.properties();
    const names = loadNames(spec, Object.keys(props));
    let version = '1.1';
    for (const n of names) {
      const p = props[n];
      if (!p)
        throw new FakeOfficeError(
          'InvalidArgument',
          `fake: ${this.className} has no loadable property '${n}'`,
        );
      if (Number(p.version.split('.')[1]) > Number(version.split('.')[1])) version = p.version;
    }
    this.core.enqueue({
      target: this.path,
      member: `${this.className}.load`,
      args: names,
      version,
      apply: () => {
        const data: Record<string, unknown> = {};
        if (this.nullCheck?.()) {
          for (const n of names) data[n] = null;
          this.core.deliver(this, data);
          return;
        }
        this.beforeRead();
        for (const n of names) data[n] = props[n]?.read();
        this.core.deliver(this, data);
      },
    });
    return this;
  }

  /** Hook run when a queued operation touches the object (null objects throw here). */
  protected beforeRead(): void {}

  /**
   * The sheet a write through this object changes (`member` is the property or method), or null when the
   * write changes no sheet's cells or layout; a write to a protected sheet fails with AccessDenied.
   */
  protected writesTo(_member: string): SheetModel | null {
    return null;
  }

  private guard(member: string): void {
    const sheet = this.writesTo(member);
    if (sheet) sheet.assertWritable();
  }

  /** A loaded property value, or PropertyNotLoaded. */
  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.className, name);
    return this.loaded.get(name) as T;
  }

  /** Queues a property write. */
  protected queueSet(prop: string, value: unknown, version: string, apply: () => void): void {
    this.core.enqueue({
      target: this.path,
      member: `${this.className}.${prop}`,
      args: value,
      version,
      apply: () => {
        this.beforeRead();
        this.guard(prop);
        apply();
      },
    });
  }

  /** Queues a method call. */
  protected queueCall(method: string, args: unknown, version: string, apply: () => void): void {
    this.core.enqueue({
      target: this.path,
      member: `${this.className}.${method}`,
      args,
      version,
      apply: () => {
        this.beforeRead();
        this.guard(method);
        apply();
      },
    });
  }

  /** Office.js proxies serialise their loaded state. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** Quotes an argument for an object path. */
export function arg(v: unknown): string {
  return JSON.stringify(v);
}

/** Resolves a value once at first use during apply (an object path is bound when first touched). */
export function once<T>(fn: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = fn();
      done = true;
    }
    return value;
  };
}
