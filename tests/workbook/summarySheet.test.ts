import { confirmedTargets } from '../../src/domain/confirmedTargets';
import { builtinSchema } from '../../src/domain/builtin';
import { summaryUnits } from '../../src/domain/summary';
import { parseAddress } from '../../src/workbook/address';
import { COLUMNS, SHEETS, TABLES } from '../../src/workbook/format';
import { LIST_NAMES } from '../../src/workbook/names';
import type { TablePlan, WorkbookPlan } from '../../src/workbook/plan';
import { planWorkbook } from '../../src/workbook/planWorkbook';
import { planSummarySheet } from '../../src/workbook/summarySheet';
import { withSummarySheet } from '../support/withSummarySheet';
import { CELLS, FRACTION_NAME, PERIOD_NAME, SUMMARY_HELPERS } from '../../src/workbook/summarySheetLayout';
import { miniSchema } from '../fixtures/summary/miniSchema';

const H1 = '2021年上半年';
const ALLOWED_FUNCTIONS = new Set([
  'SUMIFS',
  'SUBSTITUTE',
  'COUNTIFS',
  'COUNTA',
  'AVERAGEIFS',
  'INDEX',
  'MATCH',
  'IF',
  'IFERROR',
  'AND',
  'OR',
  'ROUND',
  'TEXT',
]);

function plan() {
  return planSummarySheet(miniSchema(), H1);
}

function tableOf(name: string): TablePlan {
  const found = plan().sheet.tables.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

function allFormulas(): string[] {
  const { sheet, names } = plan();
  return [
    ...sheet.cells.flatMap((cell) => (cell.formula ? [cell.formula] : [])),
    ...sheet.tables.flatMap((table) =>
      table.columns.flatMap((column) => (column.formula ? [column.formula] : [])),
    ),
    ...names.map((name) => name.formula),
  ];
}

/** Strips string literals so that words inside quotes are not mistaken for references or functions. */
function code(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

function fullWorkbook(): WorkbookPlan {
  return withSummarySheet(planWorkbook(miniSchema()), miniSchema(), H1);
}

describe('the 汇总 sheet plan', () => {
  it('puts a period cell with a dropdown of the periods at the top, read through a defined name', () => {
    const { sheet, names } = plan();
    const cell = sheet.cells.find((candidate) => candidate.address === CELLS.period);
    expect(cell?.value).toBe(H1);
    expect(cell?.dataValidation).toMatchObject({
      type: 'list',
      source: `=${LIST_NAMES.periods}`,
      strict: true,
    });
    expect(names.find((name) => name.name === PERIOD_NAME)?.formula).toBe(`='${SHEETS.summary}'!$B$2`);
    expect(names.find((name) => name.name === FRACTION_NAME)?.formula).toBe(`='${SHEETS.summary}'!$D$2`);
  });

  it('rejects a period the schema does not have', () => {
    expect(() => planSummarySheet(miniSchema(), '2021年第二季度')).toThrow('2021年第二季度');
  });

  it('names the notice and follows the period cell in the title', () => {
    const schema = { ...miniSchema(), title: '关于"专精特新"的工作要点' };
    const title = planSummarySheet(schema, H1).sheet.cells.find((cell) => cell.address === CELLS.title);
    expect(title?.formula).toBe(`="关于""专精特新""的工作要点完成情况汇总（"&${PERIOD_NAME}&"）"`);
    expect(title?.value).toBeUndefined();
  });

  it('lays WP_Summary out with the contract columns first and hidden helpers after them', () => {
    const table = tableOf(TABLES.summary);
    expect(table.columns.map((column) => column.header)).toEqual([...COLUMNS.summary, ...SUMMARY_HELPERS]);
    expect(table.columns.filter((column) => column.hidden).map((column) => column.header)).toEqual([
      ...SUMMARY_HELPERS,
    ]);
  });

  it('computes every WP_Summary column but the keys with a calculated-column formula', () => {
    const table = tableOf(TABLES.summary);
    const literal = table.columns.filter((column) => !column.formula).map((column) => column.header);
    expect(literal).toEqual(['指标编号', '板块']);
    expect(table.rows.map((row) => row[0])).toEqual(miniSchema().targets.map((target) => target.id));
    const formulaIndexes = table.columns.flatMap((column, index) => (column.formula ? [index] : []));
    for (const row of table.rows) for (const index of formulaIndexes) expect(row[index]).toBeNull();
  });

  it('computes every column of the unit and section tables but their keys', () => {
    for (const name of [TABLES.unitSummary, TABLES.sectionSummary]) {
      const table = tableOf(name);
      expect(table.columns.slice(1).every((column) => column.formula)).toBe(true);
      expect(table.columns[0]?.formula).toBeUndefined();
    }
    expect(tableOf(TABLES.unitSummary).rows.map((row) => row[0])).toEqual(summaryUnits(miniSchema()));
    expect(tableOf(TABLES.unitSummary).columns.map((column) => column.header)).toEqual([
      ...COLUMNS.unitSummary,
    ]);
    expect(tableOf(TABLES.sectionSummary).columns.map((column) => column.header)).toEqual([
      ...COLUMNS.sectionSummary,
    ]);
  });

  it('keys the section table by the 板块 text WP_Items holds, so COUNTIFS finds the items', () => {
    const items = fullWorkbook()
      .sheets.flatMap((sheet) => sheet.tables)
      .find((table) => table.name === TABLES.items);
    const column = COLUMNS.items.indexOf('板块');
    const itemSections = new Set(items?.rows.map((row) => row[column]));
    const keys = tableOf(TABLES.sectionSummary).rows.map((row) => row[0]);
    expect(keys.filter((key) => itemSections.has(key))).toEqual(['强化政策支持', '优化发展环境']);
  });

  it('keys every section of the built-in notice by the text WP_Items holds', () => {
    const schema = builtinSchema();
    const period = schema.periods[1]?.label ?? '';
    const workbook = withSummarySheet(planWorkbook(schema), schema, period);
    const tables = workbook.sheets.flatMap((sheet) => sheet.tables);
    const column = COLUMNS.items.indexOf('板块');
    const itemSections = new Set(
      tables.find((table) => table.name === TABLES.items)?.rows.map((row) => row[column]),
    );
    const sectionKeys =
      tables.find((table) => table.name === TABLES.sectionSummary)?.rows.map((row) => row[0]) ?? [];
    expect(sectionKeys.slice(0, schema.sections.length).every((key) => itemSections.has(key))).toBe(true);
    // One line per confirmed target, as in 目标指标; item 22's two low-confidence candidates have none.
    expect(tables.find((table) => table.name === TABLES.summary)?.rows).toHaveLength(
      confirmedTargets(schema).length,
    );
    expect(confirmedTargets(schema)).toHaveLength(schema.targets.length - 2);
  });

  it('uses only table-qualified structured references, never [@col] or [#This Row] without a table', () => {
    for (const formula of allFormulas()) {
      const body = code(formula);
      expect(body).not.toContain('[@');
      // Every opening bracket belongs to a table name or to the inner part of a [[#This Row],[col]] reference.
      const unqualified = body
        .replace(/[A-Za-z_]+\[\[#This Row\],\[[^\]]+\]\]/g, '')
        .replace(/[A-Za-z_]+\[[^\]]+\]/g, '');
      expect(unqualified).not.toMatch(/\[/);
    }
  });

  it('refers only to tables and columns that the workbook has', () => {
    const tables = new Map(
      fullWorkbook()
        .sheets.flatMap((sheet) => sheet.tables)
        .map((table) => [table.name, new Set(table.columns.map((column) => column.header))]),
    );
    for (const formula of allFormulas()) {
      for (const match of code(formula).matchAll(/([A-Za-z_]+)\[(?:\[#This Row\],\[)?([^\]]+)\]/g)) {
        const [, table = '', column = ''] = match;
        expect({ formula, table, known: tables.get(table)?.has(column) ?? false }).toEqual({
          formula,
          table,
          known: true,
        });
      }
    }
  });

  it('calls only functions that Excel 2010 and LibreOffice both evaluate', () => {
    for (const formula of allFormulas()) {
      for (const match of code(formula).matchAll(/([A-Z][A-Z0-9.]*)\(/g))
        expect(ALLOWED_FUNCTIONS).toContain(match[1]);
    }
  });

  it('reads the period only through its defined name, never by cell address', () => {
    const { sheet } = plan();
    const tableFormulas = sheet.tables.flatMap((table) =>
      table.columns.flatMap((column) => (column.formula ? [code(column.formula)] : [])),
    );
    for (const formula of tableFormulas) expect(formula).not.toMatch(/\$?B\$?2\b/);
    expect(tableFormulas.filter((formula) => formula.includes(PERIOD_NAME)).length).toBeGreaterThanOrEqual(3);
  });

  it('excludes rows marked 错误 in every count over WP_Entries', () => {
    for (const formula of allFormulas()) {
      const countsOverEntries =
        (formula.match(/(?:COUNTIFS|SUMIFS)\(/g) ?? []).length > 0 && formula.includes(`${TABLES.entries}[`);
      if (countsOverEntries)
        expect(formula.split(`${TABLES.entries}[校验状态],"<>错误"`).length - 1).toBe(
          (formula.match(/(?:COUNTIFS|SUMIFS)\(/g) ?? []).length,
        );
    }
  });

  it('formats rates as percentages and draws a data bar on 完成率', () => {
    const table = tableOf(TABLES.summary);
    for (const header of ['完成率', '差距'])
      expect(table.columns.find((column) => column.header === header)?.numberFormat).toMatch(/%$/);
    expect(plan().sheet.conditionalFormats).toContainEqual(
      expect.objectContaining({ type: 'dataBar', table: TABLES.summary, column: '完成率' }),
    );
  });

  it('colours every status word by conditional formatting', () => {
    const formats = plan().sheet.conditionalFormats.filter(
      (format) => format.type === 'textEquals' && format.column === '状态',
    );
    const colours = new Map(
      formats.map((format) => [
        format.type === 'textEquals' ? format.text : '',
        format.type === 'textEquals' ? format.fill : '',
      ]),
    );
    expect([...colours.keys()].sort()).toEqual(
      ['严重滞后', '已完成', '未报送', '未达标', '正常', '滞后', '达标'].sort(),
    );
    expect(
      new Set([
        colours.get('已完成'),
        colours.get('正常'),
        colours.get('滞后'),
        colours.get('严重滞后'),
        colours.get('未报送'),
      ]).size,
    ).toBe(5);
  });

  it('prints on A4 landscape, fitted to width, repeating the WP_Summary header row', () => {
    const { sheet } = plan();
    const header = parseAddress(tableOf(TABLES.summary).topLeft).row;
    expect(sheet.print).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: `$${header}:$${header}`,
    });
  });

  it('places the tables so that none overlaps another or the cells above', () => {
    const { sheet } = plan();
    const boxes = sheet.tables.map((table) => {
      const { row, col } = parseAddress(table.topLeft);
      return {
        name: table.name,
        top: row,
        bottom: row + Math.max(table.rows.length, 1),
        left: col,
        right: col + table.columns.length - 1,
      };
    });
    const lastCellRow = Math.max(...sheet.cells.map((cell) => parseAddress(cell.address).row));
    for (const box of boxes) expect(box.top).toBeGreaterThan(lastCellRow);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue;
        const apart = a.bottom < b.top || b.bottom < a.top || a.right < b.left || b.right < a.left;
        expect({ pair: [a.name, b.name], apart }).toEqual({ pair: [a.name, b.name], apart: true });
      }
    }
  });

  it('adds the sheet before _wp_meta and replaces it on the next run instead of duplicating it', () => {
    const once = fullWorkbook();
    const twice = withSummarySheet(once, miniSchema(), '2021年全年');
    const names = twice.sheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name === SHEETS.summary)).toHaveLength(1);
    expect(names.indexOf(SHEETS.summary)).toBe(names.indexOf(SHEETS.meta) - 1);
    expect(twice.names.filter((name) => name.name === PERIOD_NAME)).toHaveLength(1);
    const period = twice.sheets
      .find((sheet) => sheet.name === SHEETS.summary)
      ?.cells.find((cell) => cell.address === CELLS.period);
    expect(period?.value).toBe('2021年全年');
  });
});
