/** A small hand-written schema shaped like a parsed notice, shared by the schema-file and CLI tests. */
import { buildPeriods } from '../../../src/domain/periods';
import type { Schema } from '../../../src/domain/schema';

/** Returns a fresh copy each call so tests may mutate it. */
export function sampleSchema(): Schema {
  return {
    format: 'workpoints-schema',
    version: 1,
    title: '江西省促进中小企业发展2021年工作要点（节选）',
    issuer: '江西省促进中小企业发展工作领导小组',
    year: 2021,
    cadence: 'quarterly',
    sections: [
      { no: 1, title: '着力强化统筹协调健全工作机制' },
      { no: 2, title: '着力强化企业培育促进梯次升级' },
    ],
    groups: [],
    items: [
      {
        no: 1,
        label: '1',
        section: 1,
        title: '充分发挥领导小组统筹协调作用。',
        text: '充分发挥领导小组统筹协调作用。定期召开领导小组会议。',
        lead: [],
        cooperate: [],
        responsible: ['省促进中小企业发展工作领导小组办公室', '全体成员单位'],
        source: { line: 9, column: 1, text: '1.充分发挥领导小组统筹协调作用。' },
      },
      {
        no: 2,
        label: '2',
        section: 2,
        title: '充实“小升规”企业培育库。',
        text: '充实“小升规”企业培育库，力争全年净增规上工业企业1000户以上。',
        lead: ['省工业和信息化厅'],
        cooperate: ['省统计局'],
        responsible: [],
        source: { line: 12, column: 1, text: '2.充实“小升规”企业培育库' },
      },
    ],
    units: [
      { name: '省促进中小企业发展工作领导小组办公室', aliases: [], kind: 'department' },
      {
        name: '全体成员单位',
        aliases: ['各成员单位'],
        kind: 'collective',
        members: ['省工业和信息化厅', '省统计局'],
      },
      { name: '省工业和信息化厅', aliases: ['省工信厅'], kind: 'department' },
      { name: '省统计局', aliases: [], kind: 'department' },
    ],
    targets: [
      {
        id: 'T2.1',
        item: 2,
        name: '规上工业企业',
        value: 1000,
        measure: '户',
        comparator: '>=',
        approx: false,
        kind: 'increment',
        reporter: '省工业和信息化厅',
        confidence: 'high',
        source: { line: 12, column: 30, text: '力争全年净增规上工业企业1000户以上' },
      },
      {
        id: 'T0.1',
        item: null,
        block: '工作目标',
        name: '中小企业营业收入增速',
        value: 6.2,
        stretch: 8,
        measure: '%',
        comparator: '=',
        approx: true,
        kind: 'rate',
        reporter: '省统计局',
        confidence: 'low',
        source: { line: 7, column: 5, text: '增长6.2%左右' },
      },
    ],
    periods: buildPeriods(2021, 'quarterly'),
    diagnostics: [
      {
        severity: 'warning',
        line: 7,
        column: 5,
        code: 'low-confidence-target',
        message: '“增长6.2%左右”不属于任何要点，已作为待确认指标保留',
      },
    ],
  };
}
