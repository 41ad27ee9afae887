/**
 * A covering letter before the annex that holds the items: `一、责任到人…` `二、节点管控…` ask the units to do the work,
 * and `附件1` / `2025年…任务清单` / `一、县示范区管委会牵头工作(8项)` / `1.…` are the work. When the letter names no
 * unit and the annex does, the letter's numbered paragraphs are not items.
 */
import type { UnitRegistry } from '../units/registry';
import type { ClassifiedLine } from './classify';
import { hasUnitClause } from './unitClause';

/** The annex's own first line (`附件1`, `附件 2`, `附件:`), alone on its line. */
const ANNEX_HEADER = /^附件\s*[\d一二三四五六七八九十]{0,2}\s*[::]?$/;
/** A heading naming the unit that leads the work under it (`一、县示范区管委会牵头工作(8项)`). */
const LEADING_HEADING = /牵头(的)?(工作|任务|事项)/;

function namesUnits(line: ClassifiedLine, registry: UnitRegistry): boolean {
  return line.kind === 'unit-line' || hasUnitClause(line.text, registry);
}

/**
 * The index of the annex header that ends a covering letter without units, when the annex below it names units;
 * undefined when there is no such letter.
 */
export function letterEnd(lines: readonly ClassifiedLine[], registry: UnitRegistry): number | undefined {
  const at = lines.findIndex((line) => ANNEX_HEADER.test(line.text));
  if (at <= 0) return undefined;
  const letter = lines.slice(0, at);
  if (!letter.some((line) => line.kind === 'numbered')) return undefined;
  if (letter.some((line) => namesUnits(line, registry))) return undefined;
  const annex = lines.slice(at + 1);
  return annex.some((line) => namesUnits(line, registry) || LEADING_HEADING.test(line.text)) ? at : undefined;
}
