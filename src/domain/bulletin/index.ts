/** The 通报 (progress bulletin): composition from the summary, the plain-text rendering, and its data model. */
export { composeBulletin } from './compose';
export { bulletinText, tableText, INDENT } from './plainText';
export { unitProblems } from './unitProblems';
export { defaultNextSteps } from './nextSteps';
export { attributeProblems } from './problems';
export type { AttributedProblem } from './problems';
export { unitReporting, timeliness } from './reporting';
export type { UnitReporting } from './reporting';
export { Wording } from './wording';
export {
  percent0,
  percent1,
  shownTenths,
  numberTenths,
  tenthsText,
  figureText,
  chineseNumber,
} from './numbers';
export type * from './types';
