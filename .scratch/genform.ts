import { writeFileSync } from 'node:fs';
import { XlsxLedger } from '../src/xlsx/xlsxLedger';
import { loadSchema } from '../src/ledger/loadSchema';
import { builtinSchema } from '../src/domain/builtin';
import { buildLedgerReturns } from '../src/ledger/returns';
import { writeReturnForm } from '../src/xlsx/writeReturnForm';
async function main() {
  const book = XlsxLedger.empty();
  await loadSchema(book, builtinSchema(), { appVersion: 't' });
  writeFileSync('.scratch/ledger.xlsx', await book.toBytes('t'));
  const done = await buildLedgerReturns(book, { period: '2021年上半年', generatedAt: new Date('2021-07-01T00:00:00Z'), write: writeReturnForm });
  console.log(done.files.length, done.files.map(f => f.unit + ':' + f.targets.length + '/' + f.items.length).join(' '));
  for (const f of done.files.slice(0, 3)) writeFileSync('.scratch/' + f.fileName, f.bytes);
}
main();
