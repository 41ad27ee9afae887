/**
 * The default reporter of an item's targets: its first lead, else its first responsible unit, skipping collectives and
 * preferring a unit of a known kind.
 */
import type { UnitKind } from '../schema';

/** Chosen reporter and why it may need a look. */
export interface ReporterChoice {
  reporter: string;
  /** `collective` when only collective units were named, `none` when no unit was named. */
  doubt?: 'collective' | 'none';
}

/** Picks the reporter among the item's units (canonical names). */
export function chooseReporter(
  lead: readonly string[],
  responsible: readonly string[],
  cooperate: readonly string[],
  kindOf: (name: string) => UnitKind,
): ReporterChoice {
  // A unit of a known kind before one whose shape says nothing (`江岸` written before `武昌区人民政府`, sharing its
  // suffix): the first is the office that can report.
  const single = (names: readonly string[]): string | undefined =>
    names.find((name) => kindOf(name) !== 'collective' && kindOf(name) !== 'other') ??
    names.find((name) => kindOf(name) !== 'collective');
  const direct = single(lead) ?? single(responsible);
  if (direct) return { reporter: direct };
  const collective = lead[0] ?? responsible[0];
  if (collective) return { reporter: collective, doubt: 'collective' };
  const helper = single(cooperate) ?? cooperate[0];
  if (helper) return { reporter: helper };
  return { reporter: '', doubt: 'none' };
}
