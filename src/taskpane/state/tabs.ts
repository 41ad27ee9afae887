/**
 * The pane's screens, in TabList order — the order of the office's quarter: load the work points, send the
 * forms, (collect them: issue 15 adds its 回收 screen after 分发), enter, check, summarise, report. The entry
 * grid exists only for the in-browser workbook.
 */

/** A screen id; each has a `tabs.<id>` message. */
export type TabId =
  'status' | 'load' | 'distribute' | 'entries' | 'collect' | 'validate' | 'summary' | 'bulletin';

/** The tabs for a backend kind (null while it loads: only the status screen, which shows the host). */
export function tabsFor(kind: 'browser' | 'excel' | null): TabId[] {
  if (kind === null) return ['status'];
  const order: TabId[] = [
    'status',
    'load',
    'distribute',
    'entries',
    'collect',
    'validate',
    'summary',
    'bulletin',
  ];
  return kind === 'browser' ? order : order.filter((id) => id !== 'entries');
}
