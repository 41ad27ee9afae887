/** Section (板块) labels as the summary and the 汇总 sheet show them. */
import type { Schema, Target } from '../schema';

/** Label of targets that belong to a 工作目标 block rather than an item, when the block has no title. */
export const BLOCK_FALLBACK_LABEL = '工作目标';

/** The label of section `no`: its title, or `第N部分` when the schema lacks it. */
export function sectionLabel(schema: Pick<Schema, 'sections'>, no: number): string {
  return schema.sections.find((section) => section.no === no)?.title ?? `第${no}部分`;
}

/** The section label a target rolls up into: its item's section, or its 工作目标 block. */
export function targetSectionLabel(
  schema: Pick<Schema, 'sections' | 'items'>,
  target: Pick<Target, 'item' | 'block'>,
): string {
  if (target.item === null) return target.block ?? BLOCK_FALLBACK_LABEL;
  const item = schema.items.find((candidate) => candidate.no === target.item);
  return item ? sectionLabel(schema, item.section) : BLOCK_FALLBACK_LABEL;
}
