/**
 * What each rule says, as catalogue messages (src/domain/messages/areas/validation.ts): the problem and the fix.
 * Where a finding is shown, the unit and the place go in front (【省工信厅】第12行「填报单位」（B12）…,
 * src/workbook/issueText.ts), so every sentence names unit, cell and fix. Cell contents passed here always go
 * through `showCell` (clipped, controls removed); numbers through `fmt`.
 */
import { dayMessage, message, type Message, type MessageKey, type MessageParams } from '../messages';
import { fmt } from './format';

/** A finding's text: its problem and its fix. */
export interface IssueText {
  problem: Message;
  advice: Message;
}

/** The sheets and columns the advice points at, as the workbook names them. */
const SHEET = { units: '单位', items: '工作任务', targets: '目标指标', duties: '责任分工' } as const;
const VALUE_COLUMN = '累计完成值';

// A table where every row is wrong files hundreds of thousands of issues: a message without parameters is made
// once and shared by all of them.
const fixed = (key: MessageKey): Message => message(key);
const withParams = (key: MessageKey, params: MessageParams): Message => message(key, params);
const text = (problem: Message, advice: Message): IssueText => ({ problem, advice });

const CANONICAL_UNIT = withParams('validation.canonicalUnit.advice', { sheet: SHEET.units });
const UNIT_BLANK = text(fixed('validation.unitBlank'), CANONICAL_UNIT);
const UNKNOWN_UNIT_ADVICE = withParams('validation.unitUnknown.advice', { sheet: SHEET.units });
const PERIOD_BLANK = fixed('validation.periodBlank');
const ITEM_BLANK = text(
  fixed('validation.itemBlank'),
  withParams('validation.itemBlank.advice', { sheet: SHEET.items }),
);
const TARGET_UNKNOWN_ADVICE = withParams('validation.targetUnknown.advice', { sheet: SHEET.targets });
const VALUE_WITHOUT_TARGET_ADVICE = withParams('validation.valueWithoutTarget.advice', {
  column: VALUE_COLUMN,
});
const VALUE_TARGET_BLANK = text(
  fixed('validation.valueTargetBlank'),
  fixed('validation.valueTargetBlank.advice'),
);
const TARGET_OF_NO_ITEM_ADVICE = fixed('validation.targetOfNoItem.advice');
const NOT_RESPONSIBLE_ADVICE = withParams('validation.notResponsible.advice', { sheet: SHEET.duties });
const MISSING_VALUE_ADVICE = fixed('validation.missingValue.advice');
const BAD_NUMBER_ADVICE = fixed('validation.badNumber.advice');
const BAD_NUMBER_OTHER = text(fixed('validation.badNumber.other'), BAD_NUMBER_ADVICE);
const NEGATIVE_ADVICE = fixed('validation.negativeValue.advice');
const IMPLAUSIBLE_ADVICE = fixed('validation.implausible.advice');
const DUPLICATE_LAST_ADVICE = fixed('validation.duplicateLast.advice');
const DECREASING_ADVICE = fixed('validation.decreasing.advice');
const MISSING_ITEM_ADVICE = fixed('validation.missingItem.advice');
const MISSING_TARGET_ADVICE = fixed('validation.missingTarget.advice');
const MISSING_PROGRESS = text(
  fixed('validation.missingProgress'),
  fixed('validation.missingProgress.advice'),
);

/** Texts, one builder per rule (and per variant where a rule has several causes). */
export const MESSAGES = {
  unitBlank: () => UNIT_BLANK,
  unitUnreadable: (shown: string) => text(withParams('validation.unitUnreadable', { shown }), CANONICAL_UNIT),
  unitUnknown: (shown: string, suggestion: string | null) =>
    text(
      withParams('validation.unitUnknown', { shown }),
      suggestion ? withParams('validation.unitUnknown.suggestion', { suggestion }) : UNKNOWN_UNIT_ADVICE,
    ),
  unitAlias: (shown: string, name: string) =>
    text(withParams('validation.unitAlias', { shown }), withParams('validation.unitAlias.advice', { name })),

  periodBlank: (list: string) => text(PERIOD_BLANK, withParams('validation.periodPick.advice', { list })),
  periodWrongYear: (shown: string, list: string) =>
    text(
      withParams('validation.periodWrongYear', { shown }),
      withParams('validation.periodWrongYear.advice', { list }),
    ),
  periodUnknown: (shown: string, list: string) =>
    text(
      withParams('validation.periodUnknown', { shown }),
      withParams('validation.periodPick.advice', { list }),
    ),
  periodAlias: (shown: string, label: string) =>
    text(
      withParams('validation.periodAlias', { shown }),
      withParams('validation.periodAlias.advice', { label }),
    ),

  itemBlank: () => ITEM_BLANK,
  itemUnknown: (shown: string, range: string) =>
    text(
      withParams('validation.itemUnknown', { shown }),
      withParams('validation.itemUnknown.advice', { sheet: SHEET.items, range }),
    ),

  targetUnknown: (shown: string) =>
    text(withParams('validation.targetUnknown', { shown }), TARGET_UNKNOWN_ADVICE),
  targetLoose: (shown: string, id: string) =>
    text(
      withParams('validation.targetLoose', { shown }),
      withParams('validation.targetLoose.advice', { id }),
    ),
  targetBlankWithValue: (item: number | null, hasTargets: boolean) =>
    item !== null && !hasTargets
      ? text(withParams('validation.valueWithoutTarget', { item }), VALUE_WITHOUT_TARGET_ADVICE)
      : VALUE_TARGET_BLANK,

  targetItemMismatch: (id: string, owner: number | null, item: number) =>
    owner === null
      ? text(withParams('validation.targetOfNoItem', { id, item }), TARGET_OF_NO_ITEM_ADVICE)
      : text(
          withParams('validation.targetOfOtherItem', { id, owner, item }),
          withParams('validation.targetOfOtherItem.advice', { id, owner }),
        ),

  notResponsible: (unit: string, item: number) =>
    text(withParams('validation.notResponsible', { unit, item }), NOT_RESPONSIBLE_ADVICE),
  notReporter: (id: string, reporter: string) =>
    text(
      withParams('validation.notReporter', { id, reporter }),
      withParams('validation.notReporter.advice', { reporter }),
    ),

  missingValue: (id: string) => text(withParams('validation.missingValue', { id }), MISSING_VALUE_ADVICE),
  badNumber: (shown: string, reason: 'text' | 'error' | 'boolean' | 'not-finite' | 'other') =>
    reason === 'other'
      ? BAD_NUMBER_OTHER
      : text(
          withParams(reason === 'error' ? 'validation.badNumber.error' : 'validation.badNumber', { shown }),
          BAD_NUMBER_ADVICE,
        ),
  normalizedNumber: (column: string, shown: string, value: number) =>
    text(
      withParams('validation.normalizedNumber', { column, shown, value: fmt(value) }),
      withParams('validation.normalizedNumber.advice', { column, value: fmt(value) }),
    ),
  negativeValue: (value: number) =>
    text(withParams('validation.negativeValue', { value: fmt(value) }), NEGATIVE_ADVICE),

  measureFamily: (written: string, expected: string) =>
    text(
      withParams('validation.measureFamily', { written, expected }),
      withParams('validation.measureFamily.advice', { expected }),
    ),
  measureScale: (written: string, expected: string, example: string) =>
    text(
      withParams('validation.measureScale', { written, expected }),
      withParams('validation.measureScale.advice', { expected, example }),
    ),
  measureDimension: (written: string, expected: string) =>
    text(
      withParams('validation.measureDimension', { written, expected }),
      withParams('validation.measureDimension.advice', { expected }),
    ),
  implausible: (value: number, target: number, measure: string) =>
    text(
      withParams('validation.implausible', { value: fmt(value), target: fmt(target), measure }),
      IMPLAUSIBLE_ADVICE,
    ),

  duplicateEarlier: (last: number) =>
    text(
      withParams('validation.duplicateEarlier', { last }),
      withParams('validation.duplicateEarlier.advice', { last }),
    ),
  duplicateLast: (others: string) =>
    text(withParams('validation.duplicateLast', { others }), DUPLICATE_LAST_ADVICE),
  decreasing: (value: number, earlier: number, period: string) =>
    text(
      withParams('validation.decreasing', { value: fmt(value), earlier: fmt(earlier), period }),
      DECREASING_ADVICE,
    ),

  missingItem: (period: string, item: number, title: string) =>
    text(withParams('validation.missingItem', { period, item, title }), MISSING_ITEM_ADVICE),
  missingTarget: (period: string, id: string, name: string) =>
    text(withParams('validation.missingTarget', { period, id, name }), MISSING_TARGET_ADVICE),
  overdueItem: (item: number, title: string, deadline: string, asOf: string) =>
    text(
      withParams('validation.overdueItem', {
        item,
        title,
        deadline: dayMessage(deadline),
        asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? dayMessage(asOf) : asOf,
      }),
      withParams('validation.overdueItem.advice', { sheet: SHEET.items }),
    ),
  missingProgress: () => MISSING_PROGRESS,
} as const;
