/**
 * Return forms for the built-in ledger, 上半年 and 前三季度, written to .xlsx and read back: the right units,
 * the right rows, 上期累计值 from the summary, the record and properties, the zip.
 */
import { unzipSync } from 'fflate';
import { builtinSchema } from '../../src/domain/builtin';
import { isLedgerError } from '../../src/domain/messages';
import { schemaFingerprint } from '../../src/domain/schemaFile';
import { summarize } from '../../src/domain/summary';
import { RETURN_COLUMNS } from '../../src/workbook/returnFormFormat';
import { isoDateToSerial } from '../../src/workbook/excelDate';
import type { ReturnFormProgress, ReturnFormsResult } from '../../src/workbook/returnForms';
import { buildReturnFormsXlsx } from '../../src/xlsx/returnForms';
import { zipReturnForms } from '../../src/xlsx/zipReturnForms';
import { formulaTexts } from '../validation-integration/xlsxParts';
import { lockedCells, sheetProtection } from './lockedCells';
import {
  builtinEntries,
  columnOf,
  deriveForms,
  H1,
  Q1,
  Q3,
  readForm,
  type ReadForm,
} from './returnFormsFixture';

const schema = builtinSchema();
const entries = builtinEntries(schema);
const generatedAt = new Date('2021-09-26T01:30:00Z');

describe.each([
  [H1, Q1],
  [Q3, H1],
])('the %s forms of the built-in ledger', (period, previous) => {
  const derived = deriveForms(schema);
  let result: ReturnFormsResult;
  let progress: ReturnFormProgress[];
  const forms = new Map<string, ReadForm>();

  beforeAll(async () => {
    progress = [];
    result = await buildReturnFormsXlsx(
      { schema, entries, period, generatedAt, due: '2021-10-10', contact: '王芳 0791-88881234' },
      { onProgress: (p) => void progress.push(p) },
    );
    for (const file of result.files) forms.set(file.unit, await readForm(file.bytes));
  });

  it('the derivation holds for this schema: no block targets, and forms for most units', () => {
    expect(schema.targets.every((t) => t.item !== null)).toBe(true);
    expect(derived.length).toBeGreaterThan(10);
  });

  it('writes no form for the cities 各设区市人民政府 lists that are not units of the ledger, and names them', () => {
    const cities = schema.units.find((u) => u.name === '各设区市人民政府')?.members ?? [];
    const unlisted = cities.filter((c) => !schema.units.some((u) => u.name === c));
    expect(unlisted.length).toBeGreaterThan(0);
    expect(result.unlisted).toEqual(unlisted);
    expect(result.files.filter((f) => unlisted.includes(f.unit))).toEqual([]);
  });

  it('writes a form for every unit with a due item or a target and for no other, named <报告期>-<单位>.xlsx', () => {
    expect(result.period).toBe(period);
    expect(result.files.map((f) => f.unit)).toEqual(derived.map((d) => d.unit));
    expect(result.files.map((f) => f.fileName)).toEqual(derived.map((d) => `${period}-${d.unit}.xlsx`));
  });

  it('gives each form exactly the derived rows, with the contract columns', () => {
    for (const want of derived) {
      const form = forms.get(want.unit);
      expect([want.unit, form?.rows?.headers]).toEqual([want.unit, [...RETURN_COLUMNS.rows]]);
      const rows = form?.rows?.rows.map((r) => [r.values[2], r.values[4]]);
      expect([want.unit, rows]).toEqual([want.unit, want.rows]);
      expect(new Set(columnOf(form?.rows, '报告期'))).toEqual(new Set([period]));
      expect(new Set(columnOf(form?.rows, '填报单位'))).toEqual(new Set([want.unit]));
    }
  });

  it('lists exactly the derived cooperation items, and has no cooperation table where there are none', () => {
    for (const want of derived) {
      const table = forms.get(want.unit)?.cooperation;
      if (want.cooperation.length === 0) expect([want.unit, table]).toEqual([want.unit, undefined]);
      else {
        expect(table?.headers).toEqual([...RETURN_COLUMNS.cooperation]);
        expect([want.unit, columnOf(table, '序号')]).toEqual([want.unit, want.cooperation]);
      }
    }
  });

  it('reports the items and targets of each form as the CLI prints them', () => {
    for (const [k, want] of derived.entries()) {
      const file = result.files[k];
      expect(file?.targets).toEqual(want.rows.flatMap(([, t]) => (t ? [t] : [])));
      expect(file?.items).toEqual([...new Set(want.rows.map(([no]) => String(no)))]);
    }
  });

  it(`fills 上期累计值 with the unit's counted ${previous} figure from summarize(), and the target's facts`, () => {
    const summary = summarize(schema, entries, previous);
    let figures = 0;
    for (const form of forms.values()) {
      const ids = columnOf(form.rows, '指标编号');
      const before = columnOf(form.rows, '上期累计值');
      const values = columnOf(form.rows, '目标值');
      ids.forEach((id, i) => {
        const counted = id === null ? null : (summary.targets.find((t) => t.id === id)?.actual ?? null);
        expect([id, before[i]]).toEqual([id, counted]);
        if (counted !== null) figures++;
        const target = schema.targets.find((t) => t.id === id);
        expect([id, values[i]]).toEqual([id, target ? target.value : null]);
      });
    }
    expect(figures).toBeGreaterThan(5);
  });

  it('leaves every input cell blank', () => {
    for (const form of forms.values()) {
      for (const header of ['累计完成值', '工作进展', '存在问题', '填报人', '联系电话'])
        expect(columnOf(form.rows, header).every((v) => v === null)).toBe(true);
    }
  });

  it('records the ledger fingerprint, unit, period, time and rows in the very hidden _wp_return, and as document properties', () => {
    const fingerprint = schemaFingerprint(schema);
    for (const want of derived) {
      const form = forms.get(want.unit);
      expect(form?.sheets).toEqual([
        { name: '填报说明', visibility: 'visible' },
        { name: '本单位填报', visibility: 'visible' },
        { name: '_wp_return', visibility: 'veryHidden' },
      ]);
      expect(form?.record).toEqual({
        format: 'workpoints-return',
        version: 1,
        fingerprint,
        unit: want.unit,
        period,
        generatedAt: generatedAt.toISOString(),
        rows: want.rows.map(([item, target]) => ({ item, target })),
        cooperation: want.cooperation,
      });
      expect(Object.fromEntries(form?.properties ?? [])).toEqual({
        WP_ReturnFormat: '1',
        WP_Fingerprint: fingerprint,
        WP_Unit: want.unit,
        WP_Period: period,
      });
    }
  });

  it('locks every cell of the written forms but the input cells, on protected sheets', async () => {
    for (const file of result.files) {
      const want = derived.find((d) => d.unit === file.unit);
      const locked = await lockedCells(file.bytes, '本单位填报');
      const unlocked = [...locked].filter(([, isLocked]) => !isLocked).map(([address]) => address);
      const last = 4 + (want?.rows.length ?? 0);
      const expected = ['J', 'K', 'L', 'M', 'N'].flatMap((c) =>
        Array.from({ length: last - 4 }, (_, i) => `${c}${5 + i}`),
      );
      const coop = want?.cooperation.length ?? 0;
      const coopInputs = Array.from({ length: coop }, (_, i) => `F${last + 4 + i}`);
      expect([file.unit, unlocked.sort()]).toEqual([file.unit, [...expected, ...coopInputs].sort()]);
      expect((await sheetProtection(file.bytes, '本单位填报'))?.sheet).toBe('1');
      expect((await sheetProtection(file.bytes, '填报说明'))?.sheet).toBe('1');
    }
  });

  it('reports progress after each form, in order', () => {
    expect(progress.map((p) => [p.unit, p.done, p.total])).toEqual(
      derived.map((d, k) => [d.unit, k + 1, derived.length]),
    );
  });

  it('zips one file per unit under its Chinese name, flagged UTF-8 (general-purpose bit 11) in the zip', () => {
    const zip = zipReturnForms(result.files, generatedAt);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(result.files.map((f) => f.fileName));
    expect(files[result.files[0]?.fileName ?? '']).toEqual(result.files[0]?.bytes);
    // Walk the central directory from the end record: each entry's flags, and its local header's.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = zip.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    const entries: { name: string; central: number; local: number }[] = [];
    for (let k = 0; k < count; k++) {
      expect(view.getUint32(at, true)).toBe(0x02014b50);
      const nameLength = view.getUint16(at + 28, true);
      const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      const local = view.getUint32(at + 42, true);
      entries.push({
        name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
        central: view.getUint16(at + 8, true),
        local: view.getUint16(local + 6, true),
      });
      at += 46 + skip;
    }
    expect(entries.map((e) => e.name)).toEqual(result.files.map((f) => f.fileName));
    expect(entries.every((e) => (e.central & 0x0800) !== 0 && (e.local & 0x0800) !== 0)).toBe(true);
  });
});

describe('generating return forms', () => {
  it('writes text that looks like a formula as text, and no formula but the 核对提示 warnings', async () => {
    const odd = builtinSchema();
    const item = odd.items.find((i) => i.no === 18);
    if (item) item.text = '=HYPERLINK("http://example.com","点我")';
    const { files } = await buildReturnFormsXlsx({
      schema: odd,
      entries,
      period: Q3,
      units: ['省工业和信息化厅'],
      generatedAt,
    });
    const bytes = files[0]!.bytes;
    const formulas = await formulaTexts(bytes);
    expect(formulas.length).toBeGreaterThan(0);
    expect(
      formulas.every((f) => /^IF\(AND\(ISNUMBER\(J(\d+)\),J\1<I\1\),"低于上期累计值，请核实",""\)$/.test(f)),
    ).toBe(true);
    const tasks = columnOf((await readForm(bytes)).rows, '工作任务');
    expect(tasks).toContain('=HYPERLINK("http://example.com","点我")');
  });

  it('stops between forms once cancelled, writing no further form', async () => {
    const controller = new AbortController();
    const written: string[] = [];
    let thrown: unknown;
    try {
      await buildReturnFormsXlsx(
        { schema, entries, period: H1, generatedAt },
        {
          signal: controller.signal,
          onProgress: (p) => {
            written.push(p.unit);
            if (p.done === 2) controller.abort();
          },
        },
      );
    } catch (error) {
      thrown = error;
    }
    expect(isLedgerError(thrown, 'job.cancelled')).toBe(true);
    expect(written).toHaveLength(2);
  });

  it('writes only the units asked for', async () => {
    const result = await buildReturnFormsXlsx({
      schema,
      entries,
      period: Q3,
      units: ['江西证监局', '省科技厅'],
      generatedAt,
    });
    expect(result.files.map((f) => f.unit)).toEqual(['省科技厅', '江西证监局']);
  });

  it("prints the deadline, the office's contact and the unit's own contact on 填报说明", async () => {
    const office = {
      units: new Map([['省科技厅', ['李雷', '0791-86661234', null]]]),
      periods: new Map([[Q3, [isoDateToSerial('2021-10-08')]]]),
    };
    const input = { schema, entries, period: Q3, units: ['省科技厅'], office, generatedAt };
    const fromLedger = await readForm((await buildReturnFormsXlsx(input)).files[0]!.bytes);
    expect(fromLedger.notice).toEqual(
      expect.arrayContaining(['报送截止', '2021-10-08', '李雷　0791-86661234']),
    );
    const overridden = await readForm(
      (await buildReturnFormsXlsx({ ...input, due: '2021-10-10', contact: '王芳 0791-88881234' })).files[0]!
        .bytes,
    );
    expect(overridden.notice).toEqual(expect.arrayContaining(['2021-10-10', '王芳 0791-88881234']));
    expect(overridden.notice).not.toContain('2021-10-08');
  });
});
