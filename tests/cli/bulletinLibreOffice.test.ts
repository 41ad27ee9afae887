/**
 * Every figure of the 通报 is one a reader finds on the 汇总 sheet: the sheet `workpoints summarize --out` writes,
 * recalculated by LibreOffice and exported as shown (number formats applied), against the figures read back
 * from the text `workpoints bulletin --text` prints for the same ledger — counts, shares, 序时进度, each
 * target's figure, 完成率 and 差距, the units, the 附件 rows, and the change since the previous period's sheet.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarizeCommand } from '../../src/cli/commands/summarize';
import { summarize } from '../../src/domain/summary';
import { validateEntries } from '../../src/domain/validation';
import { parseAddress } from '../../src/workbook/address';
import { SHEETS, TABLES } from '../../src/workbook/format';
import { planSummarySheet } from '../../src/workbook/summarySheet';
import { H1, Q1, Q3 } from '../fixtures/bulletin/bulletinLedger';
import { readBulletin, type BulletinFigures } from '../fixtures/bulletin/readBulletin';
import { bulletinBook, bulletinRun } from './bulletinFixture';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script shared with .ci/run
const libreoffice = require('../../scripts/libreoffice.cjs') as {
  convert(input: string, filter: string, outDir: string): string[];
  parseCsv(text: string): string[][];
};

/**
 * CSV of every sheet with token 9 ("save cell contents as shown") on, so each cell reads as the sheet displays it
 * (`60.0%`, not the `60%` of the value's default format). The shared CSV_ALL_SHEETS leaves that token off.
 */
const CSV_AS_SHOWN = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/** The 汇总 sheet of a workbook as LibreOffice shows it after recalculating. */
function summaryGrid(input: string, outDir: string): string[][] {
  const files = libreoffice.convert(input, CSV_AS_SHOWN, outDir);
  const file = files.find((f) => f.endsWith(`-${SHEETS.summary}.csv`));
  if (!file) throw new Error(`no 汇总 sheet among ${files.join(', ')}`);
  return libreoffice.parseCsv(readFileSync(file, 'utf8'));
}

type Row = Record<string, string>;

/** The 汇总 sheet of one period as LibreOffice shows it: headline, 序时进度 and the rows of its tables. */
interface ShownSheet {
  headline: string;
  fraction: string;
  targets: Row[];
  units: Row[];
}

let workDir = '';
let book: Awaited<ReturnType<typeof bulletinBook>>;
const sheets = new Map<string, ShownSheet>();

/** The rows of a table at `topLeft`, keyed by header, up to the first row with a blank first cell. */
function tableRows(grid: string[][], topLeft: string): Row[] {
  const { row, col } = parseAddress(topLeft);
  const headers = grid[row - 1]?.slice(col) ?? [];
  const rows: Row[] = [];
  for (let r = row; r < grid.length && (grid[r]?.[col] ?? '') !== ''; r++) {
    const cells = grid[r]?.slice(col) ?? [];
    rows.push(Object.fromEntries(headers.map((header, i) => [header, cells[i] ?? ''])));
  }
  return rows;
}

async function shownSheet(period: string): Promise<ShownSheet> {
  const r = bulletinRun(new Map([['book.xlsx', book.bytes]]));
  expect(await summarizeCommand(['book.xlsx', '--period', period, '--out', 'out.xlsx'], r)).toBe(0);
  const bytes = r.files.get('out.xlsx');
  if (!bytes) throw new Error('summarize wrote no file');
  const path = join(workDir, `${period}.xlsx`);
  writeFileSync(path, bytes);
  const grid = summaryGrid(path, join(workDir, `${period}-csv`));
  const tables = planSummarySheet(book.schema, period).sheet.tables;
  const at = (name: string): string => tables.find((t) => t.name === name)?.topLeft ?? '';
  return {
    headline: grid[2]?.[0] ?? '',
    fraction: grid[1]?.[3] ?? '',
    targets: tableRows(grid, at(TABLES.summary)),
    units: tableRows(grid, at(TABLES.unitSummary)),
  };
}

async function bulletinFor(period: string): Promise<BulletinFigures> {
  const r = bulletinRun(new Map([['book.xlsx', book.bytes]]));
  expect(await r.bulletin(['book.xlsx', '--period', period, '--text'], r)).toBe(0);
  return readBulletin(r.stdout());
}

/** Tenths of a percentage point of a share as shown (`-40.0%` → −400). */
const tenths = (shown: string): number => Math.round(Number(shown.replace('%', '')) * 10);
/** A share of two counts with one decimal, computed as a reader with a calculator would. */
const share = (count: number, total: number): string =>
  `${(Math.round((count / total) * 1000) / 10).toFixed(1)}%`;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'wp-bulletin-lo-'));
  book = await bulletinBook();
  for (const period of [Q1, H1, Q3]) sheets.set(period, await shownSheet(period));
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe.each([
  [H1, Q1],
  [Q3, H1],
])('the %s bulletin against the 汇总 sheet recalculated by LibreOffice', (period, previous) => {
  let figures: BulletinFigures;
  let sheet: ShownSheet;
  let before: ShownSheet;
  beforeAll(async () => {
    figures = await bulletinFor(period);
    sheet = sheets.get(period) as ShownSheet;
    before = sheets.get(previous) as ShownSheet;
  });

  it('states the counts, shares and 序时进度 of the sheet (a = 已完成, b = 正常, c = 滞后 + 严重滞后, d = 严重滞后, e = 未报送)', () => {
    const h =
      /^共(\d+)项指标：已完成(\d+)项（占([\d.]+%)），正常(\d+)项，滞后(\d+)项（其中严重滞后(\d+)项），未报送(\d+)项；控制类指标达标(\d+)项、未达标(\d+)项$/.exec(
        sheet.headline,
      );
    if (!h) throw new Error(`unexpected headline ${sheet.headline}`);
    const [total, done, onTrack, lagging, severe, missing, met, missed] = [
      h[1],
      h[2],
      h[4],
      h[5],
      h[6],
      h[7],
      h[8],
      h[9],
    ].map(Number);
    const o = figures.overall;
    expect([o.total, o.done, o.onTrack, o.lagging, o.severe, o.missing]).toEqual([
      total,
      done,
      onTrack,
      lagging,
      severe,
      missing,
    ]);
    expect(o.caps).toEqual({ met, missed });
    expect(o.doneShare).toBe(h[3]);
    expect([o.onTrackShare, o.laggingShare]).toEqual([
      share(onTrack ?? 0, total ?? 1),
      share(lagging ?? 0, total ?? 1),
    ]);
    expect(o.schedule).toBe(sheet.fraction);
    // The counts agree with the sheet's 状态 column row by row, not only with its headline.
    const statuses = sheet.targets.map((t) => t['状态']);
    expect(statuses.filter((s) => s === '滞后' || s === '严重滞后').length).toBe(o.lagging);
  });

  it('states the work items as summarize() counts them (the sheet has no per-item table)', () => {
    const { normalized } = validateEntries(book.schema, book.rows);
    const summary = summarize(book.schema, normalized, period);
    expect(figures.overall.items).toEqual({
      total: summary.overall.items,
      reported: summary.overall.itemsReported,
      unreported: summary.overall.items - summary.overall.itemsReported,
    });
  });

  it('gives every target with a figure the sheet’s 累计完成值, 完成率, 差距 or limit, under its 状态', () => {
    const reported = sheet.targets.filter((t) => t['状态'] !== '未报送');
    expect(figures.lines.map((l) => l.name).sort()).toEqual(reported.map((t) => t['指标名称']).sort());
    for (const t of reported) {
      const line = figures.lines.find((l) => l.name === t['指标名称']);
      if (!line) throw new Error(`no line for ${t['指标名称']}`);
      const status = t['状态'] ?? '';
      expect([line.name, line.unit, line.actual]).toEqual([
        t['指标名称'],
        t['填报单位'],
        `${t['累计完成值']}${t['计量单位']}`,
      ]);
      if (status === '达标' || status === '未达标') {
        expect([line.group, line.limit, line.verdict]).toEqual([
          '控制类',
          `${t['目标值']}${t['计量单位']}`,
          status,
        ]);
        continue;
      }
      expect(line.rate).toBe(t['完成率']);
      expect(line.group).toBe(
        { 已完成: '已完成全年目标', 正常: '达到序时进度', 滞后: '滞后', 严重滞后: '滞后' }[status],
      );
      expect(line.severe).toBe(status === '严重滞后');
      if (t['序时进度'] !== '100%' && status !== '已完成') {
        // A count: the points are the sheet's 差距.
        const gap = (t['差距'] ?? '').replace(/^-/, '').replace('%', '');
        if (gap === '0.0') expect([line.standing, line.points]).toEqual(['与序时进度持平', null]);
        else expect(line.points).toBe(gap);
      } else if (t['序时进度'] === '100%') {
        // A rate: compared with the target itself, figure minus target as a reader subtracts them.
        const difference = Number(t['累计完成值']) - Number(t['目标值']);
        expect(line.points).toBe(difference === 0 ? null : Math.abs(difference).toFixed(1));
      }
    }
  });

  it('states each change since the previous period as the difference of the two sheets’ figures', () => {
    const earlier = new Map(before.targets.map((t) => [t['指标编号'], t]));
    let checked = 0;
    for (const t of sheet.targets) {
      const then = earlier.get(t['指标编号']);
      const line = figures.lines.find((l) => l.name === t['指标名称']);
      if (!line || !then || then['累计完成值'] === '' || ['达标', '未达标'].includes(t['状态'] ?? '')) {
        expect(line?.change ?? null).toBeNull();
        continue;
      }
      const rate = t['序时进度'] === '100%';
      const delta = rate
        ? Math.round((Number(t['累计完成值']) - Number(then['累计完成值'])) * 10)
        : tenths(t['完成率'] ?? '') - tenths(then['完成率'] ?? '');
      expect(line.change).toEqual(
        delta === 0
          ? { direction: '持平', amount: null }
          : { direction: delta > 0 ? '提高' : '降低', amount: (Math.abs(delta) / 10).toFixed(1) },
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    const doneShare = /已完成\d+项（占([\d.]+%)）/.exec(before.headline)?.[1] ?? '';
    const nowShare = /已完成\d+项（占([\d.]+%)）/.exec(sheet.headline)?.[1] ?? '';
    const points = tenths(nowShare) - tenths(doneShare);
    expect(figures.overall.change).toEqual({
      previous,
      previousShare: doneShare,
      direction: points > 0 ? '提高' : points < 0 ? '降低' : '持平',
      points: points === 0 ? null : (Math.abs(points) / 10).toFixed(1),
    });
  });

  it('names the units as the sheet’s per-unit rows and 状态 column count them', () => {
    const reportedTargets = (unit: string): number =>
      sheet.targets.filter((t) => t['填报单位'] === unit && t['状态'] !== '未报送').length;
    const states = sheet.units.map((u) => {
      const unit = u['单位'] ?? '';
      const due = Number(u['负责任务数']) + Number(u['负责指标数']);
      const got = Number(u['已报送任务数']) + reportedTargets(unit);
      return { unit, state: got === 0 ? 'none' : got >= due ? 'full' : 'partial' };
    });
    const named = (state: string): string[] => states.filter((s) => s.state === state).map((s) => s.unit);
    expect(figures.units).toEqual({
      total: sheet.units.length,
      full: named('full').length,
      partial: named('partial').length,
      none: named('none').length,
      fullNames: named('full'),
      partialNames: named('partial'),
      noneNames: named('none'),
    });
    expect(figures.missingTargets).toEqual(
      sheet.targets
        .filter((t) => t['状态'] === '未报送')
        .map((t) => ({ name: t['指标名称'], unit: t['填报单位'] })),
    );
  });

  it('lists in the 附件 exactly the sheet’s lagging rows, with 完成率, 序时进度 and 差距 as shown', () => {
    const lagging = sheet.targets.filter((t) => ['滞后', '严重滞后', '未达标'].includes(t['状态'] ?? ''));
    const orBlank = (text: string | undefined): string => (text === undefined || text === '' ? '—' : text);
    expect(figures.attachment.map((row) => row.slice(2, 7))).toEqual(
      lagging.map((t) => [
        t['指标名称'],
        t['填报单位'],
        orBlank(t['完成率']),
        orBlank(t['序时进度']),
        orBlank(t['差距']),
      ]),
    );
  });
});
