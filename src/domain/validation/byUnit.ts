/**
 * Per-unit counts. Every reporting unit of the schema (not collectives) appears, in schema order, then other
 * names seen in 填报单位 (unknown names and collectives, in order of first appearance), then '' when some rows
 * have no unit. Errors, missing reports and warnings (counted apart, see ./groups.ts) count the unit's issues over the whole table (every period, since
 * 校验状态 covers every row); items and targets due/reported are for the chosen period.
 */
import { issueGroup } from './groups';
import type { Coverage } from './rules/completeness';
import type { SchemaIndex } from './schemaIndex';
import type { UnitReport, ValidationIssue } from './types';

/** Builds the per-unit reports. */
export function reportByUnit(
  index: SchemaIndex,
  issues: readonly ValidationIssue[],
  coverage: Coverage | null,
  seen: readonly string[],
): UnitReport[] {
  const reports = new Map<string, UnitReport>();
  const blank = (unit: string, known: boolean): UnitReport => ({
    unit,
    known,
    errors: 0,
    warnings: 0,
    missing: 0,
    itemsDue: 0,
    itemsReported: 0,
    targetsDue: 0,
    targetsReported: 0,
  });
  for (const unit of index.reporters) {
    const report = blank(unit, true);
    const dueItems = index.dueItems.get(unit) ?? [];
    const dueTargets = index.dueTargets.get(unit) ?? [];
    report.itemsDue = dueItems.length;
    report.targetsDue = dueTargets.length;
    if (coverage) {
      const items = coverage.items.get(unit);
      const targets = coverage.targets.get(unit);
      report.itemsReported = dueItems.filter((no) => items?.has(no)).length;
      report.targetsReported = dueTargets.filter((id) => targets?.has(id)).length;
    }
    reports.set(unit, report);
  }
  let hasBlank = false;
  for (const name of seen) {
    if (name === '') hasBlank = true;
    else if (!reports.has(name)) reports.set(name, blank(name, index.units.get(name) !== undefined));
  }
  if (hasBlank) reports.set('', blank('', false));
  for (const issue of issues) {
    const report = reports.get(issue.unit);
    if (!report) continue;
    const group = issueGroup(issue);
    if (group === 'error') report.errors++;
    else if (group === 'missing') report.missing++;
    else report.warnings++;
  }
  return [...reports.values()];
}
