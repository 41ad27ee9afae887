/** Looks inside written .xlsx files: formula texts straight from the sheet XML, and cell fills. */
import JSZip from 'jszip';
import { loadExcelJs } from '../../src/xlsx/loadExcelJs';

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Sheet name → XML of that worksheet part. */
export async function sheetXmls(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = targets.get(m[2] ?? '') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    out.set(unescapeXml(m[1] ?? ''), (await zip.file(path)?.async('string')) ?? '');
  }
  return out;
}

/** Every `<f>` text of one sheet (or of all sheets), unescaped. */
export async function formulaTexts(bytes: Uint8Array, sheet?: string): Promise<string[]> {
  const xmls = await sheetXmls(bytes);
  const parts = sheet === undefined ? [...xmls.values()] : [xmls.get(sheet) ?? ''];
  return parts.flatMap((xml) =>
    [...xml.matchAll(/<f(?:\s[^>]*)?>([^<]*)<\/f>/g)].map((m) => unescapeXml(m[1] ?? '')),
  );
}

/** Address → ARGB of every cell with a solid fill on a sheet. */
export async function sheetFills(bytes: Uint8Array, sheet: string): Promise<Map<string, string>> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const ws = wb.getWorksheet(sheet);
  const fills = new Map<string, string>();
  ws?.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
      if (fill?.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb)
        fills.set(cell.address, fill.fgColor.argb);
    }),
  );
  return fills;
}
