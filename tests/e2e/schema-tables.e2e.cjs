// 重新读取方案 and the editable preview, in the built task pane outside Excel: a ledger whose 责任分工 the office
// edited opens with a notice on the Status screen; 重新读取方案 on the Load screen lists the difference, asks before
// writing and keeps every entry; a ledger with a duty naming a unit not in 单位 is refused naming the cell. In the
// preview before writing, a unit's role is changed and a unit named only by its shape is confirmed, and what was
// written holds the new role. Screens at 350 px in Chinese and English, axe, no sideways scrolling.
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
  noConsoleErrors,
  runSuite,
  checkAxe,
  layoutProblems,
  cjkOutsideUserData,
} = require('./harness.cjs');

const root = path.join(__dirname, '..', '..');
const results = path.join(root, 'test-results');
const shot = screenshotter(results, 'schema-tables');

/** The edited ledgers, written by makeEditedLedger.ts through the tsx CLI. */
function makeLedgers() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-schema-tables-'));
  const made = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      path.join(__dirname, 'makeEditedLedger.ts'),
      dir,
    ],
    { encoding: 'utf8' },
  );
  const edited = path.join(dir, '台账-已修改.xlsx');
  const broken = path.join(dir, '台账-有误.xlsx');
  if (made.status !== 0 || !fs.existsSync(edited)) throw new Error(`makeEditedLedger failed: ${made.stderr}`);
  return { edited, broken };
}

/** Opens an .xlsx in the in-browser workbook, confirming the replacement when the pane asks. */
/**
 * Opens `file` from the Status screen. `overUnsaved` says whether the pane holds changes not downloaded, so
 * whether it must ask before replacing them: the question is waited for (a busy machine renders it late),
 * never merely glanced at.
 */
async function openXlsx(page, file, overUnsaved) {
  await openTab(page, 'status');
  await page.getByTestId('open-xlsx').setInputFiles(file);
  const confirm = page.getByTestId('confirm-replace-confirm');
  if (overUnsaved) {
    await confirm.waitFor({ timeout: 30000 });
    await confirm.click();
    await confirm.waitFor({ state: 'detached', timeout: 30000 });
  }
  await settle(page);
  assert((await confirm.count()) === 0, 'the pane still asks before replacing the workbook');
}

async function noLayoutProblems(page, screen) {
  const problems = await layoutProblems(page);
  assert(problems.length === 0, `${screen}: ${problems.join('; ')}`);
}

async function main() {
  fs.mkdirSync(results, { recursive: true });
  let out = process.env.WP_E2E_BUILD;
  if (!out) {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-schema-tables-build-'));
    await buildInto(out);
  }
  const ledgers = makeLedgers();
  const server = await serveDir(out);
  const browser = await launch();
  const { page, errors } = await openPage(browser, { locale: 'zh-CN' });

  const ok = await runChecks([
    [
      'a ledger whose 责任分工 was edited opens with the notice on the Status, Validate and Summary screens',
      async () => {
        await page.goto(`${server.url}/taskpane.html`);
        await page.getByTestId('tab-load').waitFor({ timeout: 30000 });
        await openXlsx(page, ledgers.edited, false);
        const notice = await page.getByTestId('tables-edited').innerText();
        assert(notice.includes('方案表格') && notice.includes('重新读取方案'), `status notice: ${notice}`);
        await shot(page, 'status-edited-zh-CN');
        // A validation or a summary run now reads _wp_meta, not the edited tables: those screens say so too.
        for (const screen of ['validate', 'summary']) {
          await openTab(page, screen);
          const there = page.getByTestId(`screen-${screen}`).getByTestId('notice-tables-edited');
          await there.waitFor({ timeout: 10000 });
          assert((await there.innerText()) === notice, `${screen} notice: ${await there.innerText()}`);
        }
        await openTab(page, 'status');
      },
    ],
    [
      '重新读取方案 lists the difference, asks before writing, writes keeping every entry, and the notice goes',
      async () => {
        await openTab(page, 'load');
        await page.getByTestId('reread').click();
        await page.getByTestId('tables-changes').waitFor({ timeout: 30000 });
        await settle(page);
        const changes = await page.getByTestId('tables-changes').innerText();
        assert(/工作任务 5（.*）：牵头单位 （空） → 省财政厅/.test(changes), `changes: ${changes}`);
        await shot(page, 'load-tables-changes-zh-CN');
        await checkAxe(page, 'load tables changes');
        await noLayoutProblems(page, 'load tables changes');
        await page.getByTestId('tables-write').click();
        await page.getByTestId('tables-confirm').waitFor({ timeout: 10000 });
        await page.waitForTimeout(500);
        await shot(page, 'load-tables-confirm-zh-CN');
        await checkAxe(page, 'load tables confirm');
        await page.getByTestId('tables-confirm-confirm').click();
        await page.getByTestId('tables-written').waitFor({ timeout: 30000 });
        await settle(page);
        const written = await page.getByTestId('tables-written').innerText();
        assert(/保留填报条目 \d+ 条/.test(written), `written: ${written}`);
        await openTab(page, 'status');
        await page.getByTestId('tables-edited').waitFor({ state: 'detached', timeout: 30000 });
        await openTab(page, 'load');
        await page.getByTestId('reread').click();
        await page.getByTestId('tables-unchanged').waitFor({ timeout: 30000 });
      },
    ],
    [
      'a duty naming a unit not in 单位 is refused naming the sheet and cell',
      async () => {
        await openXlsx(page, ledgers.broken, true);
        await openTab(page, 'load');
        await page.getByTestId('reread').click();
        await page.getByTestId('tables-problems').waitFor({ timeout: 30000 });
        const problems = await page.getByTestId('tables-problems').innerText();
        assert(
          /“责任分工”表 B\d+ 单元格：单位“省不存在局”不在“单位”表中/.test(problems),
          `problems: ${problems}`,
        );
        assert((await page.getByTestId('tables-write').count()) === 0, 'a refused read offers to write');
        await shot(page, 'load-tables-refused-zh-CN');
        await noLayoutProblems(page, 'load tables refused');
      },
    ],
    [
      'the preview lets the office change a unit’s role and confirm a unit the registry does not know',
      async () => {
        await openTab(page, 'load');
        await page.getByLabel('粘贴通知文本').check();
        await page
          .getByPlaceholder('把工作要点通知全文粘贴到这里…')
          .fill(
            '一、优化发展环境\n1. 落实减税降费政策。（牵头单位：省税务局；配合单位：省财政厅、县自然资源局）\n2. 培育专精特新企业。（牵头单位：省工业和信息化厅）',
          );
        await page.getByTestId('preview').click();
        await page.getByTestId('preview-panel').waitFor({ timeout: 30000 });
        await settle(page);
        await page.getByTestId('preview-unconfirmed').waitFor();
        await page.getByTestId('confirm-unit-县自然资源局').click();
        await page.getByTestId('unit-notice').waitFor();
        assert((await page.getByTestId('preview-unconfirmed').count()) === 0, 'the unit is still to confirm');
        await page.getByTestId('preview-sections').getByRole('button').first().click();
        await page.getByTestId('item-1-role-省财政厅').selectOption('lead');
        await page.getByTestId('item-2-add-unit').selectOption('县自然资源局');
        await page.getByTestId('item-2-add-role').selectOption('responsible');
        await page.getByTestId('item-2-add').click();
        await page.getByTestId('item-2-role-县自然资源局').waitFor();
        await page.waitForTimeout(300);
        await shot(page, 'load-units-zh-CN');
        await page
          .getByTestId('preview-sections')
          .screenshot({ path: path.join(results, 'schema-tables-load-units-section-zh-CN.png') });
        await checkAxe(page, 'load units');
        await noLayoutProblems(page, 'load units');
        await page.getByTestId('write').first().click();
        await page.getByTestId('load-written').waitFor({ timeout: 30000 });
        await settle(page);
        // Previewed again, the same notice differs from what was written by exactly the edits made.
        await page.getByTestId('preview').click();
        await page.getByTestId('preview-changes').waitFor({ timeout: 30000 });
        const changes = await page.getByTestId('preview-changes').innerText();
        assert(
          /工作任务 1（.*）：牵头单位 省税务局、省财政厅 → 省税务局/.test(changes),
          `changes: ${changes}`,
        );
        assert(/工作任务 2（.*）：责任单位 县自然资源局 → （空）/.test(changes), `changes: ${changes}`);
        await page.getByRole('button', { name: '放弃预览' }).first().click();
      },
    ],
    [
      'in English the read-back section and the unit editor speak English outside the ledger’s words',
      async () => {
        await page.getByTestId('lang-switch').click();
        await openTab(page, 'load');
        await page.getByTestId('reread').click();
        await page.getByTestId('tables-unchanged').waitFor({ timeout: 30000 });
        await page.getByTestId('preview').click();
        await page.getByTestId('preview-panel').waitFor({ timeout: 30000 });
        await settle(page);
        await page.getByTestId('preview-sections').getByRole('button').first().click();
        await page.getByTestId('item-1-units').waitFor();
        await shot(page, 'load-units-en-US');
        await checkAxe(page, 'load units en-US');
        const chinese = [...(await cjkOutsideUserData(page))];
        assert(chinese.length === 0, `Chinese outside user data: ${chinese.slice(0, 5).join(' | ')}`);
      },
    ],
    noConsoleErrors(errors),
  ]);
  return { ok, open: [browser, server] };
}

runSuite(main);
