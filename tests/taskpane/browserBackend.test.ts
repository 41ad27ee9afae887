import { confirmedTargets } from '../../src/domain/confirmedTargets';
import { builtinSchema } from '../../src/domain/builtin';
import { summarize } from '../../src/domain/summary';
import { validateEntries } from '../../src/domain/validation';
import { BrowserBackend } from '../../src/taskpane/backend/browser/browserBackend';
import { withRegistryAliases } from '../../src/domain/units/aliases';
import type { Progress } from '../../src/taskpane/backend/types';
import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import { JOURNEY_ROWS } from './journeyRows';

const PERIOD = '2021年上半年';
const never = new AbortController().signal;
const quiet = () => undefined;

async function loadedBackend(): Promise<BrowserBackend> {
  const backend = new BrowserBackend();
  const preview = await backend.previewBuiltin();
  await backend.loadSchema(preview.schema, quiet, never);
  for (const row of JOURNEY_ROWS) await backend.entries.add(row);
  return backend;
}

describe('in-browser workbook', () => {
  it('reports each step of loading the schema, in order', async () => {
    const backend = new BrowserBackend();
    const steps: Progress[] = [];
    await backend.loadSchema(builtinSchema(), (p) => steps.push(p), never);
    expect(steps.map((s) => s.step)).toEqual(['readWorkbook', 'mergeEntries', 'writeSheets']);
    expect(steps.every((s) => s.total === 3)).toBe(true);
    const status = await backend.status();
    // The status counts the targets the ledger tracks; item 22's two low-confidence candidates wait for confirmation.
    expect([status.items, status.targets, status.entries]).toEqual([
      builtinSchema().items.length,
      confirmedTargets(builtinSchema()).length,
      0,
    ]);
  });

  it('leaves the workbook as it was when loading is cancelled between steps', async () => {
    const backend = new BrowserBackend();
    const controller = new AbortController();
    await expect(
      backend.loadSchema(builtinSchema(), (p) => p.index === 1 && controller.abort(), controller.signal),
    ).rejects.toMatchObject({ key: 'job.cancelled' });
    expect((await backend.status()).schema).toBeNull();
  });

  it('validates exactly as the domain does and writes 校验状态 for every row', async () => {
    const backend = await loadedBackend();
    const result = await backend.validate(PERIOD, quiet, never);
    const rows = JOURNEY_ROWS.map((r, i) => ({
      row: i + 2,
      values: COLUMNS.entries.map((c) => r[c] ?? null),
    }));
    const direct = validateEntries(withRegistryAliases(builtinSchema()), rows, { period: PERIOD });
    expect(result.issues.map((i) => [i.row, i.rule])).toEqual(direct.issues.map((i) => [i.row, i.rule]));
    expect(result.issues.length).toBeGreaterThan(0);
    const grid = await backend.entries.rows();
    expect(grid.map((r) => r.values[9])).toEqual(
      direct.normalized.map((n) => ({ ok: '通过', warning: '警告', error: '错误' })[n.status]),
    );
  });

  it('applies only the picked fixes and validates again', async () => {
    const backend = await loadedBackend();
    const result = await backend.validate(PERIOD, quiet, never);
    const fixable = result.issues.filter((i) => i.fix);
    expect(fixable.length).toBeGreaterThan(1);
    const picked = fixable[0]!;
    const outcome = await backend.applyFixes([picked.id], quiet, never);
    expect(outcome.changes).toHaveLength(1);
    const row = (await backend.entries.rows()).find((r) => r.row === picked.row)!;
    expect(row.values).toContain(picked.fix!.to);
    expect(outcome.result.issues.some((i) => i.row === picked.row && i.rule === picked.rule)).toBe(false);
    expect(outcome.result.issues.filter((i) => i.fix).length).toBe(fixable.length - 1);
  });

  it('summarizes the entries validation counts, for the chosen period', async () => {
    const backend = await loadedBackend();
    const summary = await backend.summarize(PERIOD, quiet, never);
    const again = await backend.validate(PERIOD, quiet, never);
    expect(summary).toEqual(summarize(withRegistryAliases(builtinSchema()), again.normalized, PERIOD));
    expect((await backend.status()).lastSummary?.period).toBe(PERIOD);
  });

  it('downloads an .xlsx that opens again with the same schema, entries and a 汇总 sheet', async () => {
    const backend = await loadedBackend();
    await backend.summarize(PERIOD, quiet, never);
    const file = await backend.download(quiet, never);
    const snapshot = await readWorkbookXlsx(file.bytes);
    expect(snapshot.sheets.map((s) => s.name)).toContain(SHEETS.summary);
    expect(snapshot.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([TABLES.entries, TABLES.summary]),
    );
    const reopened = new BrowserBackend();
    await reopened.openWorkbook(file.bytes, 'again.xlsx');
    expect(await reopened.entries.rows()).toEqual(await backend.entries.rows());
    expect((await reopened.status()).schema?.fingerprint).toBe((await backend.status()).schema?.fingerprint);
  });

  it('refuses bytes that are not a workbook with a plain explanation', async () => {
    const backend = new BrowserBackend();
    await expect(backend.openWorkbook(new TextEncoder().encode('not a zip'), 'x.xlsx')).rejects.toMatchObject(
      {
        key: 'session.openFailed',
      },
    );
  });

  it('shows the differences when a changed schema replaces the one in the workbook', async () => {
    const backend = await loadedBackend();
    const schema = builtinSchema();
    const changed = { ...schema, targets: schema.targets.filter((t) => t.id !== 'T20.2') };
    const preview = await backend.previewSchemaFile(JSON.stringify(changed));
    expect(preview.replacesExisting).toBe(true);
    expect(preview.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'removed', entity: 'target', key: 'T20.2' })]),
    );
    const outcome = await backend.loadSchema(preview.schema, quiet, never);
    expect(outcome.entriesKept).toBe(JOURNEY_ROWS.length);
    expect(outcome.orphanedEntries).toBe(1);
  });
});
