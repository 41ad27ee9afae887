/**
 * Long work as named steps: progress after each step, cancellation between steps, and a yield to the browser
 * between steps so the pane repaints (no step list holds the UI thread for the whole job).
 */
import type { ProgressListener } from './types';

/** Step names; each has a `step.<name>` message in the catalogues. */
export const STEP_KEYS = [
  'parse',
  'readWorkbook',
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
] as const;

/** One step name. */
export type StepKey = (typeof STEP_KEYS)[number];

/** A named unit of work. */
export interface Step {
  key: StepKey;
  run: () => void | Promise<void>;
}

/** Thrown when the user cancelled between steps; nothing after the last finished step ran. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** Thrown by a step with a user-facing Chinese explanation (and what to do), shown as is. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    /** What the user can do about it, in Chinese. */
    readonly advice: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/** Lets the browser paint before the next step (a macrotask, so React's commit and a frame can happen). */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs the steps in order, reporting each before it starts; throws CancelledError before a step when the
 * signal is aborted. A step that already started runs to its end: the workbook never sees half a step.
 */
export async function runSteps(
  steps: readonly Step[],
  onProgress: ProgressListener,
  signal: AbortSignal,
): Promise<void> {
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index];
    if (!step) continue;
    if (signal.aborted) throw new CancelledError();
    onProgress({ step: step.key, index, total: steps.length });
    await yieldToBrowser();
    if (signal.aborted) throw new CancelledError();
    await step.run();
  }
}
