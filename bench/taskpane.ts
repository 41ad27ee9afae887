/**
 * The task pane in headless Chromium (Debian's /usr/bin/chromium through playwright-core): time from navigation
 * to the first interactive screen, and the outside-Excel journey on 10,000 entries (open an .xlsx built from the
 * workbook plan, validate, summarise, download), each step timed. Builds the pane once into a temporary folder
 * (WP_E2E_BUILD=<dir> reuses an existing build, as the browser checks do).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { builtinSchema } from '../src/domain/builtin';
import type { Schema } from '../src/domain/schema';
import { COLUMNS } from '../src/workbook/format';
import type { CellValue } from '../src/domain/entryCells';
import { planWorkbook } from '../src/workbook/planWorkbook';
import { writePlanToXlsx } from '../src/xlsx/writePlanToXlsx';
import { type Benchmark, label, ms } from './harness';

/** What tests/e2e/harness.cjs offers (a CommonJS module shared with the browser checks). */
interface E2eHarness {
  launch(): Promise<Browser>;
  openPage(
    browser: Browser,
    options?: Record<string, unknown>,
  ): Promise<{ page: Page; context: { close(): Promise<void> }; errors: string[] }>;
  serveDir(dir: string): Promise<{ url: string; close(): Promise<void> }>;
  buildInto(dir: string, env?: Record<string, string>): Promise<string>;
}

const ENTRY_COUNT = 10_000;
const NAVIGATIONS = 5;
const PERIOD = '2021年上半年';

/** A fixed pseudo-random sequence (LCG), so every run measures the same entries. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Entry rows as units type them: mostly their own targets, some text figures, period aliases and strangers. */
export function typedEntries(schema: Schema, count: number): CellValue[][] {
  const next = sequence(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const periods = schema.periods.map((p) => p.label);
  return Array.from({ length: count }, (_, i): CellValue[] => {
    const target = next() < 0.7 ? pick(schema.targets) : undefined;
    const item = target?.item ?? pick(schema.items).no;
    const unit = target && next() < 0.85 ? target.reporter : pick(schema.units).name;
    const figure = target ? Math.round(next() * target.value * 100) / 100 : null;
    const value: CellValue = figure !== null && next() < 0.05 ? `${figure}${target?.measure ?? ''}` : figure;
    const period = next() < 0.03 ? '2021Q2' : pick(periods);
    return [
      period,
      unit,
      item,
      target?.id ?? null,
      value,
      target?.measure ?? null,
      `第${i + 1}条进展：按计划推进。`,
      null,
      '填报人',
      null,
    ];
  });
}

/** Milliseconds from navigation start until the status screen shows an enabled button (in-page clock). */
async function firstInteractive(
  page: Page,
  url: string,
): Promise<{ interactive: number; firstPaint: number | null }> {
  await page.goto(url);
  const ready = '[data-testid="workbook-status"] button:not([disabled])';
  await page.waitForSelector(ready, { timeout: 60_000 });
  return page.evaluate((selector) => {
    // The selector is already true; the time is taken from the observer installed before the page's scripts ran.
    const w = window as unknown as { __wpInteractiveAt?: number };
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      interactive: w.__wpInteractiveAt ?? (document.querySelector(selector) ? performance.now() : -1),
      firstPaint: paint ? paint.startTime : null,
    };
  }, ready);
}

/** Installs, before any page script, an observer noting when the first interactive screen appears. */
function watchInteractive(): void {
  const w = window as unknown as { __wpInteractiveAt?: number };
  const check = () => {
    if (
      w.__wpInteractiveAt === undefined &&
      document.querySelector('[data-testid="workbook-status"] button:not([disabled])')
    ) {
      w.__wpInteractiveAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, { subtree: true, childList: true, attributes: true }),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Waits until no step is running and fails when the pane shows an error. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-testid="job-progress"]'), null, {
    timeout: 600_000,
  });
  const error = page.getByTestId('job-error');
  if (await error.count()) throw new Error(`the pane shows an error: ${await error.first().innerText()}`);
}

/** Time of one step: `act` starts it, `done` waits for its visible result. */
async function timed(page: Page, act: () => Promise<void>, done: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await act();
  await done();
  await settle(page);
  return performance.now() - start;
}

async function journey(
  h: E2eHarness,
  browser: Browser,
  url: string,
  print: (line: string) => void,
): Promise<void> {
  const schema = builtinSchema();
  const rows = typedEntries(schema, ENTRY_COUNT);
  const plan = planWorkbook(
    schema,
    { entries: { headers: [...COLUMNS.entries], rows } },
    { appVersion: 'bench' },
  );
  const bytes = await writePlanToXlsx(plan);
  const { page, context } = await h.openPage(browser, { locale: 'zh-CN', acceptDownloads: true });
  try {
    await page.goto(url);
    await page.waitForSelector(
      'main[data-backend="browser"] [data-testid="workbook-status"] button:not([disabled])',
      { timeout: 60_000 },
    );
    const steps: Array<[string, number]> = [];
    steps.push([
      'open .xlsx',
      await timed(
        page,
        () =>
          page.getByTestId('open-xlsx').setInputFiles({
            name: 'bench.xlsx',
            mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            buffer: Buffer.from(bytes),
          }),
        () =>
          page
            .waitForFunction(
              (n) => document.querySelector('[data-testid="status-entries"]')?.textContent === String(n),
              ENTRY_COUNT,
              { timeout: 600_000 },
            )
            .then(() => undefined),
      ),
    ]);
    await page.getByTestId('tab-validate').click();
    await page.getByTestId('validate-period').selectOption(PERIOD);
    steps.push([
      'validate',
      await timed(
        page,
        () => page.getByTestId('validate-run').click(),
        () => page.getByTestId('validate-totals').waitFor({ timeout: 600_000 }),
      ),
    ]);
    await page.getByTestId('tab-summary').click();
    await page.getByTestId('summary-period').selectOption(PERIOD);
    steps.push([
      'summarize',
      await timed(
        page,
        () => page.getByTestId('summary-run').click(),
        () => page.getByTestId('summary-figures').waitFor({ timeout: 600_000 }),
      ),
    ]);
    await page.getByTestId('tab-status').click();
    let downloadStart = 0;
    const download = await Promise.all([
      page.waitForEvent('download', { timeout: 600_000 }),
      page
        .getByTestId('download')
        .click()
        .then(() => void (downloadStart = performance.now())),
    ]);
    await download[0].path();
    steps.push(['download .xlsx', performance.now() - downloadStart]);
    for (const [name, t] of steps)
      print(`${label(`journey ${ENTRY_COUNT.toLocaleString('en-US')}: ${name}`)} ${ms(t)}`);
    print(
      `${label(`journey ${ENTRY_COUNT.toLocaleString('en-US')}: total`)} ${ms(steps.reduce((n, [, t]) => n + t, 0))}`,
    );
  } finally {
    await context.close();
  }
}

/** Measures and prints. */
async function run(print: (line: string) => void): Promise<void> {
  const h = createRequire(__filename)('../tests/e2e/harness.cjs') as E2eHarness;
  const reuse = process.env.WP_E2E_BUILD;
  const out = reuse ?? mkdtempSync(join(tmpdir(), 'wp-bench-pane-'));
  try {
    if (!reuse) {
      const started = performance.now();
      await h.buildInto(out);
      print(`${label('production build (once)')} ${ms(performance.now() - started)}`);
    }
    const server = await h.serveDir(out);
    const browser = await h.launch();
    try {
      const url = `${server.url}/taskpane.html`;
      const interactive: number[] = [];
      const paints: number[] = [];
      for (let i = 0; i < NAVIGATIONS; i++) {
        // A fresh context per navigation: nothing cached, as on a first open.
        const { page, context } = await h.openPage(browser, { locale: 'zh-CN' });
        await page.addInitScript(watchInteractive);
        const t = await firstInteractive(page, url);
        interactive.push(t.interactive);
        if (t.firstPaint !== null) paints.push(t.firstPaint);
        await context.close();
      }
      print(`${label('first contentful paint (median)')} ${paints.length ? ms(median(paints)) : 'n/a'}`);
      print(
        `${label('first interactive screen (median)')} ${ms(median(interactive))} (min ${ms(Math.min(...interactive))}, ${NAVIGATIONS} cold loads)`,
      );
      await journey(h, browser, url, print);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    if (!reuse) rmSync(out, { recursive: true, force: true });
  }
}

/** The task pane benchmark. */
export const benchmark: Benchmark = { name: 'task pane in headless Chromium', run };
