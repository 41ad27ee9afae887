/**
 * What Excel's error codes mean for the user: each code (Excel.ErrorCodes, documented in "Error handling with
 * the application-specific JavaScript APIs") maps to its own plain message naming the sheet and what to do.
 * InvalidOperation is told apart by what was being done: activating a hidden sheet, or hiding the last
 * visible one.
 */
import { message, type Message } from '../domain/messages';

/** What the add-in was doing when Excel refused, so that one code can read differently. */
export interface HostSituation {
  /** `activate`: showing a sheet (定位); `hide`: changing sheet visibility; otherwise reading or writing. */
  action?: 'read' | 'write' | 'activate' | 'hide';
  /** The sheet concerned, when known. */
  sheet?: string;
}

/**
 * The error code of something Office.js threw (`RichApi.Error.code`), if any: the one place src/excel reads an
 * error's code.
 */
export function hostErrorCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null || !('code' in e)) return undefined;
  const code = (e as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** Whether Excel said the object asked for (a table, a sheet, a range, a name) does not exist. */
export function isItemNotFound(e: unknown): boolean {
  return hostErrorCode(e) === 'ItemNotFound';
}

/** Whether Excel refused a response (or a request) as too large. */
export function isTooLarge(e: unknown): boolean {
  const code = hostErrorCode(e);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

/** The message for a host error in a situation. */
export function hostErrorMessage(e: unknown, situation: HostSituation = {}): Message {
  const code = hostErrorCode(e) ?? 'GeneralException';
  const sheet = situation.sheet ?? '';
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return message('excel.cellEditMode');
    case 'AccessDenied':
      return sheet
        ? message('excel.sheetProtected', { sheet })
        : message('excel.workbookProtected', { sheet: '' });
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return message('excel.tooLarge', { code });
    case 'ApiNotFound':
      return message('excel.apiMissing', { code });
    case 'ItemNotFound':
      return message('excel.notFound', { code });
    case 'InsertDeleteConflict':
      return message('excel.insertDeleteConflict', { code });
    case 'InvalidOperation':
      if (situation.action === 'activate' && sheet) return message('excel.sheetHidden', { sheet });
      if (situation.action === 'hide' && sheet) return message('excel.lastVisibleSheet', { sheet });
      return message('excel.hostFailed', { code });
    default:
      return message('excel.hostFailed', { code });
  }
}
