/**
 * The 通报 for a ledger of 1,000 targets, most of them lagging (target: composed in under 1 s), with the plain text
 * and the .docx beside it for scale.
 */
import { bulletinDocx } from '../src/documents/bulletinDocx';
import { bulletinText, composeBulletin, type UnitProblem } from '../src/domain/bulletin';
import type { NormalizedEntry } from '../src/domain/entries';
import { buildPeriods } from '../src/domain/periods';
import type { Item, Schema, Target } from '../src/domain/schema';
import { summarize } from '../src/domain/summary';
import { type Benchmark, label, ms, time } from './harness';

const TARGETS = 1_000;
const PER_ITEM = 4;
const UNITS = 40;
const RUNS = 9;
const span = { line: 1, column: 1, text: '' };

/** A schema of 250 items with 4 targets each (counts, rates and ceilings), 40 units, quarterly periods. */
function largeSchema(): Schema {
  const units = Array.from({ length: UNITS }, (_, i) => `测试单位${i + 1}`);
  const items: Item[] = [];
  const targets: Target[] = [];
  for (let no = 1; no <= TARGETS / PER_ITEM; no++) {
    const unit = units[no % UNITS] ?? '';
    items.push({
      no,
      label: String(no),
      section: (no % 6) + 1,
      title: `第${no}项工作任务`,
      text: `第${no}项工作任务全文`,
      lead: [unit],
      cooperate: [],
      responsible: [],
      source: span,
    });
    for (let k = 1; k <= PER_ITEM; k++) {
      const kind = k === 3 ? 'rate' : k === 4 && no % 5 === 0 ? 'cap' : 'increment';
      targets.push({
        id: `T${no}.${k}`,
        item: no,
        name: `指标${no}-${k}`,
        value: kind === 'rate' ? 15 : kind === 'cap' ? 2 : 1000,
        measure: kind === 'increment' ? '户' : '%',
        comparator: kind === 'cap' ? '<=' : '>=',
        approx: false,
        kind,
        reporter: unit,
        confidence: 'high',
        source: span,
      });
    }
  }
  return {
    format: 'workpoints-schema',
    version: 1,
    title: '基准测试2021年工作要点',
    issuer: '基准测试领导小组办公室',
    year: 2021,
    cadence: 'quarterly',
    sections: Array.from({ length: 6 }, (_, i) => ({ no: i + 1, title: `板块${i + 1}` })),
    groups: [],
    items,
    units: units.map((name) => ({ name, aliases: [], kind: 'department' as const })),
    targets,
    periods: buildPeriods(2021),
    diagnostics: [],
  };
}

/** A figure for nine targets in ten, most of them well behind schedule; a 存在问题 text on each lagging row. */
function entriesFor(
  schema: Schema,
  period: string,
  share: number,
): { entries: NormalizedEntry[]; problems: UnitProblem[] } {
  const entries: NormalizedEntry[] = [];
  const problems: UnitProblem[] = [];
  schema.targets.forEach((target, i) => {
    if (i % 10 === 9) return;
    const behind = i % 5 !== 0;
    const value = Math.round(target.value * (behind ? share * ((i % 7) / 10) : share * 1.1) * 100) / 100;
    entries.push({
      row: i + 2,
      period,
      unit: target.reporter,
      item: target.item,
      target: target.id,
      value,
      progress: '推进中',
      status: 'ok',
    });
    if (behind)
      problems.push({
        unit: target.reporter,
        item: target.item,
        target: target.id,
        text: `指标${target.id}进度滞后的原因说明`,
      });
  });
  return { entries, problems };
}

/** Measures and returns the lines to print. */
export async function benchBulletin(): Promise<string[]> {
  const schema = largeSchema();
  const [q1, h1] = [schema.periods[0]?.label ?? '', schema.periods[1]?.label ?? ''];
  const now = entriesFor(schema, h1, 0.5);
  const before = entriesFor(schema, q1, 0.25);
  const summary = summarize(schema, now.entries, h1);
  const previous = summarize(schema, before.entries, q1);
  const input = { schema, summary, previous, problems: now.problems, date: '2021-07-15' };
  const composed = time(() => composeBulletin(input), RUNS);
  const bulletin = composeBulletin(input);
  const text = time(() => bulletinText(bulletin), RUNS);
  const docxStart = performance.now();
  const docx = await bulletinDocx(bulletin);
  const docxTime = performance.now() - docxStart;
  const lagging = summary.targets.filter((t) => t.lagging).length;
  return [
    `bulletin of ${TARGETS.toLocaleString('en-US')} targets (${lagging} lagging, ${now.problems.length} problem texts), median of ${RUNS} runs`,
    `  ${label('composeBulletin (target < 1 s)')}${ms(composed.median)}  (fastest ${ms(composed.min)})`,
    `  ${label('bulletinText')}${ms(text.median)}  (${bulletinText(bulletin).length.toLocaleString('en-US')} characters)`,
    `  ${label('bulletinDocx (one run)')}${ms(docxTime)}  (${Math.round(docx.length / 1024)} KiB)`,
  ];
}

/** The bulletin benchmark, in the shape bench/run.ts lists. */
export const benchmark: Benchmark = {
  name: 'bulletin',
  async run(print) {
    for (const line of await benchBulletin()) print(line);
  },
};
