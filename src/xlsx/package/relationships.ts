/** Relationship parts (`*.rels`): which part points at which, by relationship id and type. */
import { childrenNamed, type XmlElement } from './xml';
import { resolveTarget } from './partNames';

/** One relationship of a part. */
export interface Relationship {
  id: string;
  type: string;
  /** The target as written. */
  target: string;
  /** The target part (canonical name), or null for an external target (a web link, a linked file). */
  part: string | null;
  element: XmlElement;
}

/** Relationship type namespaces: Transitional OOXML, and ISO Strict (which only renames them). */
const TYPE_PREFIXES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/',
  'http://schemas.openxmlformats.org/package/2006/relationships/metadata/',
  'http://schemas.microsoft.com/office/2006/relationships/',
];

/** The short kind of a relationship type (`worksheet`, `table`, `officeDocument`, `vbaProject`…). */
export function relationshipKind(type: string): string {
  for (const prefix of TYPE_PREFIXES) if (type.startsWith(prefix)) return type.slice(prefix.length);
  return type;
}

/** Full relationship type URIs for the relationships this library writes. */
export const RELATIONSHIP_TYPES = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
} as const;

/** The relationships of `source` (the part the rels file belongs to) read from its parsed rels part. */
export function readRelationships(source: string, root: XmlElement): Relationship[] {
  return childrenNamed(root, 'Relationship').flatMap((element): Relationship[] => {
    const { Id: id, Type: type, Target: target, TargetMode: mode } = element.attributes;
    if (id === undefined || type === undefined || target === undefined) return [];
    const external = mode !== undefined && mode.toLowerCase() === 'external';
    return [{ id, type, target, part: external ? null : resolveTarget(source, target), element }];
  });
}
