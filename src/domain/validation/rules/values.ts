/**
 * Value rules on 累计完成值 and 计量单位: missing-value, bad-number, normalized-number, negative-value,
 * measure-mismatch, implausible.
 *
 * - negative-value is an error for `increment` and `total` targets; `rate` and `cap` figures (a growth rate,
 *   a reduction) may be negative, so they are not checked.
 * - measure-mismatch: another word of the same family (户 for 家) is a warning; another scale of the same
 *   dimension (万元 for 亿元) is an error, because the figure would be counted 10,000 times off — there is no
 *   one-click fix, since fixing it means converting the number and the measure together, which the user
 *   must confirm; another dimension (% for 亿元, 户 for 万元) is an error; measures we do not know that differ
 *   from the target's are a warning.
 */
import type { Target } from '../../schema';
import { showCell } from '../cells';
import { COL } from '../columns';
import { fmt } from '../format';
import type { IssueSink } from '../issueSink';
import { compareMeasures, scaleFactor } from '../measures';
import { MESSAGES } from '../messages';
import type { ParsedRow } from '../rowReader';

/** How many times the target a figure may be before it looks like a typo. */
export const IMPLAUSIBLE_FACTOR = 5;

/** Checks the figure and its measure. */
export function checkValue(row: ParsedRow, sink: IssueSink): void {
  const reading = row.value;
  const target = row.target;
  if (reading.kind === 'blank') {
    if (target && (row.unit === null || row.unit === target.reporter)) {
      sink.onCell(row, 'missing-value', 'error', '累计完成值', MESSAGES.missingValue(target.id));
    }
    return;
  }
  const cell = row.cells[COL.value];
  if (reading.kind === 'bad') {
    sink.onCell(row, 'bad-number', 'error', '累计完成值', MESSAGES.badNumber(showCell(cell), reading.reason));
    return;
  }
  if (reading.kind === 'text-number') {
    sink.onCell(
      row,
      'normalized-number',
      'error',
      '累计完成值',
      MESSAGES.normalizedNumber('累计完成值', showCell(cell), reading.value),
      {
        column: '累计完成值',
        from: cell as string,
        to: reading.value,
        certain: true,
      },
    );
  }
  if (!target) return;
  const value = reading.value;
  if (value < 0 && (target.kind === 'increment' || target.kind === 'total')) {
    sink.onCell(row, 'negative-value', 'error', '累计完成值', MESSAGES.negativeValue(value));
  }
  checkMeasure(row, target, value, sink);
  if (target.value > 0 && value > IMPLAUSIBLE_FACTOR * target.value) {
    sink.onCell(
      row,
      'implausible',
      'warning',
      '累计完成值',
      MESSAGES.implausible(value, target.value, target.measure),
    );
  }
}

function checkMeasure(row: ParsedRow, target: Target, value: number, sink: IssueSink): void {
  const trailing = row.value.kind === 'text-number' ? row.value.measure : '';
  // The 计量单位 cell speaks for the figure; a measure typed after the number speaks when the cell is blank.
  const written = row.measure !== '' ? row.measure : trailing;
  const column = row.measure !== '' ? '计量单位' : '累计完成值';
  if (written === '' || target.measure === '') return;
  const match = compareMeasures(written, target.measure);
  const shown = showCell(written);
  switch (match) {
    case 'same':
      return;
    case 'same-family':
    case 'unknown':
      sink.onCell(row, 'measure-mismatch', 'warning', column, MESSAGES.measureFamily(shown, target.measure));
      return;
    case 'different-scale': {
      const factor = scaleFactor(written, target.measure) ?? 1;
      const example = `${fmt(value)}${shown} = ${fmt(value * factor)}${target.measure}`;
      sink.onCell(
        row,
        'measure-mismatch',
        'error',
        column,
        MESSAGES.measureScale(shown, target.measure, example),
      );
      return;
    }
    case 'different-dimension':
      sink.onCell(row, 'measure-mismatch', 'error', column, MESSAGES.measureDimension(shown, target.measure));
  }
}
