/**
 * Which cells of a sheet are locked, read from the package itself: the sheet XML's cell style indexes and the
 * `<protection locked>` of each cell format in styles.xml. (exceljs reads only `locked="0"`, while LibreOffice
 * writes `locked="false"`, so its model cannot be trusted for files LibreOffice saved.)
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { sheetXmls } from '../validation-integration/xlsxParts';

/** Whether each cell format (cellXfs, in order) locks its cells; locked is the default. */
function lockedFormats(styles: string): boolean[] {
  const formats: boolean[] = [];
  let inCellXfs = false;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name === 'cellXfs') inCellXfs = true;
    else if (inCellXfs && tag.name === 'xf') formats.push(true);
    else if (inCellXfs && tag.name === 'protection') {
      const locked = String(tag.attributes.locked ?? 'true');
      formats[formats.length - 1] = !(locked === '0' || locked === 'false');
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'cellXfs') inCellXfs = false;
  });
  parser.write(styles).close();
  return formats;
}

/** Address → locked, for every cell the sheet's XML lists. */
export async function lockedCells(bytes: Uint8Array, sheet: string): Promise<Map<string, boolean>> {
  const zip = await JSZip.loadAsync(bytes);
  const formats = lockedFormats((await zip.file('xl/styles.xml')?.async('string')) ?? '');
  const xml = (await sheetXmls(bytes)).get(sheet);
  if (xml === undefined) throw new Error(`no sheet ${sheet}`);
  const cells = new Map<string, boolean>();
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name !== 'c') return;
    const style = Number(tag.attributes.s ?? 0);
    cells.set(String(tag.attributes.r), formats[style] ?? true);
  });
  parser.write(xml).close();
  return cells;
}

/** The attributes of the sheet's `<sheetProtection>`, or null when the sheet is not protected. */
export async function sheetProtection(
  bytes: Uint8Array,
  sheet: string,
): Promise<Record<string, string> | null> {
  const xml = (await sheetXmls(bytes)).get(sheet) ?? '';
  let found: Record<string, string> | null = null;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name === 'sheetProtection')
      found = Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)]));
  });
  parser.write(xml).close();
  return found;
}
