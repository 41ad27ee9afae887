/**
 * Editing an item's units and roles in the preview before writing, and confirming units the registry does not know
 * into this ledger's own list: each edit gives a new schema that passes the schema check, or says why it cannot.
 */
import { readSchemaFile, serializeSchema } from '../../src/domain/schemaFile';
import type { Schema } from '../../src/domain/schema';
import {
  confirmUnit,
  itemsNaming,
  itemUnits,
  setUnitRole,
  unconfirmedUnits,
  unitsToAdd,
} from '../../src/taskpane/state/unitEdits';
import { smallSchema } from '../workbook/fixtures/smallSchema';

function ok(result: { schema: Schema } | { problem: string }): Schema {
  if ('problem' in result) throw new Error(result.problem);
  // Every edit leaves a schema the add-in could write.
  expect(readSchemaFile(serializeSchema(result.schema)).ok).toBe(true);
  return result.schema;
}

describe('editing the units of an item in the preview', () => {
  it('moves a unit from 配合 to 牵头, listing it after the lead already there', () => {
    const schema = ok(setUnitRole(smallSchema(), 1, '省财政厅', 'lead'));
    expect(schema.items[0]).toMatchObject({ lead: ['省税务局', '省财政厅'], cooperate: [], responsible: [] });
    expect(itemUnits(schema.items[0]!)).toEqual([
      { unit: '省税务局', role: 'lead' },
      { unit: '省财政厅', role: 'lead' },
    ]);
    // The other items are the same objects: nothing else changed.
    expect(schema.items.slice(1)).toEqual(smallSchema().items.slice(1));
  });

  it('adds a unit of the schema to an item, and offers only units the item does not name', () => {
    const before = smallSchema();
    expect(unitsToAdd(before, before.items[1]!)).not.toContain('省工业和信息化厅');
    expect(unitsToAdd(before, before.items[1]!)).toContain('省财政厅');
    const schema = ok(setUnitRole(before, 2, '省财政厅', 'responsible'));
    expect(schema.items[1]).toMatchObject({ lead: ['省工业和信息化厅'], responsible: ['省财政厅'] });
  });

  it('takes a unit off an item, but not the unit that reports one of its targets', () => {
    const off = ok(setUnitRole(smallSchema(), 3, '省工业和信息化厅', null));
    expect(off.items[2]).toMatchObject({ cooperate: [] });
    // 省工业和信息化厅 reports T2.1, item 2's target.
    expect(setUnitRole(smallSchema(), 2, '省工业和信息化厅', null)).toEqual({ problem: 'edit.unitReports' });
  });

  it('refuses a unit that is not a unit of the schema, and an item that is not there', () => {
    expect(setUnitRole(smallSchema(), 1, '省不存在局', 'lead')).toEqual({ problem: 'edit.unknownUnit' });
    expect(setUnitRole(smallSchema(), 99, '省财政厅', 'lead')).toEqual({ problem: 'edit.unknownItem' });
  });

  it('keeps the schema as it is when the unit already has that role', () => {
    const before = smallSchema();
    expect(ok(setUnitRole(before, 1, '省财政厅', 'cooperate'))).toBe(before);
  });
});

describe('confirming units the registry does not know', () => {
  function withUnknown(): Schema {
    const schema = smallSchema();
    schema.units.push({ name: '县自然资源局', aliases: [], kind: 'department', unconfirmed: true });
    schema.items[1]!.cooperate = ['县自然资源局'];
    return schema;
  }

  it('lists them with the items naming them, and confirms one into the ledger’s own units', () => {
    const before = withUnknown();
    expect(unconfirmedUnits(before)).toEqual(['县自然资源局']);
    expect(itemsNaming(before, '县自然资源局')).toEqual([2]);
    const schema = ok(confirmUnit(before, '县自然资源局'));
    expect(unconfirmedUnits(schema)).toEqual([]);
    expect(schema.units.at(-1)).toEqual({ name: '县自然资源局', aliases: [], kind: 'department' });
    expect(serializeSchema(schema)).not.toContain('unconfirmed');
  });

  it('refuses a name that is not a unit of the schema', () => {
    expect(confirmUnit(withUnknown(), '县财政局')).toEqual({ problem: 'edit.unknownUnit' });
  });
});
