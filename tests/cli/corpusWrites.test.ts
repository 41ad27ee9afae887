/**
 * Issue 12's acceptance on the office-workbook corpus (tests/fixtures/office-workbooks): after `build --into`,
 * `validate --out`, `validate --fix --out` and `summarize --out`, every part the add-in does not own is
 * byte-identical, the merged parts keep every original entry, the entries sheet keeps the user's cells, notes
 * and column, an .xlsm stays macro-enabled, and LibreOffice opens each result with the user's formula computing.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCommand } from '../../src/cli/commands/build';
import { summarizeCommand } from '../../src/cli/commands/summarize';
import { validateCommand } from '../../src/cli/commands/validate';
import { SHEETS } from '../../src/workbook/format';
import { memoryIo } from '../support/memoryIo';
import {
  elementTexts,
  entryTexts,
  expectStylesAppendOnly,
  partDiff,
  partsOf,
  partText,
  patchZip,
} from '../xlsx/package/packageParts';
import { libreoffice } from '../xlsx/package/officeBook';

const DIR = join(__dirname, '..', 'fixtures', 'office-workbooks');
const PERIOD = '2021年上半年';
const USER_SHEET = '办公室统计';
/** The add-in's own sheets: replaced or added whole (进度填报 is patched cell by cell, checked apart). */
const OWNED_SHEETS = new Set<string>(Object.values(SHEETS).filter((s) => s !== SHEETS.entries));
/** Parts merged entry by entry (checked apart); calcChain is dropped so that Excel rebuilds it. */
const MERGED = new Set([
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
  'xl/calcChain.xml',
]);

type Run = (input: string, output: string) => string[];
const RUNS: Record<string, Run> = {
  'build --into': (input) => ['--into', input],
  'validate --out': (input, output) => [input, '--period', PERIOD, '--out', output],
  'validate --fix --out': (input, output) => [input, '--period', PERIOD, '--fix', '--out', output],
  'summarize --out': (input, output) => [input, '--period', PERIOD, '--out', output],
};

/**
 * A corpus file with OfficeGoal (办公室统计!B1) set to 1500 while B2 (=OfficeGoal*2) still caches 2000: a
 * program that shows 3000 computed the user's formula.
 */
function withStaleFormula(bytes: Uint8Array): Uint8Array {
  const part = sheetParts(bytes).get(USER_SHEET) ?? '';
  return patchZip(bytes, (texts) => {
    const xml = texts[part] ?? '';
    const patched = xml.replace(/(<c r="B1"[^>]*><v>)1000(<\/v>)/, '$11500$2');
    if (patched === xml) throw new Error(`no OfficeGoal cell in ${part}`);
    return { [part]: patched };
  });
}

async function run(
  name: string,
  file: string,
): Promise<{ input: Uint8Array; output: Uint8Array; code: number }> {
  const input = withStaleFormula(new Uint8Array(readFileSync(join(DIR, file))));
  const ext = file.slice(file.lastIndexOf('.'));
  const inputPath = `/books/${file}`;
  const outputPath = name === 'build --into' ? inputPath : `/books/out${ext}`;
  const io = memoryIo({ [inputPath]: input });
  const args = RUNS[name]?.(inputPath, outputPath) ?? [];
  const command = name.startsWith('build')
    ? buildCommand
    : name.startsWith('validate')
      ? validateCommand
      : summarizeCommand;
  const code = await command(args, io);
  const output = io.files.get(outputPath);
  if (!output) throw new Error(`${name} wrote nothing: ${io.stderr()}`);
  return { input, output, code };
}

/** Sheet name → worksheet part, through workbook.xml and its relationships. */
function sheetParts(bytes: Uint8Array): Map<string, string> {
  const rels = new Map(
    elementTexts(partText(bytes, 'xl/_rels/workbook.xml.rels'), 'Relationship').map((r) => [
      /Id="([^"]+)"/.exec(r)?.[1] ?? '',
      /Target="([^"]+)"/.exec(r)?.[1] ?? '',
    ]),
  );
  const out = new Map<string, string>();
  for (const s of elementTexts(partText(bytes, 'xl/workbook.xml'), 'sheet')) {
    const name = /name="([^"]+)"/.exec(s)?.[1] ?? '';
    const target = rels.get(/r:id="([^"]+)"/.exec(s)?.[1] ?? '') ?? '';
    out.set(name, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

const relsOf = (part: string): string => part.replace(/([^/]+)$/, '_rels/$1.rels');

/** The parts the add-in owns in a package: its sheets, their relationships and the tables they hold. */
function ownedParts(bytes: Uint8Array): Set<string> {
  const parts = partsOf(bytes);
  const owned = new Set<string>();
  for (const [name, part] of sheetParts(bytes)) {
    const rels = relsOf(part);
    const isEntries = name === SHEETS.entries;
    if (!OWNED_SHEETS.has(name) && !isEntries) continue;
    if (!isEntries) owned.add(part);
    if (!parts.has(rels)) continue;
    if (!isEntries) owned.add(rels);
    // Only the tables of an owned sheet are the add-in's; a note or drawing on 进度填报 is the user's.
    for (const r of elementTexts(partText(bytes, rels), 'Relationship'))
      if (/\/table"/.test(r)) owned.add(`xl/tables/${/Target="(?:\.\.\/tables\/)?([^"]+)"/.exec(r)?.[1]}`);
  }
  return owned;
}

const CASES: Array<[string, string]> = [];
for (const file of ['office-user-content.xlsx', 'office-macro.xlsm', 'saved-by-libreoffice.xlsx'])
  for (const name of Object.keys(RUNS)) CASES.push([file, name]);

const outputs = new Map<string, Uint8Array>();

describe.each(CASES)('%s after %s', (file, name) => {
  let input: Uint8Array;
  let output: Uint8Array;
  beforeAll(async () => {
    ({ input, output } = await run(name, file));
    outputs.set(`${file} ${name}`, output);
  });

  it('keeps every part the add-in does not own byte for byte', () => {
    const owned = new Set([...ownedParts(input), ...ownedParts(output)]);
    const entriesPart = sheetParts(input).get(SHEETS.entries) ?? '';
    const diff = partDiff(input, output);
    const foreign = (p: string): boolean => !owned.has(p) && !MERGED.has(p) && p !== entriesPart;
    expect(diff.changed.filter(foreign)).toEqual([]);
    expect(diff.dropped.filter(foreign)).toEqual([]);
    // The user's sheet is among the untouched parts, and it is really there.
    const user = sheetParts(input).get(USER_SHEET) ?? '';
    expect(partsOf(output).get(user)).toEqual(partsOf(input).get(user));
  });

  it('merges workbook.xml, the relationships, the content types, styles and shared strings without losing an entry', () => {
    const workbook = (b: Uint8Array) => partText(b, 'xl/workbook.xml');
    const userNames = (b: Uint8Array) =>
      elementTexts(workbook(b), 'definedName').filter((d) => !/name="(WP_|_xlnm)/.test(d));
    expect(userNames(output)).toEqual(expect.arrayContaining(userNames(input)));
    expect(userNames(input).some((d) => d.includes('OfficeGoal'))).toBe(true);
    const userSheets = (b: Uint8Array) =>
      elementTexts(workbook(b), 'sheet').filter(
        (s) => !OWNED_SHEETS.has(/name="([^"]+)"/.exec(s)?.[1] ?? ''),
      );
    expect(userSheets(output)).toEqual(expect.arrayContaining(userSheets(input)));
    const owned = ownedParts(input);
    const rels = (b: Uint8Array) => elementTexts(partText(b, 'xl/_rels/workbook.xml.rels'), 'Relationship');
    const keptRels = rels(input).filter((r) => {
      const target = /Target="([^"]+)"/.exec(r)?.[1] ?? '';
      return !owned.has(`xl/${target}`) && !/calcChain/.test(r);
    });
    expect(rels(output)).toEqual(expect.arrayContaining(keptRels));
    const types = (b: Uint8Array) => partText(b, '[Content_Types].xml');
    expect(elementTexts(types(output), 'Default')).toEqual(
      expect.arrayContaining(elementTexts(types(input), 'Default')),
    );
    const outParts = partsOf(output);
    const keptOverrides = elementTexts(types(input), 'Override').filter((o) =>
      outParts.has((/PartName="\/([^"]+)"/.exec(o)?.[1] ?? '').trim()),
    );
    expect(elementTexts(types(output), 'Override')).toEqual(expect.arrayContaining(keptOverrides));
    expectStylesAppendOnly(partText(input, 'xl/styles.xml'), partText(output, 'xl/styles.xml'));
    if (partsOf(input).has('xl/sharedStrings.xml')) {
      const original = entryTexts(partText(input, 'xl/sharedStrings.xml'), 'sst', 'si');
      const after = entryTexts(partText(output, 'xl/sharedStrings.xml'), 'sst', 'si');
      expect(after.slice(0, original.length)).toEqual(original);
    }
    expect(outParts.has('xl/calcChain.xml')).toBe(false);
  });

  it('keeps the notes, links and user cells of 进度填报', () => {
    const part = sheetParts(input).get(SHEETS.entries) ?? '';
    const outPart = sheetParts(output).get(SHEETS.entries) ?? '';
    expect(outPart).toBe(part);
    const userRels = (b: Uint8Array) =>
      partsOf(b).has(relsOf(part))
        ? elementTexts(partText(b, relsOf(part)), 'Relationship').filter((r) => !/\/table"/.test(r))
        : [];
    expect(userRels(input).length).toBeGreaterThan(0);
    expect(userRels(output)).toEqual(expect.arrayContaining(userRels(input)));
    for (const element of ['legacyDrawing', 'hyperlinks', 'drawing'])
      expect([element, elementTexts(partText(output, part), element)]).toEqual([
        element,
        elementTexts(partText(input, part), element),
      ]);
    // Cells outside the table's columns (the office's own column) are kept element for element.
    const outside = (b: Uint8Array) =>
      elementTexts(partText(b, part), 'c').filter((c) => /r="[K-Z]\d+"/.test(c));
    expect(outside(input).length).toBeGreaterThan(0);
    expect(outside(output)).toEqual(outside(input));
  });

  it('keeps a macro-enabled workbook macro-enabled', () => {
    const macro = (b: Uint8Array) => partText(b, '[Content_Types].xml').includes('macroEnabled.main+xml');
    expect(macro(output)).toBe(macro(input));
    expect(partsOf(output).get('xl/vbaProject.bin')).toEqual(partsOf(input).get('xl/vbaProject.bin'));
  });
});

const soffice = libreoffice.findSoffice();
if (!soffice && process.env.CI)
  throw new Error('CI 环境缺少 LibreOffice（soffice），无法运行 LibreOffice 检查。');
const describeWithSoffice = soffice ? describe : describe.skip;

/** Every output as LibreOffice shows it after recalculating, converted in one soffice run: stem → sheet → rows. */
function shownAll(files: Map<string, Uint8Array>): Map<string, Record<string, string[][]>> {
  const dir = mkdtempSync(join(tmpdir(), 'wp-corpus-lo-'));
  try {
    const stems = [...files.keys()].map((_, i) => `out${i}`);
    const inputs = [...files.values()].map((bytes, i) => {
      const path = join(dir, `${stems[i]}.xlsx`);
      writeFileSync(path, bytes);
      return path;
    });
    libreoffice.convert(inputs, libreoffice.CSV_ALL_SHEETS, join(dir, 'csv'));
    const shown = new Map<string, Record<string, string[][]>>();
    const keys = [...files.keys()];
    for (const csv of readdirSync(join(dir, 'csv'))) {
      const m = /^(out\d+)-(.+)\.csv$/.exec(csv);
      if (!m) continue;
      const key = keys[stems.indexOf(m[1] ?? '')] ?? '';
      const sheets = shown.get(key) ?? {};
      sheets[m[2] ?? ''] = libreoffice.parseCsv(readFileSync(join(dir, 'csv', csv), 'utf8'));
      shown.set(key, sheets);
    }
    return shown;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describeWithSoffice('the results in LibreOffice', () => {
  let shown: Map<string, Record<string, string[][]>>;
  beforeAll(() => {
    shown = shownAll(outputs);
  });

  it.each(CASES)(
    '%s after %s opens with the user’s formula computing through its defined name',
    (file, name) => {
      const sheets = shown.get(`${file} ${name}`);
      // 办公室统计!B2 is =OfficeGoal*2 caching 2000, OfficeGoal (B1) being 1500 now.
      expect(sheets?.[USER_SHEET]?.[1]?.[1]).toBe('3000');
      expect(sheets?.[SHEETS.entries]?.[0]?.[0]).toBe('报告期');
    },
  );
});
