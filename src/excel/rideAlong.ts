/**
 * Lets reads ride along with another step's syncs. Loads queued on a request context travel with whatever sync
 * comes next, whoever calls it; so the summary queues its probe before validation runs and, once that first
 * answer is in, its second probe before validation's next sync. The sync budget then does not grow with the
 * number of steps.
 */

/** A context wrapper that counts syncs and runs hooks just before each one. */
export interface RideAlong {
  /** The context to hand to the other step (same workbook; `sync` counted). */
  ctx: Excel.RequestContext;
  /** Syncs made through the wrapper so far. */
  syncs(): number;
  /** Runs `queue` just before the next sync made through the wrapper (after the ones already waiting). */
  beforeNextSync(queue: () => void): void;
  /** Queues what is still waiting to ride and reports whether anything was queued. */
  flush(): boolean;
}

/** Called after each successful sync made through the wrapper, with the count so far. */
export type AfterSync = (syncs: number) => void;

/** Wraps a request context; everything but `sync` goes to the real one. */
export function rideAlong(real: Excel.RequestContext, afterSync: AfterSync = () => undefined): RideAlong {
  let syncs = 0;
  let waiting: Array<() => void> = [];
  const flush = (): boolean => {
    const now = waiting;
    waiting = [];
    for (const queue of now) queue();
    return now.length > 0;
  };
  const sync = async (): Promise<void> => {
    flush();
    syncs += 1;
    await real.sync();
    afterSync(syncs);
  };
  const ctx = new Proxy(real, {
    get(target, prop) {
      if (prop === 'sync') return sync;
      const value: unknown = Reflect.get(target, prop, target);
      // Methods keep the real context as `this` (Office.js classes rely on their own fields).
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { ctx, syncs: () => syncs, beforeNextSync: (queue) => void waiting.push(queue), flush };
}
