/**
 * Waits for Office.js (if the page has it) and tells whether the pane runs inside Excel. On a slow intranet
 * Office.onReady can answer long after the pane stopped waiting: the pane then works in the browser meanwhile
 * (the host flagged `connecting`, so it can say so) and switches to Excel when onReady answers, however late.
 */
import { HostInfo, OUTSIDE_EXCEL, readHostInfo } from '../excel/hostInfo';

/** How long to wait for Office.onReady before working as a plain browser page meanwhile. */
const OFFICE_READY_TIMEOUT_MS = 5000;

/**
 * Calls `onHost` with the host facts: at once outside Office (no Office.js on the page), on onReady's answer
 * inside Excel; and when onReady has not answered after `timeoutMs`, first with OUTSIDE_EXCEL flagged
 * `connecting`, then again with the Excel facts when it does answer.
 */
export function watchHost(onHost: (host: HostInfo) => void, timeoutMs = OFFICE_READY_TIMEOUT_MS): void {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    onHost(OUTSIDE_EXCEL);
    return;
  }
  let answered = false;
  const timer = setTimeout(() => {
    if (!answered) onHost({ ...OUTSIDE_EXCEL, connecting: true });
  }, timeoutMs);
  Office.onReady().then(
    (info) => {
      answered = true;
      clearTimeout(timer);
      onHost(info ? readHostInfo(info.host) : OUTSIDE_EXCEL);
    },
    () => {
      // Office.js refusing to initialise is the same, for the user, as not being inside Excel.
      answered = true;
      clearTimeout(timer);
      onHost(OUTSIDE_EXCEL);
    },
  );
}

/** Resolves the host facts once (the first answer of `watchHost`). */
export function detectHost(): Promise<HostInfo> {
  return new Promise((resolve) => {
    let done = false;
    watchHost((host) => {
      if (done) return;
      done = true;
      resolve(host);
    });
  });
}
