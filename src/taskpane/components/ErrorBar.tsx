/** An error as the user sees it: a Fluent MessageBar with a plain explanation and what to do. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { ErrorView } from '../state/errorView';
import type { Translate } from '../state/labels';

/** Props: the error, a dismiss callback and the translator. */
export interface ErrorBarProps {
  error: ErrorView;
  onDismiss: () => void;
  t: Translate;
}

/** The error bar (information, not an error, when the user cancelled). */
export function ErrorBar({ error, onDismiss, t }: ErrorBarProps) {
  return (
    <MessageBar intent={error.cancelled ? 'info' : 'error'} layout="multiline" data-testid="job-error">
      <MessageBarBody>
        <MessageBarTitle>{t(error.title)}</MessageBarTitle>
        <div>{error.detail ? t(error.detail) : t(error.adviceKey)}</div>
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label={t('error.dismiss')} onClick={onDismiss}>
            ×
          </Button>
        }
      />
    </MessageBar>
  );
}
