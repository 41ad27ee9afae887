/* global window, document -- used inside page.evaluate callbacks, which run in the browser */
// The outside-Excel journey as a user walks it, in the built task pane: load the built-in notice, enter entries
// for three units (mistakes included), validate, fix, summarise 上半年, download the .xlsx and let LibreOffice
// recalculate its 汇总 sheet. Every visible figure is compared with the same steps run on the domain code.
// Screenshots of each screen in zh-CN and en-US at 350 px go to test-results/; axe-core checks every screen.
// WP_E2E_BUILD=<dir> reuses an existing build instead of building into a temporary folder.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const tsx = require('tsx/cjs/api');
const axeSource = require('axe-core').source;
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
const { findSoffice, sheetsAsCsv } = require('../../scripts/libreoffice.cjs');

const root = path.join(__dirname, '..', '..');
const results = path.join(root, 'test-results');
const shot = screenshotter(results, 'journey');
const PERIOD = '2021年上半年';
// The user drops both low-confidence candidates of item 22 (tracked lists of companies, not yearly targets).
const DROPPED = ['T22.1', 'T22.2'];
const load = (file) => tsx.require(path.join(root, file), __filename);

const { BrowserBackend } = load('src/taskpane/backend/browser/browserBackend.ts');
const { JOURNEY_ROWS } = load('tests/taskpane/journeyRows.ts');
const { unitsWorstFirst, totals } = load('src/taskpane/state/validationView.ts');
const { headlineFigures } = load('src/taskpane/state/summaryView.ts');

/** Runs axe on the page and fails on serious or critical violations. */
async function checkAxe(page, screen) {
  if (!(await page.evaluate(() => typeof window.axe === 'object')))
    // Evaluated, not added as a <script>: the page's Content-Security-Policy forbids inline scripts.
    await page.evaluate(axeSource);
  // A panel still fading in (Fluent's motion) has low contrast for a moment: let animations finish first.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
  const violations = await page.evaluate(async () => {
    // Tabster's focus sentinels (<i data-tabster-dummy tabindex=0 aria-hidden>, used by Fluent's TabList and
    // Accordion) pass focus on at once; axe cannot know that and flags them, so they are left out.
    const result = await window.axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      { resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(bad.length === 0, `axe on ${screen}: ${JSON.stringify(bad)}`);
}

/** The same journey on the backend alone: what the pane must show. */
async function mirror() {
  const never = new AbortController().signal;
  const quiet = () => undefined;
  const backend = new BrowserBackend();
  const preview = await backend.previewBuiltin();
  const schema = {
    ...preview.schema,
    targets: preview.schema.targets.filter((t) => !DROPPED.includes(t.id)),
  };
  await backend.loadSchema(schema, quiet, never);
  for (const row of JOURNEY_ROWS) await backend.entries.add(row);
  const first = await backend.validate(PERIOD, quiet, never);
  return { backend, schema, first, never, quiet };
}

async function main() {
  fs.mkdirSync(results, { recursive: true });
  let out = process.env.WP_E2E_BUILD;
  if (!out) {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-journey-'));
    const report = await buildInto(out);
    const initial = /initial JavaScript ([\d.]+) KB gzip/.exec(report.split('entry taskpane:')[1] || '');
    console.log(`  build: taskpane initial JavaScript ${initial ? initial[1] : '?'} KB gzip`);
  }
  const server = await serveDir(out);
  const browser = await launch();
  const expected = await mirror();
  const { page, context, errors } = await openPage(browser, { locale: 'zh-CN', acceptDownloads: true });
  let fixedIssue = null;
  let downloaded = '';

  const ok = await runChecks([
    [
      'the pane opens on its status screen with the in-browser workbook',
      async () => {
        await page.goto(`${server.url}/taskpane.html`);
        await page.getByTestId('tab-load').waitFor({ timeout: 30000 });
        assert(
          (await page.locator('main').getAttribute('data-backend')) === 'browser',
          'browser backend not loaded',
        );
        await page.getByTestId('no-schema').waitFor();
        await shot(page, 'status-empty-zh-CN');
        await checkAxe(page, 'status');
      },
    ],
    [
      'load: the built-in notice previews with its sections, targets and diagnostics; a candidate can be dropped',
      async () => {
        await openTab(page, 'load');
        await page.getByTestId('preview').click();
        await page.getByTestId('preview-panel').waitFor({ timeout: 30000 });
        const preview = await expected.backend.previewBuiltin();
        const counts = await page.getByTestId('preview-counts').innerText();
        const s = preview.schema;
        for (const part of [
          `${s.sections.length} 个板块`,
          `${s.items.length} 项工作任务`,
          `${s.targets.length} 个目标指标`,
        ]) {
          assert(counts.includes(part), `counts “${counts}” lack “${part}”`);
        }
        const diagnostics = await page.getByTestId('preview-diagnostics').locator('li').count();
        assert(
          diagnostics === preview.diagnostics.length,
          `${diagnostics} diagnostics shown, ${preview.diagnostics.length} expected`,
        );
        const source = await page.getByTestId('target-T19_2').locator('mark').innerText();
        assert(
          source === s.targets.find((t) => t.id === 'T19.2').source.text,
          `T19.2 source highlight is “${source}”`,
        );
        for (const id of DROPPED) {
          await page.getByTestId(`target-${id.replace('.', '_')}-drop`).click();
          await page.getByTestId(`target-${id.replace('.', '_')}`).waitFor({ state: 'detached' });
        }
        const heading = await page.locator('#targets-heading').innerText();
        assert(
          heading.includes(String(s.targets.length - DROPPED.length)),
          `targets heading “${heading}” after dropping`,
        );
        await shot(page, 'load-zh-CN');
        await checkAxe(page, 'load');
      },
    ],
    [
      'load: writing keeps the edit and the status screen shows the counts',
      async () => {
        await page.getByTestId('write').first().click();
        await page.getByTestId('load-written').waitFor({ timeout: 30000 });
        const written = await page.getByTestId('load-written').innerText();
        assert(written.includes(`${expected.schema.targets.length} 个目标指标`), `written: ${written}`);
        await openTab(page, 'status');
        assert(
          (await page.getByTestId('status-items').innerText()) === String(expected.schema.items.length),
          'item count',
        );
        assert(
          (await page.getByTestId('status-targets').innerText()) === String(expected.schema.targets.length),
          'target count',
        );
        await shot(page, 'status-zh-CN');
      },
    ],
    [
      'entries: three units enter their rows, mistakes included',
      async () => {
        await openTab(page, 'entries');
        for (const row of JOURNEY_ROWS) {
          for (const [column, value] of Object.entries(row))
            await page.getByTestId(`entry-${column}`).fill(String(value));
          await page.getByTestId('entry-add').click();
          await page.waitForFunction(
            (n) => document.querySelectorAll('[data-testid="entry-table"] tbody tr').length === n,
            JOURNEY_ROWS.indexOf(row) + 1,
          );
        }
        const cells = await page
          .locator('[data-testid="entry-table"] tbody tr')
          .nth(3)
          .locator('td')
          .allInnerTexts();
        assert(cells[4] === '900家', `the text figure was stored as “${cells[4]}”`);
        await shot(page, 'entries-zh-CN');
        await checkAxe(page, 'entries');
      },
    ],
    [
      'validate: units worst first with the domain’s counts, each unit’s issues when expanded',
      async () => {
        await openTab(page, 'validate');
        await page.getByTestId('validate-period').selectOption(PERIOD);
        await page.getByTestId('validate-run').click();
        await page.getByTestId('validate-totals').waitFor({ timeout: 30000 });
        await settle(page);
        const sum = totals(expected.first);
        const text = await page.getByTestId('validate-totals').innerText();
        assert(
          text.includes(`错误 ${sum.errors} 个`) && text.includes(`警告 ${sum.warnings} 个`),
          `totals “${text}” vs ${JSON.stringify(sum)}`,
        );
        const order = await page
          .getByTestId('unit-row')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')));
        const want = unitsWorstFirst(expected.first);
        assert(
          JSON.stringify(order) === JSON.stringify(want.map((r) => r.report.unit)),
          `unit order ${order.slice(0, 4)}`,
        );
        for (const unit of ['省科技厅', '省统计局', '省工业和信息化厅']) {
          const row = page.locator(`[data-testid="unit-row"][data-unit="${unit}"]`);
          await row.getByRole('button').first().click();
          const rules = await row
            .getByTestId('issue')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
          const mine = want.find((r) => r.report.unit === unit).issues.map((i) => i.rule);
          assert(JSON.stringify(rules) === JSON.stringify(mine), `${unit}: shown ${rules} expected ${mine}`);
        }
        const mistakes = want.find((r) => r.report.unit === '省科技厅').issues;
        assert(
          mistakes.some((i) => i.rule === 'period-alias') &&
            mistakes.some((i) => i.rule === 'normalized-number'),
          'the mistakes were not found',
        );
        assert(
          want.find((r) => r.report.unit === '省统计局').issues.some((i) => i.rule === 'not-reporter'),
          'reporting for another unit not found',
        );
        await shot(page, 'validate-zh-CN');
        await checkAxe(page, 'validate');
      },
    ],
    [
      'validate: applying one picked fix changes one cell and validation runs again',
      async () => {
        const unit = page.locator('[data-testid="unit-row"][data-unit="省科技厅"]');
        const issue = unit.locator('[data-testid="issue"]', { has: page.getByTestId('pick-fix') }).first();
        const rule = await issue.getAttribute('data-rule');
        const row = Number(await issue.getAttribute('data-row'));
        fixedIssue = expected.first.issues.find(
          (i) => i.unit === '省科技厅' && i.rule === rule && i.row === row,
        );
        assert(fixedIssue && fixedIssue.fix, `no fixable ${rule} on row ${row} in the domain result`);
        await issue.getByTestId('pick-fix').click();
        await page.getByTestId('apply-fixes').click();
        await page.getByTestId('validate-message').waitFor({ timeout: 30000 });
        await settle(page);
        const message = await page.getByTestId('validate-message').innerText();
        assert(message.includes('已修正 1 个单元格'), `message “${message}”`);
        const after = await expected.backend.applyFixes([fixedIssue.id], expected.quiet, expected.never);
        const sum = totals(after.result);
        const text = await page.getByTestId('validate-totals').innerText();
        assert(text.includes(`错误 ${sum.errors} 个`), `after the fix: “${text}” vs ${sum.errors} errors`);
      },
    ],
    [
      'validate: clicking an issue selects its cell (in the browser: the entry grid row)',
      async () => {
        const unit = page.locator('[data-testid="unit-row"][data-unit="省统计局"]');
        if (!(await unit.getByTestId('issue').first().isVisible()))
          await unit.getByRole('button').first().click();
        const issue = unit.getByTestId('issue').first();
        const row = await issue.getAttribute('data-row');
        await issue.getByRole('button', { name: /定位到/ }).click();
        await page.getByTestId('screen-entries').waitFor();
        const selected = await page.getByTestId('entry-selected').innerText();
        assert(selected.includes(`第 ${row} 行`), `selected “${selected}”, expected row ${row}`);
        assert(
          (await page.locator(`#entry-row-${row}`).getAttribute('class')) !== null,
          'row not highlighted',
        );
      },
    ],
    [
      'summary: 上半年 headline figures equal the domain’s summary',
      async () => {
        await openTab(page, 'summary');
        await page.getByTestId('summary-period').selectOption(PERIOD);
        await page.getByTestId('summary-run').click();
        await page.getByTestId('summary-figures').waitFor({ timeout: 30000 });
        await settle(page);
        const summary = await expected.backend.summarize(PERIOD, expected.quiet, expected.never);
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
        assert(
          summary.targets.some((t) => t.status !== '未报送'),
          'no target counted at all',
        );
        await shot(page, 'summary-zh-CN');
        await checkAxe(page, 'summary');
      },
    ],
    [
      'status: the download is the ledger with the entries and the 汇总 sheet',
      async () => {
        await openTab(page, 'status');
        assert(
          (await page.getByTestId('status-entries').innerText()) === String(JOURNEY_ROWS.length),
          'entry count',
        );
        assert(
          (await page.getByTestId('status-last-summary').innerText()).includes(PERIOD),
          'last summary period',
        );
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('download').click(),
        ]);
        downloaded = path.join(results, 'journey-browser.xlsx');
        await download.saveAs(downloaded);
        const { readWorkbookPackage } = load('src/xlsx/package/readSnapshot.ts');
        const snapshot = await readWorkbookPackage(
          new Uint8Array(fs.readFileSync(downloaded)),
          'download.xlsx',
          {
            scope: 'all',
          },
        );
        const entries = snapshot.tables.find((t) => t.name === 'WP_Entries');
        const mine = await expected.backend.entries.rows();
        assert(entries && entries.rows.length === mine.length, 'entry rows in the file');
        assert(
          JSON.stringify(entries.rows.map((r) => r.values.slice(0, 9))) ===
            JSON.stringify(mine.map((r) => r.values.slice(0, 9))),
          'entries differ from the pane’s',
        );
        assert(
          snapshot.sheets.some((s) => s.name === '汇总'),
          'no 汇总 sheet',
        );
        await shot(page, 'status-after-zh-CN');
      },
    ],
    [
      'LibreOffice recalculates the downloaded 汇总 to the domain’s figures',
      async () => {
        if (!findSoffice()) throw new Error('LibreOffice (soffice) is not installed; .ci/run installs it');
        const sheets = sheetsAsCsv(downloaded);
        const grid = sheets['汇总'];
        assert(grid, `no 汇总 in ${Object.keys(sheets)}`);
        const headerAt = grid.findIndex((r) => r[0] === '指标编号' && r.includes('状态'));
        const header = grid[headerAt];
        const col = (name) => header.indexOf(name);
        const summary = await expected.backend.summarize(PERIOD, expected.quiet, expected.never);
        for (const target of summary.targets) {
          const row = grid.slice(headerAt + 1).find((r) => r[0] === target.id);
          assert(row, `${target.id} missing from 汇总`);
          assert(
            row[col('状态')] === target.status,
            `${target.id}: LibreOffice shows ${row[col('状态')]}, domain ${target.status}`,
          );
          const actual = row[col('累计完成值')];
          const shownActual = actual === '' ? null : Number(actual.replace(/,/g, ''));
          assert(shownActual === target.actual, `${target.id}: 累计完成值 ${actual} vs ${target.actual}`);
        }
      },
    ],
    [
      'the English pane shows every screen, and each passes axe',
      async () => {
        await page.getByTestId('lang-switch').click();
        await page.getByText('Add-in status').waitFor();
        await shot(page, 'status-en-US');
        await checkAxe(page, 'status en-US');
        await openTab(page, 'load');
        await page.getByTestId('preview').click();
        await page.getByTestId('preview-changes').waitFor({ timeout: 30000 });
        await shot(page, 'load-en-US');
        await checkAxe(page, 'load en-US');
        await openTab(page, 'entries');
        await shot(page, 'entries-en-US');
        await openTab(page, 'validate');
        await page.getByTestId('validate-period').selectOption(PERIOD);
        await page.getByTestId('validate-run').click();
        await page.getByTestId('validate-totals').waitFor({ timeout: 30000 });
        await settle(page);
        assert(
          (await page.getByTestId('validate-totals').innerText()).includes('errors'),
          'totals not in English',
        );
        await page.getByTestId('unit-row').first().getByRole('button').first().click();
        await shot(page, 'validate-en-US');
        await checkAxe(page, 'validate en-US');
        await openTab(page, 'summary');
        await page.getByTestId('summary-period').selectOption(PERIOD);
        await page.getByTestId('summary-run').click();
        await page.getByTestId('summary-figures').waitFor({ timeout: 30000 });
        await settle(page);
        await shot(page, 'summary-en-US');
        await checkAxe(page, 'summary en-US');
      },
    ],
    noConsoleErrors(errors),
  ]);
  return { ok, open: [context, browser, server] };
}

runSuite(main);
