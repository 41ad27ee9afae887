/**
 * Identity rules: is each key cell (填报单位, 报告期, 序号, 指标编号) exactly what the summary formulas match?
 * unknown-unit, alias-unit, unknown-period, period-alias, unknown-item, unknown-target, target-item-mismatch.
 */
import { cellKind, showCell } from '../cells';
import { COL } from '../columns';
import type { IssueSink } from '../issueSink';
import { MESSAGES } from '../messages';
import type { ParsedRow } from '../rowReader';
import type { SchemaIndex } from '../schemaIndex';

/** Checks the 填报单位 cell. */
export function checkUnit(row: ParsedRow, sink: IssueSink): void {
  const res = row.unitRes;
  const cell = row.cells[COL.unit];
  if (res.kind === 'canonical') {
    // Formulas compare the cell itself, so a name padded with spaces is not the name.
    if (typeof cell === 'string' && cell !== res.name) {
      sink.onCell(row, 'alias-unit', 'error', '填报单位', MESSAGES.unitAlias(showCell(cell), res.name), {
        column: '填报单位',
        from: cell,
        to: res.name,
        certain: true,
      });
    }
    return;
  }
  if (res.kind === 'alias') {
    sink.onCell(row, 'alias-unit', 'error', '填报单位', MESSAGES.unitAlias(showCell(cell), res.name), {
      column: '填报单位',
      from: cell as string,
      to: res.name,
      certain: true,
    });
    return;
  }
  const kind = cellKind(cell);
  const msg =
    kind === 'blank'
      ? MESSAGES.unitBlank()
      : kind === 'text'
        ? MESSAGES.unitUnknown(showCell(cell), res.suggestion)
        : MESSAGES.unitUnreadable(showCell(cell));
  // The closest name is a guess (工信厅 → 省工业和信息化厅): offered for a person to confirm, never applied alone.
  const suggested =
    kind === 'text' && res.suggestion !== null
      ? { column: '填报单位' as const, from: cell as string, to: res.suggestion, certain: false }
      : undefined;
  sink.onCell(row, 'unknown-unit', 'error', '填报单位', msg, suggested);
}

/** Checks the 报告期 cell. */
export function checkPeriod(row: ParsedRow, index: SchemaIndex, sink: IssueSink): void {
  const res = row.periodRes;
  if (res.kind === 'canonical') return;
  const cell = row.cells[COL.period];
  if (res.kind === 'alias') {
    sink.onCell(row, 'period-alias', 'error', '报告期', MESSAGES.periodAlias(showCell(cell), res.label), {
      column: '报告期',
      from: cell as string | number,
      to: res.label,
      certain: true,
    });
    return;
  }
  const list = periodList(index);
  const msg =
    res.reason === 'blank'
      ? MESSAGES.periodBlank(list)
      : res.reason === 'wrong-year'
        ? MESSAGES.periodWrongYear(showCell(cell), list)
        : MESSAGES.periodUnknown(showCell(cell), list);
  sink.onCell(row, 'unknown-period', 'error', '报告期', msg);
}

/** Checks 序号 and 指标编号 together: a row needs one of them, and they must agree. */
export function checkItemAndTarget(row: ParsedRow, index: SchemaIndex, sink: IssueSink): void {
  const item = row.itemReading;
  const target = row.targetReading;
  if (item.kind === 'unknown') {
    const itemCell = row.cells[COL.item];
    sink.onCell(
      row,
      'unknown-item',
      'error',
      '序号',
      MESSAGES.itemUnknown(showCell(itemCell), itemRange(index)),
    );
  } else if (item.kind === 'text') {
    const itemCell = row.cells[COL.item];
    sink.onCell(
      row,
      'normalized-number',
      'error',
      '序号',
      MESSAGES.normalizedNumber('序号', showCell(itemCell), item.no),
      {
        column: '序号',
        from: itemCell as string,
        to: item.no,
        certain: true,
      },
    );
  } else if (item.kind === 'blank' && target.kind === 'blank') {
    sink.onCell(row, 'unknown-item', 'error', '序号', MESSAGES.itemBlank());
  }

  if (target.kind === 'unknown') {
    const targetCell = row.cells[COL.target];
    sink.onCell(row, 'unknown-target', 'error', '指标编号', MESSAGES.targetUnknown(showCell(targetCell)));
  } else if (target.kind === 'loose') {
    const targetCell = row.cells[COL.target];
    sink.onCell(
      row,
      'unknown-target',
      'error',
      '指标编号',
      MESSAGES.targetLoose(showCell(targetCell), target.target.id),
      {
        column: '指标编号',
        from: targetCell as string,
        to: target.target.id,
        certain: true,
      },
    );
  } else if (target.kind === 'blank' && row.value.kind !== 'blank') {
    const hasTargets = row.item !== null && (index.itemTargets.get(row.item)?.length ?? 0) > 0;
    sink.onCell(
      row,
      'unknown-target',
      'error',
      '指标编号',
      MESSAGES.targetBlankWithValue(row.item, hasTargets),
    );
  }

  if ((item.kind === 'exact' || item.kind === 'text') && row.target && row.target.item !== item.no) {
    sink.onCell(
      row,
      'target-item-mismatch',
      'error',
      '序号',
      MESSAGES.targetItemMismatch(row.target.id, row.target.item, item.no),
    );
  }
}

// Both texts depend on the schema only, and a table of wrong rows would otherwise rebuild them per row.
const PERIOD_LISTS = new WeakMap<SchemaIndex, string>();
const ITEM_RANGES = new WeakMap<SchemaIndex, string>();

function periodList(index: SchemaIndex): string {
  let list = PERIOD_LISTS.get(index);
  if (list === undefined) {
    const labels = index.periods.periods.map((p) => p.label);
    list =
      labels.length > 4
        ? `${labels.slice(0, 3).join('、')}…${labels[labels.length - 1] ?? ''}`
        : labels.join('、');
    PERIOD_LISTS.set(index, list);
  }
  return list;
}

function itemRange(index: SchemaIndex): string {
  let range = ITEM_RANGES.get(index);
  if (range === undefined) {
    let min = Infinity;
    let max = -Infinity;
    for (const no of index.items.keys()) {
      min = Math.min(min, no);
      max = Math.max(max, no);
    }
    range = index.items.size === 0 ? '无' : `${min}–${max}`;
    ITEM_RANGES.set(index, range);
  }
  return range;
}
