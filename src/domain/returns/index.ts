/** Return forms as data: `planReturns` says which rows each unit owes for a period. */
export { planReturns } from './planReturns';
export type { PlanReturnsOptions } from './planReturns';
export { unitDuties } from './duties';
export type { DutyTable, UnitDuties } from './duties';
export type * from './types';
