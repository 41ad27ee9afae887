/**
 * The pane-facing steps of issues 14, 16 and 17 on the in-browser workbook: the default period, the one target
 * count, the unsaved-changes guard and the download name, 分发 (one form per unit, zipped) and 通报 (composed,
 * edited, written as a sheet that the download carries).
 */
import { unzipSync } from 'fflate';
import { builtinSchema } from '../../src/domain/builtin';
import { confirmedTargets } from '../../src/domain/confirmedTargets';
import { summarize } from '../../src/domain/summary';
import { validateEntries } from '../../src/domain/validation';
import { BrowserBackend, downloadName } from '../../src/taskpane/backend/browser/browserBackend';
import type { ReturnFormProgress } from '../../src/taskpane/backend/types';
import { BULLETIN_SHEET, BULLETIN_TABLE } from '../../src/workbook/bulletinSheet';
import { COLUMNS } from '../../src/workbook/format';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import { zipReturnForms } from '../../src/xlsx/zipReturnForms';
import { JOURNEY_ROWS } from './journeyRows';

const PERIOD = '2021年上半年';
const never = new AbortController().signal;
const quiet = () => undefined;

async function backendOn(day: string, rows = JOURNEY_ROWS): Promise<BrowserBackend> {
  const backend = new BrowserBackend(() => new Date(`${day}T10:00:00`));
  await backend.loadSchema(builtinSchema(), quiet, never);
  for (const row of rows) await backend.entries.add(row);
  return backend;
}

describe('the period pickers start where the work is', () => {
  it('start at the latest period that has entries (an alias such as 2021Q2 counts for its period)', async () => {
    const backend = await backendOn('2021-02-01', [
      { 报告期: '2021年一季度', 填报单位: '省科技厅', 序号: 20 },
      { 报告期: '2021Q2', 填报单位: '省科技厅', 序号: 20 },
    ]);
    expect((await backend.status()).defaultPeriod).toBe(PERIOD);
  });

  it('without entries, start at the period whose dates contain today', async () => {
    expect((await (await backendOn('2021-08-15', [])).status()).defaultPeriod).toBe('2021年前三季度');
    expect((await (await backendOn('2021-03-31', [])).status()).defaultPeriod).toBe('2021年一季度');
  });

  it('outside the ledger’s year, start at its first period', async () => {
    expect((await (await backendOn('2023-05-01', [])).status()).defaultPeriod).toBe('2021年一季度');
    expect((await (await backendOn('2020-12-01', [])).status()).defaultPeriod).toBe('2021年一季度');
  });
});

describe('one target count everywhere', () => {
  it('the status counts tracked targets and names the candidates beside them', async () => {
    const status = await (await backendOn('2021-07-01', [])).status();
    const schema = builtinSchema();
    expect(status.targets).toBe(confirmedTargets(schema).length);
    expect(status.candidates).toBe(schema.targets.length - confirmedTargets(schema).length);
    expect(status.candidates).toBeGreaterThan(0);
  });

  it('the lists the pickers offer hold the tracked targets only', async () => {
    const choices = await (await backendOn('2021-07-01', [])).choices();
    expect(choices.targets.map((t) => t.id)).toEqual(confirmedTargets(builtinSchema()).map((t) => t.id));
  });
});

describe('the in-browser workbook is not replaced unnoticed', () => {
  it('has unsaved changes after loading a schema, adding, editing or removing a row, and none after a download', async () => {
    const backend = new BrowserBackend();
    expect(backend.hasUnsavedChanges()).toBe(false);
    await backend.loadSchema(builtinSchema(), quiet, never);
    expect(backend.hasUnsavedChanges()).toBe(true);
    const file = await backend.download(quiet, never);
    expect(backend.hasUnsavedChanges()).toBe(false);
    const row = await backend.entries.add(JOURNEY_ROWS[0] ?? {});
    expect(backend.hasUnsavedChanges()).toBe(true);
    await backend.download(quiet, never);
    await backend.entries.update(row, '累计完成值', 601);
    expect(backend.hasUnsavedChanges()).toBe(true);
    await backend.openWorkbook(file.bytes, file.name);
    expect(backend.hasUnsavedChanges()).toBe(false);
  });

  it('edits one cell in place from the grid', async () => {
    const backend = await backendOn('2021-07-01');
    await backend.entries.update(2, '累计完成值', 650);
    const rows = await backend.entries.rows();
    expect(rows[0]?.values[COLUMNS.entries.indexOf('累计完成值')]).toBe(650);
    expect(rows[1]?.values).toEqual(COLUMNS.entries.map((c) => JOURNEY_ROWS[1]?.[c] ?? null));
  });

  it('keeps a grid edit and an added row in the download of an opened file (written over the file’s own package)', async () => {
    const made = await (await backendOn('2021-07-01')).download(quiet, never);
    const backend = new BrowserBackend(() => new Date('2021-07-01T10:00:00'));
    await backend.openWorkbook(made.bytes, made.name);
    await backend.entries.update(2, '累计完成值', 650);
    const added = await backend.entries.add(JOURNEY_ROWS[0] ?? {});
    const again = new BrowserBackend();
    await again.openWorkbook((await backend.download(quiet, never)).bytes, 'again.xlsx');
    const rows = await again.entries.rows();
    const value = COLUMNS.entries.indexOf('累计完成值');
    expect(rows.find((r) => r.row === 2)?.values[value]).toBe(650);
    expect(rows.find((r) => r.row === added)?.values[value]).toBe(JOURNEY_ROWS[0]?.累计完成值 ?? null);
    expect(rows).toHaveLength(JOURNEY_ROWS.length + 1);
  });

  it('names the download after the workbook and the period', async () => {
    const backend = await backendOn('2021-07-01');
    await backend.summarize(PERIOD, quiet, never);
    expect((await backend.download(quiet, never)).name).toBe(`工作要点台账-${PERIOD}.xlsx`);
    expect(downloadName('台账.xlsx', PERIOD)).toBe(`台账-${PERIOD}.xlsx`);
    expect(downloadName(`台账-${PERIOD}.xlsx`, PERIOD)).toBe(`台账-${PERIOD}.xlsx`);
    expect(downloadName('台账.XLSX', null)).toBe('台账.xlsx');
  });
});

describe('分发 in the browser', () => {
  it('writes one form per unit that owes something, reporting each, and the zip holds exactly those files', async () => {
    const backend = await backendOn('2021-07-01');
    const seen: ReturnFormProgress[] = [];
    const done = await backend.returns(PERIOD, [], (p) => seen.push(p), never);
    expect(done.files.length).toBeGreaterThan(20);
    expect(seen.map((p) => p.unit)).toEqual(done.files.map((f) => f.unit));
    expect(seen.map((p) => p.done)).toEqual(done.files.map((_, i) => i + 1));
    const zip = unzipSync(zipReturnForms(done.files, new Date('2021-07-01T10:00:00')));
    expect(Object.keys(zip).sort()).toEqual(done.files.map((f) => f.fileName).sort());
    expect(new Set(done.files.map((f) => f.unit)).size).toBe(done.files.length);
    for (const f of done.files) expect(f.fileName).toBe(`${PERIOD}-${f.unit}.xlsx`);
  });

  it('writes forms for the units asked for only', async () => {
    const backend = await backendOn('2021-07-01');
    const done = await backend.returns(PERIOD, ['省科技厅', '省统计局'], quiet, never);
    expect(done.files.map((f) => f.unit).sort()).toEqual(['省科技厅', '省统计局'].sort());
  });

  it('stops between units when cancelled', async () => {
    const backend = await backendOn('2021-07-01');
    const controller = new AbortController();
    await expect(
      backend.returns(PERIOD, [], (p) => p.done === 2 && controller.abort(), controller.signal),
    ).rejects.toMatchObject({ key: 'job.cancelled' });
  });
});

describe('通报 in the browser', () => {
  it('composes the period’s bulletin from the same figures as the summary, with the office’s 下步工作', async () => {
    const backend = await backendOn('2021-07-05');
    const { bulletin } = await backend.bulletin(PERIOD, ['一是抓好调度。', '二是强化督办。'], 'zh-CN');
    const rows = JOURNEY_ROWS.map((r, i) => ({
      row: i + 2,
      values: COLUMNS.entries.map((c) => r[c] ?? null),
    }));
    const schema = builtinSchema();
    const summary = summarize(schema, validateEntries(schema, rows, { period: PERIOD }).normalized, PERIOD);
    const text = bulletin.body.map((b) => b.text).join('\n');
    expect(text).toContain(`共${summary.overall.targets}项指标`);
    expect(text).toContain('一是抓好调度。');
    expect(bulletin.signature.date).toContain('2021');
    expect(bulletin.period).toBe(PERIOD);
  });

  it('writes the 通报 sheet with the text and the 滞后事项清单, and the download carries it', async () => {
    const backend = await backendOn('2021-07-05');
    const { bulletin } = await backend.bulletin(PERIOD, null, 'zh-CN');
    await backend.writeBulletinSheet(bulletin, quiet, never);
    const file = await backend.download(quiet, never);
    const snapshot = await readWorkbookXlsx(file.bytes);
    expect(snapshot.sheets.map((s) => s.name)).toContain(BULLETIN_SHEET);
    const lagging = bulletin.attachment?.table.rows ?? [];
    const table = snapshot.tables.find((t) => t.name === BULLETIN_TABLE);
    // 省工业和信息化厅's T19.1 (180 of 500 at 上半年) lags, so the list has rows.
    expect(lagging.length).toBeGreaterThan(0);
    expect(table?.sheet).toBe(BULLETIN_SHEET);
    expect(table?.rows.map((r) => r.values.map(String))).toEqual(lagging);
  });
});
