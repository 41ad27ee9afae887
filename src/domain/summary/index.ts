/** The summary domain: `summarize` and the rules the 汇总 sheet's formulas mirror. */
export { summarize } from './summarize';
export {
  SEVERE_GAP,
  judgeMode,
  meetsTarget,
  scheduleFor,
  completionRate,
  scheduleGap,
  targetStatus,
  isMet,
  isLagging,
} from './judge';
export { RATE_DIGITS, roundDecimal, formatPercent1 } from './rounding';
export { dueDuties, summaryUnits, collectiveNames } from './duties';
export type { DueDuty } from './duties';
export { sectionLabel, targetSectionLabel, BLOCK_FALLBACK_LABEL } from './sections';
export { summarySections } from './rollups';
export { headlineSentence } from './overall';
export { STATUS_ORDER } from './types';
export type * from './types';
