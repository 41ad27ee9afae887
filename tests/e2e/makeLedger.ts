/**
 * Writes the ledger the browser suites open: the built-in schema, the journey rows and one row from a unit
 * written as 工信厅 (a name outside the ledger). Run through the tsx CLI (dynamic imports need its loader):
 * `tsx tests/e2e/makeLedger.ts OUT.xlsx`.
 */
import { writeFileSync } from 'node:fs';
import { BrowserBackend } from '../../src/taskpane/backend/browser/browserBackend';
import { JOURNEY_ROWS } from '../taskpane/journeyRows';

async function main(out: string): Promise<void> {
  const never = new AbortController().signal;
  const quiet = () => undefined;
  const backend = new BrowserBackend();
  await backend.loadSchema((await backend.previewBuiltin()).schema, quiet, never);
  for (const row of JOURNEY_ROWS) await backend.entries.add(row);
  await backend.entries.add({
    报告期: '2021年上半年',
    填报单位: '工信厅',
    序号: 18,
    工作进展: '推进入规企业培育',
  });
  writeFileSync(out, (await backend.download(quiet, never)).bytes);
}

void main(process.argv[2] ?? 'ledger.xlsx');
