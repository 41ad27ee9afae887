/**
 * Ownership rules: not-responsible (the unit has no role in the item) and not-reporter (a figure for a target
 * another unit reports: the summary takes the reporter's figure, so this one would be counted twice).
 */
import type { IssueSink } from '../issueSink';
import { MESSAGES } from '../messages';
import type { ParsedRow } from '../rowReader';
import type { SchemaIndex } from '../schemaIndex';

/** Checks that the row's unit is bound to the row's item and, for a figure, reports the target. */
export function checkOwnership(row: ParsedRow, index: SchemaIndex, sink: IssueSink): void {
  if (row.unit === null) return;
  if (row.item !== null) {
    const bound = index.involved.get(row.item);
    if (bound && !bound.has(row.unit) && row.target?.reporter !== row.unit) {
      sink.onCell(row, 'not-responsible', 'error', '填报单位', MESSAGES.notResponsible(row.unit, row.item));
    }
  }
  if (row.target && row.value.kind !== 'blank' && row.target.reporter !== row.unit) {
    sink.onCell(
      row,
      'not-reporter',
      'error',
      '累计完成值',
      MESSAGES.notReporter(row.target.id, row.target.reporter),
    );
  }
}
