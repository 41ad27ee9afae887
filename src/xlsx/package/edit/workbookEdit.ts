/**
 * `xl/workbook.xml`, merged: the `<sheets>` list in its new order (untouched `<sheet>` elements copied byte for
 * byte), the defined names (every name the add-in does not own copied byte for byte, with `localSheetId`
 * renumbered when sheets are added or removed before its sheet), `fullCalcOnLoad` when formulas without cached
 * values were written, and the active tab kept on the same sheet.
 */
import type { Visibility } from '../../../workbook/plan';
import type { DefinedNameEntry, SheetEntry, WorkbookInfo } from '../workbookPart';
import {
  childNamed,
  childrenNamed,
  escapeAttribute,
  escapeText,
  withAttribute,
  type XmlElement,
} from '../xml';
import { prefixed } from './stylesAppender';

/** A sheet of the workbook after the edit. */
export type FinalSheet =
  | { kind: 'kept'; entry: SheetEntry; visibility?: Visibility }
  | { kind: 'new'; name: string; sheetId: number; relationshipId: string; visibility: Visibility };

/** A defined name after the edit. */
export type FinalName =
  | { kind: 'kept'; entry: DefinedNameEntry; localSheetId?: number }
  | { kind: 'new'; name: string; formula: string; localSheetId?: number; comment?: string; hidden?: boolean };

/** What changes in the workbook part. */
export interface WorkbookEdit {
  sheets: FinalSheet[];
  names: FinalName[];
  fullCalcOnLoad: boolean;
  /** Old sheet index → new index (undefined: removed). */
  moveIndex(old: number): number | undefined;
}

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Elements of CT_Workbook that come after `definedNames`, in order. */
const AFTER_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

function relationshipsPrefix(root: XmlElement): string | undefined {
  for (const [name, value] of Object.entries(root.attributes))
    if (value === RELATIONSHIPS_NS && name.startsWith('xmlns:')) return name.slice(6);
  return undefined;
}

function visibilityState(visibility: Visibility): string {
  return visibility;
}

/** The workbook part with the edit applied. */
export function editWorkbookXml(text: string, info: WorkbookInfo, edit: WorkbookEdit): string {
  const root = info.root;
  const prefix = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':')) : '';
  const rPrefix = relationshipsPrefix(root);
  const edits: { start: number; end: number; text: string }[] = [];
  const slice = (e: XmlElement): string => text.slice(e.start, e.end);

  const sheetsXml = edit.sheets
    .map((s) => {
      if (s.kind === 'kept') {
        const original = slice(s.entry.element);
        if (!s.visibility || s.visibility === s.entry.visibility) return original;
        const tagEnd = s.entry.element.openEnd - s.entry.element.start;
        return (
          withAttribute(original.slice(0, tagEnd), 'state', visibilityState(s.visibility)) +
          original.slice(tagEnd)
        );
      }
      const idAttribute = rPrefix ? `${rPrefix}:id` : 'r:id';
      const declare = rPrefix ? '' : ` xmlns:r="${RELATIONSHIPS_NS}"`;
      return prefixed(
        `<sheet name="${escapeAttribute(s.name)}" sheetId="${s.sheetId}" state="${s.visibility}"${declare} ${idAttribute}="${escapeAttribute(s.relationshipId)}"/>`,
        prefix,
      );
    })
    .join('');
  const sheetsElement = childNamed(root, 'sheets');
  if (!sheetsElement) throw new Error('workbook without sheets');
  if (sheetsElement.selfClosing) {
    const open = text.slice(sheetsElement.start, sheetsElement.openEnd).replace(/\s*\/>$/, '>');
    edits.push({
      start: sheetsElement.start,
      end: sheetsElement.end,
      text: `${open}${sheetsXml}</${sheetsElement.name}>`,
    });
  } else edits.push({ start: sheetsElement.openEnd, end: sheetsElement.closeStart, text: sheetsXml });

  const namesXml = edit.names
    .map((n) => {
      if (n.kind === 'kept') {
        const original = slice(n.entry.element);
        if (n.localSheetId === undefined || n.localSheetId === n.entry.localSheetId) return original;
        const tagEnd = n.entry.element.openEnd - n.entry.element.start;
        return (
          withAttribute(original.slice(0, tagEnd), 'localSheetId', String(n.localSheetId)) +
          original.slice(tagEnd)
        );
      }
      const attributes = [
        `name="${escapeAttribute(n.name)}"`,
        ...(n.comment ? [`comment="${escapeAttribute(n.comment)}"`] : []),
        ...(n.localSheetId !== undefined ? [`localSheetId="${n.localSheetId}"`] : []),
        ...(n.hidden ? ['hidden="1"'] : []),
      ];
      return (
        prefixed(`<definedName ${attributes.join(' ')}>`, prefix) +
        escapeText(n.formula) +
        prefixed('</definedName>', prefix)
      );
    })
    .join('');
  const namesElement = childNamed(root, 'definedNames');
  const afterNames = root.children.find((c) => AFTER_NAMES.includes(c.local));
  const namesAt = afterNames ? afterNames.start : root.closeStart;
  if (namesElement) {
    if (namesXml === '') edits.push({ start: namesElement.start, end: namesElement.end, text: '' });
    else if (namesElement.selfClosing) {
      const open = text.slice(namesElement.start, namesElement.openEnd).replace(/\s*\/>$/, '>');
      edits.push({
        start: namesElement.start,
        end: namesElement.end,
        text: `${open}${namesXml}</${namesElement.name}>`,
      });
    } else edits.push({ start: namesElement.openEnd, end: namesElement.closeStart, text: namesXml });
  } else if (namesXml !== '') {
    edits.push({
      start: namesAt,
      end: namesAt,
      text: prefixed('<definedNames>', prefix) + namesXml + prefixed('</definedNames>', prefix),
    });
  }

  if (edit.fullCalcOnLoad) {
    const calcPr = childNamed(root, 'calcPr');
    if (calcPr) {
      const tag = text.slice(calcPr.start, calcPr.openEnd);
      const updated = withAttribute(tag, 'fullCalcOnLoad', '1');
      if (updated !== tag) edits.push({ start: calcPr.start, end: calcPr.openEnd, text: updated });
    } else {
      const after = root.children.find((c) => AFTER_NAMES.slice(1).includes(c.local));
      const at = after ? after.start : root.closeStart;
      edits.push({ start: at, end: at, text: prefixed('<calcPr fullCalcOnLoad="1"/>', prefix) });
    }
  }

  const views = childNamed(root, 'bookViews');
  for (const view of views ? childrenNamed(views, 'workbookView') : []) {
    let tag = text.slice(view.start, view.openEnd);
    const original = tag;
    const last = Math.max(edit.sheets.length - 1, 0);
    for (const name of ['activeTab', 'firstSheet']) {
      const value = view.attributes[name];
      if (value === undefined) continue;
      const moved = edit.moveIndex(Number(value));
      const next = Math.min(moved ?? 0, last);
      if (next !== Number(value)) tag = withAttribute(tag, name, String(next));
    }
    if (tag !== original) edits.push({ start: view.start, end: view.openEnd, text: tag });
  }

  const sorted = edits
    .map((e, i) => ({ ...e, i }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
