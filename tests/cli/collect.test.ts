/** `workpoints collect`: arguments, --json, exit codes, --into with its backup, and inputs never overwritten. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { TABLES } from '../../src/workbook/format';
import { readWorkbookXlsx } from '../support/exceljs/readWorkbookXlsx';
import { BATCH_DIR, LEDGER_FILE } from '../collect/batchSpec';
import { memoryIo } from '../support/memoryIo';

const ROOT = join(__dirname, '..', '..');
const bytes = (file: string) => new Uint8Array(readFileSync(join(ROOT, BATCH_DIR, file)));
const GOOD = 'exceljs-省发展改革委.xlsx';
const OTHER = '其他台账-省人力资源社会保障厅.xlsx';

function files(...names: string[]) {
  return Object.fromEntries([LEDGER_FILE, ...names].map((n) => [n, bytes(n)]));
}

describe('workpoints collect', () => {
  it('prints the --json shape the issue gives and exits 0 when nothing was rejected', async () => {
    const io = memoryIo(files(GOOD));
    expect(await main(['collect', LEDGER_FILE, GOOD, '--out', 'new.xlsx', '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout()) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['files', 'missing', 'entries']);
    expect(json.files).toEqual([
      {
        path: GOOD,
        unit: '省发展改革委',
        period: '2021年上半年',
        status: 'accepted',
        reason: null,
        rows: { added: 3, changed: 0, unchanged: 0, empty: 7 },
      },
    ]);
    expect(json.entries).toBe(7);
    expect(Array.isArray(json.missing) && json.missing.includes('省发展改革委')).toBe(false);
    // The 催报 text goes to stderr, so stdout stays JSON.
    expect(io.stderr()).toContain('催报通知');
    expect(io.files.get(LEDGER_FILE)).toEqual(bytes(LEDGER_FILE));
  });

  it('exits 1 when a file was rejected, and still writes the ledger with what was accepted', async () => {
    const io = memoryIo(files(GOOD, OTHER));
    expect(await main(['collect', LEDGER_FILE, GOOD, OTHER, 'missing.xlsx', '--out', 'new.xlsx'], io)).toBe(
      1,
    );
    expect(io.stdout()).toContain('未采用');
    expect(io.stdout()).toContain('无法读取文件“missing.xlsx”');
    const written = await readWorkbookXlsx(io.files.get('new.xlsx') ?? new Uint8Array());
    expect(written.tables.find((t) => t.name === TABLES.imports)?.rows).toHaveLength(1);
  });

  it('counts the validation after collecting in the three groups validate uses (not-reported units are no errors)', async () => {
    const io = memoryIo(files(GOOD));
    expect(await main(['collect', LEDGER_FILE, GOOD, '--out', 'new.xlsx'], io)).toBe(0);
    const line =
      io
        .stdout()
        .split('\n')
        .find((l) => l.startsWith('导入后校验')) ?? '';
    const checked = memoryIo({ 'new.xlsx': io.files.get('new.xlsx') ?? new Uint8Array() });
    await main(['validate', 'new.xlsx', '--period', '2021年上半年'], checked);
    const counts = /错误 (\d+) 条，未报送 (\d+) 项，警告 (\d+) 条/.exec(checked.stdout());
    expect(counts).not.toBeNull();
    expect(line).toContain(`错误 ${counts?.[1]} 条，未报送 ${counts?.[2]} 项，警告 ${counts?.[3]} 条`);
    expect(Number(counts?.[2])).toBeGreaterThan(0);
  });

  it('exits 2 when the ledger cannot be used, writing nothing', async () => {
    const io = memoryIo({ ...files(GOOD), 'notes.xlsx': bytes('会议通知.xlsx') });
    expect(await main(['collect', 'notes.xlsx', GOOD, '--out', 'new.xlsx'], io)).toBe(2);
    expect(io.files.has('new.xlsx')).toBe(false);
    expect(await main(['collect', 'nowhere.xlsx', GOOD, '--out', 'new.xlsx'], memoryIo(files(GOOD)))).toBe(2);
  });

  it('with --into, copies the ledger beside it first, then updates it in place', async () => {
    const io = memoryIo(files(GOOD));
    expect(await main(['collect', LEDGER_FILE, GOOD, '--into'], io)).toBe(0);
    const backups = [...io.files.keys()].filter((k) => /^ledger\.bak-\d{8}-\d{6}\.xlsx$/.test(k));
    expect(backups).toHaveLength(1);
    expect(io.files.get(backups[0] ?? '')).toEqual(bytes(LEDGER_FILE));
    expect(io.files.get(LEDGER_FILE)).not.toEqual(bytes(LEDGER_FILE));
    expect(io.stderr()).toContain(backups[0]);
  });

  it('refuses an output that is an input, and wrong arguments, with exit 2', async () => {
    const cases: string[][] = [
      ['collect', LEDGER_FILE, GOOD, '--out', GOOD],
      ['collect', LEDGER_FILE, GOOD, '--out', LEDGER_FILE],
      ['collect', LEDGER_FILE, LEDGER_FILE, '--into'],
      ['collect', LEDGER_FILE, GOOD],
      ['collect', LEDGER_FILE, GOOD, '--out', 'x.xlsx', '--into'],
      ['collect', LEDGER_FILE, '--out', 'x.xlsx'],
      ['collect', LEDGER_FILE, GOOD, '--period', '2021年第九季度', '--out', 'x.xlsx'],
    ];
    for (const args of cases) {
      const io = memoryIo(files(GOOD));
      const before = new Map(io.files);
      expect([args.join(' '), await main(args, io)]).toEqual([args.join(' '), 2]);
      expect(io.files).toEqual(before);
    }
  });
});
