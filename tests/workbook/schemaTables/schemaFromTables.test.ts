/**
 * Reading the schema back from the tables the office edits (工作任务, 责任分工, 目标指标, 单位): the edits an office
 * makes come back as the edited schema, an unedited ledger gives the stored schema back exactly, and a broken edit
 * is refused with a message naming the sheet and the cell.
 */
import { builtinSchema } from '../../../src/domain/builtin';
import { parseNotice } from '../../../src/domain/notice/parseNotice';
import { translate, type Message } from '../../../src/domain/messages';
import type { Schema } from '../../../src/domain/schema';
import { serializeSchema } from '../../../src/domain/schemaFile';
import { isoDateToSerial } from '../../../src/workbook/excelDate';
import { ITEM_DEADLINE_COLUMN, TABLES } from '../../../src/workbook/format';
import { schemaFromTables, type TablesRead } from '../../../src/workbook/schemaTables/schemaFromTables';
import { schemaTablesEdited } from '../../../src/workbook/schemaTables/tablesEdited';
import { smallSchema } from '../fixtures/smallSchema';
import { addRow, dropTable, keepRows, ledgerOf, rowsBelow, setCell, sortRows, tableOf } from './tableEdits';

const zh = (m: Message) => translate('zh-CN', m);

function ok(read: TablesRead): Schema {
  if (!read.ok) throw new Error(`refused: ${read.problems.map(zh).join(' / ')}`);
  return read.schema;
}

function refused(read: TablesRead): string[] {
  if (read.ok) throw new Error('read back without a problem');
  return read.problems.map(zh);
}

function small(): Schema {
  const schema = smallSchema();
  schema.items[1]!.deadline = '2021-06-30';
  return schema;
}

const item = (schema: Schema, no: number) => schema.items.find((i) => i.no === no);

describe('reading the schema back from unedited tables', () => {
  it('gives the stored built-in schema back exactly, candidates and all', () => {
    const { snapshot, stored } = ledgerOf(builtinSchema());
    expect(serializeSchema(ok(schemaFromTables(snapshot, stored)))).toBe(serializeSchema(stored));
    expect(schemaTablesEdited(snapshot, stored)).toBeNull();
  });

  it('gives a schema with deadlines, groups of units and a collective back exactly', () => {
    const { snapshot, stored } = ledgerOf(small());
    expect(serializeSchema(ok(schemaFromTables(snapshot, stored)))).toBe(serializeSchema(stored));
  });

  it('does not take sorting 责任分工 for an edit', () => {
    const { snapshot, stored } = ledgerOf(builtinSchema());
    const sorted = sortRows(snapshot, TABLES.duties, (a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(tableOf(sorted, TABLES.duties).rows.map((r) => r.values)).not.toEqual(
      tableOf(snapshot, TABLES.duties).rows.map((r) => r.values),
    );
    expect(serializeSchema(ok(schemaFromTables(sorted, stored)))).toBe(serializeSchema(stored));
  });
});

describe('a notice whose items name no unit (a news list of 实事)', () => {
  it('gives its targets back waiting for a reporter, where an item with units may not leave one blank', () => {
    const { schema } = parseNotice(
      [
        '某市2025年民生实事',
        '今年将办好3件民生实事。具体包括:',
        '新建幼儿园12所。',
        '新建农村公路150公里。',
        '改造老旧小区35个。',
      ].join('\n'),
    );
    expect(schema.targets.map((t) => t.reporter)).toEqual(['', '', '']);
    const { snapshot, stored } = ledgerOf(schema);
    expect(serializeSchema(ok(schemaFromTables(snapshot, stored)))).toBe(serializeSchema(stored));
    // The same blank under an item that names units is refused, naming the cell.
    const withUnits = ledgerOf(small());
    const index = tableOf(withUnits.snapshot, TABLES.targets).rows.findIndex((r) => r.values[1] !== '');
    const blanked = setCell(withUnits.snapshot, TABLES.targets, { index }, '填报单位', '');
    expect(refused(schemaFromTables(blanked, withUnits.stored)).join()).toContain('“填报单位”不能为空');
  });
});

describe('reading back the edits an office makes', () => {
  it('moves a unit from 配合 to 牵头 when only 工作任务 was edited, or only 责任分工, or both alike', () => {
    const { snapshot, stored } = ledgerOf(small());
    const inItems = setCell(
      setCell(snapshot, TABLES.items, { column: '序号', is: 1 }, '牵头单位', '省税务局、省财政厅'),
      TABLES.items,
      { column: '序号', is: 1 },
      '配合单位',
      '',
    );
    const inDuties = setCell(snapshot, TABLES.duties, { index: 1 }, '分工', '牵头');
    expect(tableOf(snapshot, TABLES.duties).rows[1]?.values).toEqual([1, '省财政厅', '配合']);
    for (const edited of [inItems, inDuties, setCell(inItems, TABLES.duties, { index: 1 }, '分工', '牵头')]) {
      const schema = ok(schemaFromTables(edited, stored));
      expect(item(schema, 1)).toMatchObject({
        lead: ['省税务局', '省财政厅'],
        cooperate: [],
        responsible: [],
      });
      expect(schema.items.filter((i) => i.no !== 1)).toEqual(stored.items.filter((i) => i.no !== 1));
    }
  });

  it('refuses units changed differently on 工作任务 and 责任分工, naming the item’s unit cells', () => {
    const { snapshot, stored } = ledgerOf(small());
    const edited = setCell(
      setCell(snapshot, TABLES.items, { column: '序号', is: 1 }, '牵头单位', '省财政厅'),
      TABLES.duties,
      { index: 1 },
      '分工',
      '负责',
    );
    expect(refused(schemaFromTables(edited, stored))).toEqual([
      '第 1 项任务的单位在“工作任务”（D2、E2、F2）和“责任分工”中都改过，且两处不一致。请只改其中一处，或把两处改成一致。',
    ]);
  });

  it('reads a corrected target value, also typed as text with a thousands comma', () => {
    const { snapshot, stored } = ledgerOf(builtinSchema());
    const where = { column: '指标编号', is: 'T18.1' };
    expect(
      ok(schemaFromTables(setCell(snapshot, TABLES.targets, where, '目标值', 1200), stored)).targets[0],
    ).toEqual({
      ...stored.targets[0],
      value: 1200,
    });
    const typed = ok(schemaFromTables(setCell(snapshot, TABLES.targets, where, '目标值', '1,200'), stored));
    expect(typed.targets[0]?.value).toBe(1200);
  });

  it('refuses a target value that is not a number, naming its cell', () => {
    const { snapshot, stored } = ledgerOf(builtinSchema());
    const edited = setCell(snapshot, TABLES.targets, { column: '指标编号', is: 'T18.1' }, '目标值', '约1000');
    expect(refused(schemaFromTables(edited, stored))).toEqual([
      '“目标指标”表 D2 单元格：“目标值”的“约1000”不是数字。',
    ]);
  });

  it('adds an alias, and refuses an alias that another unit has or that is another unit’s name', () => {
    const { snapshot, stored } = ledgerOf(small());
    const taxes = { column: '单位', is: '省税务局' };
    const added = ok(
      schemaFromTables(
        setCell(snapshot, TABLES.units, taxes, '别名', '税务局、国家税务总局江西省税务局'),
        stored,
      ),
    );
    expect(added.units[0]).toEqual({
      name: '省税务局',
      // The registry's alias is added on every write, as a schema load adds it.
      aliases: ['税务局', '国家税务总局江西省税务局', '江西省税务局'],
      kind: 'department',
    });
    expect(
      refused(schemaFromTables(setCell(snapshot, TABLES.units, taxes, '别名', '省工信厅'), stored)),
    ).toEqual(['“单位”表 B2 单元格：别名“省工信厅”已是单位“省工业和信息化厅”的别名（B4）。']);
    expect(
      refused(schemaFromTables(setCell(snapshot, TABLES.units, taxes, '别名', '省财政厅'), stored)),
    ).toEqual(['“单位”表 B2 单元格：别名“省财政厅”是另一个单位的名称。']);
  });

  it('adds a unit in 单位 and a duty naming it; the new unit is a confirmed department', () => {
    const { snapshot, stored } = ledgerOf(small());
    let edited = addRow(snapshot, TABLES.units, { 单位: '省科技厅', 别名: '科技厅' });
    edited = addRow(edited, TABLES.duties, { 序号: 2, 单位: '科技厅', 分工: '配合' });
    const schema = ok(schemaFromTables(edited, stored));
    expect(schema.units.at(-1)).toEqual({
      name: '省科技厅',
      aliases: ['科技厅', '省科学技术厅'],
      kind: 'department',
    });
    expect(item(schema, 2)?.cooperate).toEqual(['省科技厅']);
  });

  it('refuses a duty naming a unit that is not in 单位, naming the cell', () => {
    const { snapshot, stored } = ledgerOf(small());
    const last = tableOf(snapshot, TABLES.duties).rows.at(-1)?.row ?? 0;
    const edited = addRow(snapshot, TABLES.duties, { 序号: 2, 单位: '省不存在局', 分工: '配合' });
    expect(refused(schemaFromTables(edited, stored))).toEqual([
      `“责任分工”表 B${last + 1} 单元格：单位“省不存在局”不在“单位”表中。请先在“单位”表中添加这个单位，或改为表中已有的名称。`,
    ]);
  });

  it('refuses deleting a unit that a duty still names, at every cell naming it', () => {
    const { snapshot, stored } = ledgerOf(small());
    const edited = keepRows(snapshot, TABLES.units, (v) => v[0] !== '省财政厅');
    const problems = refused(schemaFromTables(edited, stored));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^“工作任务”表 E2 单元格：单位“省财政厅”不在“单位”表中/);
    expect(problems[1]).toMatch(/^“责任分工”表 B3 单元格：单位“省财政厅”不在“单位”表中/);
  });

  it('checks every target row: its item exists, its id is well formed, unique and matches its item', () => {
    const { snapshot, stored } = ledgerOf(small());
    let edited = addRow(snapshot, TABLES.targets, {
      指标编号: 'T9.1',
      序号: 9,
      指标名称: '新指标',
      目标值: 1,
      计量单位: '个',
      比较: '≥',
      口径: '新增',
      填报单位: '省税务局',
    });
    edited = addRow(edited, TABLES.targets, {
      指标编号: '19.2',
      序号: 2,
      指标名称: '另一指标',
      目标值: 1,
      计量单位: '个',
      比较: '≥',
      口径: '新增',
      填报单位: '省税务局',
    });
    edited = addRow(edited, TABLES.targets, {
      指标编号: 'T2.1',
      序号: 2,
      指标名称: '重复',
      目标值: 1,
      计量单位: '个',
      比较: '大于',
      口径: '增量',
      填报单位: '省税务局',
    });
    edited = setCell(edited, TABLES.targets, { column: '指标编号', is: 'T3.1' }, '序号', 2);
    expect(refused(schemaFromTables(edited, stored))).toEqual([
      '“目标指标”表 A3 单元格：指标编号 T3.1 应以 T2. 开头，与所属任务的序号一致。',
      '“目标指标”表 B5 单元格：序号“9”不是“工作任务”表中的任务。',
      '“目标指标”表 A6 单元格：指标编号“19.2”应形如 T19.2（T、任务序号、点、指标序号）。',
      '“目标指标”表 A7 单元格：指标编号 T2.1 重复（与 A2 相同）。',
    ]);
  });

  it('adds a target typed with its reporter’s alias; its source is its item’s place with the text given', () => {
    const { snapshot, stored } = ledgerOf(small());
    const edited = addRow(snapshot, TABLES.targets, {
      指标编号: 't2.2',
      序号: 2,
      指标名称: '小巨人企业',
      目标值: '30',
      计量单位: '家',
      比较: '>=',
      口径: '总量',
      填报单位: '省工信厅',
    });
    const schema = ok(schemaFromTables(edited, stored));
    expect(schema.targets.find((t) => t.id === 'T2.2')).toEqual({
      id: 'T2.2',
      item: 2,
      name: '小巨人企业',
      value: 30,
      measure: '家',
      comparator: '>=',
      approx: false,
      kind: 'total',
      reporter: '省工业和信息化厅',
      confidence: 'high',
      source: { line: item(stored, 2)?.source.line, column: 1, text: '小巨人企业' },
    });
  });

  it('confirms a candidate given a row, drops a confirmed target whose row was deleted, keeps other candidates in place', () => {
    const { snapshot, stored } = ledgerOf(builtinSchema());
    const candidate = stored.targets.find((t) => t.id === 'T22.1')!;
    let edited = keepRows(snapshot, TABLES.targets, (v) => v[0] !== 'T19.2');
    edited = addRow(edited, TABLES.targets, {
      指标编号: 'T22.1',
      序号: 22,
      指标名称: candidate.name,
      目标值: candidate.value,
      计量单位: candidate.measure,
      比较: '≥',
      口径: '总量',
      填报单位: candidate.reporter,
      原文: candidate.source.text,
    });
    const schema = ok(schemaFromTables(edited, stored));
    const ids = schema.targets.map((t) => t.id);
    expect(ids).not.toContain('T19.2');
    // The candidate left follows the target it followed in _wp_meta, wherever that row is now.
    expect(ids.filter((id) => id.startsWith('T22'))).toEqual(['T22.1', 'T22.2']);
    expect(ids.indexOf('T22.2')).toBe(ids.indexOf('T22.1') + 1);
    expect(schema.targets.find((t) => t.id === 'T22.1')).toEqual({
      ...candidate,
      comparator: '>=',
      kind: 'total',
      confidence: 'high',
    });
    expect(schema.targets.find((t) => t.id === 'T22.2')).toEqual(
      stored.targets.find((t) => t.id === 'T22.2'),
    );
  });

  it('reads 完成时限 typed as a date or as text, clears it when blank, and refuses words that are no date', () => {
    const { snapshot, stored } = ledgerOf(small());
    const at = (value: unknown) =>
      schemaFromTables(
        setCell(snapshot, TABLES.items, { column: '序号', is: 2 }, ITEM_DEADLINE_COLUMN, value as never),
        stored,
      );
    expect(item(ok(at(isoDateToSerial('2021-09-30'))), 2)?.deadline).toBe('2021-09-30');
    expect(item(ok(at('2021年9月30日')), 2)?.deadline).toBe('2021-09-30');
    expect(item(ok(at(null)), 2)).not.toHaveProperty('deadline');
    expect(refused(at('年底前'))).toEqual([
      '“工作任务”表 H3 单元格：完成时限“年底前”不是日期。请填写日期（如 2021-06-30）或留空。',
    ]);
  });

  it('renames a section when all its items carry the new title, and refuses a title only some of them carry', () => {
    const { snapshot, stored } = ledgerOf(small());
    const renamed = [1, 2].reduce(
      (s, no) => setCell(s, TABLES.items, { column: '序号', is: no }, '板块', '持续优化发展环境'),
      snapshot,
    );
    expect(ok(schemaFromTables(renamed, stored)).sections[0]).toEqual({ no: 1, title: '持续优化发展环境' });
    const partly = setCell(snapshot, TABLES.items, { column: '序号', is: 1 }, '板块', '持续优化发展环境');
    expect(refused(schemaFromTables(partly, stored))[0]).toMatch(
      /^“工作任务”表 B2 单元格：板块“持续优化发展环境”不是方案中的板块/,
    );
    // Moving an item to another existing section is an edit like any other.
    const moved = setCell(snapshot, TABLES.items, { column: '序号', is: 1 }, '板块', '强化融资服务');
    expect(item(ok(schemaFromTables(moved, stored)), 1)?.section).toBe(2);
  });

  it('adds an item typed into 工作任务 with its units; its title is its first sentence', () => {
    const { snapshot, stored } = ledgerOf(small());
    const edited = addRow(snapshot, TABLES.items, {
      序号: 5,
      板块: '强化融资服务',
      工作任务: '推进信用贷款。扩大覆盖面。',
      牵头单位: '省地方金融监管局',
    });
    const added = item(ok(schemaFromTables(edited, stored)), 5);
    expect(added).toEqual({
      no: 5,
      label: '5',
      section: 2,
      title: '推进信用贷款',
      text: '推进信用贷款。扩大覆盖面。',
      lead: ['省地方金融监管局'],
      cooperate: [],
      responsible: [],
      source: { line: 1, column: 1, text: '推进信用贷款。扩大覆盖面。' },
    });
  });

  it('refuses duplicate or malformed item numbers and blank texts', () => {
    const { snapshot, stored } = ledgerOf(small());
    let edited = setCell(snapshot, TABLES.items, { column: '序号', is: 2 }, '序号', 1);
    edited = setCell(edited, TABLES.items, { column: '序号', is: 3 }, '序号', '三');
    edited = setCell(edited, TABLES.items, { column: '序号', is: 4 }, '工作任务', ' ');
    expect(refused(schemaFromTables(edited, stored))).toEqual([
      '“工作任务”表 A3 单元格：序号 1 重复（与 A2 相同）。',
      '“工作任务”表 A4 单元格：序号“三”不是正整数。',
      '“工作任务”表 C5 单元格：“工作任务”不能为空。',
      // The duties of the items whose numbers were refused now name no item.
      '“责任分工”表 A4 单元格：序号“2”不是“工作任务”表中的任务。',
      '“责任分工”表 A5 单元格：序号“3”不是“工作任务”表中的任务。',
      '“责任分工”表 A6 单元格：序号“3”不是“工作任务”表中的任务。',
      '“责任分工”表 A7 单元格：序号“3”不是“工作任务”表中的任务。',
      '“目标指标”表 B2 单元格：序号“2”不是“工作任务”表中的任务。',
      '“目标指标”表 B3 单元格：序号“3”不是“工作任务”表中的任务。',
      '“目标指标”表 B4 单元格：序号“3”不是“工作任务”表中的任务。',
    ]);
  });

  it('refuses a missing table or column, and rows typed below a table', () => {
    const { snapshot, stored } = ledgerOf(small());
    expect(refused(schemaFromTables(dropTable(snapshot, TABLES.duties), stored))).toEqual([
      '找不到“责任分工”工作表上的 WP_Duties 表格（被删除、改名或转换为普通区域），无法从方案表格重新读取方案。',
    ]);
    const noKind = {
      ...snapshot,
      tables: snapshot.tables.map((t) =>
        t.name === TABLES.units
          ? { ...t, headers: t.headers.map((h) => (h === '类型' ? '单位类型' : h)) }
          : t,
      ),
    };
    expect(refused(schemaFromTables(noKind, stored))).toEqual([
      '“单位”表的 WP_Units 表格缺少“类型”列，请恢复该列的表头。',
    ]);
    const below = rowsBelow(snapshot, TABLES.units, ['省科技厅', null, '部门', null, null, null]);
    expect(refused(schemaFromTables(below, stored))[0]).toMatch(/^“单位”表第 8 行填写在 WP_Units 表格下方/);
  });
});

describe('the notice that the tables were edited', () => {
  it('says the tables differ from _wp_meta after an edit, and that they hold problems after a broken one', () => {
    const { snapshot, stored } = ledgerOf(small());
    const edited = setCell(snapshot, TABLES.targets, { column: '指标编号', is: 'T2.1' }, '目标值', 350);
    expect(schemaTablesEdited(edited, stored)?.key).toBe('tables.edited');
    const broken = setCell(snapshot, TABLES.targets, { column: '指标编号', is: 'T2.1' }, '目标值', '很多');
    const notice = schemaTablesEdited(broken, stored);
    expect(notice?.key).toBe('tables.editedBroken');
    expect(zh(notice!)).toContain('“目标指标”表 D2 单元格');
  });

  it('says nothing when the schema tables were not read, or differ only by the registry’s aliases', () => {
    const { snapshot, stored } = ledgerOf(small());
    expect(schemaTablesEdited(dropTable(snapshot, TABLES.items), stored)).toBeNull();
    const old = smallSchema();
    const beforeAliases = ledgerOf(old);
    // A ledger written before registry aliases were added on load: its stored units lack them, like its table.
    const storedWithout = { ...beforeAliases.stored, units: old.units };
    const table = keepRows(beforeAliases.snapshot, TABLES.units, () => true);
    expect(schemaTablesEdited(table, storedWithout)).toBeNull();
  });
});
