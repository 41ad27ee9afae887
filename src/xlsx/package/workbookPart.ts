/** `xl/workbook.xml`: the sheets in tab order (name, id, state, part), the defined names and the date system. */
import type { Visibility } from '../../workbook/plan';
import { attributeLocal, childNamed, childrenNamed, type XmlElement } from './xml';
import { relationshipKind, type Relationship } from './relationships';

/** What a sheet entry points at. */
export type SheetKind = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'other';

/** A sheet of the workbook, in tab order. */
export interface SheetEntry {
  name: string;
  sheetId: string;
  relationshipId: string;
  /** The raw `state` attribute mapped to our visibility. */
  visibility: Visibility;
  kind: SheetKind;
  /** The sheet's part (canonical name), or null when its relationship is missing or external. */
  part: string | null;
  /** 0-based position in `<sheets>`, which is what `localSheetId` counts. */
  index: number;
  element: XmlElement;
}

/** A defined name as written. */
export interface DefinedNameEntry {
  name: string;
  /** The refers-to formula text (no leading `=`). */
  formula: string;
  /** Index of the sheet the name is local to; undefined for a workbook-level name. */
  localSheetId?: number;
  element: XmlElement;
}

/** The parsed workbook part. */
export interface WorkbookInfo {
  sheets: SheetEntry[];
  definedNames: DefinedNameEntry[];
  date1904: boolean;
  root: XmlElement;
}

function visibilityOf(state: string | undefined): Visibility {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

function kindOf(relationship: Relationship | undefined): SheetKind {
  const kind = relationship ? relationshipKind(relationship.type) : '';
  if (kind === 'worksheet' || kind === 'chartsheet' || kind === 'dialogsheet') return kind;
  if (kind === 'xlMacrosheet' || kind === 'xlIntlMacrosheet') return 'macrosheet';
  return 'other';
}

/** Whether an OOXML boolean attribute is true (`1` or `true`). */
export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** Reads the parsed workbook part, resolving sheets through the workbook's relationships. */
export function readWorkbook(root: XmlElement, relationships: Relationship[]): WorkbookInfo {
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const sheetsElement = childNamed(root, 'sheets');
  const sheets = (sheetsElement ? childrenNamed(sheetsElement, 'sheet') : []).map((element, index) => {
    const relationshipId = attributeLocal(element, 'id') ?? '';
    const relationship = byId.get(relationshipId);
    return {
      name: element.attributes.name ?? '',
      sheetId: element.attributes.sheetId ?? '',
      relationshipId,
      visibility: visibilityOf(element.attributes.state),
      kind: kindOf(relationship),
      part: relationship?.part ?? null,
      index,
      element,
    };
  });
  const namesElement = childNamed(root, 'definedNames');
  const definedNames = (namesElement ? childrenNamed(namesElement, 'definedName') : []).map((element) => {
    const local = element.attributes.localSheetId;
    return {
      name: element.attributes.name ?? '',
      formula: element.text,
      ...(local !== undefined && /^\d+$/.test(local) ? { localSheetId: Number(local) } : {}),
      element,
    };
  });
  const properties = childNamed(root, 'workbookPr');
  return { sheets, definedNames, date1904: isTrue(properties?.attributes.date1904), root };
}
