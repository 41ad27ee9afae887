/**
 * Errors as the user sees them: a plain explanation and what to do, never a stack trace. Messages written
 * for users (UserFacingError, the domain's Chinese errors) are shown as they are; anything else gets a
 * general explanation, and its technical text stays out of the pane.
 */
import type { MessageKey } from '../i18n';

/** An error ready for a MessageBar. */
export interface ErrorView {
  /** Catalogue key of the title. */
  title: MessageKey;
  /** A user-facing explanation from the code that failed (Chinese), or null to use the title's standard text. */
  detail: string | null;
  /** What to do: a sentence from the code that failed, or null to use `adviceKey`. */
  advice: string | null;
  adviceKey: MessageKey;
  /** True when the user cancelled: shown as information, not as an error. */
  cancelled: boolean;
}

/** Whether a message looks like one written for users (Chinese, no code-like noise). */
function isUserText(message: string): boolean {
  return (
    /[\u4e00-\u9fff]/.test(message) &&
    !/\bat\s+\S+\s*\(|TypeError|ReferenceError|undefined|null\b/.test(message)
  );
}

/** Turns anything thrown by long work into what the pane shows. */
export function describeError(error: unknown): ErrorView {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (name === 'CancelledError') {
    return {
      title: 'error.cancelled',
      detail: null,
      advice: null,
      adviceKey: 'error.cancelledAdvice',
      cancelled: true,
    };
  }
  if (name === 'UserFacingError') {
    const advice = (error as { advice?: unknown }).advice;
    return {
      title: 'error.title',
      detail: message,
      advice: typeof advice === 'string' ? advice : null,
      adviceKey: 'error.genericAdvice',
      cancelled: false,
    };
  }
  if (isUserText(message)) {
    return {
      title: 'error.title',
      detail: message,
      advice: null,
      adviceKey: 'error.genericAdvice',
      cancelled: false,
    };
  }
  return {
    title: 'error.unexpected',
    detail: null,
    advice: null,
    adviceKey: 'error.unexpectedAdvice',
    cancelled: false,
  };
}
