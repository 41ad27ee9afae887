/**
 * The add-in's own sheets added, replaced and removed, and its defined names set: the sheet parts, their tables
 * and the merged parts change; workbook.xml keeps every other sheet and name byte for byte, styles.xml only grows,
 * the relationships and content types keep every original entry, and every other part is byte-identical.
 */
import { unzipSync } from 'fflate';
import { builtinSchema } from '../../../src/domain/builtin';
import { isLedgerError } from '../../../src/domain/messages';
import { COLUMNS, SHEETS, TABLES } from '../../../src/workbook/format';
import { definedNames } from '../../../src/workbook/names';
import { planWorkbook } from '../../../src/workbook/planWorkbook';
import { planSummarySheet } from '../../../src/workbook/summarySheet';
import { ISSUE_UNIT_HEADERS } from '../../../src/workbook/issueSheet';
import { PackageEditor } from '../../../src/xlsx/package/edit/packageEditor';
import { readWorkbookPackage } from '../../../src/xlsx/package/readSnapshot';
import { readWorkbookXlsx } from '../../support/exceljs/readWorkbookXlsx';
import { OFFICE_NAME, asXlsm, officeBookExcelJs, officeRows, sheetEntry, withChart } from './officeBook';
import { elementTexts, expectStylesAppendOnly, partDiff, partText, patchZip } from './packageParts';
import { recordValidation } from './validationEdits';

let book: Uint8Array;
beforeAll(async () => {
  book = await officeBookExcelJs();
});

async function edited(
  bytes: Uint8Array,
  edit: (e: PackageEditor) => void | Promise<void>,
): Promise<Uint8Array> {
  const editor = await PackageEditor.open(bytes, '台账.xlsx');
  await edit(editor);
  return editor.toBytes();
}

async function validated(bytes: Uint8Array): Promise<Uint8Array> {
  return edited(bytes, async (e) => {
    recordValidation(e, await readWorkbookPackage(bytes, '台账.xlsx'));
  });
}

const sheetNames = (xml: string): string[] =>
  elementTexts(xml, 'sheet').map((t) => /name="([^"]+)"/.exec(t)?.[1] ?? '');

/** Every original element of a merged part is still there byte for byte (besides the ones listed as owned). */
function expectKept(
  before: string,
  after: string,
  item: string,
  owned: (text: string) => boolean = () => false,
): void {
  const kept = elementTexts(before, item).filter((t) => !owned(t));
  const now = new Set(elementTexts(after, item));
  expect(kept.filter((t) => !now.has(t))).toEqual([]);
}

describe('adding 校验结果 (a validate-style write)', () => {
  let out: Uint8Array;
  beforeAll(async () => {
    out = await validated(book);
  });

  it('adds the sheet, its rels and tables; changes only the entries sheet and the merged parts', () => {
    const files = unzipSync(book);
    const diff = partDiff(book, out);
    expect(diff.dropped).toEqual([]);
    expect(diff.changed).toEqual(
      [
        '[Content_Types].xml',
        sheetEntry(files, SHEETS.entries),
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/workbook.xml',
      ].sort(),
    );
    expect(diff.added).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/),
        expect.stringMatching(/^xl\/tables\/table\d+\.xml$/),
      ]),
    );
    expect(diff.added).toHaveLength(4); // the sheet, its rels, WP_IssueUnits and WP_Issues
  });

  it('puts 校验结果 right after 进度填报 and keeps every other sheet, name, relationship and content type', () => {
    const before = partText(book, 'xl/workbook.xml');
    const after = partText(out, 'xl/workbook.xml');
    const names = sheetNames(before);
    const at = names.indexOf(SHEETS.entries) + 1;
    expect(sheetNames(after)).toEqual([...names.slice(0, at), SHEETS.issues, ...names.slice(at)]);
    expectKept(before, after, 'sheet');
    expectKept(before, after, 'definedName');
    expectKept(
      partText(book, 'xl/_rels/workbook.xml.rels'),
      partText(out, 'xl/_rels/workbook.xml.rels'),
      'Relationship',
    );
    expectKept(partText(book, '[Content_Types].xml'), partText(out, '[Content_Types].xml'), 'Override');
    expectKept(partText(book, '[Content_Types].xml'), partText(out, '[Content_Types].xml'), 'Default');
    expectStylesAppendOnly(partText(book, 'xl/styles.xml'), partText(out, 'xl/styles.xml'));
    expect(after).toMatch(/fullCalcOnLoad="1"/);
  });

  it('writes the issue tables both readers see, with the add-in’s strings inline', async () => {
    for (const snapshot of [
      await readWorkbookPackage(out, 'x.xlsx', { scope: 'all' }),
      await readWorkbookXlsx(out),
    ]) {
      const issues = snapshot.tables.find((t) => t.name === TABLES.issues);
      expect(issues?.sheet).toBe(SHEETS.issues);
      expect(issues?.rows.length).toBeGreaterThan(0);
      expect(snapshot.tables.find((t) => t.name === TABLES.issueUnits)?.headers).toEqual([
        ...ISSUE_UNIT_HEADERS,
      ]);
    }
    expect(partText(out, 'xl/sharedStrings.xml')).toBe(partText(book, 'xl/sharedStrings.xml'));
  });

  it('replaces 校验结果 in place on the next run, dropping its old tables and adding no second sheet', async () => {
    const again = await validated(out);
    const diff = partDiff(out, again);
    const before = sheetNames(partText(out, 'xl/workbook.xml'));
    expect(sheetNames(partText(again, 'xl/workbook.xml'))).toEqual(before);
    expect(diff.dropped).toHaveLength(2);
    expect(diff.added).toHaveLength(2);
    expect(diff.dropped.every((p) => p.startsWith('xl/tables/'))).toBe(true);
    const ids = elementTexts(partText(again, '[Content_Types].xml'), 'Override').filter((t) =>
      t.includes('/xl/tables/'),
    );
    expect(ids).toHaveLength(8);
    expect(
      (await readWorkbookPackage(again, 'x.xlsx', { scope: 'all' })).tables.filter(
        (t) => t.name === TABLES.issues,
      ),
    ).toHaveLength(1);
  });

  it('keeps an .xlsm’s VBA project byte for byte', async () => {
    const xlsm = asXlsm(book);
    const result = await validated(xlsm);
    expect(partDiff(xlsm, result).changed).not.toContain('xl/vbaProject.bin');
    expect(partText(result, '[Content_Types].xml')).toContain('macroEnabled.main+xml');
    expect(elementTexts(partText(result, 'xl/_rels/workbook.xml.rels'), 'Relationship').join('')).toContain(
      'vbaProject.bin',
    );
  });
});

describe('汇总 with a chart the office put on it', () => {
  const schema = builtinSchema();
  const summary = (period: string) => planSummarySheet(schema, period);
  let withSummary: Uint8Array;
  beforeAll(async () => {
    const first = await edited(book, (e) => {
      const { sheet, names } = summary(schema.periods[0]?.label ?? '');
      e.putSheet(sheet);
      e.setNames(names);
    });
    withSummary = withChart(first, SHEETS.summary);
  });

  it('keeps the plan’s layout: frozen header, tab colour, print titles, dropdown, formats with their colours', () => {
    const xml = partText(withSummary, sheetEntry(unzipSync(withSummary), SHEETS.summary));
    expect(xml).toMatch(/<pane ySplit="5" topLeftCell="A6" activePane="bottomLeft" state="frozen"\/>/);
    expect(xml).toContain('<tabColor rgb="FF1F4E79"/>');
    expect(xml).toMatch(/<dataValidation type="list"[^>]*sqref="B2"><formula1>WP_List_Periods<\/formula1>/);
    expect(xml).toMatch(/<pageSetup paperSize="9" orientation="landscape"/);
    expect(xml).not.toContain('tabSelected');
    const dxfs = elementTexts(partText(withSummary, 'xl/styles.xml'), 'dxf');
    const dxfOf = (status: string) => {
      const id = new RegExp(`dxfId="(\\d+)"[^>]*><formula>K6=&quot;${status}&quot;`).exec(xml)?.[1];
      return dxfs[Number(id)];
    };
    expect(dxfOf('滞后')).toContain('FFFFEB9C');
    expect(dxfOf('已完成')).toContain('FFC6EFCE');
    const workbook = partText(withSummary, 'xl/workbook.xml');
    const index = sheetNames(workbook).indexOf(SHEETS.summary);
    const printTitles = new RegExp(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">('|&apos;)汇总('|&apos;)!\\$5:\\$5</definedName>`,
    );
    expect(workbook).toMatch(printTitles);
  });

  it('goes before _wp_meta when new', () => {
    const names = sheetNames(partText(withSummary, 'xl/workbook.xml'));
    expect(names.indexOf(SHEETS.summary)).toBe(names.indexOf(SHEETS.meta) - 1);
  });

  it('is replaced for another period, its chart and the chart’s parts carried over byte for byte', async () => {
    const { sheet, names } = summary(schema.periods[1]?.label ?? '');
    const out = await edited(withSummary, (e) => {
      e.putSheet(sheet);
      e.setNames(names);
    });
    const diff = partDiff(withSummary, out);
    expect(diff.changed.filter((p) => /drawing|chart/.test(p))).toEqual([]);
    const files = unzipSync(out);
    const part = sheetEntry(files, SHEETS.summary);
    const xml = partText(out, part);
    const drawing = /<drawing r:id="([^"]+)"\/>/.exec(xml);
    expect(drawing).not.toBeNull();
    const rels = partText(out, part.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    expect(rels).toMatch(new RegExp(`Id="${drawing?.[1]}"[^>]*Target="../drawings/drawing90.xml"`));
    expect(xml.indexOf('<drawing')).toBeLessThan(xml.indexOf('<tableParts'));
    const period = (await readWorkbookPackage(out, 'x.xlsx', { scope: 'all' })).tables.find(
      (t) => t.name === TABLES.summary,
    );
    expect(period?.sheet).toBe(SHEETS.summary);
    const workbook = partText(out, 'xl/workbook.xml');
    expect(workbook.match(/name="_xlnm.Print_Titles"/g)).toHaveLength(1);
    expect(workbook.match(/name="WP_SummaryPeriod"/g)).toHaveLength(1);
  });

  it('is refused when it holds something that cannot be carried (a pivot table), naming the part', async () => {
    const part = sheetEntry(unzipSync(withSummary), SHEETS.summary);
    const rels = part.replace('worksheets/', 'worksheets/_rels/') + '.rels';
    const pivot = patchZip(withSummary, (files) => ({
      [rels]: (files[rels] as string).replace(
        '</Relationships>',
        '<Relationship Id="rIdPivot" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>',
      ),
    }));
    const { sheet } = summary(schema.periods[1]?.label ?? '');
    await expect(edited(pivot, (e) => e.putSheet(sheet))).rejects.toMatchObject({
      key: 'file.edit.sheetPart',
      message: expect.stringContaining('xl/pivotTables/pivotTable1.xml'),
    });
  });
});

describe('loading a new schema into the office’s ledger (build --into)', () => {
  it('replaces the schema sheets and _wp_meta, leaving 进度填报 and the user’s sheets untouched', async () => {
    const schema = builtinSchema();
    const plan = planWorkbook(schema, {
      entries: { headers: [...COLUMNS.entries, '附件'], rows: officeRows(12) },
    });
    const owned = plan.sheets.filter((s) => s.name !== SHEETS.entries);
    const out = await edited(book, (e) => {
      for (const sheet of owned) e.putSheet(sheet);
      e.setNames(plan.names);
    });
    const files = unzipSync(book);
    const diff = partDiff(book, out);
    const touched = new Set([...diff.changed, ...diff.dropped]);
    expect(touched.has(sheetEntry(files, SHEETS.entries))).toBe(false);
    for (const user of ['办公室', '图表']) expect(touched.has(sheetEntry(files, user))).toBe(false);
    expect(
      [...touched].filter((p) => /drawings|media|charts|comments|sharedStrings|theme|docProps/.test(p)),
    ).toEqual([]);
    expect(sheetNames(partText(out, 'xl/workbook.xml'))).toEqual(
      sheetNames(partText(book, 'xl/workbook.xml')),
    );
    const snapshot = await readWorkbookPackage(out, 'x.xlsx', { scope: 'all' });
    expect(snapshot.tables.map((t) => t.name).sort()).toEqual(
      (await readWorkbookPackage(book, 'x.xlsx', { scope: 'all' })).tables.map((t) => t.name).sort(),
    );
    const workbook = partText(out, 'xl/workbook.xml');
    expect(workbook).toContain(`<definedName name="${OFFICE_NAME}">`);
    expect(workbook.match(/name="WP_List_Periods"/g)).toHaveLength(1);
  });
});

describe('defined names', () => {
  it('replaces the add-in’s names and keeps every other name exactly', async () => {
    const out = await edited(book, (e) => {
      e.setNames(
        definedNames().map((n) => (n.name === 'WP_List_Units' ? { ...n, formula: '=WP_Units[别名]' } : n)),
      );
      e.removeNames(['WP_List_Items']);
    });
    const before = partText(book, 'xl/workbook.xml');
    const after = partText(out, 'xl/workbook.xml');
    expectKept(before, after, 'definedName', (t) => /name="WP_List_/.test(t));
    expect(after).toContain('>WP_Units[别名]</definedName>');
    expect(after).not.toContain('WP_List_Items');
    expect(partDiff(book, out).changed).toEqual(['xl/workbook.xml']);
  });
});

describe('removing an owned sheet', () => {
  it('drops its parts, its relationship and content types', async () => {
    const withIssues = await validated(book);
    const out = await edited(withIssues, (e) => e.removeSheet(SHEETS.issues));
    expect(sheetNames(partText(out, 'xl/workbook.xml'))).toEqual(
      sheetNames(partText(book, 'xl/workbook.xml')),
    );
    const diff = partDiff(withIssues, out);
    expect(diff.dropped).toHaveLength(4);
    expect(diff.added).toEqual([]);
    expectKept(
      partText(withIssues, '[Content_Types].xml'),
      partText(out, '[Content_Types].xml'),
      'Override',
      (t) => diff.dropped.some((p) => t.includes(`/${p}"`)),
    );
  });

  it('is refused while a name of the user refers to it', async () => {
    const withIssues = await validated(book);
    const named = patchZip(withIssues, (files) => ({
      'xl/workbook.xml': (files['xl/workbook.xml'] as string).replace(
        '</definedNames>',
        `<definedName name="问题数">'${SHEETS.issues}'!$B$5</definedName></definedNames>`,
      ),
    }));
    try {
      await edited(named, (e) => e.removeSheet(SHEETS.issues));
      throw new Error('not refused');
    } catch (error) {
      expect(isLedgerError(error, 'file.edit.nameRefersToSheet')).toBe(true);
    }
  });
});

describe('table names', () => {
  it('refuses an owned sheet whose table name a user table on another sheet already has', async () => {
    const files = unzipSync(book);
    const office = sheetEntry(files, '办公室');
    const clash = patchZip(book, (texts) => {
      const table = Object.keys(texts).find(
        (n) => n.startsWith('xl/tables/') && (texts[n] as string).includes('WP_Periods'),
      ) as string;
      return {
        [table]: (texts[table] as string).replace(
          /name="WP_Periods" displayName="WP_Periods"/,
          'name="WP_Issues" displayName="WP_Issues"',
        ),
      };
    });
    expect(office).toBeTruthy();
    await expect(validated(clash)).rejects.toMatchObject({ key: 'file.edit.tableNameTaken' });
  });
});
