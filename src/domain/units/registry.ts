/** The unit registry: canonical names, aliases, kinds and editable membership of collective units. */
import type { UnitKind } from '../schema';
import {
  JIANGXI_COLLECTIVE_MEMBERS,
  JIANGXI_PLACES,
  JIANGXI_UNITS,
  MULTI_PART_UNIT_NAMES,
  type UnitEntry,
} from './jiangxi';
import { guessKind } from './unitShape';

/** What the registry says about a name as written. */
export interface UnitLookup {
  /** Canonical name (the name itself when unknown). */
  name: string;
  kind: UnitKind;
  /** False when the registry does not know the name. */
  known: boolean;
}

/** Read-only view of units; `withMembers`/`withUnit` return edited copies. */
export interface UnitRegistry {
  lookup(written: string): UnitLookup;
  /** Members of a collective unit, or undefined when the registry cannot name them. */
  membersOf(collective: string): string[] | undefined;
  /** Names containing `、` that must stay whole. */
  multiPartNames(): readonly string[];
  /** Place names that start a unit name of their own. */
  places(): readonly string[];
  /** A copy of the registry with the membership of a collective replaced. */
  withMembers(collective: string, members: readonly string[]): UnitRegistry;
  /** A copy of the registry that also knows `entry`. */
  withUnit(entry: UnitEntry): UnitRegistry;
  /**
   * A view for a notice from elsewhere: names stay as written (an alias is not renamed to this registry's name),
   * kinds are still known.
   */
  asWritten(): UnitRegistry;
  /** False for the as-written view: names (aliases, abbreviations) are kept as the notice writes them. */
  renames(): boolean;
}

interface RegistryData {
  entries: readonly UnitEntry[];
  members: Readonly<Record<string, readonly string[]>>;
  multiPart: readonly string[];
  places: readonly string[];
}

function build(data: RegistryData): UnitRegistry {
  const byName = new Map<string, UnitEntry>();
  for (const entry of data.entries) {
    byName.set(entry.name, entry);
    for (const alias of entry.aliases) if (!byName.has(alias)) byName.set(alias, entry);
  }
  return {
    lookup(written) {
      const entry = byName.get(written);
      return entry
        ? { name: entry.name, kind: entry.kind, known: true }
        : { name: written, kind: guessKind(written), known: false };
    },
    membersOf(collective) {
      const canonical = byName.get(collective)?.name ?? collective;
      const members = data.members[canonical];
      return members ? [...members] : undefined;
    },
    multiPartNames: () => data.multiPart,
    places: () => data.places,
    withMembers(collective, members) {
      const canonical = byName.get(collective)?.name ?? collective;
      return build({ ...data, members: { ...data.members, [canonical]: [...members] } });
    },
    asWritten() {
      const view = build(data);
      return {
        ...view,
        lookup(written) {
          const entry = byName.get(written);
          if (entry && entry.name === written) return { name: written, kind: entry.kind, known: true };
          return { name: written, kind: entry?.kind ?? guessKind(written), known: false };
        },
        asWritten() {
          return this;
        },
        renames: () => false,
      };
    },
    renames: () => true,
    withUnit(entry) {
      const multiPart = entry.name.includes('、') ? [...data.multiPart, entry.name] : data.multiPart;
      return build({
        ...data,
        entries: [...data.entries.filter((e) => e.name !== entry.name), entry],
        multiPart,
      });
    },
  };
}

/** The default registry: Jiangxi provincial departments, the 11 设区市, and the usual collectives. */
export function createUnitRegistry(): UnitRegistry {
  return build({
    entries: JIANGXI_UNITS,
    members: JIANGXI_COLLECTIVE_MEMBERS,
    multiPart: MULTI_PART_UNIT_NAMES,
    places: JIANGXI_PLACES,
  });
}
