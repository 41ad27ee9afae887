/**
 * What the return-form tests share: the built-in ledger's entries for 一季度 and 上半年 (validated, so statuses
 * are real), an independent derivation of who owes which rows (written from the rules, not from the
 * code under test), and readers for a written form.
 */
import JSZip from 'jszip';
import type { NormalizedEntry } from '../../src/domain/entries';
import type { SheetRow } from '../../src/domain/entryCells';
import type { Schema } from '../../src/domain/schema';
import { validateEntries } from '../../src/domain/validation';
import type { CellValue } from '../../src/domain/entryCells';
import type { TableSnapshot } from '../../src/workbook/snapshot';
import { loadExcelJs } from '../../src/xlsx/loadExcelJs';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';

export const Q1 = '2021年一季度';
export const H1 = '2021年上半年';
export const Q3 = '2021年前三季度';

/**
 * Entries of the built-in ledger: each confirmed target's reporter sends a figure for 一季度 and 上半年, plus rows
 * the summary must not count (a figure from a unit that does not report the target, a figure written as text),
 * and a text row. Returned as validation normalizes them.
 */
export function builtinEntries(schema: Schema): NormalizedEntry[] {
  const rows: SheetRow[] = [];
  const add = (values: CellValue[]) => rows.push({ row: rows.length + 2, values });
  const confirmed = schema.targets.filter((t) => t.confidence === 'high');
  confirmed.forEach((t, k) => {
    add([
      Q1,
      t.reporter,
      t.item,
      t.id,
      Math.round(t.value * 0.1) + k,
      t.measure,
      '一季度进展',
      '',
      '张三',
      null,
    ]);
    // T19.1's half-year figure is written as text: validation rejects it, so nothing is counted for 上半年.
    const half = t.id === 'T19.1' ? '约150' : Math.round(t.value * 0.4) + k;
    add([H1, t.reporter, t.item, t.id, half, t.measure, '上半年进展', '', '张三', null]);
  });
  // 省统计局 owes item 18 but does not report T18.1: its figure is never counted.
  add([H1, '省统计局', 18, 'T18.1', 12345, '户', '统计口径', '', '李四', null]);
  add([H1, '省统计局', 18, null, null, null, '配合做好统计监测', '', '李四', null]);
  return validateEntries(schema, rows, { period: H1 }).normalized;
}

/** A form as the issue defines it: its unit, its rows (序号, 指标编号) in order, its cooperation items. */
export interface DerivedForm {
  unit: string;
  rows: [number | null, string | null][];
  cooperation: number[];
}

/**
 * Who owes which rows, derived from the schema by the rules: a row per confirmed target the unit
 * reports; a text row per item it leads or is responsible for (collectives standing for their members) without
 * a target it reports; cooperation items apart. Units in the order of the schema's units; only units that owe
 * something. A collective listing no members (相关成员单位) stands for every unit that is not a collective, as
 * validation reads it.
 */
export function deriveForms(schema: Schema): DerivedForm[] {
  const concrete = schema.units.filter((u) => u.kind !== 'collective').map((u) => u.name);
  const standsFor = (name: string): string[] => {
    const unit = schema.units.find((u) => u.name === name);
    if (!unit || unit.kind !== 'collective') return [name];
    if (!unit.members || unit.members.length === 0) return concrete;
    return unit.members.flatMap(standsFor);
  };
  const owes = (unit: string, names: string[]) => names.flatMap(standsFor).includes(unit);
  const forms: DerivedForm[] = [];
  for (const unit of concrete) {
    const rows: [number | null, string | null][] = [];
    const cooperation: number[] = [];
    for (const item of schema.items) {
      const reported = schema.targets.filter(
        (t) => t.item === item.no && t.reporter === unit && t.confidence === 'high',
      );
      const due = owes(unit, [...item.lead, ...item.responsible]);
      if (reported.length > 0) for (const t of reported) rows.push([item.no, t.id]);
      else if (due) rows.push([item.no, null]);
      else if (owes(unit, item.cooperate)) cooperation.push(item.no);
    }
    if (rows.length > 0) forms.push({ unit, rows, cooperation });
  }
  return forms;
}

/** A written form, read back. */
export interface ReadForm {
  sheets: { name: string; visibility: string }[];
  rows: TableSnapshot | undefined;
  cooperation: TableSnapshot | undefined;
  /** Column B of `_wp_return`, joined from its `json` rows and parsed. */
  record: Record<string, unknown> | null;
  /** docProps/custom.xml: name → text. */
  properties: Map<string, string>;
  /** Every text cell of 填报说明, row by row. */
  notice: string[];
}

/** Reads a form: its tables (our .xlsx reader), its `_wp_return` record (exceljs) and custom properties (the XML). */
export async function readForm(bytes: Uint8Array): Promise<ReadForm> {
  const snapshot = await readWorkbookXlsx(bytes);
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const meta = wb.getWorksheet('_wp_return');
  let json = '';
  meta?.eachRow((row) => {
    if (row.getCell(1).value === 'json') json += String(row.getCell(2).value);
  });
  const notice: string[] = [];
  wb.getWorksheet('填报说明')?.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string') notice.push(cell.value);
    }),
  );
  const zip = await JSZip.loadAsync(bytes);
  const custom = (await zip.file('docProps/custom.xml')?.async('string')) ?? '';
  const properties = new Map(
    [
      ...custom.matchAll(/<property [^>]*name="([^"]+)"[^>]*><vt:lpwstr>([^<]*)<\/vt:lpwstr><\/property>/g),
    ].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
  return {
    sheets: snapshot.sheets,
    rows: snapshot.tables.find((t) => t.name === 'WP_Return'),
    cooperation: snapshot.tables.find((t) => t.name === 'WP_ReturnCooperation'),
    record: json ? (JSON.parse(json) as Record<string, unknown>) : null,
    properties,
    notice,
  };
}

/** A column of a table read back, by header. */
export function columnOf(table: TableSnapshot | undefined, header: string): CellValue[] {
  const i = table?.headers.indexOf(header) ?? -1;
  return table && i >= 0 ? table.rows.map((r) => r.values[i] ?? null) : [];
}
