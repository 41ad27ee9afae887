/* global window, document, getComputedStyle -- used inside page callbacks, which run in the browser */
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
  // Screens stay mounted while hidden: only an error the user can see counts.
  const error = page.getByTestId('job-error').filter({ visible: true });
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

/** Runs axe on the page and fails on serious or critical violations. */
async function checkAxe(page, screen) {
  const axeSource = require('axe-core').source;
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

/**
 * What is wrong with the layout as shown: the page scrolling sideways, a control outside the viewport or cut by
 * an ancestor that clips (checked through element boxes), or a button or tab whose text does not fit. Controls
 * inside a region that scrolls on its own (the entry grid, a wide table) are that region's business.
 */
async function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1)
      problems.push(`the page scrolls sideways (${doc.scrollWidth} px in ${doc.clientWidth} px)`);
    const name = (el) =>
      `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} “${(el.getAttribute('aria-label') || el.textContent || el.value || '').trim().slice(0, 40)}”`;
    const controls = document.querySelectorAll(
      'button, input:not([type="file"]), select, textarea, [role="tab"], [role="combobox"], a[href], summary',
    );
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if ((box.width === 0 && box.height === 0) || style.visibility === 'hidden') continue;
      let left = 0;
      let right = doc.clientWidth;
      let scrolls = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && p.scrollWidth > p.clientWidth) {
          scrolls = true;
          break;
        }
        if (s.overflowX === 'hidden' || s.overflowX === 'clip') {
          const b = p.getBoundingClientRect();
          left = Math.max(left, b.left);
          right = Math.min(right, b.right);
        }
      }
      if (scrolls) continue;
      // Inputs that Fluent hides under their own visual (checkbox, radio) are the size of that visual.
      if (style.opacity === '0' && el.tagName === 'INPUT') continue;
      if (box.left < left - 1 || box.right > right + 1)
        problems.push(
          `${name(el)} is cut: ${Math.round(box.left)}–${Math.round(box.right)} outside ${Math.round(left)}–${Math.round(right)}`,
        );
      if (
        (el.tagName === 'BUTTON' || el.getAttribute('role') === 'tab') &&
        el.scrollWidth > el.clientWidth + 1
      )
        problems.push(`${name(el)} does not fit its text (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return problems;
  });
}

/**
 * Text the page shows in Chinese outside user data: text nodes holding CJK characters (Han, CJK punctuation,
 * full-width forms) that are neither inside a `data-user` element (or a text field the user typed into) nor inside
 * an element marked Chinese (`lang` zh…, such as the language switch naming 中文).
 */
async function cjkOutsideUserData(page) {
  return page.evaluate(() => {
    const cjk = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
    const found = [];
    const walker = document.createTreeWalker(document.body, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue || '';
      if (!cjk.test(text)) continue;
      const el = node.parentElement;
      // What the user typed into a field is theirs, whatever the language.
      if (!el || el.closest('[data-user], textarea') || el.closest('script, style, #legacy')) continue;
      const lang = el.closest('[lang]');
      if (lang && /^zh/i.test(lang.getAttribute('lang') || '')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      found.push(text.trim().slice(0, 60));
    }
    return found;
  });
}

module.exports = {
  checkAxe,
  layoutProblems,
  cjkOutsideUserData,
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
