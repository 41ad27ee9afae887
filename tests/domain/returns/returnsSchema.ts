/**
 * A small schema for the return-form rules: a low-confidence candidate, a block target, a target reported by a
 * cooperating unit, two collectives (one naming a member that is not a unit) and a cooperating-only unit.
 */
import type { Schema, Target } from '../../../src/domain/schema';
import { smallSchema } from '../../workbook/fixtures/smallSchema';

function target(id: string, item: number | null, reporter: string, extra: Partial<Target> = {}): Target {
  return {
    id,
    item,
    name: `指标${id}`,
    value: 100,
    measure: '家',
    comparator: '>=',
    approx: false,
    kind: 'increment',
    reporter,
    confidence: 'high',
    source: { line: 1, column: 1, text: id },
    ...extra,
  };
}

/**
 * Items: 1 lead 省税务局, cooperate 省财政厅; 2 lead 省工业和信息化厅, cooperate 省商务厅; 3 lead 人民银行南昌中心支行
 * and 省地方金融监管局, cooperate 省工业和信息化厅; 4 responsible 全体成员单位 (省税务局, 省财政厅); 5 responsible
 * 各设区市人民政府 (南昌市人民政府, not a unit, and 赣州市人民政府).
 */
export function returnsSchema(): Schema {
  const schema = smallSchema();
  const second = schema.items.find((i) => i.no === 2);
  if (second) second.cooperate = ['省商务厅'];
  schema.items.push({
    ...schema.items[0]!,
    no: 5,
    label: '5',
    title: '设区市推进',
    text: '各设区市推进中小企业服务。',
    lead: [],
    cooperate: [],
    responsible: ['各设区市人民政府'],
  });
  schema.units.push(
    { name: '省商务厅', aliases: [], kind: 'department' },
    { name: '赣州市人民政府', aliases: ['赣州市政府'], kind: 'city' },
    {
      name: '各设区市人民政府',
      aliases: [],
      kind: 'collective',
      members: ['南昌市人民政府', '赣州市人民政府'],
    },
  );
  schema.targets.unshift(target('T0.1', null, '省工业和信息化厅', { block: '主要目标' }));
  schema.targets.push(
    target('T1.1', 1, '省税务局', { confidence: 'low' }),
    target('T1.2', 1, '省财政厅', { kind: 'rate', measure: '%' }),
  );
  return schema;
}
