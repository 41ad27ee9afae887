/** The ExcelApi set the manifest requires (keep in step with manifest.xml's Requirements). */
export const MINIMUM_EXCEL_API = '1.4';
