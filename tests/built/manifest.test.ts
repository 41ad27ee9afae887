import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pngSize } from '../support/png';

/** The base URL scripts/check-builds.cjs builds with. */
const BASE = 'https://intranet.example.gov.cn/apps/workpoints';
const XSD = path.join(__dirname, '../../../shared/manifest-xsd/OfficeAppManifestV1_1.xsd');

/** Every URL attribute value or element text in the manifest. */
function manifestUrls(xml: string): string[] {
  return [
    ...xml.matchAll(/(?:DefaultValue="|<AppDomain>|<SourceLocation DefaultValue=")(https?:\/\/[^"<]+)/g),
  ].map((m) => m[1] as string);
}

/** The src of the first script element, i.e. where the page loads Office.js from. */
function officeJsSource(html: string): string | undefined {
  return /<script src=["']?([^"' >]+)/.exec(html)?.[1];
}

/** The pixel size each icon reference in the manifest promises. */
function iconExpectations(xml: string): { url: string; size: number }[] {
  const byId = new Map<string, string>();
  for (const m of xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g))
    byId.set(m[1] as string, m[2] as string);
  const expectations: { url: string; size: number }[] = [];
  for (const m of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)) {
    const url = byId.get(m[2] as string);
    if (!url) throw new Error(`icon resid ${m[2]} has no resource`);
    expectations.push({ url, size: Number(m[1]) });
  }
  const icon = /<IconUrl DefaultValue="([^"]+)"/.exec(xml);
  const hiRes = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(xml);
  if (icon) expectations.push({ url: icon[1] as string, size: 32 });
  if (hiRes) expectations.push({ url: hiRes[1] as string, size: 64 });
  return expectations;
}

/** A build made before this suite runs (`npm run test:built`), named by an environment variable. */
function builtDir(variable: string): string {
  const dir = process.env[variable];
  if (!dir || !existsSync(path.join(dir, 'manifest.xml')))
    throw new Error(`${variable} must name a production build (see scripts/check-builds.cjs)`);
  return dir;
}

describe('the built add-in', () => {
  let out = '';
  let xml = '';
  beforeAll(() => {
    out = builtDir('WP_BUILT_DIR');
    xml = readFileSync(path.join(out, 'manifest.xml'), 'utf8');
  });

  it('rewrites every manifest URL to ADDIN_BASE_URL and the AppDomain to its origin', () => {
    const urls = manifestUrls(xml);
    expect(urls.length).toBeGreaterThan(5);
    expect(xml).not.toContain('localhost');
    expect(xml).toContain('<AppDomain>https://intranet.example.gov.cn</AppDomain>');
    for (const url of urls.filter((u) => !u.endsWith('.gov.cn')))
      expect(url.startsWith(`${BASE}/`)).toBe(true);
  });

  it('serves a file for every URL the manifest names', () => {
    for (const url of manifestUrls(xml).filter((u) => u.startsWith(`${BASE}/`))) {
      const file = path.join(out, url.slice(BASE.length + 1));
      expect({ url, exists: existsSync(file) }).toEqual({ url, exists: true });
    }
  });

  it('ships every icon as a PNG of the size the manifest promises', () => {
    const icons = iconExpectations(xml);
    expect(new Set(icons.map((i) => i.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of icons) {
      const actual = pngSize(readFileSync(path.join(out, url.slice(BASE.length + 1))));
      expect({ url, ...actual }).toEqual({ url, width: size, height: size });
    }
  });

  it('keeps the built manifest valid against the add-in manifest schema', () => {
    if (!existsSync(XSD)) throw new Error(`manifest XSD not found at ${XSD}`);
    // xmllint exits non-zero (and execFileSync throws) when the manifest does not validate.
    execFileSync('xmllint', ['--noout', '--schema', XSD, path.join(out, 'manifest.xml')], { stdio: 'pipe' });
  });

  it('references Office.js on the Microsoft CDN by default and content-hashes the scripts', () => {
    const html = readFileSync(path.join(out, 'taskpane.html'), 'utf8');
    expect(officeJsSource(html)).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    // The loader script's data-bundles lists the bundle files it loads (the HTML is minified, so match the names).
    const scripts = [...html.matchAll(/([\w-]+\.[0-9a-f]{8}\.js)/g)].map((m) => m[1] as string);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script).toMatch(/\.[0-9a-f]{8}\.js$/);
      expect(existsSync(path.join(out, script))).toBe(true);
    }
  });
});

describe('the intranet build (OFFICE_JS=local)', () => {
  it('copies Office.js into the build and references the local copy', () => {
    const out = builtDir('WP_BUILT_LOCAL_DIR');
    const html = readFileSync(path.join(out, 'taskpane.html'), 'utf8');
    expect(officeJsSource(html)).toBe('office-js/office.js');
    expect(html).not.toContain('appsforoffice.microsoft.com');
    expect(existsSync(path.join(out, 'office-js', 'office.js'))).toBe(true);
  });
});
