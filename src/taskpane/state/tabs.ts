/** The pane's screens, in TabList order; the entry grid exists only for the in-browser workbook. */

/** A screen id; each has a `tabs.<id>` message. */
export type TabId = 'status' | 'load' | 'entries' | 'collect' | 'validate' | 'summary';

/** The tabs for a backend kind (null while it loads: only the status screen, which shows the host). */
export function tabsFor(kind: 'browser' | 'excel' | null): TabId[] {
  if (kind === null) return ['status'];
  return kind === 'browser'
    ? ['status', 'load', 'entries', 'collect', 'validate', 'summary']
    : ['status', 'load', 'collect', 'validate', 'summary'];
}
