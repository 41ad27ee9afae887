/** Queued writes: small groups of queued operations with a size estimate, packed into requests under the byte budget. */
import { jsonBytes, OPERATION_OVERHEAD_BYTES } from './bytes';

/** A group of operations that must travel in one request (e.g. a block's number formats and its values). */
export interface QueuedWrite {
  /** Chinese label of the step, shown in progress and failure messages. */
  step: string;
  /** Estimated request bytes. */
  bytes: number;
  queue(ctx: Excel.RequestContext): void;
}

/** Makes a queued write whose size is the JSON of its payloads plus a per-operation allowance. */
export function queuedWrite(
  step: string,
  payloads: unknown[],
  queue: (ctx: Excel.RequestContext) => void,
): QueuedWrite {
  const bytes = payloads.reduce<number>((n, p) => n + jsonBytes(p) + OPERATION_OVERHEAD_BYTES, 0);
  return { step, bytes, queue };
}

/** Packs writes in order into batches whose estimated size stays within `budget` bytes. */
export function packBatches(writes: QueuedWrite[], budget: number, reserve: number): QueuedWrite[][] {
  const batches: QueuedWrite[][] = [];
  let current: QueuedWrite[] = [];
  let size = reserve;
  for (const u of writes) {
    if (current.length > 0 && size + u.bytes > budget) {
      batches.push(current);
      current = [];
      size = reserve;
    }
    current.push(u);
    size += u.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Splits rows into consecutive blocks of at most `maxBytes` (estimated JSON size) each. */
export function rowBlocks<T>(rows: T[][], maxBytes: number): Array<{ start: number; rows: T[][] }> {
  const blocks: Array<{ start: number; rows: T[][] }> = [];
  let start = 0;
  let size = 0;
  let current: T[][] = [];
  rows.forEach((row, i) => {
    const b = jsonBytes(row) + 1;
    if (current.length > 0 && size + b > maxBytes) {
      blocks.push({ start, rows: current });
      current = [];
      size = 0;
      start = i;
    }
    current.push(row);
    size += b;
  });
  if (current.length > 0) blocks.push({ start, rows: current });
  return blocks;
}

/** What sending queued writes cost: one sync per batch, and the largest batch's estimated request bytes. */
export interface SentBatches {
  syncs: number;
  largestRequestBytes: number;
}

/**
 * Packs the writes into batches within `budget` and sends each with one sync; `withLast` queues more work into the
 * last batch (a recalculation when calculation is manual), so that it costs no sync of its own.
 */
export async function sendBatches(
  ctx: Excel.RequestContext,
  writes: QueuedWrite[],
  budget: number,
  reserve: number,
  withLast?: (ctx: Excel.RequestContext) => void,
): Promise<SentBatches> {
  const batches = packBatches(writes, budget, reserve);
  let largest = 0;
  for (const [i, batch] of batches.entries()) {
    for (const w of batch) w.queue(ctx);
    if (withLast && i === batches.length - 1) withLast(ctx);
    await ctx.sync();
    largest = Math.max(
      largest,
      batch.reduce((n, w) => n + w.bytes, 0),
    );
  }
  return { syncs: batches.length, largestRequestBytes: largest };
}
