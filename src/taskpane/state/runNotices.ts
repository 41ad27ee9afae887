/** Which of a run's notices the Validate screen lists (those the workbook notices above it do not already tell). */
import type { Message } from '../../domain/messages/model';

/** Told above every result from the pane's status: rows outside the table, schema tables edited. */
const SHOWN_ABOVE = new Set(['ledger.rowsBelow', 'tables.edited', 'tables.editedBroken']);

/** The run's notices to list, in their order, without the ones told above and without repeats. */
export function runNotices(notices: readonly Message[]): Message[] {
  const seen = new Set<string>();
  return notices.filter((n) => {
    const id = JSON.stringify(n);
    if (SHOWN_ABOVE.has(n.key) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
