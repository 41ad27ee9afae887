/** Waits for Office.js (if the page has it) and tells whether the pane runs inside Excel. */
import { HostInfo, OUTSIDE_EXCEL, readHostInfo } from '../excel/hostInfo';

/** How long to wait for Office.onReady before treating the page as a plain browser page. */
const OFFICE_READY_TIMEOUT_MS = 5000;

/** Resolves the host facts: inside Excel after Office.onReady, otherwise OUTSIDE_EXCEL without an error. */
export async function detectHost(): Promise<HostInfo> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return OUTSIDE_EXCEL;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS));
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    return info ? readHostInfo(info.host) : OUTSIDE_EXCEL;
  } catch {
    // Office.js refusing to initialise is the same, for the user, as not being inside Excel.
    return OUTSIDE_EXCEL;
  }
}
