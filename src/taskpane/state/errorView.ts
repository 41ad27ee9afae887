/**
 * Errors as the user sees them: a plain explanation and what to do, never a stack trace. The layers below throw
 * LedgerError (a message key with parameters), shown in the pane's language; a cancel is information, not an
 * error; anything else gets a general explanation and its technical text stays out of the pane.
 */
import { isLedgerError, type Message } from '../../domain/messages/model';
import type { MessageKey } from '../i18n';

/** An error ready for a MessageBar. */
export interface ErrorView {
  /** Catalogue key of the title. */
  title: MessageKey;
  /** What went wrong and what to do, from the layer that failed; null to use `adviceKey` alone. */
  detail: Message | null;
  /** The standard advice shown when there is no detail. */
  adviceKey: MessageKey;
  /** True when the user cancelled: shown as information, not as an error. */
  cancelled: boolean;
}

/** Turns anything thrown by long work into what the pane shows. */
export function describeError(error: unknown): ErrorView {
  if (isLedgerError(error, 'job.cancelled'))
    return { title: 'error.cancelled', detail: null, adviceKey: 'error.cancelledAdvice', cancelled: true };
  if (isLedgerError(error))
    return {
      title: 'error.title',
      detail: error.toMessage(),
      adviceKey: 'error.genericAdvice',
      cancelled: false,
    };
  return { title: 'error.unexpected', detail: null, adviceKey: 'error.unexpectedAdvice', cancelled: false };
}
