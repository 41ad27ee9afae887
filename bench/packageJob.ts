/**
 * One measured job of the package bench, run in a fresh process so that its peak memory is its own:
 * `node --import tsx bench/packageJob.ts JOB FILE` prints one JSON line
 * `{ ms, baselineRssMB, peakRssMB, heapMB, detail }` (peak RSS from the kernel's high-water mark).
 */
import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { unzipSync } from 'fflate';
import { SHEETS } from '../src/workbook/format';
import { validateLedger } from '../src/ledger/validateLedger';
import type { RawDeflate } from '../src/xlsx/package/edit/packageEditor';
import { nodeDeflate } from '../src/xlsx/package/nodeDeflate';
import { readPackageSnapshot } from '../src/xlsx/package/readSnapshot';
import { XlsxPackage } from '../src/xlsx/package/xlsxPackage';
import { XlsxLedger } from '../src/xlsx/xlsxLedger';

const MB = 1024 * 1024;

/** Unzips the entries sheet and runs saxes over it with no handlers: what any streaming read must pay. */
async function floor(bytes: Uint8Array): Promise<string> {
  const pkg = await XlsxPackage.open(bytes, 'bench.xlsx');
  const part = pkg.entryName(pkg.sheet(SHEETS.entries)?.part ?? '') ?? '';
  const sheet = unzipSync(bytes, { filter: (f) => f.name === part })[part] ?? new Uint8Array();
  const parser = new SaxesParser({ position: false });
  const decoder = new TextDecoder();
  for (let at = 0; at < sheet.length; at += 1 << 16)
    parser.write(decoder.decode(sheet.subarray(at, at + (1 << 16)), { stream: true }));
  parser.close();
  return `${(sheet.length / MB).toFixed(1)} MB of sheet XML`;
}

async function read(bytes: Uint8Array): Promise<string> {
  const snapshot = readPackageSnapshot(await XlsxPackage.open(bytes, 'bench.xlsx'));
  const entries = snapshot.tables.find((t) => t.sheet === SHEETS.entries);
  return `${entries?.rows.length ?? 0} rows, ${entries?.rowsBelow?.length ?? 0} below`;
}

/** `workpoints validate --out` as the CLI runs it: the ledger core over the file, written surgically. */
async function validateOut(bytes: Uint8Array, deflate: RawDeflate | null = nodeDeflate): Promise<string> {
  const t0 = performance.now();
  const book = await XlsxLedger.open(bytes, 'bench.xlsx');
  const t1 = performance.now();
  const validation = await validateLedger(book, { merge: true });
  const t2 = performance.now();
  const out = await book.toBytes('bench', deflate ? { deflate } : {});
  const t3 = performance.now();
  return (
    `read ${(t1 - t0).toFixed(0)} ms, validate ${(t2 - t1).toFixed(0)} ms, write ${(t3 - t2).toFixed(0)} ms; ` +
    `${validation.result.normalized.length} rows, ${validation.result.issues.length} issues, ${(out.length / MB).toFixed(1)} MB written`
  );
}

const JOBS: Record<string, (bytes: Uint8Array) => Promise<string>> = {
  floor,
  read,
  validateOut: (bytes) => validateOut(bytes),
  // The same with fflate's deflate, as the browser build writes.
  validateOutFflate: (bytes) => validateOut(bytes, null),
};

async function main(): Promise<void> {
  const [job = '', file = ''] = process.argv.slice(2);
  const run = JOBS[job];
  if (!run) throw new Error(`unknown job ${job}`);
  const bytes = new Uint8Array(readFileSync(file));
  // Load the modules a job uses before measuring (a CLI pays this once; it is not the engine's cost).
  await import('exceljs');
  const baselineRss = process.memoryUsage().rss;
  const start = performance.now();
  const detail = await run(bytes);
  const ms = performance.now() - start;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(
    `${JSON.stringify({
      ms,
      baselineRssMB: baselineRss / MB,
      peakRssMB: peakRss / MB,
      heapMB: process.memoryUsage().heapUsed / MB,
      detail,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
