/* global window -- used inside page.evaluate callbacks, which run in the browser */
// The built task pane inside "Excel": the strict Excel fake (tests/support/excelFake.ts) is served in place of
// Office.js, with Office.onReady answering as Excel on Windows. The buttons must drive the Excel writer: load the
// built-in notice, type entries into the fake's WP_Entries, validate, fix, locate a cell, summarise 上半年 twice,
// with every figure compared to the domain code and each button's syncs within the Excel layer's budgets
// (load ≤ 4, validate ≤ 3, summary ≤ 4, each request ≤ 4 MB). Screenshots (zh-CN, 350 px) go to test-results/.
// WP_E2E_BUILD=<dir> reuses an existing build instead of building into a temporary folder.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const tsx = require('tsx/cjs/api');
const {
  launch,
  openPage,
  runChecks,
  assert,
  serveDir,
  buildInto,
  openTab,
  settle,
  screenshotter,
  noConsoleErrors,
  runSuite,
} = require('./harness.cjs');
const { fakeOfficeBundle } = require('./fakeOffice.cjs');

const root = path.join(__dirname, '..', '..');
const results = path.join(root, 'test-results');
const shot = screenshotter(results, 'inside-excel');
const OFFICE_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const PERIOD = '2021年上半年';
const BUDGET = { load: 4, validate: 3, summary: 4 };
const MAX_REQUEST_BYTES = 4_000_000;
const load = (file) => tsx.require(path.join(root, file), __filename);

const { BrowserBackend } = load('src/taskpane/backend/browser/browserBackend.ts');
const { JOURNEY_ROWS } = load('tests/taskpane/journeyRows.ts');
const { totals } = load('src/taskpane/state/validationView.ts');
const { headlineFigures } = load('src/taskpane/state/summaryView.ts');
const { COLUMNS, ENTRY_SOURCE_COLUMN, STATUS_LABELS } = load('src/workbook/format.ts');
const { zhCN } = load('src/taskpane/i18n/zh-CN.ts');

/**
 * Runs a button press and returns its syncs: every Excel.run from the press up to its last run that writes (the
 * pane's own reads before writing count; the status refresh that follows the last write does not).
 */
async function measured(page, press) {
  const from = await page.evaluate(() => window.__wpFake.runs.length);
  await press();
  await settle(page);
  const runs = await page.evaluate((n) => window.__wpFake.runs.slice(n), from);
  const last = runs.map((r) => r.writes > 0).lastIndexOf(true);
  assert(last >= 0, `the press wrote nothing to the workbook: ${JSON.stringify(runs)}`);
  const syncs = runs.slice(0, last + 1).reduce((n, r) => n + r.syncs, 0);
  return { syncs, runs };
}

/** Opens the pane with the fake as Office.js; `options` reach the fake (apiVersion, language). */
async function openExcelPane(browser, server, bundle, options = {}) {
  const opened = await openPage(browser, { locale: 'zh-CN' });
  // A page route wins over the harness's context route to the installed office.js.
  await opened.page.route(OFFICE_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'application/javascript', body: bundle }),
  );
  await opened.page.addInitScript((o) => (window.__wpFakeOptions = o), options);
  await opened.page.goto(`${server.url}/taskpane.html`);
  await opened.page.locator('main[data-backend="excel"]').waitFor({ timeout: 30000 });
  return opened;
}

/** The same journey on the domain (through the in-browser backend): what the pane must show. */
async function mirror() {
  const never = new AbortController().signal;
  const quiet = () => undefined;
  const backend = new BrowserBackend();
  const preview = await backend.previewBuiltin();
  await backend.loadSchema(preview.schema, quiet, never);
  for (const row of JOURNEY_ROWS) await backend.entries.add(row);
  const first = await backend.validate(PERIOD, quiet, never);
  return { backend, schema: preview.schema, first, never, quiet };
}

/** Loads the built-in notice through the Load screen; returns the press's syncs. */
async function loadBuiltin(page) {
  await openTab(page, 'load');
  await page.getByTestId('preview').click();
  await page.getByTestId('preview-panel').waitFor({ timeout: 30000 });
  await settle(page);
  return measured(page, async () => {
    await page.getByTestId('write').first().click();
    await page.getByTestId('load-written').waitFor({ timeout: 30000 });
  });
}

async function main() {
  fs.mkdirSync(results, { recursive: true });
  let out = process.env.WP_E2E_BUILD;
  if (!out) {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-inside-excel-'));
    await buildInto(out);
  }
  const bundle = fakeOfficeBundle();
  const server = await serveDir(out);
  const browser = await launch();
  const expected = await mirror();
  const { page, context, errors } = await openExcelPane(browser, server, bundle);
  let fixedIssue = null;
  const costs = {};

  const ok = await runChecks([
    [
      'the pane connects to “Excel” and names the host on its status screen',
      async () => {
        const badge = await page.getByTestId('host-badge').innerText();
        assert(badge === zhCN['status.connected'], `host badge “${badge}”`);
        assert(
          (await page.getByTestId('tab-entries').count()) === 0,
          'the in-browser entry grid is offered inside Excel',
        );
        await page.getByTestId('no-schema').waitFor();
        await shot(page, 'status-empty-zh-CN');
      },
    ],
    [
      `load: the built-in notice is written into the workbook within ${BUDGET.load} syncs`,
      async () => {
        const cost = await loadBuiltin(page);
        costs.load = cost.syncs;
        assert(cost.syncs <= BUDGET.load, `load took ${cost.syncs} syncs: ${JSON.stringify(cost.runs)}`);
        const tables = await page.evaluate(() => window.__wpFake.tableValues('WP_Entries').headers);
        // A new ledger (format 3) ends its contract columns with 来源, written by the collect step.
        const headers = [...COLUMNS.entries, ENTRY_SOURCE_COLUMN];
        assert(JSON.stringify(tables) === JSON.stringify(headers), `WP_Entries headers ${tables}`);
        await shot(page, 'load-zh-CN');
        await openTab(page, 'status');
        // The status screen counts the targets the ledger tracks: item 22's two candidates wait for confirmation.
        const tracked = expected.schema.targets.filter((t) => t.confidence !== 'low').length;
        assert(
          (await page.getByTestId('status-targets').innerText()) === String(tracked),
          'target count on the status screen',
        );
        assert(
          (await page.getByTestId('status-items').innerText()) === String(expected.schema.items.length),
          'item count on the status screen',
        );
      },
    ],
    [
      `validate: typed entries are checked by unit, 校验状态 is written, within ${BUDGET.validate} syncs`,
      async () => {
        const rows = await page.evaluate((r) => window.__wpFake.typeEntries(r), JOURNEY_ROWS);
        assert(rows.length === JOURNEY_ROWS.length && rows[0] === 2, `typed into rows ${rows}`);
        await openTab(page, 'validate');
        await page.getByTestId('validate-period').selectOption(PERIOD);
        const cost = await measured(page, async () => {
          await page.getByTestId('validate-run').click();
          await page.getByTestId('validate-totals').waitFor({ timeout: 30000 });
        });
        costs.validate = cost.syncs;
        assert(
          cost.syncs <= BUDGET.validate,
          `validate took ${cost.syncs} syncs: ${JSON.stringify(cost.runs)}`,
        );
        const sum = totals(expected.first);
        const text = await page.getByTestId('validate-totals').innerText();
        assert(
          text.includes(`错误 ${sum.errors} 个`) && text.includes(`警告 ${sum.warnings} 个`),
          `totals “${text}” vs ${JSON.stringify(sum)}`,
        );
        const statuses = await page.evaluate(() =>
          window.__wpFake.tableValues('WP_Entries').rows.map((r) => r[9]),
        );
        const want = expected.first.normalized.map((e) => STATUS_LABELS[e.status]);
        assert(JSON.stringify(statuses) === JSON.stringify(want), `校验状态 ${statuses} vs ${want}`);
        const unit = page.locator('[data-testid="unit-row"][data-unit="省科技厅"]');
        await unit.getByRole('button').first().click();
        await shot(page, 'validate-zh-CN');
      },
    ],
    [
      'validate: one picked fix changes one cell of the workbook',
      async () => {
        const unit = page.locator('[data-testid="unit-row"][data-unit="省科技厅"]');
        const issue = unit.locator('[data-testid="issue"]', { has: page.getByTestId('pick-fix') }).first();
        const rule = await issue.getAttribute('data-rule');
        const row = Number(await issue.getAttribute('data-row'));
        fixedIssue = expected.first.issues.find(
          (i) => i.unit === '省科技厅' && i.rule === rule && i.row === row,
        );
        assert(fixedIssue && fixedIssue.fix, `no fixable ${rule} on row ${row} in the domain result`);
        const before = await page.evaluate(() => window.__wpFake.tableValues('WP_Entries').rows);
        await issue.getByTestId('pick-fix').click();
        await page.getByTestId('apply-fixes').click();
        await page.getByTestId('validate-message').waitFor({ timeout: 30000 });
        await settle(page);
        const message = await page.getByTestId('validate-message').innerText();
        assert(message.includes('已修正 1 个单元格'), `message “${message}”`);
        const after = await page.evaluate(() => window.__wpFake.tableValues('WP_Entries').rows);
        const changed = [];
        after.forEach((r, i) =>
          r.forEach((v, j) => j !== 9 && v !== before[i][j] && changed.push([i + 2, COLUMNS.entries[j], v])),
        );
        const domain = await expected.backend.applyFixes([fixedIssue.id], expected.quiet, expected.never);
        const want = domain.changes.map((c) => [c.row, c.column, c.to]);
        assert(
          JSON.stringify(changed) === JSON.stringify(want),
          `cells changed ${JSON.stringify(changed)} vs ${JSON.stringify(want)}`,
        );
        const text = await page.getByTestId('validate-totals').innerText();
        assert(text.includes(`错误 ${totals(domain.result).errors} 个`), `after the fix: “${text}”`);
      },
    ],
    [
      'validate: clicking an issue selects its cell in the sheet',
      async () => {
        const unit = page.locator('[data-testid="unit-row"][data-unit="省统计局"]');
        if (!(await unit.getByTestId('issue').first().isVisible()))
          await unit.getByRole('button').first().click();
        const issue = unit.getByTestId('issue').first();
        const row = Number(await issue.getAttribute('data-row'));
        await issue.getByRole('button', { name: /定位到/ }).click();
        await page.waitForFunction(() => window.__wpFake.selection() !== null, null, { timeout: 30000 });
        await settle(page);
        const selection = await page.evaluate(() => window.__wpFake.selection());
        assert(
          selection.sheet === '进度填报' && selection.rect.top === row - 1,
          `selected ${JSON.stringify(selection)}, expected row ${row}`,
        );
        const message = await page.getByTestId('validate-message').innerText();
        assert(message.includes('已在工作表中选中'), `message “${message}”`);
      },
    ],
    [
      `summary: 上半年 headline figures equal the domain’s, within ${BUDGET.summary} syncs; one chart after two runs`,
      async () => {
        await openTab(page, 'summary');
        await page.getByTestId('summary-period').selectOption(PERIOD);
        const summary = await expected.backend.summarize(PERIOD, expected.quiet, expected.never);
        for (const run of [1, 2]) {
          const cost = await measured(page, async () => {
            await page.getByTestId('summary-run').click();
            await page.getByTestId('summary-figures').waitFor({ timeout: 30000 });
          });
          costs[`summary${run}`] = cost.syncs;
          assert(
            cost.syncs <= BUDGET.summary,
            `summary run ${run} took ${cost.syncs} syncs: ${JSON.stringify(cost.runs)}`,
          );
        }
        const shown = await page
          .locator('[data-testid="summary-figures"] li')
          .evaluateAll((els) =>
            els.map((e) => [e.getAttribute('data-status'), Number(e.getAttribute('data-count'))]),
          );
        const want = headlineFigures(summary).map((f) => [f.status, f.count]);
        assert(
          JSON.stringify(shown) === JSON.stringify(want),
          `figures ${JSON.stringify(shown)} vs ${JSON.stringify(want)}`,
        );
        const statuses = await page
          .locator('[data-testid="summary-targets"] li')
          .evaluateAll((els) =>
            els.map((e) => [e.getAttribute('data-target'), e.getAttribute('data-status')]),
          );
        assert(
          JSON.stringify(statuses) === JSON.stringify(summary.targets.map((t) => [t.id, t.status])),
          'per-target statuses differ',
        );
        const charts = await page.evaluate(() => window.__wpFake.charts('汇总'));
        assert(charts === 1, `${charts} charts on 汇总 after two runs`);
        await shot(page, 'summary-zh-CN');
        await openTab(page, 'status');
        assert(
          (await page.getByTestId('status-last-summary').innerText()).includes(PERIOD),
          'last summary period on the status screen',
        );
        await shot(page, 'status-after-zh-CN');
      },
    ],
    [
      'every request stayed under 4 MB and no API beyond the host’s level was used',
      async () => {
        const stats = await page.evaluate(() => ({
          max: window.__wpFake.stats.maxRequestBytes,
          unsupported: window.__wpFake.stats.unsupportedCalls,
        }));
        assert(stats.max > 0 && stats.max <= MAX_REQUEST_BYTES, `largest request ${stats.max} bytes`);
        assert(stats.unsupported.length === 0, `unsupported calls: ${stats.unsupported.join(', ')}`);
        console.log(
          `      syncs per press: ${JSON.stringify(costs)}; largest request ${(stats.max / 1024).toFixed(1)} KB`,
        );
      },
    ],
    [
      'on an older Excel (ExcelApi 1.5) the status screen names the features that were skipped',
      async () => {
        const old = await openExcelPane(browser, server, bundle, { apiVersion: '1.5' });
        try {
          await loadBuiltin(old.page);
          await openTab(old.page, 'status');
          const skipped = await old.page.getByTestId('status-skipped').innerText();
          assert(skipped.includes('数据验证') && skipped.includes('条件格式'), `skipped “${skipped}”`);
          const unsupported = await old.page.evaluate(() => window.__wpFake.stats.unsupportedCalls);
          assert(unsupported.length === 0, `APIs beyond 1.5 were used: ${unsupported.join(', ')}`);
          await shot(old.page, 'status-excel-1.5-zh-CN');
          assert(old.errors.length === 0, `console errors: ${old.errors.join(' | ')}`);
        } finally {
          await old.context.close();
        }
      },
    ],
    noConsoleErrors(errors),
  ]);
  return { ok, open: [context, browser, server] };
}

runSuite(main);
