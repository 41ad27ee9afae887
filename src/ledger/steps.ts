/**
 * Long work as named steps: progress before each step, cancellation between steps (never inside one, so a
 * workbook never sees half a step), and an optional pause between steps that lets a browser repaint.
 */
import { LedgerError } from '../domain/messages';

/** Step names; the pane has a `step.<name>` message for each. */
export const LEDGER_STEPS = [
  'parse',
  'readWorkbook',
  'mergeEntries',
  'plan',
  'writeSheets',
  'writeMeta',
  'readEntries',
  'validate',
  'writeStatus',
  'applyFixes',
  'summarize',
  'writeSummary',
  'openFile',
  'buildFile',
  'readFiles',
  'collect',
  'writeCollection',
] as const;

/** One step name. */
export type LedgerStep = (typeof LEDGER_STEPS)[number];

/** Where long work is. */
export interface Progress {
  step: LedgerStep;
  /** 0-based index of the step. */
  index: number;
  total: number;
}

/** Receives progress while long work runs. */
export type ProgressListener = (progress: Progress) => void;

/** How a caller follows and stops long work; every part is optional (the CLI passes none). */
export interface JobControl {
  onProgress?: ProgressListener;
  signal?: AbortSignal;
  /** Runs between steps (the pane yields to the browser here so it can paint). */
  pause?: () => Promise<void>;
}

/** A named unit of work. */
export interface Step {
  key: LedgerStep;
  run: () => void | Promise<void>;
}

/**
 * Runs the steps in order, reporting each before it starts; throws `LedgerError('job.cancelled')` before a step
 * when the signal is aborted. A step that started runs to its end.
 */
export async function runSteps(steps: readonly Step[], control: JobControl = {}): Promise<void> {
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index];
    if (!step) continue;
    if (control.signal?.aborted) throw new LedgerError('job.cancelled');
    control.onProgress?.({ step: step.key, index, total: steps.length });
    await control.pause?.();
    if (control.signal?.aborted) throw new LedgerError('job.cancelled');
    await step.run();
  }
}
