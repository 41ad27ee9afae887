/**
 * The hosted pages' Content-Security-Policy: the page templates rendered as the build renders them (lodash
 * templates, as html-webpack-plugin does) must carry the policy and no inline script; the checker the
 * production build runs on its output (scripts/build.cjs) must catch each kind of fault. No webpack build runs
 * here: `npm run build` and the browser suites' build apply the same check to the real output.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS build scripts and html-webpack-plugin's template engine.
const policy = require('../../scripts/page-policy.cjs') as {
  OFFICE_ORIGIN: string;
  contentSecurityPolicy(o: { localOffice?: boolean; dev?: boolean }): string;
  checkPage(name: string, html: string, o?: { localOffice?: boolean }): string[];
  checkBuiltPages(dir: string, o?: { localOffice?: boolean }): string[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const template = require('lodash/template') as (s: string) => (data: object) => string;

const PAGES = ['taskpane.html', 'commands.html', 'help.html'];

function render(page: string, localOffice: boolean): string {
  const source = readFileSync(path.join(__dirname, '../../src/taskpane', page), 'utf8');
  return template(source)({
    htmlWebpackPlugin: {
      options: {
        officeJsUrl: localOffice ? 'office-js/office.js' : `${policy.OFFICE_ORIGIN}/lib/1/hosted/office.js`,
        csp: policy.contentSecurityPolicy({ localOffice }),
      },
      files: { js: [`${page.replace('.html', '')}.1234abcd.js`] },
    },
  });
}

describe('the hosted pages’ Content-Security-Policy', () => {
  it.each([false, true])('is carried by every page, with no inline script (Office.js local: %s)', (local) => {
    for (const page of PAGES)
      expect([page, policy.checkPage(page, render(page, local), { localOffice: local })]).toEqual([page, []]);
  });

  it('allows scripts from our origin and the Office.js CDN only, or only our origin with OFFICE_JS=local', () => {
    expect(policy.contentSecurityPolicy({})).toContain(`script-src 'self' ${policy.OFFICE_ORIGIN};`);
    expect(policy.contentSecurityPolicy({ localOffice: true })).toContain("script-src 'self';");
    expect(policy.contentSecurityPolicy({})).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy.contentSecurityPolicy({})).not.toContain('unsafe-eval');
  });

  it('keeps the IE 11 message in the page and its loader in a script file', () => {
    const html = render('taskpane.html', false);
    expect(html).toContain('此版本的 Office 无法运行工作要点台账');
    expect(html).toContain('<script src="legacy.js" data-bundles="taskpane.1234abcd.js"></script>');
    expect(readFileSync(path.join(__dirname, '../../src/taskpane/static/legacy.js'), 'utf8')).toContain(
      'Trident',
    );
  });

  it.each([
    [
      'an inline script',
      (h: string) => h.replace('</body>', '<script>alert(1)</script></body>'),
      'inline script',
    ],
    [
      'an onerror handler',
      (h: string) => h.replace('<div id="root">', '<div id="root" onerror="x()">'),
      'onerror=',
    ],
    [
      'a missing policy',
      (h: string) => h.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
      'no Content-Security-Policy',
    ],
    [
      'a script from elsewhere',
      (h: string) => h.replace('</body>', '<script src="https://cdn.example.com/x.js"></script></body>'),
      'script from',
    ],
    [
      'an unsafe-inline script source',
      (h: string) => h.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
      'script-src allows',
    ],
  ])('fails a page with %s', (_label, spoil, problem) => {
    const problems = policy.checkPage('taskpane.html', spoil(render('taskpane.html', false)));
    expect(problems.join('\n')).toContain(problem);
  });

  it('fails a build that publishes source maps beside the code', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wp-pages-'));
    writeFileSync(path.join(dir, 'taskpane.html'), render('taskpane.html', false));
    writeFileSync(
      path.join(dir, 'taskpane.1234abcd.js'),
      'x();\n//# sourceMappingURL=taskpane.1234abcd.js.map',
    );
    writeFileSync(path.join(dir, 'taskpane.1234abcd.js.map'), '{}');
    const problems = policy.checkBuiltPages(dir).join('\n');
    expect(problems).toContain('source map published');
    expect(problems).toContain('points at a source map');
  });
});
