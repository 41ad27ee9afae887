/** The ExcelApi set the manifest requires; defined with the host layer that enforces it. */
export { MINIMUM_EXCEL_API } from '../excel/capabilities';
