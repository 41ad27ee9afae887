/* global document -- used inside page.evaluate callbacks, which run in the browser */
// The outside-Excel journey as a user walks it, in the built task pane: load the built-in notice (one candidate
// confirmed, one dropped), enter entries for three units (mistakes included) through the comboboxes, edit a cell
// in the grid with the keyboard, validate, fix, go to a cell, summarise 上半年, make the return forms (分发) and
// download them as one .zip, write the 通报 (edit 下步工作, copy, .docx, 通报 sheet), download the .xlsx (named
// after the period) and let LibreOffice recalculate its 汇总 sheet, then open it again over unsaved changes
// (asked first). Every visible figure is compared with the same steps run on the domain code.
// Screenshots of each screen in zh-CN and en-US at 350 px go to test-results/; axe-core checks every screen.
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
  checkAxe,
  cjkOutsideUserData,
} = require('./harness.cjs');
const { unzipSync, strFromU8 } = require('fflate');
const { findSoffice, sheetsAsCsv } = require('../../scripts/libreoffice.cjs');

const root = path.join(__dirname, '..', '..');
const results = path.join(root, 'test-results');
const shot = screenshotter(results, 'journey');
const PERIOD = '2021年上半年';
// Item 22 has two low-confidence candidates: the user confirms the first and drops the second.
const CONFIRMED = ['T22.1'];
const DROPPED = ['T22.2'];
const load = (file) => tsx.require(path.join(root, file), __filename);

const { BrowserBackend } = load('src/taskpane/backend/browser/browserBackend.ts');
const { JOURNEY_ROWS } = load('tests/taskpane/journeyRows.ts');
const { unitsWorstFirst, totals } = load('src/taskpane/state/validationView.ts');
const { headlineFigures } = load('src/taskpane/state/summaryView.ts');

/** The three group counts the Validate screen shows. */
async function groupCounts(page) {
  const counts = {};
  for (const group of ['error', 'missing', 'warning'])
    counts[group] = Number(await page.getByTestId(`validate-count-${group}`).getAttribute('data-count'));
  return counts;
}

/** The same journey on the backend alone: what the pane must show. */
async function mirror() {
  const never = new AbortController().signal;
  const quiet = () => undefined;
  const backend = new BrowserBackend();
  const preview = await backend.previewBuiltin();
  const schema = {
    ...preview.schema,
    targets: preview.schema.targets
      .filter((t) => !DROPPED.includes(t.id))
      .map((t) => (CONFIRMED.includes(t.id) ? { ...t, confidence: 'high' } : t)),
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
  const { page, context, errors } = await openPage(browser, {
    locale: 'zh-CN',
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
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
      'load: the built-in notice previews with one target count (candidates beside it); a candidate is confirmed, one dropped',
      async () => {
        await openTab(page, 'load');
        await page.getByTestId('preview').click();
        await page.getByTestId('preview-panel').waitFor({ timeout: 30000 });
        const preview = await expected.backend.previewBuiltin();
        const counts = await page.getByTestId('preview-counts').innerText();
        const s = preview.schema;
        const candidates = s.targets.filter((t) => t.confidence === 'low').length;
        for (const part of [
          `${s.sections.length} 个板块`,
          `${s.items.length} 项工作任务`,
          `${s.targets.length - candidates} 个目标指标（另有 ${candidates} 个待确认）`,
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
        for (const id of CONFIRMED) {
          await page.getByTestId(`target-${id.replace('.', '_')}-confirm`).click();
          await page.getByTestId(`target-${id.replace('.', '_')}-confirm`).waitFor({ state: 'detached' });
        }
        for (const id of DROPPED) {
          await page.getByTestId(`target-${id.replace('.', '_')}-drop`).click();
          await page.getByTestId(`target-${id.replace('.', '_')}`).waitFor({ state: 'detached' });
        }
        const heading = await page.locator('#targets-heading').innerText();
        const tracked = expected.schema.targets.length;
        assert(
          heading.includes(`${tracked} 个目标指标`) && !heading.includes('待确认'),
          `targets heading “${heading}” after confirming and dropping`,
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
        const targets = await page.getByTestId('status-targets').innerText();
        assert(targets === `${expected.schema.targets.length} 个目标指标`, `target count “${targets}”`);
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
        const shown = await groupCounts(page);
        assert(
          shown.error === sum.errors && shown.missing === sum.missing && shown.warning === sum.warnings,
          `totals ${JSON.stringify(shown)} vs ${JSON.stringify(sum)}`,
        );
        assert(sum.errors > 0 && sum.missing > 0, 'the journey should have errors and missing reports');
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
        const shown = await groupCounts(page);
        assert(shown.error === sum.errors, `after the fix: ${JSON.stringify(shown)} vs ${sum.errors} errors`);
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
        // At 350 px the cell's column is beyond the grid's first screen: it is scrolled into view both ways.
        const seen = await page.evaluate(() => {
          const cell = document.querySelector('[data-testid="entry-table"] td[data-selected="true"]');
          const box = document.querySelector('[data-testid="entry-scroller"]');
          if (!cell || !box) return null;
          const c = cell.getBoundingClientRect();
          const b = box.getBoundingClientRect();
          return {
            column: cell.getAttribute('data-column'),
            inside:
              c.left >= b.left - 1 &&
              c.right <= b.right + 1 &&
              c.top >= b.top - 1 &&
              c.bottom <= b.bottom + 1,
            scrolledLeft: box.scrollLeft,
          };
        });
        assert(seen && seen.inside, `the selected cell is not in view: ${JSON.stringify(seen)}`);
        assert(seen.column === '累计完成值' && seen.scrolledLeft > 0, `scrolled ${JSON.stringify(seen)}`);
        await shot(page, 'entries-located-zh-CN');
      },
    ],
    [
      'entries: a grid cell is edited with the keyboard (Enter edits and saves, Esc cancels, Tab moves right)',
      async () => {
        const cell = (r, c) => page.locator(`[data-testid="entry-table"] td[data-cell="${r}:${c}"]`);
        const progress = 6; // 工作进展
        await cell(0, progress).click();
        await page.keyboard.press('Enter');
        await page.getByTestId('entry-cell-editor').fill('新增入规企业600户（已核实）');
        await page.keyboard.press('Enter');
        await page.getByTestId('entry-cell-editor').waitFor({ state: 'detached' });
        await page.waitForFunction(
          () => document.querySelector('[data-cell="0:6"]')?.textContent === '新增入规企业600户（已核实）',
        );
        const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-cell'));
        assert(focused === `1:${progress}`, `focus after Enter is on ${focused}`);
        await page.keyboard.press('Enter');
        await page.getByTestId('entry-cell-editor').fill('不要保存');
        await page.keyboard.press('Escape');
        await page.getByTestId('entry-cell-editor').waitFor({ state: 'detached' });
        assert((await cell(1, progress).innerText()) === JOURNEY_ROWS[1]['工作进展'], 'Esc did not cancel');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Tab');
        const moved = await page.evaluate(() => document.activeElement?.getAttribute('data-cell'));
        assert(moved === `1:${progress + 1}`, `focus after Tab is on ${moved}`);
        // The domain mirror gets the same edit, so the figures stay comparable.
        await expected.backend.entries.update(2, '工作进展', '新增入规企业600户（已核实）');
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
      '分发: the forms of 上半年 are made unit by unit and downloaded as one .zip with one file per unit',
      async () => {
        await openTab(page, 'distribute');
        assert(
          (await page.getByTestId('distribute-period').inputValue()) === PERIOD,
          'the period picker does not start at the latest period with entries',
        );
        await page.getByTestId('distribute-run').click();
        await page.getByTestId('distribute-progress').waitFor({ timeout: 30000 });
        await page.getByTestId('distribute-done').waitFor({ timeout: 120000 });
        await settle(page);
        const { planReturnForms } = load('src/workbook/returnForms.ts');
        const { validateEntries } = load('src/domain/validation/index.ts');
        const rows = await expected.backend.entries.rows();
        const schema = expected.schema;
        const plan = planReturnForms({
          schema,
          entries: validateEntries(schema, rows, { period: PERIOD }).normalized,
          period: PERIOD,
          generatedAt: new Date(),
        });
        const names = plan.forms.map((f) => f.fileName);
        const listed = await page
          .locator('[data-testid="distribute-files"] li')
          .evaluateAll((els) => els.map((e) => e.textContent));
        assert(listed.length === names.length, `${listed.length} forms listed, ${names.length} expected`);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('distribute-download').click(),
        ]);
        assert(
          download.suggestedFilename() === `${PERIOD}-填报表.zip`,
          `zip named ${download.suggestedFilename()}`,
        );
        const zipPath = path.join(results, 'journey-forms.zip');
        await download.saveAs(zipPath);
        const files = unzipSync(new Uint8Array(fs.readFileSync(zipPath)));
        assert(
          JSON.stringify(Object.keys(files).sort()) === JSON.stringify([...names].sort()),
          `zip holds ${Object.keys(files).length} files: ${Object.keys(files).slice(0, 3)}`,
        );
        for (const [name, bytes] of Object.entries(files))
          assert(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes.length > 5000, `${name} is not an .xlsx`);
        await shot(page, 'distribute-zh-CN');
        await checkAxe(page, 'distribute');
      },
    ],
    [
      '分发: forms for two chosen units only',
      async () => {
        const units = page.getByTestId('distribute-units');
        for (const unit of ['省科技厅', '省统计局']) {
          await units.fill(unit.slice(1, 3));
          if ((await units.getAttribute('aria-expanded')) !== 'true') await units.press('ArrowDown');
          // A multiselect Fluent combobox lists its options as menu item checkboxes.
          await page.getByRole('menuitemcheckbox', { name: unit, exact: true }).click();
        }
        await page.keyboard.press('Escape');
        const chosen = await page.getByTestId('distribute-chosen').innerText();
        assert(chosen.includes('省科技厅') && chosen.includes('省统计局'), `chosen “${chosen}”`);
        await page.getByTestId('distribute-run').click();
        await page.getByTestId('distribute-done').waitFor({ timeout: 60000 });
        await settle(page);
        const listed = await page
          .locator('[data-testid="distribute-files"] li')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')));
        assert(
          JSON.stringify([...listed].sort()) === JSON.stringify(['省科技厅', '省统计局'].sort()),
          `forms for ${listed}`,
        );
      },
    ],
    [
      '通报: the preview is the domain’s bulletin; 下步工作 is edited, the text copied, the .docx downloaded, the sheet written',
      async () => {
        await openTab(page, 'bulletin');
        await page.getByTestId('bulletin-run').click();
        await page.getByTestId('bulletin-preview').waitFor({ timeout: 30000 });
        await settle(page);
        const want = (await expected.backend.bulletin(PERIOD, null, 'zh-CN')).bulletin;
        const paragraphs = await page.getByTestId('bulletin-paragraph').allInnerTexts();
        const body = want.body.filter((b) => b.kind === 'paragraph').map((b) => b.text);
        assert(JSON.stringify(paragraphs) === JSON.stringify(body), `paragraphs differ: ${paragraphs[1]}`);
        const lagging = await page.locator('[data-testid="bulletin-attachment"] tbody tr').count();
        assert(lagging === want.attachment.table.rows.length && lagging > 0, `${lagging} lagging rows shown`);
        const steps = ['一是加强月度调度，逐项对账。', '二是对滞后指标挂牌督办。'];
        await page.getByTestId('bulletin-next-steps').fill(steps.join('\n'));
        await page.getByTestId('bulletin-apply-steps').click();
        await page.waitForFunction(
          (last) =>
            [...document.querySelectorAll('[data-testid="bulletin-paragraph"]')].some(
              (p) => p.textContent === last,
            ),
          steps[1],
        );
        await settle(page);
        const edited = (await expected.backend.bulletin(PERIOD, steps, 'zh-CN')).bulletin;
        await page.getByTestId('bulletin-copy').click();
        await page.getByTestId('bulletin-note').waitFor();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        const { bulletinText } = load('src/domain/bulletin/plainText.ts');
        assert(copied === bulletinText(edited), 'the copied text is not the bulletin’s plain text');
        const [docx] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('bulletin-docx').click(),
        ]);
        assert(docx.suggestedFilename() === `${PERIOD}-通报.docx`, `docx named ${docx.suggestedFilename()}`);
        const docxPath = path.join(results, 'journey-bulletin.docx');
        await docx.saveAs(docxPath);
        const parts = unzipSync(new Uint8Array(fs.readFileSync(docxPath)));
        const xml = strFromU8(parts['word/document.xml']);
        assert(xml.includes('二是对滞后指标挂牌督办。'), 'the .docx lacks the edited 下步工作');
        await page.getByTestId('bulletin-sheet').click();
        await page
          .getByTestId('bulletin-note')
          .filter({ hasText: '已写入“通报”工作表' })
          .waitFor({ timeout: 30000 });
        await expected.backend.writeBulletinSheet(edited, expected.quiet, expected.never);
        await shot(page, 'bulletin-zh-CN');
        await checkAxe(page, 'bulletin');
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
        assert(
          download.suggestedFilename() === `工作要点台账-${PERIOD}.xlsx`,
          `the download is named ${download.suggestedFilename()}`,
        );
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
        assert(
          snapshot.sheets.some((s) => s.name === '通报'),
          'no 通报 sheet',
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
      'opening a workbook over changes not downloaded asks first; cancel keeps them, replace opens the file',
      async () => {
        await openTab(page, 'entries');
        const progress = page.locator('[data-testid="entry-table"] td[data-cell="2:6"]');
        await progress.click();
        await page.keyboard.press('Enter');
        await page.getByTestId('entry-cell-editor').fill('尚未下载的修改');
        await page.keyboard.press('Enter');
        await page.waitForFunction(
          () => document.querySelector('[data-cell="2:6"]')?.textContent === '尚未下载的修改',
        );
        await openTab(page, 'status');
        await page.getByTestId('open-xlsx').setInputFiles(downloaded);
        await page.getByTestId('confirm-replace').waitFor({ timeout: 10000 });
        // The dialog fades in: colours are measured once it has.
        await page.waitForTimeout(500);
        await shot(page, 'confirm-replace-zh-CN');
        await checkAxe(page, 'confirm replace');
        await page.getByTestId('confirm-replace-cancel').click();
        await page.getByTestId('confirm-replace').waitFor({ state: 'detached' });
        await openTab(page, 'entries');
        assert((await progress.innerText()) === '尚未下载的修改', 'cancel lost the change');
        await openTab(page, 'status');
        await page.getByTestId('open-xlsx').setInputFiles(downloaded);
        await page.getByTestId('confirm-replace-confirm').click();
        await settle(page);
        await openTab(page, 'entries');
        await page.waitForFunction(
          () => document.querySelector('[data-cell="2:6"]')?.textContent !== '尚未下载的修改',
        );
        assert((await progress.innerText()) === JOURNEY_ROWS[2]['工作进展'], 'the file was not opened');
      },
    ],
    [
      'the English pane shows every screen, and each passes axe',
      async () => {
        await page.getByTestId('lang-switch').click();
        await openTab(page, 'status');
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
        const totalsText = await page.getByTestId('validate-totals').innerText();
        assert(totalsText.includes('Errors') && totalsText.includes('Not reported'), 'totals not in English');
        await page.getByTestId('unit-row').first().getByRole('button').first().click();
        await page.waitForTimeout(300);
        await shot(page, 'validate-en-US');
        await checkAxe(page, 'validate en-US');
        const chinese = [...(await cjkOutsideUserData(page))];
        await openTab(page, 'summary');
        await page.getByTestId('summary-period').selectOption(PERIOD);
        await page.getByTestId('summary-run').click();
        await page.getByTestId('summary-figures').waitFor({ timeout: 30000 });
        await settle(page);
        await shot(page, 'summary-en-US');
        await checkAxe(page, 'summary en-US');
        chinese.push(...(await cjkOutsideUserData(page)));
        await openTab(page, 'bulletin');
        await page.getByTestId('bulletin-language').selectOption('en-US');
        await page.getByTestId('bulletin-run').click();
        await page.getByTestId('bulletin-preview').waitFor({ timeout: 30000 });
        await settle(page);
        await shot(page, 'bulletin-en-US');
        await checkAxe(page, 'bulletin en-US');
        chinese.push(...(await cjkOutsideUserData(page)));
        assert(chinese.length === 0, `Chinese outside user data in the English pane: ${chinese.join(' | ')}`);
      },
    ],
    noConsoleErrors(errors),
  ]);
  return { ok, open: [context, browser, server] };
}

runSuite(main);
