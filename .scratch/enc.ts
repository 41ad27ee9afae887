import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
for (const f of process.argv.slice(2)) {
  const b = readFileSync(f);
  try { const wb = XLSX.read(b, { type: 'buffer' }); console.log(f, 'read ok', wb.SheetNames, JSON.stringify(XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[1]!]!, {header:1})).slice(0,200)); } catch (e) { console.log(f, 'error', (e as Error).message); }
  try { const cfb = XLSX.CFB.read(b, { type: 'buffer' }); console.log(cfb.FullPaths); } catch (e) { console.log('not cfb', (e as Error).message); }
}
