/**
 * The package engine (src/xlsx/package) on a 50,000-entry ledger: the floor (unzip + saxes over the entries
 * sheet), the read, and `validate --out` done with the engine (read, validate, write statuses, fills and
 * 校验结果) — time and peak memory, each in a fresh process (bench/packageJob.ts), with the ratio to the floor;
 * and the same ledger with one stray value in row 1,048,576. Target for `validate --out` here: ≤ 5 s, ≤ 500 MB.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { builtinSchema } from '../src/domain/builtin';
import { COLUMNS, SHEETS } from '../src/workbook/format';
import { planWorkbook } from '../src/workbook/planWorkbook';
import { XlsxPackage } from '../src/xlsx/package/xlsxPackage';
import { writePlanToXlsx } from '../src/xlsx/writePlanToXlsx';
import { type Benchmark, label } from './harness';
import { builtinRows } from './validate';

const ENTRIES = 50_000;

interface JobResult {
  ms: number;
  baselineRssMB: number;
  peakRssMB: number;
  heapMB: number;
  detail: string;
}

const RUNS = 3;

function once(name: string, file: string): JobResult {
  const script = join(__dirname, 'packageJob.ts');
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, name, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as JobResult;
}

/** The fastest of RUNS fresh processes (the machine is shared: the fastest run is the code's own cost). */
function job(name: string, file: string): JobResult {
  const runs = Array.from({ length: RUNS }, () => once(name, file));
  return runs.reduce((best, r) => (r.ms < best.ms ? r : best));
}

/** The ledger: built-in schema rows as units fill them in, one row in 200 with a mistake. */
async function ledger(entries = ENTRIES): Promise<Uint8Array> {
  const schema = builtinSchema();
  const rows = builtinRows(schema, (i) => i % 200 === 7)
    .slice(0, entries)
    .map((r) => r.values);
  return writePlanToXlsx(planWorkbook(schema, { entries: { headers: [...COLUMNS.entries], rows } }));
}

/** The same ledger with a value typed in the last row of the sheet, inside the table's columns. */
async function withStrayValue(bytes: Uint8Array): Promise<Uint8Array> {
  const pkg = await XlsxPackage.open(bytes, 'bench.xlsx');
  const part = pkg.entryName(pkg.sheet(SHEETS.entries)?.part ?? '') ?? '';
  const files = unzipSync(bytes);
  files[part] = strToU8(
    strFromU8(files[part] as Uint8Array).replace(
      '</sheetData>',
      '<row r="1048576"><c r="B1048576" t="inlineStr"><is><t>误输入</t></is></c></row></sheetData>',
    ),
  );
  return zipSync(files);
}

function line(name: string, r: JobResult, floorMs?: number): string {
  const ratio = floorMs ? `  ${(r.ms / floorMs).toFixed(1).padStart(5)}× floor` : '';
  return (
    `${label(name, 40)} ${r.ms.toFixed(0).padStart(6)} ms   peak RSS ${r.peakRssMB.toFixed(0).padStart(4)} MB ` +
    `(after loading modules ${r.baselineRssMB.toFixed(0)} MB)${ratio}   ${r.detail}`
  );
}

/** The benchmark registered in bench/run.ts. */
export const benchmark: Benchmark = {
  name: `package engine, ${ENTRIES.toLocaleString('en-US')}-entry ledger (best of ${RUNS} fresh processes per line)`,
  async run(print) {
    const dir = mkdtempSync(join(tmpdir(), 'wp-bench-package-'));
    try {
      const bytes = await ledger();
      const file = join(dir, 'ledger.xlsx');
      writeFileSync(file, bytes);
      const stray = join(dir, 'stray.xlsx');
      writeFileSync(stray, await withStrayValue(bytes));
      print(`${label('ledger file', 40)} ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
      const floor = job('floor', file);
      print(line('floor: unzip + saxes over 进度填报', floor));
      print(line('read (WorkbookSnapshot, ledger scope)', job('read', file), floor.ms));
      print(line('validate --out (read + validate + write)', job('validateOut', file), floor.ms));
      print(line('  the same, fflate deflate (browser)', job('validateOutFflate', file), floor.ms));
      const small = join(dir, 'small-stray.xlsx');
      writeFileSync(small, await withStrayValue(await ledger(20)));
      print(line('20 entries + stray value in row 1,048,576: read', job('read', small)));
      print(line('stray value in row 1,048,576: read', job('read', stray), floor.ms));
      print(line('stray value in row 1,048,576: validate --out', job('validateOut', stray), floor.ms));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
