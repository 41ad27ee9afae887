/**
 * Every return form of the built-in ledger (上半年 and 前三季度) opens in LibreOffice headless: converted back
 * to .xlsx in one soffice call, each still has its rows, its protected sheet with only the input cells
 * unlocked, the record in `_wp_return` and the fingerprint in its document properties. One form, filled with
 * a figure below the previous one, shows the plain warning once LibreOffice recalculates it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { builtinSchema } from '../../src/domain/builtin';
import { schemaFingerprint } from '../../src/domain/schemaFile';
import { RETURN_COLUMNS, RETURN_INPUT_COLUMNS } from '../../src/workbook/returnFormFormat';
import type { ReturnFormFile } from '../../src/workbook/returnForms';
import { cellValue } from '../support/exceljs/cellValue';
import { loadExcelJs } from '../../src/xlsx/loadExcelJs';
import { buildReturnFormsXlsx } from '../../src/xlsx/returnForms';
import { indexToLetters } from '../../src/workbook/address';
import { lockedCells, sheetProtection } from './lockedCells';
import { builtinEntries, deriveForms, H1, Q3, type DerivedForm } from './returnFormsFixture';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain CommonJS helper shared with .ci/run
const libreoffice = require('../../scripts/libreoffice.cjs') as {
  findSoffice(): string | null;
  convert(input: string | string[], filter: string, outDir: string): string[];
  sheetsAsCsv(input: string): Record<string, string[][]>;
};

const soffice = libreoffice.findSoffice();
if (!soffice && process.env.CI)
  throw new Error('CI 环境缺少 LibreOffice（soffice），无法运行 LibreOffice 检查。');
if (!soffice) {
  console.warn(
    '跳过 LibreOffice 检查：未找到 soffice（安装 LibreOffice 或设置 SOFFICE）。Skipping: LibreOffice is not installed.',
  );
}
const describeWithSoffice = soffice ? describe : describe.skip;

const schema = builtinSchema();
const fingerprint = schemaFingerprint(schema);
const INPUT_FROM = RETURN_COLUMNS.rows.indexOf(RETURN_INPUT_COLUMNS[0]) + 1;

async function load(bytes: Uint8Array): Promise<Workbook> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

describeWithSoffice('the return forms in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wp-lo-forms-'));
  const derived = new Map(deriveForms(schema).map((d) => [d.unit, d]));
  const written: { period: string; file: ReturnFormFile }[] = [];
  const converted = new Map<string, Uint8Array>();

  beforeAll(async () => {
    const entries = builtinEntries(schema);
    const generatedAt = new Date('2021-09-26T01:30:00Z');
    for (const period of [H1, Q3]) {
      const result = await buildReturnFormsXlsx({ schema, entries, period, generatedAt });
      for (const file of result.files) written.push({ period, file });
    }
    mkdirSync(join(dir, 'in'));
    const inputs = written.map(({ file }) => {
      const path = join(dir, 'in', file.fileName);
      writeFileSync(path, file.bytes);
      return path;
    });
    for (const out of libreoffice.convert(inputs, 'xlsx:Calc MS Excel 2007 XML', join(dir, 'out')))
      converted.set(basename(out), new Uint8Array(readFileSync(out)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function each(
    check: (wb: Workbook, bytes: Uint8Array, want: DerivedForm, period: string) => Promise<void>,
  ) {
    return async () => {
      expect(converted.size).toBe(written.length);
      for (const { period, file } of written) {
        const bytes = converted.get(file.fileName);
        const want = derived.get(file.unit);
        if (!bytes || !want) throw new Error(`LibreOffice did not convert ${file.fileName}`);
        await check(await load(bytes), bytes, want, period);
      }
    };
  }

  it(
    'opens every form with its rows: 报告期, 填报单位, 序号 and 指标编号 as generated',
    each(async (wb, _bytes, want, period) => {
      const ws = wb.getWorksheet('本单位填报');
      const text = (r: number, c: number) => (ws ? cellValue(ws.getCell(r, c), false) : undefined);
      const header = RETURN_COLUMNS.rows.map((_, j) => text(4, j + 1));
      expect(header).toEqual([...RETURN_COLUMNS.rows]);
      const rows = want.rows.map((_, i) => {
        const r = 5 + i;
        return [text(r, 1), text(r, 2), text(r, 3), text(r, 5)];
      });
      expect([want.unit, rows]).toEqual([
        want.unit,
        want.rows.map(([no, id]) => [period, want.unit, no, id]),
      ]);
    }),
  );

  it(
    'keeps the sheets protected without a password, with only the input cells unlocked',
    each(async (_wb, bytes, want) => {
      for (const sheet of ['本单位填报', '填报说明']) {
        const protection = await sheetProtection(bytes, sheet);
        expect([want.unit, sheet, protection?.sheet]).toEqual([
          want.unit,
          sheet,
          expect.stringMatching(/^(1|true)$/),
        ]);
        expect(Object.keys(protection ?? {}).filter((k) => /password|hash/i.test(k))).toEqual([]);
      }
      const locked = await lockedCells(bytes, '本单位填报');
      const at = (r: number, c: number) => locked.get(`${indexToLetters(c - 1)}${r}`) ?? true;
      for (let i = 0; i < want.rows.length; i++) {
        const r = 5 + i;
        const states = RETURN_COLUMNS.rows.map((_, j) => at(r, j + 1));
        expect([want.unit, r, states]).toEqual([
          want.unit,
          r,
          RETURN_COLUMNS.rows.map((_, j) => j + 1 < INPUT_FROM),
        ]);
      }
      // The header row, the title, the 核对提示 column and the row under the table stay locked.
      const after = 5 + want.rows.length;
      expect([
        at(4, INPUT_FROM),
        at(1, 1),
        at(5, RETURN_COLUMNS.rows.length + 1),
        at(after, INPUT_FROM),
      ]).toEqual([true, true, true, true]);
      const unlocked = [...locked.entries()].filter(([, isLocked]) => !isLocked).length;
      expect(unlocked).toBe(want.rows.length * RETURN_INPUT_COLUMNS.length + want.cooperation.length);
    }),
  );

  it(
    'keeps the record in the hidden _wp_return and the fingerprint, unit and period in the document properties',
    each(async (wb, bytes, want, period) => {
      const ws = wb.getWorksheet('_wp_return');
      expect(['hidden', 'veryHidden']).toContain(ws?.state);
      let json = '';
      ws?.eachRow((row) => {
        if (cellValue(row.getCell(1), false) === 'json') json += String(cellValue(row.getCell(2), false));
      });
      const record = JSON.parse(json) as Record<string, unknown>;
      expect(record).toMatchObject({ fingerprint, unit: want.unit, period });
      const custom =
        (await (await JSZip.loadAsync(bytes)).file('docProps/custom.xml')?.async('string')) ?? '';
      for (const value of [fingerprint, want.unit, period]) expect(custom).toContain(`>${value}<`);
      expect(custom).toContain('WP_Fingerprint');
    }),
  );

  it('warns beside a cumulative figure typed below 上期累计值, and not beside one above it', async () => {
    const form = written.find((w) => w.period === Q3 && w.file.unit === '省工业和信息化厅')?.file;
    if (!form) throw new Error('no form');
    const wb = await load(form.bytes);
    const ws = wb.getWorksheet('本单位填报');
    if (!ws) throw new Error('no sheet');
    const rowOf = (id: string) => 5 + (derived.get(form.unit)?.rows.findIndex(([, t]) => t === id) ?? -99);
    const previous = (id: string) => Number(ws.getCell(rowOf(id), 9).value);
    ws.getCell(rowOf('T18.1'), 10).value = previous('T18.1') - 1;
    ws.getCell(rowOf('T19.2'), 10).value = previous('T19.2') + 1;
    const path = join(dir, 'filled.xlsx');
    writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const shown = libreoffice.sheetsAsCsv(path)['本单位填报'] ?? [];
    const warning = (id: string) => shown[rowOf(id) - 1]?.[RETURN_COLUMNS.rows.length];
    expect(warning('T18.1')).toBe('低于上期累计值，请核实');
    expect(warning('T19.2')).toBe('');
  });
});
