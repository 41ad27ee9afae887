/** English UI strings. */
import type { MessageKey } from './zh-CN';

/** English catalogue; the type forces every Chinese key to be translated. */
export const enUS: Record<MessageKey, string> = {
  'app.title': 'Work-Points Tracker',
  'app.subtitle': 'Load work points · validate by unit · summarise',
  'status.heading': 'Add-in status',
  'status.connected': 'Connected to Excel',
  'status.notInExcel': 'Not running inside Excel',
  'status.notInExcelHint':
    'This page is open in a normal browser. Standalone mode demonstrates every step on an in-browser workbook; see the README to sideload the add-in into Excel',
  'status.loading': 'Connecting to Excel…',
  'status.platform': 'Platform',
  'status.language': 'UI language',
  'status.apiSets': 'Supported Excel API sets',
  'status.apiSetsNone': 'None (not inside Excel)',
  'status.minimum': 'Requires ExcelApi {min}',
  'status.belowMinimum': 'This Excel is older than the minimum (ExcelApi {min}); some features are unavailable. Please update Office',
  'lang.switch': '中文',
  'lang.switchLabel': 'Switch to Chinese',
};
