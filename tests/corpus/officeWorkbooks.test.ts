/**
 * The office-workbook corpus (tests/fixtures/office-workbooks) is what its README says: every file listed and
 * every listed file present, and in each the parts and cells the README names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';

const DIR = join(__dirname, '..', 'fixtures', 'office-workbooks');

type Parts = Record<string, Uint8Array>;
const open = (name: string): Parts => unzipSync(new Uint8Array(readFileSync(join(DIR, name))));
const text = (parts: Parts, name: string): string => {
  const bytes = parts[name];
  if (!bytes) throw new Error(`no part ${name}`);
  return strFromU8(bytes);
};

/** The worksheet part of a sheet, through workbook.xml and its relationships. */
function sheetXml(parts: Parts, sheetName: string): { part: string; xml: string } {
  const sheet = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="(rId\\d+)"`).exec(
    text(parts, 'xl/workbook.xml'),
  );
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const rels = text(parts, 'xl/_rels/workbook.xml.rels');
  const target = new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*>`)
    .exec(rels)?.[0]
    .match(/Target="([^"]+)"/)?.[1];
  if (!target) throw new Error(`no relationship for ${sheetName}`);
  const part = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  return { part, xml: text(parts, part) };
}

const relsOf = (part: string): string => part.replace(/([^/]+)$/, '_rels/$1.rels');

/** Whether a sheet's relationships include one of this type (e.g. `comments`, `drawing`). */
const hasRel = (parts: Parts, part: string, type: string): boolean =>
  new RegExp(`Type="[^"]*/${type}"`).test(text(parts, relsOf(part)));

const tableNamed = (parts: Parts, name: string): string | undefined =>
  Object.keys(parts).find((p) => p.startsWith('xl/tables/') && text(parts, p).includes(`name="${name}"`));

const rowNumbers = (xml: string): number[] => [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));

describe('the office-workbook corpus', () => {
  it('lists in its README exactly the workbooks in the folder', () => {
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| `([^`]+\.xls[xm]?)`/gm)].map((m) => m[1]).sort();
    const present = readdirSync(DIR)
      .filter((f) => /\.xls[xm]?$/.test(f))
      .sort();
    expect(listed).toEqual(present);
    expect(present).toHaveLength(9);
  });

  it('ledger-empty and ledger-filled are our ledgers: WP_Entries empty, then with 14 entries', () => {
    const empty = open('ledger-empty.xlsx');
    const filled = open('ledger-filled.xlsx');
    for (const parts of [empty, filled]) expect(tableNamed(parts, 'WP_Entries')).toBeDefined();
    expect(text(empty, tableNamed(empty, 'WP_Entries') ?? '')).toContain('ref="A1:J2"');
    expect(text(filled, tableNamed(filled, 'WP_Entries') ?? '')).toContain('ref="A1:J15"');
    expect(rowNumbers(sheetXml(filled, '进度填报').xml)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  describe('office-user-content.xlsx', () => {
    const parts = open('office-user-content.xlsx');
    const user = sheetXml(parts, '办公室统计');

    it('has a user sheet with a picture and a chart in its drawing', () => {
      expect(hasRel(parts, user.part, 'drawing')).toBe(true);
      const png = parts['xl/media/image1.png'];
      expect(png && Buffer.from(png.subarray(0, 4)).toString('latin1')).toBe('\x89PNG');
      const drawingRels = text(parts, 'xl/drawings/_rels/drawing1.xml.rels');
      expect(drawingRels).toContain('../media/image1.png');
      expect(drawingRels).toContain('../charts/chart1.xml');
      expect(text(parts, 'xl/charts/chart1.xml')).toContain("'办公室统计'!$B$5:$B$7");
    });

    it('has the defined name OfficeGoal used by the formula =OfficeGoal*2', () => {
      expect(text(parts, 'xl/workbook.xml')).toContain(
        `<definedName name="OfficeGoal">'办公室统计'!$B$1</definedName>`,
      );
      expect(user.xml).toContain('<c r="B2"><f>OfficeGoal*2</f>');
    });

    it('has notes, hyperlinks, a custom date format, a data validation and a conditional format', () => {
      expect(hasRel(parts, user.part, 'comments')).toBe(true);
      expect(text(parts, 'xl/comments1.xml')).toContain('ref="B1"');
      expect(user.xml).toMatch(/<hyperlink ref="C1" r:id="rId\d+"/);
      expect(user.xml).toContain(`<hyperlink ref="C2" location="'进度填报'!A1"`);
      expect(text(parts, relsOf(user.part))).toContain('TargetMode="External"');
      const styles = text(parts, 'xl/styles.xml');
      expect(styles).toContain('formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"');
      const dateStyle = Number(/<c r="A5" s="(\d+)"><v>44286<\/v>/.exec(user.xml)?.[1]);
      const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
      expect(xfs.match(/<xf [^>]*>/g)?.[dateStyle]).toContain('numFmtId="180"');
      expect(user.xml).toContain('sqref="D5:D7"><formula1>"是,否"</formula1>');
      expect(user.xml).toContain('<conditionalFormatting sqref="B5:B7"><cfRule type="cellIs"');
    });

    it('has a note, a user column and a red font on 进度填报', () => {
      const entries = sheetXml(parts, '进度填报');
      expect(hasRel(parts, entries.part, 'comments')).toBe(true);
      expect(text(parts, 'xl/comments2.xml')).toContain('ref="G2"');
      expect(entries.xml).toMatch(/<c r="L1" t="s"><v>\d+<\/v><\/c>/);
      expect(entries.xml).toMatch(/<c r="L3" t="s">/);
      const style = Number(/<c r="G3" s="(\d+)"/.exec(entries.xml)?.[1]);
      const styles = text(parts, 'xl/styles.xml');
      const xf =
        (/<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').match(/<xf [^>]*>/g)?.[style] ?? '';
      const fontId = Number(/fontId="(\d+)"/.exec(xf)?.[1]);
      const fonts = (/<fonts[^>]*>(.*?)<\/fonts>/.exec(styles)?.[1] ?? '').match(/<font>.*?<\/font>/g) ?? [];
      expect(fonts[fontId]).toContain('FFFF0000');
    });
  });

  it('entries-below-table.xlsx: entries in rows 16, 18, 19 under a table that ends at row 15', () => {
    const parts = open('entries-below-table.xlsx');
    expect(text(parts, tableNamed(parts, 'WP_Entries') ?? '')).toContain('ref="A1:J15"');
    const rows = rowNumbers(sheetXml(parts, '进度填报').xml);
    expect(rows.filter((r) => r > 15)).toEqual([16, 18, 19]);
  });

  it('entries-plain-range.xlsx: no WP_Entries table, the header and 14 rows still there', () => {
    const parts = open('entries-plain-range.xlsx');
    expect(tableNamed(parts, 'WP_Entries')).toBeUndefined();
    expect(tableNamed(parts, 'WP_Targets')).toBeDefined();
    const entries = sheetXml(parts, '进度填报');
    expect(entries.xml).not.toContain('<tableParts');
    expect(rowNumbers(entries.xml)).toHaveLength(15);
  });

  it('stray-cell-last-row.xlsx: a value at 进度填报!A1048576', () => {
    const entries = sheetXml(open('stray-cell-last-row.xlsx'), '进度填报');
    expect(entries.xml).toContain('<c r="A1048576" t="inlineStr"><is><t>误输入</t></is></c>');
    expect(entries.xml).toContain('<dimension ref="A1:J1048576"/>');
  });

  it('office-macro.xlsm: a VBA project with its module, related and typed as macro-enabled', () => {
    const parts = open('office-macro.xlsm');
    const bin = parts['xl/vbaProject.bin'];
    if (!bin) throw new Error('no vbaProject.bin');
    const cfb = XLSX.CFB.read(bin, { type: 'array' });
    const streams = cfb.FullPaths.map((p: string) => p.replace(/^Root Entry\//, ''));
    expect(streams).toEqual(
      expect.arrayContaining(['VBA/dir', 'VBA/_VBA_PROJECT', 'VBA/Module1', 'PROJECT']),
    );
    expect(text(parts, '[Content_Types].xml')).toContain(
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    );
    expect(text(parts, 'xl/_rels/workbook.xml.rels')).toContain('Target="vbaProject.bin"');
    // The user's parts are all still there.
    expect(parts['xl/charts/chart1.xml']).toBeDefined();
  });

  it('saved-by-libreoffice.xlsx: rewritten by LibreOffice, keeping the user parts, names and tables', () => {
    const parts = open('saved-by-libreoffice.xlsx');
    expect(text(parts, 'docProps/app.xml')).toContain('LibreOffice');
    const user = sheetXml(parts, '办公室统计');
    expect(hasRel(parts, user.part, 'drawing')).toBe(true);
    expect(hasRel(parts, user.part, 'comments')).toBe(true);
    expect(Object.keys(parts).some((p) => p.startsWith('xl/media/'))).toBe(true);
    expect(Object.keys(parts).some((p) => p.startsWith('xl/charts/'))).toBe(true);
    expect(text(parts, 'xl/workbook.xml')).toMatch(/name="OfficeGoal"[^>]*>办公室统计!\$B\$1</);
    for (const table of ['WP_Items', 'WP_Duties', 'WP_Targets', 'WP_Units', 'WP_Periods', 'WP_Entries'])
      expect([table, tableNamed(parts, table) !== undefined]).toEqual([table, true]);
  });

  it('saved-by-libreoffice.xls: a BIFF8 workbook with every sheet and the name OfficeGoal', () => {
    const bytes = readFileSync(join(DIR, 'saved-by-libreoffice.xls'));
    expect(
      XLSX.CFB.read(bytes, { type: 'buffer' }).FullPaths.some((p: string) => p.endsWith('/Workbook')),
    ).toBe(true);
    const book = XLSX.read(bytes, { type: 'buffer' });
    expect(book.SheetNames).toEqual([
      '说明',
      '工作任务',
      '责任分工',
      '目标指标',
      '单位',
      '报告期',
      '进度填报',
      '办公室统计',
      '_wp_meta',
    ]);
    expect(book.Workbook?.Names?.find((n) => n.Name === 'OfficeGoal')?.Ref).toBe('办公室统计!$B$1');
  });
});
