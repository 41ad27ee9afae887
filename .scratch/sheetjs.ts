import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
const f = process.argv[2]!;
const wb = XLSX.read(readFileSync(f), { type: 'buffer', cellFormula: true, cellNF: false, cellHTML: false, cellText: false, bookVBA: false });
console.log('Props', wb.Props);
console.log('Custprops', wb.Custprops);
console.log('Workbook.Sheets', wb.Workbook?.Sheets);
for (const name of wb.SheetNames) {
  const ws = wb.Sheets[name]!;
  console.log(name, ws['!ref']);
  const rows = XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null, blankrows: true }) as unknown[][];
  console.log(rows.slice(0, 7).map(r => JSON.stringify(r).slice(0, 300)).join('\n'));
}
