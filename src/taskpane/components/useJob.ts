/** Runs one piece of long work at a time for a screen: progress, cancellation between steps, and the error to show. */
import { useCallback, useRef, useState } from 'react';
import type { Progress } from '../backend/types';
import { describeError, type ErrorView } from '../state/errorView';

/** A screen's job state and controls. */
export interface Job {
  busy: boolean;
  progress: Progress | null;
  error: ErrorView | null;
  /** Runs work with a fresh abort signal; resolves with its result, or null when it failed or was cancelled. */
  run<T>(work: (onProgress: (p: Progress) => void, signal: AbortSignal) => Promise<T>): Promise<T | null>;
  cancel(): void;
  clearError(): void;
  /** Shows a problem found before any work started. */
  fail(error: unknown): void;
}

/** The job hook. */
export function useJob(): Job {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<ErrorView | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(
    async <T>(
      work: (onProgress: (p: Progress) => void, signal: AbortSignal) => Promise<T>,
    ): Promise<T | null> => {
      if (controller.current) return null;
      const current = new AbortController();
      controller.current = current;
      setBusy(true);
      setError(null);
      setProgress(null);
      try {
        return await work(setProgress, current.signal);
      } catch (caught) {
        setError(describeError(caught));
        return null;
      } finally {
        controller.current = null;
        setBusy(false);
        setProgress(null);
      }
    },
    [],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const clearError = useCallback(() => setError(null), []);
  const fail = useCallback((caught: unknown) => setError(describeError(caught)), []);
  return { busy, progress, error, run, cancel, clearError, fail };
}
