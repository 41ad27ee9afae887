import { readFileSync, writeFileSync } from 'node:fs';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
const src = unzipSync(readFileSync('.scratch/2021年上半年-赣江新区管委会.xlsx'));
console.log(Object.keys(src));
console.log(strFromU8(src['xl/_rels/workbook.xml.rels']!));
console.log(strFromU8(src['_rels/.rels']!));
const out: Record<string, Uint8Array> = {};
for (const [k, v] of Object.entries(src)) out[k] = v;
out['xl/_rels/workbook.xml.rels'] = strToU8(strFromU8(src['xl/_rels/workbook.xml.rels']!).replace(/Target="(?!\/)/g, 'Target="/xl/'));
out['_rels/.rels'] = strToU8(strFromU8(src['_rels/.rels']!).replace(/Target="(?!\/)/g, 'Target="/'));
const bytes = zipSync(out);
writeFileSync('.scratch/abs.xlsx', bytes);
const wb = XLSX.read(bytes, { type: 'array' });
console.log('sheetjs ok', wb.SheetNames, wb.Custprops, wb.Props?.ModifiedDate);
// leading slash zip names
const out2: Record<string, Uint8Array> = {};
for (const [k, v] of Object.entries(out)) out2['/' + k] = v;
try { const wb2 = XLSX.read(zipSync(out2), { type: 'array' }); console.log('sheetjs leading slash ok', wb2.SheetNames); } catch (e) { console.log('sheetjs leading slash fail', (e as Error).message); }
const ej = new ExcelJS.Workbook();
ej.xlsx.load(bytes).then(() => console.log('exceljs ok', ej.worksheets.map(w => w.name)), (e) => console.log('exceljs fail', e.message));
const ej2 = new ExcelJS.Workbook();
ej2.xlsx.load(zipSync(out2)).then(() => console.log('exceljs leading ok', ej2.worksheets.map(w => w.name), ej2.worksheets[1]?.getCell('A1').value), (e) => console.log('exceljs leading fail', e.message));
