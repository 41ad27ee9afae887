/** Unit registry: canonical names, aliases, kinds and collective membership. */
export { createUnitRegistry, type UnitRegistry, type UnitLookup } from './registry';
export { JIANGXI_CITIES, cityGovernment, type UnitEntry } from './jiangxi';
export { looksLikeUnit, looksStronglyLikeUnit, guessKind } from './unitShape';
