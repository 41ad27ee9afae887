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
import { usePaneText } from '../text/paneText';

/** Props: the error, a dismiss callback and the translator. */
export interface ErrorBarProps {
  error: ErrorView;
  onDismiss: () => void;
  t: Translate;
}

/** The error bar (information, not an error, when the user cancelled); file and unit names shown as user data. */
export function ErrorBar({ error, onDismiss, t }: ErrorBarProps) {
  const { tr } = usePaneText();
  return (
    <MessageBar intent={error.cancelled ? 'info' : 'error'} layout="multiline" data-testid="job-error">
      <MessageBarBody>
        <MessageBarTitle>{t(error.title)}</MessageBarTitle>
        <div>{error.detail ? tr(error.detail) : t(error.adviceKey)}</div>
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
