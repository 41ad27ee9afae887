/**
 * Scores a parsed schema against a fixture's expected file: items whose units are right by role, targets recalled
 * and target precision — the three figures issue 18 measures the parser by.
 *
 * Matching: an expected item is matched to the parsed item with the same title (or text, or text beginning), else
 * the same number;
 * an expected target to an unused parsed target of the matched item with the same value and measure.
 */
import { stripGlosses } from '../src/domain/notice/pinyinGloss';
import { createUnitRegistry } from '../src/domain/units/registry';
import type { Schema } from '../src/domain/schema';

/** An expected item as written in a `*.expected.json` file (only the keys the file lists). */
interface ExpectedItem {
  no?: number;
  title?: string;
  text?: string;
  /** The item's text begins with this (spaces and punctuation ignored): labels real notices without knowing the parser's title rule. */
  starts?: string;
  lead?: string[];
  cooperate?: string[];
  responsible?: string[];
}

/** An expected target as written in a `*.expected.json` file. */
interface ExpectedTarget {
  item?: number | null;
  name?: string;
  value?: number;
  measure?: string;
}

/** The parts of an expected file the score reads. */
export interface ExpectedNotice {
  items?: ExpectedItem[];
  targets?: ExpectedTarget[];
}

/** Counts for one notice (or a sum over several). */
export interface AccuracyCounts {
  /** Expected items. */
  items: number;
  /** Expected items the parser found. */
  itemsFound: number;
  /** Expected items whose roles are listed in the expected file. */
  itemsWithUnits: number;
  /** Of those, items whose lead, cooperate and responsible units are all exactly right. */
  itemsUnitsRight: number;
  /** Expected targets. */
  targets: number;
  /** Parsed targets. */
  targetsParsed: number;
  /** Expected targets matched by a parsed target (same item, value and measure). */
  targetsMatched: number;
  /** Matched targets whose name is also the expected one. */
  targetsNamed: number;
}

const ROLES = ['lead', 'cooperate', 'responsible'] as const;

const REGISTRY = createUnitRegistry();

/**
 * The same units, in any order; a space a copy left inside a name (`市 财政局`) and a mirror site's pinyin gloss
 * (`發(fā)展改革委`) are no part of it, and a name the registry knows stands for its unit (a Jiangxi notice's
 * `省发改委` is read as the registry's `省发展改革委`, by design).
 */
function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = (list: readonly string[]) =>
    list
      .map((name) => REGISTRY.lookup(stripGlosses(name).replace(/\s+/g, '')).name)
      .sort()
      .join('\u0000');
  return sorted(a) === sorted(b);
}

/**
 * Text without whitespace, punctuation, cell bars and pinyin glosses, so a wrapped line or cells joined as sentences still match
 * a label.
 */
function squeeze(text: string): string {
  return stripGlosses(text).replace(/[\s\p{P}|]+/gu, '');
}

/** Maps each expected item (by index) to the parsed item it stands for, or undefined when the parser missed it. */
function matchItems(
  expected: readonly ExpectedItem[],
  schema: Schema,
): Array<Schema['items'][number] | undefined> {
  const used = new Set<number>();
  const take = (found: Schema['items'][number] | undefined) => {
    if (!found || used.has(found.no)) return undefined;
    used.add(found.no);
    return found;
  };
  return expected.map((item) => {
    if (item.title !== undefined)
      return take(schema.items.find((i) => i.title === item.title && !used.has(i.no)));
    if (item.text !== undefined)
      return take(schema.items.find((i) => i.text === item.text && !used.has(i.no)));
    if (item.starts !== undefined) {
      const want = squeeze(item.starts);
      // An item whose text leaves out the units opening it (`区住建局负责…` read as the units and `全区村庄…`) is
      // still found where it stands: its source line starts as the label does.
      const starts = (i: Schema['items'][number]) =>
        squeeze(i.text).startsWith(want) || squeeze(i.source.text ?? '').startsWith(want);
      return take(schema.items.find((i) => starts(i) && !used.has(i.no)));
    }
    if (item.no !== undefined) return take(schema.items.find((i) => i.no === item.no));
    return undefined;
  });
}

/** Scores one parsed notice against its expected file. */
export function scoreNotice(expected: ExpectedNotice, schema: Schema): AccuracyCounts {
  const items = expected.items ?? [];
  const matched = matchItems(items, schema);
  const counts: AccuracyCounts = {
    items: items.length,
    itemsFound: matched.filter((m) => m !== undefined).length,
    itemsWithUnits: 0,
    itemsUnitsRight: 0,
    targets: 0,
    targetsParsed: schema.targets.length,
    targetsMatched: 0,
    targetsNamed: 0,
  };
  items.forEach((item, index) => {
    const roles = ROLES.filter((role) => item[role] !== undefined);
    if (roles.length === 0) return;
    counts.itemsWithUnits++;
    const found = matched[index];
    if (found && roles.every((role) => sameSet(item[role] ?? [], found[role]))) counts.itemsUnitsRight++;
  });

  // The parsed item number that an expected item number stands for.
  const itemNumber = new Map<number, number | undefined>();
  items.forEach((item, index) => {
    if (item.no !== undefined) itemNumber.set(item.no, matched[index]?.no);
  });
  const usedTargets = new Set<number>();
  for (const target of expected.targets ?? []) {
    counts.targets++;
    const wantItem =
      target.item === undefined ? undefined : target.item === null ? null : itemNumber.get(target.item);
    if (target.item !== undefined && target.item !== null && wantItem === undefined) continue;
    const index = schema.targets.findIndex(
      (t, k) =>
        !usedTargets.has(k) &&
        (wantItem === undefined || t.item === wantItem) &&
        t.value === target.value &&
        t.measure === target.measure,
    );
    if (index < 0) continue;
    usedTargets.add(index);
    counts.targetsMatched++;
    if (target.name === undefined || schema.targets[index]?.name === target.name) counts.targetsNamed++;
  }
  return counts;
}

/** Sum of several notices' counts. */
export function addCounts(a: AccuracyCounts, b: AccuracyCounts): AccuracyCounts {
  const out = { ...a };
  for (const key of Object.keys(b) as (keyof AccuracyCounts)[]) out[key] += b[key];
  return out;
}

/** Zero counts, to start a sum. */
export function noCounts(): AccuracyCounts {
  return {
    items: 0,
    itemsFound: 0,
    itemsWithUnits: 0,
    itemsUnitsRight: 0,
    targets: 0,
    targetsParsed: 0,
    targetsMatched: 0,
    targetsNamed: 0,
  };
}

/** The three figures of issue 18 (and two that explain them), as fractions; NaN when there is nothing to count. */
export function figures(c: AccuracyCounts): {
  unitsRight: number;
  targetRecall: number;
  targetPrecision: number;
  itemsFound: number;
  namesRight: number;
} {
  return {
    unitsRight: c.itemsUnitsRight / c.itemsWithUnits,
    targetRecall: c.targetsMatched / c.targets,
    targetPrecision: c.targetsMatched / c.targetsParsed,
    itemsFound: c.itemsFound / c.items,
    namesRight: c.targetsNamed / c.targetsMatched,
  };
}
