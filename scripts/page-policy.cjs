// The Content-Security-Policy of the hosted pages (task pane, ribbon commands, help), and the check that the
// built pages carry it. Scripts come only from our own origin and, unless Office.js is hosted locally
// (OFFICE_JS=local), from the Office.js CDN; no inline scripts and no on…= handlers. Styles allow inline
// (Fluent UI's Griffel injects <style> elements at run time). The development server's bundles are evaluated
// (eval source maps), so only development builds add 'unsafe-eval'.
const fs = require('node:fs');
const path = require('node:path');

/** Origin of the Office.js CDN the pages load office.js from by default. */
const OFFICE_ORIGIN = 'https://appsforoffice.microsoft.com';
/**
 * Office.js frames its own telemetry page from this origin (telemetryEndPoint in the office-js scripts); a frame
 * runs apart from the page, so allowing it allows no script into the page itself.
 */
const OFFICE_TELEMETRY_ORIGIN = 'https://telemetryservice.firstpartyapps.oaspapps.com';

/** The policy for the pages of a build. */
function contentSecurityPolicy({ localOffice = false, dev = false } = {}) {
  const scripts = ["'self'", ...(localOffice ? [] : [OFFICE_ORIGIN]), ...(dev ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${localOffice ? '' : ` ${OFFICE_ORIGIN}`}${dev ? ' ws: wss:' : ''}`,
    `frame-src ${OFFICE_TELEMETRY_ORIGIN}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The directives of a policy, by name. */
function directives(policy) {
  const out = new Map();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** Problems of one built page (an empty list when it is fine). */
function checkPage(name, html, { localOffice = false } = {}) {
  const problems = [];
  const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/i.exec(html);
  if (!meta) problems.push(`${name}: no Content-Security-Policy`);
  else {
    const policy = directives(meta[1]);
    const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
    const allowed = ["'self'", ...(localOffice ? [] : [OFFICE_ORIGIN])];
    const extra = scripts.filter((s) => !allowed.includes(s));
    if (extra.length > 0) problems.push(`${name}: script-src allows ${extra.join(' ')}`);
    if (!scripts.includes("'self'")) problems.push(`${name}: script-src lacks 'self'`);
    const styles = policy.get('style-src') ?? [];
    if (!(styles.includes("'self'") && styles.includes("'unsafe-inline'")))
      problems.push(`${name}: style-src must be 'self' 'unsafe-inline'`);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/.test(m[1] ?? '')) problems.push(`${name}: inline script`);
    else if ((m[2] ?? '').trim() !== '') problems.push(`${name}: script with both src and a body`);
    const src = /\bsrc\s*=\s*["']?([^"' >]+)/.exec(m[1] ?? '')?.[1] ?? '';
    if (/^https?:/i.test(src) && (localOffice || !src.startsWith(`${OFFICE_ORIGIN}/`)))
      problems.push(`${name}: script from ${src}`);
  }
  for (const m of html.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi)) problems.push(`${name}: ${m[1]}= handler`);
  if (/javascript:/i.test(html)) problems.push(`${name}: javascript: URL`);
  return problems;
}

/** Problems of a built output folder: every page's policy, and no source maps published beside the code. */
function checkBuiltPages(dir, options = {}) {
  const problems = [];
  for (const file of fs.readdirSync(dir)) {
    const full = path.join(dir, file);
    if (!fs.statSync(full).isFile()) continue;
    if (file.endsWith('.html')) problems.push(...checkPage(file, fs.readFileSync(full, 'utf8'), options));
    if (file.endsWith('.map')) problems.push(`${file}: source map published with the code`);
    if (file.endsWith('.js') && /\/[/*]# sourceMappingURL=/.test(fs.readFileSync(full, 'utf8')))
      problems.push(`${file}: points at a source map`);
  }
  return problems;
}

module.exports = { OFFICE_ORIGIN, contentSecurityPolicy, checkPage, checkBuiltPages };
