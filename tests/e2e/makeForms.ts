/**
 * Writes returned files for the browser suites' 回收 screen: 省科技厅's form of 2021年上半年 filled as a unit would,
 * and a copy of the ledger itself (no form: refused with its reason). Run through the tsx CLI:
 * `tsx tests/e2e/makeForms.ts LEDGER.xlsx OUT_DIR`.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildLedgerReturns } from '../../src/ledger/returns';
import { writeReturnForm } from '../../src/xlsx/writeReturnForm';
import { XlsxLedger } from '../../src/xlsx/xlsxLedger';
import { fillForm } from '../collect/fillForm';

async function main(ledger: string, out: string): Promise<void> {
  const book = await XlsxLedger.open(new Uint8Array(readFileSync(ledger)), path.basename(ledger));
  const forms = await buildLedgerReturns(book, {
    period: '2021年上半年',
    generatedAt: new Date('2021-06-25T02:00:00Z'),
    write: writeReturnForm,
  });
  const blank = forms.files.find((f) => f.unit === '省科技厅');
  if (!blank) throw new Error('no form for 省科技厅');
  const filled = await fillForm(blank.bytes, {
    file: '省科技厅',
    fills: [['T20.1', { 累计完成值: 95, 工作进展: '新增备案科技型中小企业' }]],
    modified: '2021-07-08T00:00:00.000Z',
  });
  writeFileSync(path.join(out, '省科技厅-2021年上半年.xlsx'), filled);
  copyFileSync(ledger, path.join(out, '台账副本.xlsx'));
}

void main(process.argv[2] ?? 'ledger.xlsx', process.argv[3] ?? '.');
