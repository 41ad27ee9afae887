/**
 * The 通报 as a .docx: GB/T 9704 page and fonts checked in the package XML, the same text as the plain-text
 * rendering, and a real opening in LibreOffice: converted to PDF, page 1 rendered to a PNG (test-results/bulletin,
 * to be looked at) with pdftoppm from poppler-utils.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { bulletinDocx } from '../../src/documents/bulletinDocx';
import {
  bulletinText,
  composeBulletin,
  unitProblems,
  type BulletinDocument,
} from '../../src/domain/bulletin';
import { summarize } from '../../src/domain/summary';
import { validateEntries } from '../../src/domain/validation';
import { BULLETIN_ROWS, bulletinSchema, H1, Q1 } from '../fixtures/bulletin/bulletinLedger';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script shared with .ci/run
const libreoffice = require('../../scripts/libreoffice.cjs') as {
  convert(input: string, filter: string, outDir: string): string[];
};

const RESULTS = join(__dirname, '..', '..', 'test-results', 'bulletin');

function fixtureBulletin(): BulletinDocument {
  const schema = bulletinSchema();
  const rows = BULLETIN_ROWS.map((values, i) => ({ row: i + 2, values: [...values] }));
  const { normalized } = validateEntries(schema, rows);
  return composeBulletin({
    schema,
    summary: summarize(schema, normalized, H1),
    previous: summarize(schema, normalized, Q1),
    problems: unitProblems(rows, normalized, H1),
    date: '2021-07-15',
  });
}

const TWIPS_PER_MM = 1440 / 25.4;
const attribute = (xml: string, element: string, name: string): number => {
  const tag = new RegExp(`<${element}\\b[^>]*>`).exec(xml)?.[0] ?? '';
  return Number(new RegExp(`\\b${name}="(-?\\d+)"`).exec(tag)?.[1]);
};
const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each paragraph of the body, in order, empty ones left out. */
function paragraphTexts(documentXml: string): string[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? '';
  return [...body.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)]
    .map((p) =>
      [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1] ?? '')).join(''),
    )
    .filter((text) => text !== '');
}

/** The style id of the paragraph holding exactly this text. */
function styleOf(documentXml: string, text: string): string | undefined {
  for (const p of documentXml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)) {
    const texts = [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => unescapeXml(t[1] ?? ''))
      .join('');
    if (texts === text) return /<w:pStyle w:val="([^"]+)"/.exec(p[0])?.[1];
  }
  return undefined;
}

/** East Asian font, size in points and justification of a paragraph style. */
function styleFacts(stylesXml: string, id: string): { font: string; points: number; jc: string | undefined } {
  const style =
    new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(stylesXml)?.[0] ?? '';
  return {
    font: /w:eastAsia="([^"]+)"/.exec(style)?.[1] ?? '',
    points: Number(/<w:sz w:val="(\d+)"/.exec(style)?.[1]) / 2,
    jc: /<w:jc w:val="([^"]+)"/.exec(style)?.[1],
  };
}

let bulletin: BulletinDocument;
let bytes: Uint8Array;
let zip: JSZip;
let documentXml = '';
let workDir = '';

beforeAll(async () => {
  bulletin = fixtureBulletin();
  bytes = await bulletinDocx(bulletin);
  zip = await JSZip.loadAsync(bytes);
  documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  workDir = mkdtempSync(join(tmpdir(), 'wp-bulletin-docx-'));
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('the bulletin as a .docx', () => {
  it('lays the page out as GB/T 9704: A4, margins top 37, bottom 35, left 28, right 26 mm', () => {
    const sectPr = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/.exec(documentXml)?.[0] ?? '';
    const mm = (element: string, name: string) => attribute(sectPr, element, name) / TWIPS_PER_MM;
    const page = [mm('w:pgSz', 'w:w'), mm('w:pgSz', 'w:h')];
    const margins = ['w:top', 'w:bottom', 'w:left', 'w:right'].map((side) => mm('w:pgMar', side));
    [210, 297].forEach((want, i) => expect(Math.abs((page[i] ?? 0) - want)).toBeLessThan(0.1));
    [37, 35, 28, 26].forEach((want, i) => expect(Math.abs((margins[i] ?? 0) - want)).toBeLessThan(0.1));
  });

  it('sets the title in 小标宋 二号 centred, the body in 仿宋_GB2312 三号, headings in 黑体 and 楷体_GB2312', async () => {
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    const heading = (level: 1 | 2) =>
      bulletin.body.find((b) => b.kind === 'heading' && b.level === level)?.text ?? '';
    const paragraph = bulletin.body.find((b) => b.kind === 'paragraph')?.text ?? '';
    const facts = (text: string) => styleFacts(styles, styleOf(documentXml, text) ?? '');
    expect(facts(bulletin.title)).toEqual({ font: '方正小标宋简体', points: 22, jc: 'center' });
    expect(facts(paragraph)).toMatchObject({ font: '仿宋_GB2312', points: 16 });
    expect(facts(heading(1))).toMatchObject({ font: '黑体', points: 16 });
    expect(facts(heading(2))).toMatchObject({ font: '楷体_GB2312', points: 16 });
  });

  it('numbers the pages in the footer, odd pages right and even pages left', async () => {
    const settings = (await zip.file('word/settings.xml')?.async('string')) ?? '';
    expect(settings).toContain('<w:evenAndOddHeaders');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/footer\d+\.xml$/.test(name))
        .map((name) => zip.file(name)?.async('string') ?? ''),
    );
    expect(footers).toHaveLength(2);
    for (const footer of footers) expect(footer).toMatch(/PAGE/);
    expect(footers.map((f) => /<w:jc w:val="([^"]+)"/.exec(f)?.[1]).sort()).toEqual(['left', 'right']);
  });

  it('carries the same text as the plain-text rendering, paragraph for paragraph and cell for cell', () => {
    const expected = bulletinText(bulletin)
      .split('\n')
      .flatMap((line) => (line.includes('\t') ? line.split('\t') : [line.trim()]))
      .filter((text) => text !== '');
    expect(paragraphTexts(documentXml)).toEqual(expected);
  });

  it('opens in LibreOffice as an A4 PDF whose first page renders to a PNG with the title on it', () => {
    const input = join(workDir, 'bulletin.docx');
    writeFileSync(input, bytes);
    const [pdf] = libreoffice.convert(input, 'pdf', workDir);
    if (!pdf) throw new Error('LibreOffice wrote no PDF');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(Math.abs(Number(size?.[1]) - 595.3)).toBeLessThan(1);
    expect(Math.abs(Number(size?.[2]) - 841.9)).toBeLessThan(1);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
    const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], {
      encoding: 'utf8',
    });
    const squeezed = firstPage.replace(/\s+/g, '');
    expect(squeezed).toContain(bulletin.title.replace(/\s+/g, ''));
    expect(squeezed).toContain(bulletin.addressee);
    expect(squeezed).toMatch(/—1—/);
    mkdirSync(RESULTS, { recursive: true });
    const prefix = join(RESULTS, 'page');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
    const png = readFileSync(`${prefix}.png`);
    // PNG header: width and height, big-endian, at bytes 16 and 20.
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(Math.abs(height / width - 297 / 210)).toBeLessThan(0.01);
  });
});
