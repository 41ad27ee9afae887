/**
 * What the office should know about the workbook before trusting a validation or a summary, shown on those
 * screens too (not only on 状态): the schema tables edited but not read back (the sheet's formulas read the tables,
 * the add-in reads `_wp_meta`), and rows typed below the entries table (counted, but outside the table).
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Message } from '../../domain/messages/model';
import type { PaneStatus } from '../backend/types';
import type { Translate } from '../state/labels';
import { runNotices } from '../state/runNotices';
import { usePaneText } from '../text/paneText';

/** The workbook's notices for a screen that reads the entries; nothing when there is none. */
export function WorkbookNotices({ status, t }: { status: PaneStatus | null; t: Translate }) {
  const { tr } = usePaneText();
  if (!status) return null;
  return (
    <>
      {status.tablesEdited && (
        <MessageBar intent="warning" layout="multiline" data-testid="notice-tables-edited">
          <MessageBarBody>{tr(status.tablesEdited)}</MessageBarBody>
        </MessageBar>
      )}
      {status.rowsOutside > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="notice-rows-outside">
          <MessageBarBody>{t('notice.rowsOutside', { count: status.rowsOutside })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** What a validation run said about the workbook (formula cells read as values, merged cells, a plain range…). */
export function RunNotices({ notices }: { notices: readonly Message[] }) {
  const { tr } = usePaneText();
  const shown = runNotices(notices);
  if (shown.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="run-notices">
      <MessageBarBody>
        {shown.map((n, i) => (
          <div key={i}>{tr(n)}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
