/** The units a notice mentions, in order of first mention, with the aliases seen and collective membership. */
import type { Unit, UnitKind } from '../schema';
import type { UnitRegistry } from '../units/registry';
import type { DiagnosticSink, Position } from './diagnostics';
import type { UnitMention } from './unitList';

// Collectives that stand for the leading group's member units; the notice never lists them, so the departments it names are the default.
const MEMBER_COLLECTIVES = new Set(['全体成员单位', '各成员单位']);

/** Accumulates the units of a schema. */
export class UnitTable {
  private readonly units = new Map<string, { kind: UnitKind; aliases: string[]; known: boolean }>();

  constructor(
    private readonly registry: UnitRegistry,
    private readonly sink: DiagnosticSink,
  ) {}

  /** Records a mention; reports a unit the registry does not know once and marks it unconfirmed. */
  add(mention: UnitMention, at: Position): void {
    let unit = this.units.get(mention.name);
    if (!unit) {
      unit = { kind: mention.kind, aliases: [], known: mention.known };
      this.units.set(mention.name, unit);
      if (!mention.known) this.sink.add('unknown-unit', at, { name: mention.name });
    }
    if (mention.written !== mention.name && !unit.aliases.includes(mention.written))
      unit.aliases.push(mention.written);
  }

  kindOf(name: string): UnitKind {
    return this.units.get(name)?.kind ?? this.registry.lookup(name).kind;
  }

  /** The schema's units; collectives carry their default (editable) members. */
  toUnits(): Unit[] {
    const departments = [...this.units].filter(([, u]) => u.kind === 'department').map(([name]) => name);
    return [...this.units].map(([name, u]) => {
      const unit: Unit = { name, aliases: [...u.aliases], kind: u.kind };
      if (u.kind === 'collective') {
        unit.members =
          this.registry.membersOf(name) ?? (MEMBER_COLLECTIVES.has(name) ? [...departments] : []);
      }
      if (!u.known) unit.unconfirmed = true;
      return unit;
    });
  }
}
