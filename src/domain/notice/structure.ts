/**
 * Document structure: which numbering style is the section, group and item level, and which lines belong to which
 * item, 工作目标 block or preamble.
 */
import type { UnitRegistry } from '../units/registry';
import type { ClassifiedLine } from './classify';
import { DiagnosticSink } from './diagnostics';
import type { Marker, NumberStyle } from './numbering';
import { SourceText } from './sourceText';
import { lastLabel, parseUnitClause, trailingBracket, trailingRoleSentence } from './unitClause';

/** A section or group heading. */
export interface RawHeading {
  no: number;
  section: number;
  title: string;
  marker: Marker;
  line: ClassifiedLine;
}

/** An item's lines: its body (starting with the marker) and its labelled unit lines. */
export interface RawItem {
  marker: Marker;
  line: ClassifiedLine;
  section: number;
  group?: number;
  /** Label of the enclosing group or section marker, used when numbering restarts. */
  parentLabel: string;
  body: SourceText;
  unitLines: SourceText[];
  closed: boolean;
}

/** A 工作目标 block: text under a heading about targets that no item owns. */
export interface RawBlock {
  title: string;
  body: SourceText;
}

/** The notice's structure. */
export interface Structure {
  sections: RawHeading[];
  groups: RawHeading[];
  items: RawItem[];
  blocks: RawBlock[];
  /** Index of the first structural line (title and covering letter come before it). */
  bodyStart: number;
  /** Unnumbered lines outside items and blocks (preamble, closing remarks). */
  loose: ClassifiedLine[];
}

const BLOCK_LABEL = /^(工作目标|主要目标|总体目标|发展目标|目标任务|预期目标) ?:/;
const TARGET_TITLE = /目标/;

function probeContext(registry: UnitRegistry): Parameters<typeof parseUnitClause>[3] {
  return { registry, sink: new DiagnosticSink(), position: () => ({ line: 1, column: 1 }) };
}

/** True when a block of text carries a unit clause, used only to find the item level. */
function hasUnitClause(text: string, registry: UnitRegistry): boolean {
  const ctx = probeContext(registry);
  const bracket = trailingBracket(text, text.length);
  if (bracket && parseUnitClause(text.slice(bracket.open + 1, bracket.close), 0, 'bare', ctx)) return true;
  if (lastLabel(text, text.length) !== undefined) return true;
  return trailingRoleSentence(text, text.length, ctx) !== undefined;
}

/** Decides the levels: the item level is the style that carries most unit clauses; styles above it are headings. */
function levels(
  lines: readonly ClassifiedLine[],
  registry: UnitRegistry,
): { section?: NumberStyle; groups: NumberStyle[]; item?: NumberStyle } {
  const styles: NumberStyle[] = [];
  const counts = new Map<NumberStyle, number>();
  let current: { style: NumberStyle; text: string; unitLine: boolean } | undefined;
  const flush = (): void => {
    if (current && (current.unitLine || hasUnitClause(current.text, registry)))
      counts.set(current.style, (counts.get(current.style) ?? 0) + 1);
  };
  for (const line of lines) {
    if (line.kind === 'numbered' && line.marker) {
      flush();
      if (!styles.includes(line.marker.style)) styles.push(line.marker.style);
      current = { style: line.marker.style, text: line.text, unitLine: false };
    } else if (current && line.kind === 'text') current.text += line.text;
    else if (current && line.kind === 'unit-line') current.unitLine = true;
    else if (line.kind === 'end-matter') break;
  }
  flush();
  if (styles.length === 0) return { groups: [] };
  let itemIndex = Math.min(2, styles.length - 1);
  let best = 0;
  styles.forEach((style, index) => {
    const count = counts.get(style) ?? 0;
    if (count > 0 && count >= best) {
      best = count;
      itemIndex = index;
    }
  });
  return {
    section: itemIndex > 0 ? styles[0] : undefined,
    groups: styles.slice(1, itemIndex),
    item: styles[itemIndex],
  };
}

function headingTitle(line: ClassifiedLine, marker: Marker): { title: string; restFrom?: number } {
  const text = line.text.slice(marker.length);
  const stop = text.indexOf('。');
  if (stop < 0 || stop === text.length - 1) return { title: text.replace(/。$/, '').trim() };
  return { title: text.slice(0, stop).trim(), restFrom: marker.length + stop + 1 };
}

/** Builds the structure of classified lines. */
export function buildStructure(lines: readonly ClassifiedLine[], registry: UnitRegistry): Structure {
  const level = levels(lines, registry);
  const out: Structure = {
    sections: [],
    groups: [],
    items: [],
    blocks: [],
    bodyStart: lines.length,
    loose: [],
  };
  let sectionNo = 0;
  let group: RawHeading | undefined;
  let section: RawHeading | undefined;
  let item: RawItem | undefined;
  let block: RawBlock | undefined;
  let afterBlank = false;
  const openBlock = (title: string, line: ClassifiedLine, from?: number): void => {
    block = { title, body: new SourceText() };
    out.blocks.push(block);
    if (from !== undefined) block.body.append(line, from);
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as ClassifiedLine;
    const marker = line.marker;
    switch (line.kind) {
      case 'blank':
        afterBlank = true;
        continue;
      case 'furniture':
      case 'date':
      case 'signature':
        continue;
      case 'end-matter':
        if (out.items.length > 0) return out;
        continue;
      case 'unit-line':
        if (item) {
          const unitText = new SourceText();
          unitText.append(line);
          item.unitLines.push(unitText);
        } else out.loose.push(line);
        continue;
      case 'numbered':
        if (
          marker &&
          (marker.style === level.section ||
            level.groups.includes(marker.style) ||
            marker.style === level.item)
        ) {
          out.bodyStart = Math.min(out.bodyStart, index);
          afterBlank = false;
          item = undefined;
          block = undefined;
          if (marker.style === level.item) {
            const parentLabel = group ? group.marker.label : section ? `${section.marker.label}、` : '';
            item = {
              marker,
              line,
              section: sectionNo,
              parentLabel,
              body: new SourceText(),
              unitLines: [],
              closed: false,
            };
            if (group) item.group = group.no;
            item.body.append(line);
            item.closed =
              trailingBracket(line.text, line.text.length) !== undefined &&
              hasUnitClause(line.text, registry);
            out.items.push(item);
            continue;
          }
          const { title, restFrom } = headingTitle(line, marker);
          if (marker.style === level.section) {
            sectionNo++;
            section = { no: sectionNo, section: sectionNo, title, marker, line };
            group = undefined;
            out.sections.push(section);
          } else {
            group = { no: out.groups.length + 1, section: sectionNo, title, marker, line };
            out.groups.push(group);
          }
          if (TARGET_TITLE.test(title)) openBlock(title, line, restFrom);
          continue;
        }
        break; // a deeper level: treated as text below
      default:
        break;
    }
    // Text (or a deeper-level numbered line).
    const bracketLine = line.text.startsWith('(') || line.text.startsWith('[');
    if (item && !item.closed && (!afterBlank || bracketLine)) {
      item.body.append(line);
      const endsWithBracket = /[)\]]。?$/.test(line.text);
      if (endsWithBracket) item.closed = hasUnitClause(item.body.text.slice(-420), registry);
    } else if (block) {
      block.body.append(line);
    } else {
      const label = BLOCK_LABEL.exec(line.text);
      if (label?.[1]) {
        item = undefined;
        openBlock(label[1], line, label[0].length);
      } else {
        if (item) item.closed = true;
        block = undefined;
        out.loose.push(line);
      }
    }
    afterBlank = false;
  }
  return out;
}
