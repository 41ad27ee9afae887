/** build --out never replaces a file by accident, and never a ledger that holds entries, even with --force. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOutRefusal } from '../../../src/cli/files';
import { translate } from '../../../src/domain/messages';
import { COLUMNS } from '../../../src/workbook/format';
import { planWorkbook } from '../../../src/workbook/planWorkbook';
import { existingFromSnapshot } from '../../../src/workbook/reader';
import { readWorkbookXlsx } from '../../support/exceljs/readWorkbookXlsx';
import { writePlanToXlsx } from '../../../src/xlsx/writePlanToXlsx';
import { ENTRY_ROWS } from '../../fixtures/summary/entryRows';
import { miniSchema } from '../../fixtures/summary/miniSchema';
import { readFile } from 'node:fs/promises';
import { plainChinese, scratch } from './tempDir';

const tmp = scratch('wp-buildout-');
afterAll(() => tmp.cleanUp());

/** Today's ledger reader answering "does this file hold entries" (the lead wires the ledger core's). */
async function holdsEntries(path: string): Promise<boolean> {
  const existing = existingFromSnapshot(await readWorkbookXlsx(new Uint8Array(await readFile(path))));
  return (existing.entries?.rows ?? []).some((row) => row.some((v) => v !== null && v !== ''));
}

let filled = '';
let empty = '';
beforeAll(async () => {
  const schema = miniSchema();
  filled = join(tmp.dir(), '已填报台账.xlsx');
  empty = join(tmp.dir(), '空台账.xlsx');
  const rows = ENTRY_ROWS.map((row) => [...row]);
  writeFileSync(
    filled,
    await writePlanToXlsx(
      planWorkbook(schema, { entries: { headers: [...COLUMNS.entries], rows } }, { appVersion: 't' }),
    ),
  );
  writeFileSync(empty, await writePlanToXlsx(planWorkbook(schema, undefined, { appVersion: 't' })));
});

describe('build --out', () => {
  it('writes a file that does not exist yet', async () => {
    expect(await buildOutRefusal(join(tmp.dir(), 'new.xlsx'), { force: false, holdsEntries })).toBeNull();
  });

  it('refuses an existing file without --force, naming --force and --into', async () => {
    const refusal = await buildOutRefusal(empty, { force: false, holdsEntries });
    if (!refusal) throw new Error('not refused');
    expect(refusal.key).toBe('files.out.exists');
    const text = translate('zh-CN', refusal);
    expect(text).toContain('--force');
    expect(text).toContain(`--into “${empty}”`);
  });

  it('replaces an existing file with --force when it holds no entries (an empty ledger, or not a ledger)', async () => {
    const notALedger = join(tmp.dir(), 'notes.txt');
    writeFileSync(notALedger, 'not a workbook');
    expect(await buildOutRefusal(empty, { force: true, holdsEntries })).toBeNull();
    expect(await buildOutRefusal(notALedger, { force: true, holdsEntries })).toBeNull();
  });

  it('refuses an existing filled ledger even with --force, naming --into', async () => {
    expect(await holdsEntries(filled)).toBe(true);
    for (const force of [false, true]) {
      const refusal = await buildOutRefusal(filled, { force, holdsEntries });
      if (!refusal) throw new Error('not refused');
      expect(refusal.key).toBe('files.out.filledLedger');
      const text = translate('zh-CN', refusal);
      expect(text).toBe(
        `“${filled}”是已有填报的台账，即使加了 --force 也不会覆盖它。要导入工作要点并保留填报，请用 --into “${filled}”。`,
      );
    }
  });

  it('refuses a folder as --out in plain Chinese', async () => {
    const dir = join(tmp.dir(), 'folder.xlsx');
    mkdirSync(dir);
    const refusal = await buildOutRefusal(dir, { force: true, holdsEntries });
    if (!refusal) throw new Error('not refused');
    expect(refusal.key).toBe('files.write.isFolder');
    expect(plainChinese(translate('zh-CN', refusal), dir)).toBe(true);
  });
});
