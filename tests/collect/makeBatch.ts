/**
 * Makes the collect step's acceptance batch (tests/fixtures/collect/batch) from tests/collect/batchSpec.ts:
 * the fixture ledger, then the return forms our writer generates for it (and for another ledger, and for the
 * quarter before), filled in as each unit would and saved by the program the spec names — LibreOffice headless
 * (.xlsx, .xls, and an .xls with an opening password, set through a Basic macro since Python-UNO is not
 * available), exceljs, a generator writing absolute part names (tests/collect/packageWriter.ts) and SheetJS.
 *
 *   npx tsx tests/collect/makeBatch.ts
 *
 * Needs LibreOffice (soffice). The files are committed; the tests only read them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { builtinSchema } from '../../src/domain/builtin';
import type { CellValue } from '../../src/domain/entryCells';
import type { Schema } from '../../src/domain/schema';
import { loadSchema } from '../../src/ledger/loadSchema';
import { buildLedgerReturns } from '../../src/ledger/returns';
import { isoDateToSerial } from '../../src/workbook/excelDate';
import { ENTRY_COLUMNS } from '../../src/domain/entryCells';
import { TABLES } from '../../src/workbook/format';
import { RETURN_PROPERTIES } from '../../src/workbook/returnFormFormat';
import { appendEntryRow } from '../../src/workbook/snapshotEdits';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { loadExcelJs } from '../../src/xlsx/loadExcelJs';
import { fillForm } from './fillForm';
import { withCustomProperties } from '../../src/xlsx/customProperties';
import { writeReturnForm } from '../../src/xlsx/writeReturnForm';
import { XlsxLedger } from '../../src/xlsx/xlsxLedger';
import {
  BATCH_DIR,
  CONTACTS,
  DUE,
  FILES,
  GENERATED_AT,
  LEDGER_ENTRIES,
  LEDGER_FILE,
  PERIOD,
  Q1,
  type FileSpec,
} from './batchSpec';
import { writePackage, type PackageCell } from './packageWriter';

const require = createRequire(__filename);
const libreoffice = require('../../scripts/libreoffice.cjs') as {
  convert(input: string | string[], filter: string, outDir: string): string[];
  findSoffice(): string | null;
};

/** The fixture ledger's snapshot with the office's contacts and deadline typed in. */
function withOfficeCells(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const due = isoDateToSerial(DUE);
  return {
    ...snapshot,
    tables: snapshot.tables.map((t) => {
      if (t.name === TABLES.units)
        return {
          ...t,
          rows: t.rows.map((r) => {
            const contact = CONTACTS[String(r.values[0])];
            return contact ? { row: r.row, values: [...r.values.slice(0, 3), ...contact] } : r;
          }),
        };
      if (t.name === TABLES.periods)
        return {
          ...t,
          rows: t.rows.map((r) =>
            r.values[0] === PERIOD ? { row: r.row, values: [...r.values.slice(0, 3), due] } : r,
          ),
        };
      return t;
    }),
  };
}

/** The fixture ledger: the built-in schema, the office's cells and LEDGER_ENTRIES. */
async function fixtureLedger(): Promise<Uint8Array> {
  const book = XlsxLedger.empty();
  await loadSchema(book, builtinSchema(), { appVersion: 'collect-batch' });
  let snapshot = withOfficeCells(await book.read('status'));
  for (const values of LEDGER_ENTRIES) {
    const byHeader: Record<string, CellValue> = {};
    ENTRY_COLUMNS.forEach((h, i) => (byHeader[h] = values[i] ?? null));
    snapshot = appendEntryRow(snapshot, byHeader).snapshot;
  }
  return XlsxLedger.of(snapshot).toBytes('collect-batch');
}

/** Another ledger: the built-in schema where 省人力资源社会保障厅 reports a target T5.9 of item 5. */
function otherSchema(): Schema {
  const schema = builtinSchema();
  const model = schema.targets[0];
  if (!model) throw new Error('the built-in schema has no target');
  return {
    ...schema,
    title: `${schema.title}（另一本台账）`,
    targets: [
      ...schema.targets,
      {
        ...model,
        id: 'T5.9',
        item: 5,
        name: '新增就业岗位',
        value: 1000,
        measure: '个',
        reporter: '省人力资源社会保障厅',
      },
    ],
  };
}

/** The forms of a ledger for a period, by unit. */
async function formsOf(ledger: XlsxLedger, period: string): Promise<Map<string, Uint8Array>> {
  const done = await buildLedgerReturns(ledger, {
    period,
    generatedAt: new Date(GENERATED_AT),
    write: writeReturnForm,
  });
  return new Map(done.files.map((f) => [f.unit, f.bytes]));
}

/** The cells of a sheet as SheetJS reads them (cached values). */
function grid(bytes: Uint8Array, sheet: string): PackageCell[][] {
  const wb = XLSX.read(bytes, { type: 'array' });
  const ws = wb.Sheets[sheet];
  if (!ws) throw new Error(`no sheet ${sheet}`);
  return (XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null }) as unknown[][]).map((r) =>
    r.map((v) => (typeof v === 'number' || typeof v === 'string' ? v : null)),
  );
}

/** The custom properties the form carries (WP_*), as our writer put them. */
function formProperties(bytes: Uint8Array): { name: string; value: string }[] {
  const wb = XLSX.read(bytes, { type: 'array' });
  // SheetJS reads the part's UTF-8 as Latin-1; undo that to get the text back.
  const fix = (s: string) => Buffer.from(s, 'latin1').toString('utf8');
  return Object.values(RETURN_PROPERTIES).map((name) => ({
    name,
    value: fix(String((wb.Custprops as Record<string, unknown> | undefined)?.[name] ?? '')),
  }));
}

/**
 * The generator's file: the form's cells with a 备注 column inserted after 工作进展, 填报人 and 联系电话 swapped,
 * 上期累计值 removed, five rows of the generator's own heading on top; the properties kept, the record dropped.
 */
function generatorFile(filled: Uint8Array, form: Uint8Array, spec: FileSpec): Uint8Array {
  const cells = grid(filled, '本单位填报');
  const header = cells.findIndex((r) => r.includes('指标编号'));
  const names = cells[header] ?? [];
  const at = (name: string) => names.indexOf(name);
  const order = names
    .map((_, j) => j)
    .filter((j) => j !== at('上期累计值') && names[j] !== '核对提示' && j < 14);
  const swap = (a: number, b: number) => {
    const i = order.indexOf(a);
    const k = order.indexOf(b);
    if (i >= 0 && k >= 0) [order[i], order[k]] = [order[k] ?? a, order[i] ?? b];
  };
  swap(at('填报人'), at('联系电话'));
  const progressAt = order.indexOf(at('工作进展'));
  const rows = cells.slice(header).map((r, i): PackageCell[] => {
    const values = order.map((j) => r[j] ?? null);
    const note: PackageCell = i === 0 ? '备注' : r[at('工作进展')] ? '见附件' : null;
    values.splice(progressAt + 1, 0, note);
    return values;
  });
  const heading: PackageCell[][] = [
    [`${spec.unit}${PERIOD}工作要点落实情况（导出）`],
    ['由业务系统导出'],
    [],
    [],
    [],
  ];
  return writePackage({
    sheets: [
      { name: '导出说明', rows: [['本文件由业务系统根据报送表导出。']] },
      { name: '本单位填报', rows: [...heading, ...rows] },
    ],
    // exceljs does not keep custom properties when it saves: they come from the form as generated.
    properties: formProperties(form),
    modified: spec.modified ?? GENERATED_AT,
  });
}

/** SheetJS's file: only the form's cells, written from scratch (no record, no properties, no table). */
function sheetJsFile(filled: Uint8Array): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(grid(filled, '本单位填报')), '本单位填报');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** A workbook that is no form: a list of participants. */
async function plainFile(): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('参会名单');
  ws.addRows([
    ['单位', '姓名', '职务', '联系电话'],
    ['省科技厅', '王五', '处长', '0791-86201234'],
    ['省商务厅', '周涛', '副处长', '0791-86300000'],
  ]);
  wb.modified = new Date('2021-07-02T00:00:00Z');
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const BASIC_MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub SaveWithPassword(inUrl As String, outUrl As String, filterName As String, pw As String)
  Dim loadArgs(0) As New com.sun.star.beans.PropertyValue
  loadArgs(0).Name = &quot;Hidden&quot;
  loadArgs(0).Value = True
  Dim doc As Object
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, loadArgs())
  Dim saveArgs(1) As New com.sun.star.beans.PropertyValue
  saveArgs(0).Name = &quot;FilterName&quot;
  saveArgs(0).Value = filterName
  saveArgs(1).Name = &quot;Password&quot;
  saveArgs(1).Value = pw
  doc.storeToURL(outUrl, saveArgs())
  doc.close(True)
End Sub
</script:module>
`;

/** Saves `input` as an .xls with an opening password, through a Basic macro in a throw-away profile. */
function encryptedXls(input: string, output: string): void {
  const soffice = libreoffice.findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
  const profile = mkdtempSync(join(tmpdir(), 'wp-lo-macro-'));
  const env = `-env:UserInstallation=file://${profile}`;
  try {
    // The first start lays out the profile (and its Basic library); the module goes in afterwards.
    execFileSync(soffice, [env, '--headless', '--norestore', '--terminate_after_init'], {
      stdio: 'pipe',
      timeout: 120000,
    });
    writeFileSync(join(profile, 'user', 'basic', 'Standard', 'Module1.xba'), BASIC_MODULE);
    const macro = `macro:///Standard.Module1.SaveWithPassword("file://${input}","file://${output}","MS Excel 97","secret")`;
    execFileSync(soffice, [env, '--headless', '--norestore', macro], { stdio: 'pipe', timeout: 120000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  mkdirSync(BATCH_DIR, { recursive: true });
  const ledgerBytes = await fixtureLedger();
  writeFileSync(join(BATCH_DIR, LEDGER_FILE), ledgerBytes);
  const ledger = await XlsxLedger.open(ledgerBytes);
  const other = XlsxLedger.empty();
  await loadSchema(other, otherSchema(), { appVersion: 'collect-batch' });
  const sources = {
    ledger: await formsOf(ledger, PERIOD),
    q1: await formsOf(ledger, Q1),
    'other-ledger': await formsOf(other, PERIOD),
  };
  const work = mkdtempSync(join(tmpdir(), 'wp-collect-batch-'));
  try {
    const viaLibreOffice: { spec: FileSpec; path: string }[] = [];
    for (const spec of FILES) {
      const out = join(BATCH_DIR, spec.file);
      if (spec.maker === 'plain') {
        writeFileSync(out, await plainFile());
        continue;
      }
      const form = sources[spec.source].get(spec.unit);
      if (!form) throw new Error(`no ${spec.source} form for ${spec.unit}`);
      const filled = await fillForm(form, spec);
      if (spec.maker === 'exceljs') writeFileSync(out, filled);
      else if (spec.maker === 'package') writeFileSync(out, generatorFile(filled, form, spec));
      else if (spec.maker === 'sheetjs') writeFileSync(out, sheetJsFile(filled));
      else {
        // A unit filling the form in LibreOffice keeps its properties; exceljs (our filler) dropped them.
        const path = join(work, `${basename(spec.file, extname(spec.file))}.xlsx`);
        writeFileSync(path, withCustomProperties(filled, formProperties(form), new Date(GENERATED_AT)));
        viaLibreOffice.push({ spec, path });
      }
    }
    const convert = (maker: FileSpec['maker'], filter: string, ext: string) => {
      const items = viaLibreOffice.filter((v) => v.spec.maker === maker);
      if (items.length === 0) return;
      const dir = join(work, maker);
      libreoffice.convert(
        items.map((v) => v.path),
        filter,
        dir,
      );
      for (const v of items)
        writeFileSync(
          join(BATCH_DIR, v.spec.file),
          readFileSync(join(dir, `${basename(v.path, '.xlsx')}.${ext}`)),
        );
    };
    convert('libreoffice-xlsx', 'xlsx:Calc MS Excel 2007 XML', 'xlsx');
    convert('libreoffice-xls', 'xls:MS Excel 97', 'xls');
    for (const v of viaLibreOffice.filter((x) => x.spec.maker === 'libreoffice-encrypted-xls'))
      encryptedXls(v.path, join(process.cwd(), BATCH_DIR, v.spec.file));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`wrote ${FILES.length} files and ${LEDGER_FILE} to ${BATCH_DIR}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
