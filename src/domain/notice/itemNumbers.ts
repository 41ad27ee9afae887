/**
 * Item numbers: the notice's own when they rise through the whole notice (gaps included, so that 12 stays 12),
 * else 1..n with the written label kept. Every gap in the numbering is reported at the item after it.
 */
import type { DiagnosticSink } from './diagnostics';
import type { RawItem } from './structure';

/** How an item's number follows the one before it. */
type Step = 'first' | 'next' | 'restart' | 'gap' | 'odd';

function stepOf(item: RawItem, previous: RawItem | undefined): Step {
  const value = item.marker.value;
  if (!previous) return value === 1 ? 'first' : 'gap';
  const sameParent = previous.section === item.section && previous.group === item.group;
  const next = previous.marker.value + 1;
  if (value === next) return 'next';
  // Rows numbered one level deeper under a heading made their group (`(一)…` / `1、` `2、` / `(二)…`) are another
  // numbering: each goes on from its own.
  if (previous.marker.style !== item.marker.style && (previous.unnumbered || item.unnumbered))
    return 'restart';
  if (value > next) return 'gap';
  return !sameParent && value === 1 ? 'restart' : 'odd';
}

function missing(from: number, to: number): string {
  return to - from === 1 ? String(from) : `${from}—${to - 1}`;
}

/** Number and label of each item, in order. */
export function numberItems(
  items: readonly RawItem[],
  sink: DiagnosticSink,
): Array<{ no: number; label: string }> {
  // Rows the notice gave no number (sentences under a title, lines of a table without 序号) are counted in order;
  // they are reported as such, and neither break nor fill the written numbering around them.
  // The first row under a numbered title stands for the title's number, so the numbering around it has no gap.
  const written = items.filter((item) => item.titleNumber || !(item.unnumbered && item.marker.length === 0));
  const steps = written.map((item, index) => stepOf(item, written[index - 1]));
  written.forEach((item, index) => {
    if (steps[index] !== 'gap') return;
    const where = { line: item.line.line, column: item.line.column };
    const to = item.marker.value;
    const previous = written[index - 1];
    if (previous)
      sink.add('numbering-gap', where, {
        from: previous.marker.value,
        to,
        missing: missing(previous.marker.value + 1, to),
      });
    else sink.add('numbering-gap', where, { to, missing: missing(1, to) }, 'start');
  });
  const regular = steps.every((step) => step === 'first' || step === 'next' || step === 'gap');
  if (regular && written.length === items.length)
    return items.map((item) => ({ no: item.marker.value, label: item.marker.label }));
  const odd = written[steps.indexOf('odd')];
  const restart = written[steps.indexOf('restart')];
  if (odd)
    sink.add(
      'numbering-irregular',
      { line: odd.line.line, column: odd.line.column },
      { label: `${odd.parentLabel}${odd.marker.label}` },
    );
  else if (restart)
    sink.add(
      'numbering-restart',
      { line: restart.line.line, column: restart.line.column },
      { count: items.length },
    );
  return items.map((item, index) => ({ no: index + 1, label: `${item.parentLabel}${item.marker.label}` }));
}
