/** What `workpoints summarize` prints: the per-target table for people, or the summary as JSON for programs. */
import { formatPercent1 } from '../../domain/summary/rounding';
import type {
  OverallSummary,
  SectionSummary,
  Summary,
  TargetStatus,
  UnitSummary,
} from '../../domain/summary/types';
import { renderTable } from '../table';

/** One target in the JSON output; `actual` is null when no row counts. */
export interface TargetJson {
  id: string;
  target: number;
  actual: number | null;
  rate: number | null;
  schedule: number | null;
  gap: number | null;
  status: TargetStatus;
}

/** The JSON document of `summarize --json`. */
export interface SummaryJson {
  period: string;
  targets: TargetJson[];
  units: UnitSummary[];
  sections: SectionSummary[];
  overall: OverallSummary;
}

/** The summary in the shape the JSON output promises (the same figures and words the 汇总 sheet shows). */
export function summaryJson(summary: Summary): SummaryJson {
  return {
    period: summary.period,
    targets: summary.targets.map((t) => ({
      id: t.id,
      target: t.target,
      actual: t.actual,
      rate: t.rate,
      schedule: t.schedule,
      gap: t.gap,
      status: t.status,
    })),
    units: summary.units.map((u) => ({ ...u })),
    sections: summary.sections.map((s) => ({ ...s })),
    overall: {
      ...summary.overall,
      byStatus: { ...summary.overall.byStatus },
      shares: { ...summary.overall.shares },
    },
  };
}

const percent = (share: number | null): string => (share === null ? '' : formatPercent1(share));
const number = (value: number | null): string => (value === null ? '' : String(value));

/** The per-target table with the headline sentence under it. */
export function summaryText(summary: Summary): string {
  const table = renderTable(
    [
      { header: '指标编号' },
      { header: '指标名称', max: 24 },
      { header: '填报单位', max: 16 },
      { header: '目标值' },
      { header: '累计完成值' },
      { header: '完成率' },
      { header: '序时进度' },
      { header: '差距' },
      { header: '状态' },
    ],
    summary.targets.map((t) => [
      t.id,
      t.name,
      t.reporter,
      `${t.target}${t.measure}`,
      number(t.actual),
      percent(t.rate),
      percent(t.schedule),
      percent(t.gap),
      t.status,
    ]),
  );
  return `${summary.period}（序时进度 ${percent(summary.fraction)}）\n${table}\n\n${summary.overall.sentence}`;
}
