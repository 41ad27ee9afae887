/** Item numbers: the notice's own when items run on across sections, else 1..n with the written label kept. */
import type { DiagnosticSink } from './diagnostics';
import type { RawItem } from './structure';

/** Number and label of each item, in order. */
export function numberItems(
  items: readonly RawItem[],
  sink: DiagnosticSink,
): Array<{ no: number; label: string }> {
  const continuous = items.every((item, index) => item.marker.value === index + 1);
  if (continuous) return items.map((item) => ({ no: item.marker.value, label: item.marker.label }));
  let restartsOnly = true;
  let firstOdd: RawItem | undefined;
  let firstRestart: RawItem | undefined;
  items.forEach((item, index) => {
    const previous = items[index - 1];
    const sameParent =
      previous !== undefined && previous.section === item.section && previous.group === item.group;
    const expected = sameParent ? previous.marker.value + 1 : 1;
    if (item.marker.value !== expected) {
      restartsOnly = false;
      firstOdd ??= item;
    } else if (!sameParent && index > 0) firstRestart ??= item;
  });
  const at = firstOdd ?? firstRestart;
  if (at) {
    const where = { line: at.line.line, column: at.line.column };
    if (restartsOnly)
      sink.add(
        'numbering-restart',
        where,
        '事项编号在各部分重新开始,已按出现顺序统一编号为1至' +
          items.length +
          ',原文编号保留在事项的“原文编号”中。',
      );
    else
      sink.add(
        'numbering-irregular',
        where,
        `事项编号“${at.marker.label}”不连续或重复,已按出现顺序统一编号,请核对是否漏项。`,
      );
  }
  return items.map((item, index) => ({ no: index + 1, label: `${item.parentLabel}${item.marker.label}` }));
}
