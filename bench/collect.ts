/**
 * Collecting returned forms: 26 filled forms of the built-in ledger through the use case in memory (read every
 * file, judge, take in, validate, write the ledger; target under 3 s), and 1,000 forms of a ledger of 1,000 units
 * through the real CLI on files on disk (target under 60 s). The 1,000 forms are written by SheetJS from the forms'
 * cells and records (writing them with our exceljs writer would take longer than collecting them).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { main } from '../src/cli/main';
import { nodeIo } from '../src/cli/io';
import { builtinSchema } from '../src/domain/builtin';
import type { Schema } from '../src/domain/schema';
import { schemaFingerprint } from '../src/domain/schemaFile';
import { withRegistryAliases } from '../src/domain/units/aliases';
import { collectReturns, type ReturnedFile } from '../src/ledger/collect';
import { loadSchema } from '../src/ledger/loadSchema';
import { buildLedgerReturns } from '../src/ledger/returns';
import { planReturnForms } from '../src/workbook/returnForms';
import { RETURN_COLUMNS } from '../src/workbook/returnFormFormat';
import { returnRecordCells } from '../src/workbook/returnFormMeta';
import { readReturnedFile } from '../src/xlsx/readReturnedFile';
import { writeReturnForm } from '../src/xlsx/writeReturnForm';
import { XlsxLedger } from '../src/xlsx/xlsxLedger';
import { fillForm } from '../tests/collect/fillForm';
import { type Benchmark, label, ms } from './harness';
import { syntheticSchema } from './syntheticSchema';

const H1 = '2021年上半年';
const Q1 = '2021年一季度';

/** 26 filled forms of the built-in ledger: the 22 of 上半年 and four of 一季度, every row filled. */
async function builtinForms(): Promise<{ ledger: Uint8Array; files: ReturnedFile[] }> {
  const book = XlsxLedger.empty();
  await loadSchema(book, builtinSchema(), { appVersion: 'bench' });
  const ledger = await book.toBytes('bench');
  const files: ReturnedFile[] = [];
  for (const [period, take] of [
    [H1, 22],
    [Q1, 4],
  ] as const) {
    const planned = planReturnForms({
      schema: withRegistryAliases(builtinSchema()),
      entries: [],
      period,
      generatedAt: new Date(),
    });
    const done = await buildLedgerReturns(book, { period, generatedAt: new Date(), write: writeReturnForm });
    for (const f of done.files.slice(0, take)) {
      const rows = planned.forms.find((p) => p.unit === f.unit)?.plan.record.rows ?? [];
      const fills = rows.map((r): [string, { 累计完成值?: number; 工作进展: string }] =>
        r.target ? [r.target, { 累计完成值: 10, 工作进展: '进展' }] : [String(r.item), { 工作进展: '进展' }],
      );
      const bytes = await fillForm(f.bytes, { file: f.fileName, fills });
      files.push({ path: f.fileName, name: f.fileName, bytes, fileTime: null });
    }
  }
  return { ledger, files };
}

const UNITS = 1000;
const ITEMS = 100;
/** Items each unit owes. */
const PER_UNIT = 10;

/** 1,000 departments; item i is owed by every unit u with u mod 10 = i mod 10; item i's target reported by unit i. */
function bigSchema(): Schema {
  return syntheticSchema({
    units: UNITS,
    items: ITEMS,
    shared: UNITS / (ITEMS / PER_UNIT),
    unitName: (n) => `第${n}单位`,
    itemText: (i) => `第${i}项工作任务：推进相关工作，完善政策措施，确保落实。`,
    titleLength: 12,
    hasTarget: () => true,
  });
}

/** A filled form as a generator library would write it: the form's cells and its record, by SheetJS. */
function sheetJsForm(
  unit: string,
  record: ReturnType<typeof planReturnForms>['forms'][number]['plan']['record'],
): Uint8Array {
  const header = [...RETURN_COLUMNS.rows];
  const rows = record.rows.map((r) =>
    header.map((h) => {
      switch (h) {
        case '报告期':
          return H1;
        case '填报单位':
          return unit;
        case '序号':
          return r.item;
        case '指标编号':
          return r.target;
        case '累计完成值':
          return r.target ? 400 : null;
        case '工作进展':
          return '按计划推进';
        default:
          return null;
      }
    }),
  );
  const recordRows: (string | number | boolean | null)[][] = [];
  for (const cell of returnRecordCells(record)) {
    const at = /^([A-Z])(\d+)$/.exec(cell.address);
    if (!at) continue;
    const row = (recordRows[Number(at[2]) - 1] ??= []);
    row[(at[1] ?? 'A').charCodeAt(0) - 65] = cell.value ?? null;
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([[`${unit}${H1}`], [], [], header, ...rows]),
    '本单位填报',
  );
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(recordRows), '_wp_return');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** The benchmark registered in bench/run.ts. */
export const benchmark: Benchmark = {
  name: 'collect returned forms (26 in memory; 1,000 through the CLI)',
  async run(print) {
    const small = await builtinForms();
    const start = performance.now();
    const book = await XlsxLedger.open(small.ledger);
    const done = await collectReturns(book, small.files, { importedAt: new Date(), read: readReturnedFile });
    const bytes = await book.toBytes('bench');
    const t26 = performance.now() - start;
    const rows = done.verdicts.reduce((n, v) => n + v.rows.added, 0);
    print(
      `${label('26 forms (read, take in, validate)')}${ms(t26)} (${rows} rows, ledger ${(bytes.length / 1024).toFixed(0)} KB)`,
    );
    print(`${label('26 forms (target < 3 s)')}${t26 < 3000 ? 'ok' : 'OVER TARGET'}`);

    const dir = mkdtempSync(join(tmpdir(), 'wp-bench-collect-'));
    try {
      const schema = bigSchema();
      const ledger = XlsxLedger.empty();
      await loadSchema(ledger, schema, { appVersion: 'bench' });
      const ledgerPath = join(dir, 'ledger.xlsx');
      writeFileSync(ledgerPath, await ledger.toBytes('bench'));
      const planned = planReturnForms({
        schema: withRegistryAliases(schema),
        fingerprint: schemaFingerprint(withRegistryAliases(schema)),
        entries: [],
        period: H1,
        generatedAt: new Date(),
      });
      const makeStart = performance.now();
      const paths = planned.forms.map((f, i) => {
        const path = join(dir, `form-${i + 1}.xlsx`);
        writeFileSync(path, sheetJsForm(f.unit, f.plan.record));
        return path;
      });
      print(`${label('make 1,000 forms (untimed)')}${ms(performance.now() - makeStart)}`);
      const quiet = { ...nodeIo(), out: () => undefined, err: () => undefined };
      const cliStart = performance.now();
      const code = await main(
        ['collect', ledgerPath, ...paths, '--period', H1, '--out', join(dir, 'out.xlsx')],
        quiet,
      );
      const cli = performance.now() - cliStart;
      const formRows = planned.forms.reduce((n, f) => n + f.plan.record.rows.length, 0);
      print(
        `${label('1,000 forms through the CLI')}${ms(cli)} (exit ${code}, ${formRows} rows, ${ms(cli / paths.length)} per form)`,
      );
      print(`${label('1,000 forms (target < 60 s)')}${cli < 60_000 ? 'ok' : 'OVER TARGET'}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
