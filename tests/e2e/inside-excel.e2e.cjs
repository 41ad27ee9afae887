/* global window, document -- used inside page.evaluate callbacks, which run in the browser */
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
const { unzipSync } = require('fflate');

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

/** The three group counts the Validate screen shows. */
async function groupCounts(page) {
  const counts = {};
  for (const group of ['error', 'missing', 'warning'])
    counts[group] = Number(await page.getByTestId(`validate-count-${group}`).getAttribute('data-count'));
  return counts;
}

/** Opens the pane with the fake as Office.js; `options` reach the fake (apiVersion, language, platform, readyDelayMs). */
async function openExcelPane(browser, server, bundle, options = {}, waitForExcel = true) {
  const opened = await openPage(browser, { locale: 'zh-CN', acceptDownloads: true });
  // A page route wins over the harness's context route to the installed office.js.
  await opened.page.route(OFFICE_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'application/javascript', body: bundle }),
  );
  await opened.page.addInitScript((o) => (window.__wpFakeOptions = o), options);
  await opened.page.goto(`${server.url}/taskpane.html`);
  if (waitForExcel) await opened.page.locator('main[data-backend="excel"]').waitFor({ timeout: 30000 });
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
      'the built page sets its Content-Security-Policy and runs no inline script',
      async () => {
        const { policy, inline } = await page.evaluate(() => ({
          policy: document
            .querySelector('meta[http-equiv="Content-Security-Policy"]')
            ?.getAttribute('content'),
          inline: [...document.scripts].filter((s) => !s.src).length,
        }));
        assert(
          policy && /script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/.test(policy),
          `policy ${policy}`,
        );
        assert(inline === 0, `${inline} inline scripts`);
        const maps = fs.readdirSync(out).filter((f) => f.endsWith('.map'));
        assert(maps.length === 0, `source maps published: ${maps.join(', ')}`);
      },
    ],
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
        // One target count: the targets the ledger tracks, item 22's two candidates named beside them.
        const tracked = expected.schema.targets.filter((t) => t.confidence !== 'low').length;
        const candidates = expected.schema.targets.length - tracked;
        const count = await page.getByTestId('status-targets').innerText();
        assert(
          count === `${tracked} 个目标指标（另有 ${candidates} 个待确认）`,
          `target count on the status screen: “${count}”`,
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
        const shown = await groupCounts(page);
        assert(
          shown.error === sum.errors && shown.missing === sum.missing && shown.warning === sum.warnings,
          `totals ${JSON.stringify(shown)} vs ${JSON.stringify(sum)}`,
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
        const shown = await groupCounts(page);
        assert(shown.error === totals(domain.result).errors, `after the fix: ${JSON.stringify(shown)}`);
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
        // On a busy machine the list may still be settling after the fix above when the button is pressed: the
        // press is repeated (up to three times) until the sheet reports a selection.
        const locate = issue.getByRole('button', { name: /定位到/ });
        for (let attempt = 1; ; attempt++) {
          await locate.click();
          const selected = await page
            .waitForFunction(() => window.__wpFake.selection() !== null, null, { timeout: 10000 })
            .then(() => true)
            .catch(() => false);
          if (selected) break;
          assert(attempt < 3, 'no cell was selected after pressing 定位到 three times');
        }
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
      '分发 in Excel on Windows: the forms of 上半年 download as one .zip with one file per unit',
      async () => {
        await openTab(page, 'distribute');
        await page.getByTestId('distribute-run').click();
        await page.getByTestId('distribute-done').waitFor({ timeout: 120000 });
        await settle(page);
        const listed = await page
          .locator('[data-testid="distribute-files"] li')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')));
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('distribute-download').click(),
        ]);
        const zipPath = path.join(results, 'inside-excel-forms.zip');
        await download.saveAs(zipPath);
        const names = Object.keys(unzipSync(new Uint8Array(fs.readFileSync(zipPath))));
        assert(
          JSON.stringify(names.sort()) === JSON.stringify(listed.map((u) => `${PERIOD}-${u}.xlsx`).sort()),
          `zip holds ${names.length} files for ${listed.length} units`,
        );
        assert(names.length > 20, `only ${names.length} forms`);
        const opened = await page.evaluate(() => window.__wpFake.openedWorkbooks());
        assert(opened.length === 0, 'a form was opened in a window on Windows');
        await shot(page, 'distribute-zh-CN');
      },
    ],
    [
      '通报 in Excel: the bulletin is written as a 通报 sheet with its 滞后事项清单 table',
      async () => {
        await openTab(page, 'bulletin');
        await page.getByTestId('bulletin-run').click();
        await page.getByTestId('bulletin-preview').waitFor({ timeout: 30000 });
        await settle(page);
        assert((await page.getByTestId('bulletin-docx').count()) === 1, 'no .docx on Windows');
        await page.getByTestId('bulletin-sheet').click();
        await page.getByTestId('bulletin-note').waitFor({ timeout: 30000 });
        await settle(page);
        const sheets = await page.evaluate(() => window.__wpFake.sheetNames());
        assert(sheets.includes('通报'), `sheets ${sheets}`);
        const want = (await expected.backend.bulletin(PERIOD, null, 'zh-CN')).bulletin;
        const table = await page.evaluate(() => window.__wpFake.tableValues('WP_BulletinLagging'));
        assert(
          JSON.stringify(table.rows.map((r) => r.map(String))) === JSON.stringify(want.attachment.table.rows),
          `滞后事项清单 ${JSON.stringify(table.rows.slice(0, 1))}`,
        );
        await shot(page, 'bulletin-zh-CN');
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
    [
      'on Office LTSC 2021 (ExcelApi 1.14) loading, validating and summarising skip nothing',
      async () => {
        const ltsc = await openExcelPane(browser, server, bundle, { apiVersion: '1.14' });
        try {
          await loadBuiltin(ltsc.page);
          await ltsc.page.evaluate((r) => window.__wpFake.typeEntries(r), JOURNEY_ROWS);
          await openTab(ltsc.page, 'summary');
          await ltsc.page.getByTestId('summary-period').selectOption(PERIOD);
          await ltsc.page.getByTestId('summary-run').click();
          await ltsc.page.getByTestId('summary-figures').waitFor({ timeout: 30000 });
          await settle(ltsc.page);
          await openTab(ltsc.page, 'status');
          await ltsc.page.getByTestId('status-items').waitFor({ timeout: 30000 });
          const skipped = await ltsc.page.getByTestId('status-skipped').count();
          assert(skipped === 0, 'the status screen lists skipped features on ExcelApi 1.14');
          const unsupported = await ltsc.page.evaluate(() => window.__wpFake.stats.unsupportedCalls);
          assert(unsupported.length === 0, `APIs beyond 1.14 were used: ${unsupported.join(', ')}`);
          assert(ltsc.errors.length === 0, `console errors: ${ltsc.errors.join(' | ')}`);
        } finally {
          await ltsc.context.close();
        }
      },
    ],
    [
      'on Mac (ExcelApi 1.8) the forms open in new Excel windows one at a time, and there is no download',
      async () => {
        const mac = await openExcelPane(browser, server, bundle, { platform: 'Mac' });
        try {
          await loadBuiltin(mac.page);
          await openTab(mac.page, 'distribute');
          await mac.page.getByTestId('distribute-run').click();
          await mac.page.getByTestId('distribute-done').waitFor({ timeout: 120000 });
          await settle(mac.page);
          assert(
            (await mac.page.getByTestId('distribute-download').count()) === 0,
            'a download offered on Mac',
          );
          const total = await mac.page.locator('[data-testid="distribute-files"] li').count();
          for (const n of [1, 2]) {
            await mac.page.getByTestId('distribute-open-next').click();
            await mac.page.waitForFunction((k) => window.__wpFake.openedWorkbooks().length === k, n);
          }
          const opened = await mac.page.evaluate(() => window.__wpFake.openedWorkbooks());
          assert(
            opened.length === 2 && opened.every((b) => b > 5000),
            `opened ${JSON.stringify(opened)} of ${total}`,
          );
          await shot(mac.page, 'distribute-mac-zh-CN');
          await openTab(mac.page, 'bulletin');
          await mac.page.getByTestId('bulletin-run').click();
          await mac.page.getByTestId('bulletin-preview').waitFor({ timeout: 30000 });
          assert(
            (await mac.page.getByTestId('bulletin-docx').count()) === 0,
            'a .docx download offered on Mac',
          );
          assert((await mac.page.getByTestId('bulletin-copy').count()) === 1, 'no copy on Mac');
          assert(mac.errors.length === 0, `console errors: ${mac.errors.join(' | ')}`);
        } finally {
          await mac.context.close();
        }
      },
    ],
    [
      'when Office.onReady answers late, the pane says it is connecting, then switches to Excel',
      async () => {
        const slow = await openExcelPane(browser, server, bundle, { readyDelayMs: 8000 }, false);
        try {
          await slow.page.getByTestId('status-connecting').waitFor({ timeout: 20000 });
          await shot(slow.page, 'status-connecting-zh-CN');
          await slow.page.locator('main[data-backend="excel"]').waitFor({ timeout: 30000 });
          const badge = await slow.page.getByTestId('host-badge').innerText();
          assert(badge === zhCN['status.connected'], `host badge after the late answer: “${badge}”`);
          assert(slow.errors.length === 0, `console errors: ${slow.errors.join(' | ')}`);
        } finally {
          await slow.context.close();
        }
      },
    ],
    [
      'on a Mac below ExcelApi 1.8 the pane says the forms cannot be opened there, and what to do',
      async () => {
        const mac = await openExcelPane(browser, server, bundle, { platform: 'Mac', apiVersion: '1.7' });
        try {
          await loadBuiltin(mac.page);
          await openTab(mac.page, 'distribute');
          await mac.page.getByTestId('distribute-run').click();
          await mac.page.getByTestId('distribute-done').waitFor({ timeout: 120000 });
          await settle(mac.page);
          const text = await mac.page.getByTestId('screen-distribute').innerText();
          assert(text.includes('ExcelApi 1.8') && text.includes('workpoints returns'), 'no explanation');
          assert((await mac.page.getByTestId('distribute-open-next').count()) === 0, 'offers to open');
          const unsupported = await mac.page.evaluate(() => window.__wpFake.stats.unsupportedCalls);
          assert(unsupported.length === 0, `APIs beyond 1.7 were used: ${unsupported.join(', ')}`);
        } finally {
          await mac.context.close();
        }
      },
    ],
    noConsoleErrors(errors),
  ]);
  return { ok, open: [context, browser, server] };
}

runSuite(main);
