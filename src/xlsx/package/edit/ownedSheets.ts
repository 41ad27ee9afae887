/**
 * The add-in's own sheets (校验结果, 汇总, the schema sheets, `_wp_meta`) rendered from their `SheetPlan`s by the
 * exceljs writer into a scratch workbook — the same rendering `writePlanToXlsx` has always produced — and taken
 * out of it ready to be transplanted: style indexes remapped into the target's style sheet (append-only), shared
 * strings turned into inline strings (so the target's string table stays untouched), table parts with their
 * differential formats remapped, and the sheet-local names (print titles) exceljs wrote for them.
 */
import { WORKBOOK_FORMAT_VERSION } from '../../../workbook/format';
import type { SheetPlan, Visibility } from '../../../workbook/plan';
import { writePlanToXlsx } from '../../writePlanToXlsx';
import { relationshipKind } from '../relationships';
import { XlsxPackage } from '../xlsxPackage';
import { walkXml, withAttribute, withoutAttribute } from '../xml';
import { StyleImporter } from './styleImport';
import type { StylesAppender } from './stylesAppender';

/** A table part of a rendered sheet. */
export interface RenderedTable {
  /** The relationship id the rendered sheet XML uses for it. */
  relationshipId: string;
  name: string;
  /** The table part XML (its workbook-wide `id` is set when it is placed). */
  xml: string;
}

/** One rendered sheet, ready to go into the target package. */
export interface RenderedSheet {
  name: string;
  visibility: Visibility;
  /** Worksheet XML whose styles are the target's and whose strings are inline. */
  xml: string;
  tables: RenderedTable[];
  /** Names local to this sheet (`_xlnm.Print_Titles`…), formulas as written. */
  localNames: { name: string; formula: string }[];
}

const TABLE_DXF_ATTRIBUTES = [
  'headerRowDxfId',
  'dataDxfId',
  'totalsRowDxfId',
  'headerRowBorderDxfId',
  'tableBorderDxfId',
  'totalsRowBorderDxfId',
];

type Edit = { start: number; end: number; text: string };

function applyEdits(text: string, edits: Edit[]): string {
  edits.sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let at = 0;
  for (const e of edits) {
    out.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  out.push(text.slice(at));
  return out.join('');
}

/** The inner XML of every `<si>` of a string table (a shared string item and an inline string share a type). */
function rawSharedStrings(text: string | undefined): string[] {
  if (text === undefined) return [];
  const items: string[] = [];
  let depth = 0;
  let itemStart = -1;
  let openEnd = 0;
  walkXml(text, {
    open(tag, _start, end) {
      depth++;
      if (depth === 2 && tag.local === 'si') {
        openEnd = end;
        itemStart = tag.selfClosing ? -2 : 0;
        if (tag.selfClosing) items.push('');
      }
    },
    close(local, end) {
      if (depth === 2 && local === 'si' && itemStart === 0)
        items.push(text.slice(openEnd, text.lastIndexOf('<', end - 1)));
      depth--;
    },
  });
  return items;
}

/** The sheet XML with target styles and inline strings. */
function transplantSheetXml(text: string, strings: string[], styles: StyleImporter): string {
  const edits: Edit[] = [];
  let cell: { start: number; tag: string; shared: boolean; value: string; inValue: boolean } | null = null;
  walkXml(text, {
    open(tag, start, openEnd) {
      const source = text.slice(start, openEnd);
      if (cell) {
        if (tag.local === 'v') cell.inValue = true;
        return;
      }
      if (tag.local === 'c') {
        let rewritten = source;
        if (tag.attributes.s !== undefined)
          rewritten = withAttribute(rewritten, 's', String(styles.xf(Number(tag.attributes.s))));
        if (tag.attributes.t === 's' && !tag.selfClosing) {
          cell = { start, tag: rewritten, shared: true, value: '', inValue: false };
          return;
        }
        if (rewritten !== source) edits.push({ start, end: openEnd, text: rewritten });
        if (!tag.selfClosing) cell = { start, tag: rewritten, shared: false, value: '', inValue: false };
        return;
      }
      let rewritten = source;
      if (tag.local === 'row' && tag.attributes.s !== undefined)
        rewritten = withAttribute(source, 's', String(styles.xf(Number(tag.attributes.s))));
      else if (tag.local === 'col' && tag.attributes.style !== undefined)
        rewritten = withAttribute(source, 'style', String(styles.xf(Number(tag.attributes.style))));
      else if (tag.local === 'cfRule' && tag.attributes.dxfId !== undefined)
        rewritten = withAttribute(source, 'dxfId', String(styles.dxf(Number(tag.attributes.dxfId))));
      else if (tag.local === 'sheetView') rewritten = withoutAttribute(source, 'tabSelected');
      if (rewritten !== source) edits.push({ start, end: openEnd, text: rewritten });
    },
    text(t) {
      if (cell?.inValue) cell.value += t;
    },
    close(local, end) {
      if (!cell) return;
      if (local === 'v') {
        cell.inValue = false;
        return;
      }
      if (local !== 'c') return;
      if (cell.shared) {
        const open = withAttribute(cell.tag, 't', 'inlineStr');
        const item = strings[parseInt(cell.value, 10)] ?? '';
        edits.push({ start: cell.start, end, text: `${open}<is>${item}</is></c>` });
      }
      cell = null;
    },
  });
  return applyEdits(text, edits);
}

/** A table part with its differential formats remapped. */
function transplantTableXml(text: string, styles: StyleImporter): string {
  const edits: Edit[] = [];
  walkXml(text, {
    open(tag, start, openEnd) {
      if (tag.local !== 'table' && tag.local !== 'tableColumn') return;
      let rewritten = text.slice(start, openEnd);
      for (const name of TABLE_DXF_ATTRIBUTES) {
        const value = tag.attributes[name];
        if (value !== undefined)
          rewritten = withAttribute(rewritten, name, String(styles.dxf(Number(value))));
      }
      edits.push({ start, end: openEnd, text: rewritten });
    },
  });
  return applyEdits(text, edits);
}

/** Renders the plans and takes the sheets out of the scratch workbook, styles merged into `target`. */
export async function renderOwnedSheets(
  plans: SheetPlan[],
  target: StylesAppender,
): Promise<RenderedSheet[]> {
  const bytes = await writePlanToXlsx({
    formatVersion: WORKBOOK_FORMAT_VERSION,
    sheets: plans,
    names: [],
    changes: [],
    orphanedEntryRows: [],
  });
  const scratch = await XlsxPackage.open(bytes, 'scratch.xlsx');
  const stylesPart = scratch.workbookRelationship('styles')?.part;
  const importer = new StyleImporter(stylesPart ? (scratch.textOf(stylesPart) ?? '') : '', target);
  const sstPart = scratch.workbookRelationship('sharedStrings')?.part;
  const strings = rawSharedStrings(sstPart ? scratch.textOf(sstPart) : undefined);
  return scratch.worksheets().map((sheet, i) => {
    const part = sheet.part as string;
    const tables = scratch
      .relationships(part)
      .filter((r) => relationshipKind(r.type) === 'table' && r.part !== null)
      .map((r) => {
        const xml = transplantTableXml(scratch.textOf(r.part as string) ?? '', importer);
        return { relationshipId: r.id, name: scratch.tree(r.part as string).attributes.name ?? '', xml };
      });
    const plan = plans[i];
    return {
      name: sheet.name,
      visibility: plan?.visibility ?? sheet.visibility,
      xml: transplantSheetXml(scratch.textOf(part) ?? '', strings, importer),
      tables,
      localNames: scratch.workbook.definedNames
        .filter((n) => n.localSheetId === sheet.index)
        .map((n) => ({ name: n.name, formula: n.formula })),
    };
  });
}
