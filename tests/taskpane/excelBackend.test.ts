import { confirmedTargets } from '../../src/domain/confirmedTargets';
import { translate } from '../../src/domain/messages';
import { summarize } from '../../src/domain/summary';
import { validateEntries } from '../../src/domain/validation';
import { ExcelBackend } from '../../src/taskpane/backend/excel/excelBackend';
import type { Progress } from '../../src/taskpane/backend/types';
import { COLUMNS, SHEETS, STATUS_LABELS, TABLES } from '../../src/workbook/format';
import { fakeWorkbook } from '../excel/fakeContext';
import { createExcelFake, type ExcelFake } from '../support/excelFake';
import { typeTableRows } from '../support/fake/typing';
import { JOURNEY_ROWS } from './journeyRows';

const PERIOD = '2021年上半年';
const never = new AbortController().signal;
const quiet = () => undefined;

/** A fake Excel with the built-in schema loaded through the pane's backend and the journey rows typed in. */
async function ledger(apiVersion = '1.17'): Promise<{ fake: ExcelFake; backend: ExcelBackend }> {
  const fake = createExcelFake({ apiVersion });
  const backend = new ExcelBackend(fakeWorkbook(fake));
  const preview = await backend.previewBuiltin();
  await backend.loadSchema(preview.schema, quiet, never);
  typeTableRows(fake.model, TABLES.entries, JOURNEY_ROWS);
  return { fake, backend };
}

/** Syncs made by `work`. */
async function syncsOf<T>(fake: ExcelFake, work: () => Promise<T>): Promise<{ value: T; syncs: number }> {
  const before = fake.stats.syncs;
  const value = await work();
  return { value, syncs: fake.stats.syncs - before };
}

/** What the domain says about the typed rows. */
async function expected(backend: ExcelBackend) {
  const preview = await backend.previewBuiltin();
  const rows = JOURNEY_ROWS.map((r, i) => ({ row: i + 2, values: COLUMNS.entries.map((c) => r[c] ?? null) }));
  return { schema: preview.schema, result: validateEntries(preview.schema, rows, { period: PERIOD }) };
}

describe('Excel backend', () => {
  it('loads the built-in schema into an empty workbook within 4 syncs', async () => {
    const fake = createExcelFake();
    const backend = new ExcelBackend(fakeWorkbook(fake));
    const preview = await backend.previewBuiltin();
    const { value, syncs } = await syncsOf(fake, () => backend.loadSchema(preview.schema, quiet, never));
    expect(syncs).toBeLessThanOrEqual(4);
    expect(value.entriesKept).toBe(0);
    expect((await backend.status()).targets).toBe(confirmedTargets(preview.schema).length);
  });

  it('validates within 3 syncs, returns the domain’s result and writes 校验状态 on every typed row', async () => {
    const { fake, backend } = await ledger();
    const want = await expected(backend);
    const { value, syncs } = await syncsOf(fake, () => backend.validate(PERIOD, quiet, never));
    expect(syncs).toBeLessThanOrEqual(3);
    expect(value.issues.map((i) => [i.rule, i.row])).toEqual(want.result.issues.map((i) => [i.rule, i.row]));
    const statuses = fake.tableValues(TABLES.entries).rows.map((r) => r[COLUMNS.entries.indexOf('校验状态')]);
    expect(statuses).toEqual(want.result.normalized.map((e) => STATUS_LABELS[e.status]));
    expect(fake.model.sheet(SHEETS.issues)).toBeDefined();
    expect((await backend.status()).lastValidation).not.toBeNull();
  });

  it('applies a picked fix to its cell only, counts it, and validates again', async () => {
    const { fake, backend } = await ledger();
    const first = await backend.validate(PERIOD, quiet, never);
    const issue = first.issues.find((i) => i.fix && i.column === '累计完成值');
    if (!issue?.fix || issue.row === null) throw new Error('the journey rows lost their fixable figure');
    const before = fake.tableValues(TABLES.entries).rows;
    const steps: Progress[] = [];
    const done = await backend.applyFixes([issue.id], (p) => steps.push(p), never);
    expect(done.changes).toHaveLength(1);
    expect(steps.map((s) => s.step)).toEqual(['applyFixes', 'readEntries', 'validate', 'writeStatus']);
    const after = fake.tableValues(TABLES.entries).rows;
    const column = COLUMNS.entries.indexOf('累计完成值');
    expect(after[issue.row - 2]?.[column]).toBe(done.changes[0]?.to);
    expect(after[issue.row - 2]?.[column]).not.toBe(before[issue.row - 2]?.[column]);
    expect(done.result.issues.some((i) => i.id === issue.id)).toBe(false);
  });

  it('stops between the fix and the new validation when cancelled, and asks for a new validation', async () => {
    const { backend } = await ledger();
    const first = await backend.validate(PERIOD, quiet, never);
    const ids = first.issues.filter((i) => i.fix).map((i) => i.id);
    const controller = new AbortController();
    await expect(
      backend.applyFixes(ids, (p) => p.step === 'validate' && controller.abort(), controller.signal),
    ).rejects.toMatchObject({ key: 'job.cancelled' });
    await expect(backend.applyFixes(ids, quiet, never)).rejects.toThrow('还没有校验结果');
  });

  it('refuses fixes before any validation with what to do', async () => {
    const { backend } = await ledger();
    await expect(backend.applyFixes(['x'], quiet, never)).rejects.toMatchObject({
      key: 'session.noValidation',
      message: expect.stringContaining('校验'),
    });
  });

  it('generates the summary within 4 syncs with the domain’s figures, and keeps one chart after two runs', async () => {
    const { fake, backend } = await ledger();
    const want = await expected(backend);
    const steps: string[] = [];
    const { value, syncs } = await syncsOf(fake, () =>
      backend.summarize(PERIOD, (p) => steps.push(p.step), never),
    );
    expect(syncs).toBeLessThanOrEqual(4);
    expect(steps.slice(0, 2)).toEqual(['readEntries', 'validate']);
    expect(steps).toContain('writeSummary');
    expect(value.targets.map((t) => [t.id, t.status])).toEqual(
      summarize(want.schema, want.result.normalized, PERIOD).targets.map((t) => [t.id, t.status]),
    );
    await backend.summarize(PERIOD, quiet, never);
    expect(fake.charts(SHEETS.summary)).toHaveLength(1);
    expect((await backend.status()).lastSummary?.period).toBe(PERIOD);
  });

  it('selects an issue’s cell on the entries sheet, activating the sheet first', async () => {
    const { fake, backend } = await ledger();
    const first = await backend.validate(PERIOD, quiet, never);
    const issue = first.issues.find((i) => i.row !== null && i.column !== null);
    if (!issue || issue.row === null) throw new Error('no cell-level issue');
    const { value, syncs } = await syncsOf(fake, () => backend.selectCell(issue.row ?? 0, issue.column));
    expect([value, syncs]).toEqual([true, 1]);
    const column = COLUMNS.entries.indexOf(issue.column ?? '报告期');
    expect(fake.model.selection).toEqual({
      sheet: SHEETS.entries,
      rect: { top: issue.row - 1, left: column, bottom: issue.row - 1, right: column },
    });
  });

  it('names on the status what an older Excel could not do', async () => {
    const { backend } = await ledger('1.5');
    await backend.validate(PERIOD, quiet, never);
    const skipped = (await backend.status()).skippedFeatures.map((m) => translate('zh-CN', m));
    expect(skipped.some((s) => s.includes('数据验证'))).toBe(true);
    expect(skipped.some((s) => s.includes('条件格式'))).toBe(true);
  });

  it('explains a workbook without a schema in plain Chinese instead of a host error', async () => {
    const fake = createExcelFake();
    const backend = new ExcelBackend(fakeWorkbook(fake));
    await expect(backend.validate(PERIOD, quiet, never)).rejects.toMatchObject({
      name: 'LedgerError',
      message: expect.stringMatching(/[\u4e00-\u9fff]/),
    });
  });
});

describe('Excel fake: selection', () => {
  it('refuses to select on a sheet Excel does not show, and selects once the sheet is activated', async () => {
    const fake = createExcelFake();
    fake.seedSheet('A');
    fake.seedSheet('B');
    const ctx = fake.newContext();
    ctx.workbook.worksheets.getItem('B').getRange('C3').select();
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidSelection' });
    expect(fake.model.selection).toBeNull();
    const sheet = ctx.workbook.worksheets.getItem('B');
    sheet.activate();
    sheet.getRange('C3').select();
    await ctx.sync();
    expect(fake.model.selection).toEqual({ sheet: 'B', rect: { top: 2, left: 2, bottom: 2, right: 2 } });
  });
});

describe('Excel backend: 分发 and 通报', () => {
  it('opens each return form in a new Excel window, one unit at a time, where ExcelApi 1.8 allows it', async () => {
    const { fake, backend } = await ledger();
    const done = await backend.returns(PERIOD, ['省科技厅', '省统计局'], quiet, never);
    expect(backend.openForm).toBeDefined();
    for (const file of done.files) await backend.openForm?.(file.bytes);
    const base64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
    expect(fake.openedWorkbooks.map(base64)).toEqual(done.files.map((f) => base64(f.bytes)));
    expect(fake.stats.unsupportedCalls).toEqual([]);
  });

  it('offers no new-window opening below ExcelApi 1.8', async () => {
    const { backend } = await ledger('1.7');
    expect(backend.openForm).toBeUndefined();
  });

  it('writes the 通报 sheet with its text and 滞后事项清单 table, replacing it on a second write', async () => {
    const { fake, backend } = await ledger();
    const { bulletin } = await backend.bulletin(PERIOD, null, 'zh-CN');
    for (const _ of [1, 2]) {
      const { syncs } = await syncsOf(fake, () => backend.writeBulletinSheet(bulletin, quiet, never));
      expect(syncs).toBeLessThanOrEqual(2);
    }
    expect(fake.model.sheet('通报')).toBeDefined();
    const table = fake.tableValues('WP_BulletinLagging');
    expect(table.headers).toEqual(bulletin.attachment?.table.columns.map((c) => c.header));
    expect(table.rows.map((r) => r.map(String))).toEqual(bulletin.attachment?.table.rows);
    expect(fake.stats.unsupportedCalls).toEqual([]);
  });
});
