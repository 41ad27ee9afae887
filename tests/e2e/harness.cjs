/* global document -- used inside page.waitForFunction callbacks, which run in the browser */
// A small harness for the browser checks: Debian's Chromium through playwright-core, named checks, a closing line.
const { chromium } = require('playwright-core');
const fs = require('node:fs');
const path = require('node:path');

const OFFICE_CDN = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/(.*)$/;
const officeDist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/** Launches headless Chromium with the flags this closed network needs. */
function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Opens a page that serves the Office CDN from the installed @microsoft/office-js (no internet here) and records console errors. */
async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 350, height: 800 }, ...options });
  await context.route(OFFICE_CDN, (route) => {
    const name = OFFICE_CDN.exec(route.request().url())[1].split('?')[0];
    const file = path.join(officeDist, name);
    if (!file.startsWith(officeDist) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'application/javascript', body: fs.readFileSync(file) });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, context, errors };
}

/** Runs named async checks in order, prints each result and the closing `N passed, N failed` line. */
async function runChecks(checks) {
  let passed = 0;
  let failed = 0;
  for (const [name, fn] of checks) {
    const started = Date.now();
    try {
      await fn();
      passed++;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(
        `  ✕ ${name}\n      ${String(error && error.stack ? error.stack : error)
          .split('\n')
          .join('\n      ')}`,
      );
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0;
}

/** Throws with a message when the condition does not hold. */
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

/** Serves a folder over HTTP on a free localhost port; resolves with its base URL and a close function. */
function serveDir(dir) {
  const http = require('node:http');
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const file = path.join(root, pathname === '/' ? 'taskpane.html' : pathname);
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    }),
  );
}

/** Runs the production build (`node scripts/build.cjs`) into `outDir`; resolves with its printed report. */
function buildInto(outDir, env = {}) {
  const { spawn } = require('node:child_process');
  const root = path.join(__dirname, '..', '..');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'build.cjs')], {
      cwd: root,
      env: { ...process.env, ...env, WP_OUT_DIR: outDir },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`build failed (${code}):\n${output}`)),
    );
  });
}

/** Opens one of the pane's tabs and waits for its screen. */
async function openTab(page, id) {
  await page.getByTestId(`tab-${id}`).click();
  await page.getByTestId(`screen-${id}`).waitFor();
}

/** Waits until long work has finished (no progress bar); fails when the pane shows an error. */
async function settle(page) {
  await page.waitForFunction(() => !document.querySelector('[data-testid="job-progress"]'), null, {
    timeout: 60000,
  });
  const error = page.getByTestId('job-error');
  if (await error.count()) throw new Error(`the pane shows an error: ${await error.first().innerText()}`);
}

/** A screenshot helper that saves full pages under `dir` as `<prefix>-<name>.png`. */
function screenshotter(dir, prefix) {
  return (page, name) => page.screenshot({ path: path.join(dir, `${prefix}-${name}.png`), fullPage: true });
}

/** The last check of a suite: nothing the page logged as an error along the way. */
function noConsoleErrors(errors) {
  return [
    'no console errors along the way',
    async () => assert(errors.length === 0, `console errors: ${errors.join(' | ')}`),
  ];
}

/** Runs a suite's main, closes what it opened (in order) and exits 0 only when every check passed. */
function runSuite(main) {
  main()
    .then(async ({ ok, open }) => {
      for (const thing of open) await thing.close();
      process.exit(ok ? 0 : 1);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}

module.exports = {
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
};
