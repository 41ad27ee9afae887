// The Load screen's 打开文件 with Word and PDF notices, in the built task pane outside Excel: the built-in notice as
// a PDF and as a Word 任务分工表 previews with the built-in's sections, items and targets; a scanned PDF is refused
// with a plain message; mammoth and PDF.js (copied next to the pane, not bundled) load only when such a file is
// opened.
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

const root = path.join(__dirname, '..', '..');
const results = path.join(root, 'test-results');
const docs = path.join(root, 'tests', 'fixtures', 'documents');
const shot = screenshotter(results, 'open-documents');
const { builtinSchema } = tsx.require(path.join(root, 'src/domain/builtin/index.ts'), __filename);
const { confirmedTargets } = tsx.require(path.join(root, 'src/domain/confirmedTargets.ts'), __filename);

async function main() {
  fs.mkdirSync(results, { recursive: true });
  let out = process.env.WP_E2E_BUILD;
  if (!out) {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-open-documents-'));
    await buildInto(out);
  }
  const server = await serveDir(out);
  const browser = await launch();
  const { page, errors } = await openPage(browser, { locale: 'zh-CN' });
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const schema = builtinSchema();
  const chunk = (name) => fetched.some((p) => new RegExp(`/${name}\\.[0-9a-f]+\\.js$`).test(p));
  const pdfjs = () => fetched.some((p) => /\/pdfjs\/[\d.]+\/pdf\.min\.js$/.test(p));
  const mammoth = () => fetched.some((p) => /\/mammoth\/[\d.]+\/mammoth\.browser\.min\.js$/.test(p));

  const open = async (file) => {
    await page.getByLabel('打开通知文件（.txt、Word .docx、PDF）或 .json 方案文件').check();
    await page.getByTestId('open-notice').setInputFiles(path.join(docs, file));
  };
  const expectBuiltin = async (what) => {
    await page.getByTestId('preview-panel').waitFor({ timeout: 60000 });
    await settle(page);
    const counts = await page.getByTestId('preview-counts').innerText();
    for (const part of [
      `${schema.sections.length} 个板块`,
      `${schema.items.length} 项工作任务`,
      // Targets still to confirm are counted apart: “14 个目标指标（另有 2 个待确认）”.
      `${confirmedTargets(schema).length} 个目标指标（另有 ${schema.targets.length - confirmedTargets(schema).length} 个待确认）`,
    ])
      assert(counts.includes(part), `${what}: counts “${counts}” lack “${part}”`);
    assert(counts.startsWith(schema.title), `${what}: title in “${counts}”`);
  };

  const ok = await runChecks([
    [
      'the pane opens without loading the Word or PDF readers',
      async () => {
        await page.goto(`${server.url}/taskpane.html`);
        await page.getByTestId('tab-load').waitFor({ timeout: 30000 });
        await openTab(page, 'load');
        assert(!mammoth() && !pdfjs() && !chunk('documents'), `fetched early: ${fetched.join(' ')}`);
      },
    ],
    [
      'a PDF of the built-in notice previews with its sections, items and targets',
      async () => {
        await open('builtin.pdf');
        await expectBuiltin('PDF');
        assert(pdfjs() && chunk('documents'), 'PDF.js not fetched');
        assert(!mammoth(), 'mammoth fetched for a PDF');
        await shot(page, 'pdf-zh-CN');
      },
    ],
    [
      'a Word 任务分工表 of the built-in notice previews the same way',
      async () => {
        await page.getByRole('button', { name: '放弃预览' }).first().click();
        await open('builtin-table.docx');
        await expectBuiltin('Word');
        assert(mammoth(), 'mammoth not fetched');
      },
    ],
    [
      'a scanned PDF is refused with a plain message saying it has no text layer',
      async () => {
        await page.getByRole('button', { name: '放弃预览' }).first().click();
        await open('scanned.pdf');
        const error = page.getByTestId('job-error');
        await error.waitFor({ timeout: 60000 });
        const text = await error.innerText();
        assert(text.includes('没有文字层') && text.includes('scanned.pdf'), `error reads “${text}”`);
        await shot(page, 'scanned-zh-CN');
      },
    ],
    noConsoleErrors(errors),
  ]);
  return { ok, open: [browser, server] };
}

runSuite(main);
