/** The schema as readable terminal tables: sections, items with their units, targets, units and diagnostics. */
import type { Diagnostic, Schema, Severity, Target, TargetKind, UnitKind } from '../domain/schema';
import { schemaTargetCount } from '../domain/confirmedTargets';
import { schemaFingerprint } from '../domain/schemaFile';
import { say } from './command';
import { renderTable } from './table';

const KIND_LABEL: Record<TargetKind, string> = {
  increment: '新增',
  total: '总量',
  rate: '比率',
  cap: '上限',
};
const UNIT_KIND_LABEL: Record<UnitKind, string> = {
  department: '部门',
  city: '设区市',
  collective: '集合',
  other: '其他',
};
const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** `1000`, `60（力争 100）`, `6.2 左右`: the value as the notice states it. */
function targetValue(target: Target): string {
  const stretch = target.stretch === undefined ? '' : `（力争 ${target.stretch}）`;
  return `${target.value}${stretch}${target.approx ? ' 左右' : ''}`;
}

/** `第 3 行第 5 列`, or `全文` for a diagnostic about the whole text. */
export function diagnosticPlace(diagnostic: Diagnostic): string {
  return diagnostic.line > 0 ? `第 ${diagnostic.line} 行第 ${diagnostic.column} 列` : '全文';
}

/** One line per diagnostic, for stderr. */
export function diagnosticLines(diagnostics: Diagnostic[]): string {
  return diagnostics
    .map((d) => `${diagnosticPlace(d)} [${SEVERITY_LABEL[d.severity]}] ${d.message}（${d.code}）`)
    .join('\n');
}

/**
 * The whole schema as text tables, headed by its title, year and fingerprint, in the glossary's words (工作任务,
 * 目标指标, 口径, 方案指纹, 待确认) — the words of the ledger's sheets. Long cells wrap; nothing is cut.
 */
export function renderSchemaTables(schema: Schema): string {
  const hasGroups = schema.groups.length > 0;
  const parts: string[] = [
    schema.title || '（无标题）',
    `发文单位：${schema.issuer || '—'}  年度：${schema.year}  报告频率：${schema.cadence === 'quarterly' ? '按季' : '按月'}`,
    `方案指纹：${schemaFingerprint(schema)}`,
    '',
    `板块（${schema.sections.length} 个）`,
    renderTable(
      [{ header: '编号' }, { header: '标题', max: 60 }],
      schema.sections.map((s) => [String(s.no), s.title]),
    ),
    '',
    `工作任务（${schema.items.length} 项）`,
    renderTable(
      [
        { header: '编号' },
        { header: '板块' },
        ...(hasGroups ? [{ header: '分组' }] : []),
        { header: '工作任务（首句）', max: 40 },
        { header: '牵头', max: 30 },
        { header: '配合', max: 30 },
        { header: '负责', max: 30 },
      ],
      schema.items.map((item) => [
        item.label && item.label !== String(item.no) ? `${item.no}（${item.label}）` : String(item.no),
        String(item.section),
        ...(hasGroups ? [item.group === undefined ? '' : String(item.group)] : []),
        item.title,
        item.lead.join('、'),
        item.cooperate.join('、'),
        item.responsible.join('、'),
      ]),
    ),
    '',
    `目标指标：${say(schemaTargetCount(schema))}`,
    renderTable(
      [
        { header: '指标编号' },
        { header: '序号' },
        { header: '指标名称', max: 30 },
        { header: '目标值' },
        { header: '计量单位' },
        { header: '比较' },
        { header: '口径' },
        { header: '填报单位', max: 24 },
        { header: '状态' },
      ],
      schema.targets.map((t) => [
        t.id,
        t.item === null ? (t.block ?? '—') : String(t.item),
        t.name,
        targetValue(t),
        t.measure,
        t.comparator,
        KIND_LABEL[t.kind],
        t.reporter,
        t.confidence === 'high' ? '' : '待确认',
      ]),
    ),
    '',
    `单位（${schema.units.length} 个）`,
    renderTable(
      [{ header: '单位', max: 40 }, { header: '类型' }, { header: '别名', max: 40 }],
      schema.units.map((u) => [u.name, UNIT_KIND_LABEL[u.kind], u.aliases.join('、')]),
    ),
    '',
    `解析提示（${schema.diagnostics.length} 条）`,
    schema.diagnostics.length === 0
      ? '无'
      : renderTable(
          [{ header: '位置' }, { header: '级别' }, { header: '代码' }, { header: '说明', max: 80 }],
          schema.diagnostics.map((d) => [diagnosticPlace(d), SEVERITY_LABEL[d.severity], d.code, d.message]),
        ),
  ];
  return `${parts.join('\n')}\n`;
}
