/* global document -- used inside page callbacks, which run in the browser */
// The pane as a clerk meets it at 320, 350 and 1280 px, in Chinese and in English (issue 17): every screen with
// something on it (a ledger with entries, a validation run with a unit outside the ledger expanded, a summary,
// the forms of 分发, a bulletin), checked for sideways scrolling and cut controls through element boxes, run
// through axe, and — in English — for Chinese text outside user data (also after a bad paste). Screenshots of
// every screen go to test-results/layout-<width>-<lang>-<screen>.png.
// WP_E2E_BUILD=<dir> reuses an existing build instead of building into a temporary folder.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
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
  runSuite,
  checkAxe,
  layoutProblems,
  cjkOutsideUserData,
} = require('./harness.cjs');

const root = path.join(__dirname, '..', '..');
const results = path.join(root, 'test-results');
const shot = screenshotter(results, 'layout');
const PERIOD = '2021年上半年';
const WIDTHS = [320, 350, 1280];
const LANGS = ['zh-CN', 'en-US'];

/** A ledger to open: the built-in schema, the journey rows and one row from a unit written as 工信厅. */
function ledgerFile() {
  const where = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wp-layout-')), '台账.xlsx');
  const made = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(__dirname, 'makeLedger.ts'), where],
    {
      encoding: 'utf8',
    },
  );
  if (made.status !== 0 || !fs.existsSync(where)) throw new Error(`makeLedger failed: ${made.stderr}`);
  return where;
}

/** Returned files for the 回收 screen: a filled form of 省科技厅 and a file that is no form. */
function returnedFiles(ledger) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-layout-forms-'));
  const made = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      path.join(__dirname, 'makeForms.ts'),
      ledger,
      dir,
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`makeForms failed: ${made.stderr}`);
  return fs.readdirSync(dir).map((f) => path.join(dir, f));
}

/** What each screen needs to show something worth checking; run once per page, before the first check. */
const PREPARE = {
  status: async () => undefined,
  load: async (page) => {
    await page.getByTestId('preview').click();
    await page.getByTestId('preview-panel').waitFor({ timeout: 30000 });
  },
  distribute: async (page) => {
    await page.getByTestId('distribute-run').click();
    await page.getByTestId('distribute-done').waitFor({ timeout: 120000 });
  },
  entries: async () => undefined,
  collect: async (page) => {
    await page.getByTestId('collect-files').setInputFiles(returned);
    await page.getByTestId('collect-verdicts').waitFor({ timeout: 60000 });
    await page.getByTestId('collect-run').click();
    // Collecting lands on the validation result: the 回收 screen is hidden by then, its message attached.
    await page.getByTestId('collect-done').waitFor({ state: 'attached', timeout: 60000 });
    await settle(page);
  },
  validate: async (page) => {
    await page.getByTestId('validate-period').selectOption(PERIOD);
    await page.getByTestId('validate-run').click();
    await page.getByTestId('validate-totals').waitFor({ timeout: 30000 });
    await settle(page);
    const unit = page.locator('[data-testid="unit-row"][data-unit="工信厅"]');
    await unit.getByRole('button').first().click();
    await unit.getByTestId('locate').first().waitFor();
  },
  summary: async (page) => {
    await page.getByTestId('summary-period').selectOption(PERIOD);
    await page.getByTestId('summary-run').click();
    await page.getByTestId('summary-stack').waitFor({ timeout: 30000 });
    await settle(page);
  },
  bulletin: async (page) => {
    await page.getByTestId('bulletin-period').selectOption(PERIOD);
    await page.getByTestId('bulletin-run').click();
    await page.getByTestId('bulletin-preview').waitFor({ timeout: 30000 });
    await settle(page);
  },
};
const SCREENS = Object.keys(PREPARE);
/** The returned files the 回收 screen collects (made once the ledger exists). */
let returned = [];

async function main() {
  fs.mkdirSync(results, { recursive: true });
  let out = process.env.WP_E2E_BUILD;
  if (!out) {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-layout-build-'));
    await buildInto(out);
  }
  const server = await serveDir(out);
  const browser = await launch();
  const file = ledgerFile();
  returned = returnedFiles(file);
  const pages = {};
  const open = [];
  const checks = [];
  for (const lang of LANGS) {
    checks.push([
      `${lang}: the pane opens the ledger (no question: nothing unsaved yet)`,
      async () => {
        const opened = await openPage(browser, { locale: lang, viewport: { width: 350, height: 900 } });
        open.push(opened.context);
        pages[lang] = opened;
        await opened.page.goto(`${server.url}/taskpane.html`);
        await opened.page.locator('main[data-backend="browser"]').waitFor({ timeout: 30000 });
        await opened.page.getByTestId('open-xlsx').setInputFiles(file);
        await opened.page.getByTestId('status-title').waitFor({ timeout: 30000 });
        assert((await opened.page.getByTestId('confirm-replace').count()) === 0, 'asked before opening');
        for (const screen of SCREENS) {
          await openTab(opened.page, screen);
          await PREPARE[screen](opened.page);
        }
      },
    ]);
    for (const width of WIDTHS) {
      checks.push([
        `${lang} at ${width} px: no sideways scrolling and no cut control on any screen; axe finds nothing serious${lang === 'en-US' ? '; no Chinese outside user data' : ''}`,
        async () => {
          const { page } = pages[lang];
          await page.setViewportSize({ width, height: 900 });
          const problems = [];
          for (const screen of SCREENS) {
            await openTab(page, screen);
            await page.getByTestId(`screen-${screen}`).locator('h2').first().waitFor();
            // Accordion and bar transitions settle before boxes are measured.
            await page.waitForTimeout(250);
            await shot(page, `${width}-${lang}-${screen}`);
            for (const p of await layoutProblems(page)) problems.push(`${screen}: ${p}`);
            if (lang === 'en-US')
              for (const text of await cjkOutsideUserData(page))
                problems.push(`${screen}: Chinese “${text}”`);
            await checkAxe(page, `${screen} at ${width} px, ${lang}`);
          }
          assert(problems.length === 0, problems.join('\n'));
        },
      ]);
    }
  }
  checks.push([
    'the checks themselves catch a too-wide control, a cut button and Chinese outside user data',
    async () => {
      const { page } = pages['en-US'];
      await page.setViewportSize({ width: 320, height: 900 });
      await openTab(page, 'status');
      await page.evaluate(() => {
        const screen = document.querySelector('[data-testid="screen-status"]');
        const probe = document.createElement('div');
        probe.id = 'layout-probe';
        probe.innerHTML =
          '<button style="width:420px">wide</button>' +
          '<div style="overflow:hidden;width:60px"><button style="width:120px">cut</button></div>' +
          '<p>未翻译的文字</p><p data-user="">用户的文字</p>';
        screen.appendChild(probe);
      });
      const problems = await layoutProblems(page);
      const chinese = await cjkOutsideUserData(page);
      await page.evaluate(() => document.getElementById('layout-probe').remove());
      assert(
        problems.some((p) => p.includes('sideways')),
        `no sideways scrolling found: ${problems}`,
      );
      assert(
        problems.some((p) => p.includes('“wide”')),
        `the wide button was not found: ${problems}`,
      );
      assert(
        problems.some((p) => p.includes('“cut”')),
        `the cut button was not found: ${problems}`,
      );
      assert(JSON.stringify(chinese) === JSON.stringify(['未翻译的文字']), `Chinese found: ${chinese}`);
    },
  ]);
  checks.push([
    'en-US: a bad paste shows an English error with the notice’s own words as user data',
    async () => {
      const { page } = pages['en-US'];
      await page.setViewportSize({ width: 350, height: 900 });
      await openTab(page, 'load');
      await page.getByText('Paste the notice text').click();
      await page.locator('textarea').first().fill('这不是一份通知。\n只是一些随便粘贴的文字，没有编号。');
      await page.getByTestId('preview').click();
      await page.getByTestId('job-error').waitFor({ timeout: 30000 });
      const text = await page.getByTestId('job-error').innerText();
      assert(/No work items were found/.test(text), `error “${text}”`);
      const chinese = await cjkOutsideUserData(page);
      assert(chinese.length === 0, `Chinese outside user data after a bad paste: ${chinese.join(' | ')}`);
      await shot(page, '350-en-US-bad-paste');
      await checkAxe(page, 'bad paste');
    },
  ]);
  checks.push([
    'en-US: a news list naming no unit shows its targets’ reporter as pending, in English',
    async () => {
      const { page } = pages['en-US'];
      await page.setViewportSize({ width: 350, height: 900 });
      await openTab(page, 'load');
      await page.getByText('Paste the notice text').click();
      await page
        .locator('textarea')
        .first()
        .fill('某县2024年民生实事\n1\n新建公办幼儿园3所。\n2\n改造老旧小区12个。\n3\n新建农村公路50公里。');
      await page.getByTestId('preview').click();
      await page.getByTestId('preview-panel').waitFor({ timeout: 30000 });
      const reporter = page.locator('[data-testid$="-reporter"]').first();
      await reporter.scrollIntoViewIfNeeded();
      const shown = await reporter.evaluate((select) => select.options[select.selectedIndex].text);
      assert(shown === '(none yet: add a unit first)', `reporter shown as “${shown}”`);
      const chinese = await cjkOutsideUserData(page);
      assert(
        chinese.length === 0,
        `Chinese outside user data in a unit-less preview: ${chinese.join(' | ')}`,
      );
      await shot(page, '350-en-US-pending-reporter');
    },
  ]);
  checks.push([
    'no console errors along the way',
    async () => {
      const errors = LANGS.flatMap((lang) => (pages[lang] ? pages[lang].errors : []));
      assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    },
  ]);
  const ok = await runChecks(checks);
  return { ok, open: [...open, browser, server] };
}

runSuite(main);
