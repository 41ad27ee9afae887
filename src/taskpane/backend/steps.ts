/**
 * Progress as the pane shows it: the ledger's named steps, and the pause between them that lets the browser
 * paint (no job holds the UI thread for the whole of its work).
 */
import type { JobControl, LedgerStep, ProgressListener } from '../../ledger/steps';

export { LEDGER_STEPS as STEP_KEYS } from '../../ledger/steps';

/** One step name (each has a `step.<name>` message in the pane's catalogues). */
export type StepKey = LedgerStep;

/** Lets the browser paint before the next step (a macrotask, so React's commit and a frame can happen). */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The control a pane job hands to a use case: its progress, its cancel signal, a repaint between steps. */
export function paneControl(onProgress: ProgressListener, signal: AbortSignal): JobControl {
  return { onProgress, signal, pause: yieldToBrowser };
}
