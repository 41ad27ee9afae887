/**
 * The unit resolver: resolves a 填报单位 as written against the schema's units (canonical, alias, or unknown with a
 * suggestion) and expands collective units. Not the notice parser's `UnitRegistry` of known organisations
 * (src/domain/units), which knows units before any schema exists.
 *
 * Collective units expand through `members` when the schema lists them. Without members, the
 * "all members" names (全体成员单位, 各成员单位, 相关成员单位, 各有关单位…) stand for every unit of the
 * schema that is not itself a collective, and a collective naming 设区市 stands for every unit of kind `city`.
 */
import type { Schema, Unit } from '../schema';
import { clip, looseKey } from './cells';
import { editDistance } from './editDistance';

/** How a unit cell resolves. */
export type UnitResolution =
  | { kind: 'canonical'; name: string }
  /** Understood but not what formulas match: an alias, or the name with stray spaces or full-width brackets. */
  | { kind: 'alias'; name: string; written: string }
  | { kind: 'unknown'; written: string; suggestion: string | null };

const ALL_MEMBERS_RE = /^(全体|各|相关|有关|各有关|各相关)(成员)?单位$/;

/** Resolves unit names and answers who stands behind a collective. */
export class UnitResolver {
  private readonly canonical = new Map<string, Unit>();
  /** Loose keys and suggestion candidates, built on the first name that is not canonical (most runs have none). */
  private looseIndex: {
    loose: Map<string, string>;
    candidates: Array<{ key: string; name: string }>;
  } | null = null;
  private readonly cache = new Map<string, UnitResolution>();

  constructor(private readonly schema: Schema) {
    for (const unit of schema.units) this.canonical.set(unit.name, unit);
  }

  private lookups(): { loose: Map<string, string>; candidates: Array<{ key: string; name: string }> } {
    if (this.looseIndex) return this.looseIndex;
    const loose = new Map<string, string>();
    const candidates: Array<{ key: string; name: string }> = [];
    for (const unit of this.schema.units) {
      loose.set(looseKey(unit.name), unit.name);
      candidates.push({ key: looseKey(unit.name), name: unit.name });
      for (const alias of unit.aliases ?? []) {
        const key = looseKey(alias);
        if (!this.canonical.has(alias) && !loose.has(key)) loose.set(key, unit.name);
        candidates.push({ key, name: unit.name });
      }
    }
    this.looseIndex = { loose, candidates };
    return this.looseIndex;
  }

  /** The unit of the schema with this exact name. */
  get(name: string): Unit | undefined {
    return this.canonical.get(name);
  }

  /** Resolves trimmed cell text ('' is unknown with no suggestion). */
  resolve(written: string): UnitResolution {
    const cached = this.cache.get(written);
    if (cached) return cached;
    const result = this.resolveUncached(written);
    if (written.length <= 200) this.cache.set(written, result);
    return result;
  }

  private resolveUncached(written: string): UnitResolution {
    if (this.canonical.has(written)) return { kind: 'canonical', name: written };
    if (written === '' || written.length > 200)
      return { kind: 'unknown', written: clip(written, 200), suggestion: null };
    const name = this.lookups().loose.get(looseKey(written));
    if (name !== undefined) return { kind: 'alias', name, written };
    return { kind: 'unknown', written, suggestion: this.suggest(written) };
  }

  /** The closest canonical name by edit distance over names and aliases, if close enough to be a typo. */
  private suggest(written: string): string | null {
    const key = looseKey(written);
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const candidate of this.lookups().candidates) {
      const target = candidate.key;
      // About one edit in three characters is a typo; more is a different name.
      const max = Math.max(1, Math.floor(target.length / 3));
      const d = editDistance(key, target, max);
      if (d <= max && d < bestDistance) {
        best = candidate.name;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The concrete units a name stands for: itself, or a collective's members (recursively). */
  expand(name: string): string[] {
    const direct = this.canonical.get(name);
    if (direct && direct.kind !== 'collective') return [name];
    const out = new Set<string>();
    this.expandInto(name, out, new Set());
    return [...out];
  }

  private expandInto(name: string, out: Set<string>, seen: Set<string>): void {
    if (seen.has(name)) return;
    seen.add(name);
    const resolved = this.resolve(name);
    const canonical = resolved.kind === 'unknown' ? name : resolved.name;
    const unit = this.canonical.get(canonical);
    if (!unit || unit.kind !== 'collective') {
      out.add(canonical);
      return;
    }
    if (unit.members && unit.members.length > 0) {
      for (const member of unit.members) this.expandInto(member, out, seen);
    } else if (ALL_MEMBERS_RE.test(unit.name)) {
      for (const other of this.schema.units) if (other.kind !== 'collective') out.add(other.name);
    } else if (unit.name.includes('设区市')) {
      for (const other of this.schema.units) if (other.kind === 'city') out.add(other.name);
    }
  }
}
