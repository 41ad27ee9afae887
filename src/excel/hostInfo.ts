/** What the host offers: whether we run inside Excel, its UI language, and which ExcelApi sets it supports. */

/** The newest ExcelApi minor version we probe for. */
const NEWEST_EXCEL_API_MINOR = 20;

/** Host facts the task pane shows and the writers use to skip unsupported features. */
export interface HostInfo {
  inExcel: boolean;
  /** Office UI language (e.g. `zh-CN`), or null outside Office. */
  displayLanguage: string | null;
  /** Supported ExcelApi versions, e.g. `['1.1', …, '1.8']`; empty outside Excel. */
  excelApiSets: string[];
  /** Office platform (`PC`, `Mac`, `OfficeOnline`, …) or null. */
  platform: string | null;
  /** Office.js is on the page but has not answered yet: working outside Excel meanwhile. */
  connecting?: boolean;
}

/** Facts for a page that is not running inside Excel (a browser, the standalone demo). */
export const OUTSIDE_EXCEL: HostInfo = {
  inExcel: false,
  displayLanguage: null,
  excelApiSets: [],
  platform: null,
};

/** Reads the host facts once Office.js has reported ready for the given host. */
export function readHostInfo(host: Office.HostType | null | undefined): HostInfo {
  if (typeof Office === 'undefined' || host !== Office.HostType.Excel) return OUTSIDE_EXCEL;
  const sets: string[] = [];
  for (let minor = 1; minor <= NEWEST_EXCEL_API_MINOR; minor++) {
    const version = `1.${minor}`;
    if (!Office.context.requirements.isSetSupported('ExcelApi', version)) break;
    sets.push(version);
  }
  return {
    inExcel: true,
    displayLanguage: Office.context.displayLanguage || null,
    excelApiSets: sets,
    platform: Office.context.platform ? String(Office.context.platform) : null,
  };
}

/**
 * Whether files cannot be downloaded from the task pane: Excel for Mac shows the pane in a web view that ignores
 * downloads (office-js #2700), so the pane opens forms in new windows and offers copying instead.
 */
export function downloadsBlocked(host: HostInfo | null): boolean {
  return host !== null && host.inExcel && host.platform === 'Mac';
}
