/**
 * Document structure: which numbering style is the section, group and item level, and which lines belong to which
 * item, 工作目标 block or preamble. Rows of task tables flattened to text become items too.
 */
import type { UnitRegistry } from '../units/registry';
import { EDITOR_CREDIT, type ClassifiedLine } from './classify';
import type { Position } from './diagnostics';
import { findDutyTables, type DutyTable } from './dutyTable';
import { clauseRows, titleOnly } from './clauseRows';
import { PART_WORDS, readClauseLabel } from './clauseLabels';
import type { FigureCells, FigureSpan } from './figureTargets';
import { findTables } from './flatTable';
import { isUnitCell, type TableCell } from './tableCells';
import type { FlatTables, TableRow } from './tableRows';
import type { UnitCell } from './itemUnits';
import { STYLE_RANK, type Marker, type NumberStyle } from './numbering';
import { SourceText } from './sourceText';
import { letterEnd } from './annexLetter';
import { hasUnitClause, trailingBracket } from './unitClause';
import { lostNumber } from './lostNumbers';

/** A section or group heading. */
export interface RawHeading {
  no: number;
  section: number;
  title: string;
  marker: Marker;
  line: ClassifiedLine;
  /** Where the heading names the unit that leads its work (`(一)省监察厅牵头的工作`): `省监察厅牵头` in its line. */
  units?: { from: number; to: number; bare?: boolean };
}

/** An item's lines: its body (starting with the marker), its unit lines and, for a table row, its cells. */
export interface RawItem {
  marker: Marker;
  line: ClassifiedLine;
  section: number;
  group?: number;
  /** Label of the enclosing group or section marker, used when numbering restarts. */
  parentLabel: string;
  body: SourceText;
  /** Labelled lines after the body: 牵头单位:…, 责任单位:…, 完成时限:…. */
  unitLines: SourceText[];
  /** Unit cells of a table row, with the role of their column. */
  cells: UnitCell[];
  /** The 完成时限 cell of a table row. */
  deadline?: SourceText;
  /** The item is a row of a table flattened to text. */
  tableRow: boolean;
  /** Where the row's figures (its 年度目标 cells) stand in the body, and the measure its 单位 cell gives them. */
  figures?: FigureCells;
  closed: boolean;
  /** A row the notice gave no number (a paragraph with a unit line of its own under a heading). */
  unnumbered?: boolean;
  /** The first row of a paragraph under a numbered title: the title's number is written for it. */
  titleNumber?: boolean;
}

/** A 工作目标 block: text under a heading about targets that no item owns. */
export interface RawBlock {
  title: string;
  body: SourceText;
}

/** A labelled part of an item (`任务目标:`, `建设内容:`) written under its unit lines. */
const ITEM_PART_LABEL = new RegExp(`^(${PART_WORDS.join('|')})[::]`);

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
  /** The first line of each paragraph after the body starts that belongs to no item, block or heading. */
  unattached: ClassifiedLine[];
  /** Where each task table starts and its columns as written. */
  tables: FlatTables['tables'];
  /** Unit cells of a duty table after the items (`序号 牵头单位 配合单位`), by item number. */
  duties: Map<number, UnitCell[]>;
  /** Table rows that took the units of the row above (a merged unit cell). */
  inherited: FlatTables['inherited'];
  /** Table rows read as more of the numbered row above. */
  continued: FlatTables['continued'];
  /** Cells merged over a group of table rows, named to the office as not read into any item's text. */
  groupCells: FlatTables['groupCells'];
  /** The first of each run of rows without numbers, read as items. */
  unnumbered: ClassifiedLine[];
  /** Numbered lines that only title a paragraph read as one item per sentence: the title is not an item. */
  titled: Array<{ line: ClassifiedLine; title: string; label: string }>;
  /** Lines naming a unit as the heading of the items below them (`区委办公室(8项)`), with that unit. */
  unitHeadings: Array<{ line: ClassifiedLine; units: string }>;
  /** Unit clauses written once after a group's items, given to each of them (with how many). */
  shared: Array<{ at: Position; count: number }>;
  /** Paragraphs read as the items whose numbers the page lost, with the label each was given. */
  lost: Array<{ line: ClassifiedLine; label: string }>;
  /** The annex header after a covering letter without units (the letter's paragraphs are not items). */
  letterEnd?: ClassifiedLine;
}

const BLOCK_LABEL = /^(工作目标|主要目标|总体目标|发展目标|目标任务|预期目标) ?:/;
/** A heading about the year's targets; not one reporting on them (`10项预期目标情况`, `目标完成情况`). */
const TARGET_TITLE = /目标(?!.*(情况|进展|进度)[。.]?$)/;
/** Depth from which a style is usually a sub-point inside an item ((1), ①). */
const SUB_POINT_RANK = 3;

/** True when a block of text carries a unit clause, used only to find the item level. */
/** `省监察厅牵头的工作`, `县示范区管委会牵头工作(8项)`: a heading naming the unit that leads the work under it. */
const HEADING_LEAD = /^(.{2,24}?)(牵头|负责)的?(重点)?(工作|任务|事项)(\(\d{1,3}项\))?。?$/;
/** A bracket closing a heading that names the units leading the group (`…村容村貌(县委农办、县农业农村局牵头)`). */
const HEADING_CLAUSE = /\(([^()]{2,80}?)(牵头)\)[。;]?$/;
/** A person heads the work (`孟学农省长负责的工作`), not a unit. */
const PERSON_TITLE = /(省长|市长|县长|区长|州长|旗长|书记|主任|同志|秘书长)$/;

/**
 * The stretch of a heading line that names its leading unit and role (`省监察厅牵头`), or undefined; with
 * `bracketed`, also a bracket closing a section's heading (`(县委农办、县农业农村局牵头)`).
 */
function headingUnits(
  line: ClassifiedLine,
  marker: Marker,
  registry: UnitRegistry,
  bracketed = true,
): { from: number; to: number; bare?: boolean } | undefined {
  const text = line.text.slice(marker.length);
  // `(一)区体育局`, `(五)南庄镇、各街道办事处`: a heading that is only units (the duties of each under it).
  const bare = text.replace(/[。::]$/, '');
  if (bare.length >= 2 && isUnitCell(bare, registry)) {
    const from = line.text.length - text.length;
    return { from, to: from + bare.length, bare: true };
  }
  const from = line.text.length - text.length;
  // `一、整治提升村容村貌(县委农办、县农业农村局牵头)`: the group's leading units in a bracket closing the heading.
  // At the items' level such a bracket closes an item (`3、继续实施…(省农业厅牵头)`), not a group's heading.
  const bracket = bracketed ? HEADING_CLAUSE.exec(text) : null;
  const listed = bracket?.[1];
  if (bracket && listed && !PERSON_TITLE.test(listed) && isUnitCell(listed, registry)) {
    const at = from + bracket.index + 1;
    return { from: at, to: at + listed.length + (bracket[2] as string).length };
  }
  const found = HEADING_LEAD.exec(text);
  const name = found?.[1];
  if (!found || !name || PERSON_TITLE.test(name) || !isUnitCell(name, registry)) return undefined;
  return { from, to: from + name.length + (found[2] as string).length };
}

/** A run of rows without numbers: the group they belong to, the group before it, and the last row's number. */
interface RowRun {
  group: RawHeading;
  before: RawHeading | undefined;
  count: number;
  /** The deeper numbering the rows carry (`1.` under an item-level `(一)` heading with no units of its own). */
  deeper?: NumberStyle;
}

/** A row's text is a sentence, not a label; a heading that becomes a group is short. */
const MIN_ROW_TEXT = 10;
/** A short sentence with its full stop (`新建学校2所。`): a row, where a short label without one may be a heading. */
const SHORT_SENTENCE = /^[^。]{4,}。$/;
/** Under a heading that names its unit, any sentence is its work (`全面加强审计工作。`). */
const MIN_NAMED_ROW_TEXT = 4;
const MAX_HEADING = 24;

/** A heading over deeper items is at most this long (sentences, no semicolon). */
const MAX_DEEPER_HEADING = 60;
/** Topic lines under such a heading, before its first item, are at most this many. */
const MAX_TOPIC_LINES = 2;

/** Lines that can stand between a heading and its first deeper item: a short topic each, without units. */
function topicLines(lines: readonly ClassifiedLine[]): boolean {
  return (
    lines.length <= MAX_TOPIC_LINES &&
    lines.every(
      (l) => l.kind === 'text' && l.text.length <= MAX_HEADING && !/[,;:]/.test(l.text.replace(/。$/, '')),
    )
  );
}

/** Whether the next line with text is a unit line (`责任单位:…`) or a line that is only units (`市人社局牵头落实`). */
function unitLineFollows(lines: readonly ClassifiedLine[], index: number, registry: UnitRegistry): boolean {
  for (let j = index + 1; j < lines.length; j++) {
    const next = lines[j] as ClassifiedLine;
    if (next.kind === 'blank') continue;
    return next.kind === 'unit-line' || (next.kind === 'text' && isUnitCell(next.text, registry));
  }
  return false;
}

/** A person's name spaced out to fill a table cell (`钱 宇`, `张 三、李 四`). */
const SPACED_NAME =
  /^[\u4e00-\u9fff] {1,3}[\u4e00-\u9fff]{1,2}([、,][\u4e00-\u9fff] {1,3}[\u4e00-\u9fff]{1,2})*$/;

/**
 * The style a unit clause belongs to, from the numbered lines since the previous clause: the deepest style, unless it
 * is a sub-point style ((1), ①) that occurs more than once before the clause — then the deepest style that occurs
 * once. (Items without clauses of their own, 1. 2. 3.(clause), stay with their style.)
 */
function clauseOwner(
  run: ReadonlyMap<NumberStyle, number>,
  titles: ReadonlySet<NumberStyle>,
): NumberStyle | undefined {
  const styles = [...run.keys()].sort((a, b) => STYLE_RANK[b] - STYLE_RANK[a]);
  const deepest = styles[0];
  if (deepest === undefined || (run.get(deepest) ?? 0) < 2 || STYLE_RANK[deepest] < SUB_POINT_RANK)
    return deepest;
  const once = styles.find((style) => run.get(style) === 1);
  // `1.完善应急预案体系` / `(1)…` … `(4)…` / `(责任单位:…)`: a line that only titles the sentences under it is their
  // heading, and the clause after them is theirs.
  if (once !== undefined && titles.has(once)) return deepest;
  return once ?? deepest;
}

/**
 * Decides the levels. The item level is the style that carries most unit clauses (then the most lines); styles above
 * it in the usual order (一、 > （一） > 1. > （1） > ①) are headings, the section being the highest; styles below it are
 * text. A lone heading of another style cannot take the item level from a style with many items.
 */
function levels(
  lines: readonly ClassifiedLine[],
  registry: UnitRegistry,
  hasTableRows: boolean,
): { section?: NumberStyle; groups: NumberStyle[]; item?: NumberStyle } {
  const counts = new Map<NumberStyle, number>();
  const credits = new Map<NumberStyle, number>();
  const run = new Map<NumberStyle, number>();
  // Styles of the run whose line only titles what follows (`1.完善应急预案体系`).
  const titles = new Set<NumberStyle>();
  let current: { text: string; unitLine: boolean } | undefined;
  const flush = (): void => {
    if (!current || !(current.unitLine || hasUnitClause(current.text, registry))) return;
    const owner = clauseOwner(run, titles);
    if (owner) credits.set(owner, (credits.get(owner) ?? 0) + 1);
    run.clear();
    titles.clear();
  };
  for (const line of lines) {
    if (line.kind === 'numbered' && line.marker) {
      flush();
      const style = line.marker.style;
      counts.set(style, (counts.get(style) ?? 0) + 1);
      run.set(style, (run.get(style) ?? 0) + 1);
      // `1.优化审批服务:` opens its own sub-points (a colon); `1.完善应急预案体系` only heads them.
      if (titleOnly(line, line.marker.length) && !/:$/.test(line.text)) titles.add(style);
      else titles.delete(style);
      current = { text: line.text, unitLine: false };
    } else if (current && line.kind === 'text') current.text += line.text;
    else if (current && line.kind === 'unit-line') current.unitLine = true;
    else if (line.kind === 'end-matter') {
      flush();
      // A letter lists its annexes (`附件:1.…`) before the annex that holds the items: read on until units are found.
      if (credits.size > 0) break;
      current = undefined;
      run.clear();
      titles.clear();
    }
  }
  flush();
  const styles = [...counts.keys()];
  if (styles.length === 0) return { groups: [] };
  const byDepth = (a: NumberStyle, b: NumberStyle) => STYLE_RANK[a] - STYLE_RANK[b];
  let item: NumberStyle | undefined;
  if (credits.size > 0) {
    const score = (s: NumberStyle): [number, number, number] => [
      credits.get(s) ?? 0,
      counts.get(s) ?? 0,
      STYLE_RANK[s],
    ];
    item = styles.reduce((best, s) => {
      const [a, b, c] = score(s);
      const [x, y, z] = score(best);
      return a > x || (a === x && (b > y || (b === y && c > z))) ? s : best;
    });
  } else if (!hasTableRows) {
    // No clause anywhere: items are the most numerous style (the deeper one on a tie).
    item = styles.reduce((best, s) => {
      const a = counts.get(s) ?? 0;
      const b = counts.get(best) ?? 0;
      return a > b || (a === b && STYLE_RANK[s] > STYLE_RANK[best]) ? s : best;
    });
  }
  const itemRank = item === undefined ? Infinity : STYLE_RANK[item];
  const headings = styles.filter((s) => s !== item && STYLE_RANK[s] < itemRank).sort(byDepth);
  // Two styles of one depth (1. and 1、) cannot both be headings: keep the one that comes first.
  const distinct = headings.filter(
    (s, k) => headings.findIndex((t) => STYLE_RANK[t] === STYLE_RANK[s]) === k,
  );
  return { section: distinct[0], groups: distinct.slice(1), item };
}

function headingTitle(line: ClassifiedLine, marker: Marker): { title: string; restFrom?: number } {
  const text = line.text.slice(marker.length);
  const stop = text.indexOf('。');
  if (stop < 0 || stop === text.length - 1) return { title: text.replace(/。$/, '').trim() };
  return { title: text.slice(0, stop).trim(), restFrom: marker.length + stop + 1 };
}

/** Whether a `|` stands between two pieces of a cell on one line: they are cells of their own. */
function pipeBetween(a: TableCell[number], b: TableCell[number]): boolean {
  return a.line === b.line && a.line.text.slice(a.to, b.from).includes('|');
}

function cellText(cell: TableCell, lineSeparator?: string): SourceText {
  return cellTextWithFigure(cell, lineSeparator).text;
}

/** The text of a cell, and where the row's figures (its 年度目标 values, each with a glued measure) stand in it. */
function cellTextWithFigure(
  cell: TableCell,
  lineSeparator?: string,
): { text: SourceText; figures: FigureSpan[] } {
  const text = new SourceText();
  const figures: FigureSpan[] = [];
  let k = 0;
  while (k < cell.length) {
    const piece = cell[k] as TableCell[number];
    const previous = cell[k - 1];
    // Cells of a `|` row that both hold the task (`14.改扩建泉山学校 | 完成一期2座教学楼建设`) are two sentences.
    const pastPipe = previous !== undefined && pipeBetween(previous, piece);
    // A name wrapped over two lines in its cell (`glue`) is one name: no separator between its lines.
    if (lineSeparator !== undefined && k > 0 && !piece.glue) text.appendSeparator(lineSeparator);
    else if ((piece.newColumn || pastPipe) && !/[。;!?]$/.test(text.text)) text.appendSeparator('。');
    let to = piece.to;
    // Stretches of one line (a cell split on spaces) are taken whole, spaces included.
    while (
      k + 1 < cell.length &&
      cell[k + 1]?.line === piece.line &&
      !cell[k + 1]?.newColumn &&
      !cell[k + 1]?.glue &&
      !pipeBetween(cell[k] as TableCell[number], cell[k + 1] as TableCell[number])
    )
      to = (cell[++k] as TableCell[number]).to;
    const start = text.text.length;
    text.append(piece.line, piece.from, to);
    const last = figures[figures.length - 1];
    if (piece.figure && piece.glue && last) last.end = text.text.length;
    else if (piece.figure && piece.measure)
      figures.push({ start, end: text.text.length, measure: piece.measure });
    else if (piece.figure) figures.push({ start, end: text.text.length });
    k++;
  }
  return { text, figures };
}

function tableItem(row: TableRow, section: number, parentLabel: string): RawItem {
  const task = cellTextWithFigure(row.task);
  const item: RawItem = {
    marker: { style: 'table-row', value: row.no, label: row.label, length: 0 },
    line: row.line,
    section,
    parentLabel,
    body: task.text,
    unitLines: [],
    // Units a cell lists one per line (as a pasted table gives them) are parted as if by 、.
    cells: row.units.map((u) => ({ text: cellText(u.cell, '、'), role: u.role })),
    tableRow: true,
    closed: true,
  };
  if (task.figures.length > 0)
    item.figures = row.measure ? { spans: task.figures, measure: row.measure } : { spans: task.figures };
  if (row.deadline) item.deadline = cellText(row.deadline);
  return item;
}

/**
 * A table in an annex read both as a task table and as a duty table: when every row's number is an item written
 * above (`1.新增规上企业10家。` … `附件` … `1 新增规上企业 县工信局 县统计局`), the rows give those items their units
 * and are not items again; otherwise (a letter whose annex is the task table) the rows are the items.
 */
function settleAnnexTables(lines: readonly ClassifiedLine[], tables: FlatTables, duties: DutyTable): void {
  const shared = [...tables.rows.keys()].filter((index) => duties.consumed.has(index));
  if (shared.length === 0) return;
  const first = Math.min(...shared);
  const written = new Set<number>();
  for (const line of lines.slice(0, first)) {
    if (line.kind === 'end-matter') break;
    if (line.kind === 'numbered' && line.marker && line.marker.style !== 'cn') written.add(line.marker.value);
  }
  const rowNumbers = [...duties.cells.keys()];
  if (rowNumbers.every((no) => written.has(no))) {
    for (const index of shared) tables.rows.delete(index);
    tables.tables = tables.tables.filter((t) => !duties.tables.some((d) => d.line === t.line));
  } else {
    duties.cells.clear();
    duties.tables.length = 0;
  }
}

/** A unit's name with the count of its items (`区委办公室(8项)`, `区政府办公室:`), heading the items below it. */
const UNIT_HEADING = /^([^()::,。;]{3,30})(\(\d{1,3}项\)|:|:)?$/;

/** The marker of the next line that is not blank, if it is numbered. */
function nextMarker(lines: readonly ClassifiedLine[], index: number): Marker | undefined {
  for (let j = index + 1; j < lines.length; j++) {
    const next = lines[j] as ClassifiedLine;
    if (next.kind !== 'blank') return next.marker;
  }
  return undefined;
}

/** Whether the next line that is not blank is an item of the given style. */
function nextNumbered(
  lines: readonly ClassifiedLine[],
  index: number,
  style: NumberStyle | undefined,
): boolean {
  for (let i = index + 1; i < lines.length; i++) {
    const next = lines[i] as ClassifiedLine;
    if (next.kind === 'blank') continue;
    return next.kind === 'numbered' && style !== undefined && next.marker?.style === style;
  }
  return false;
}

/**
 * For each line, the number of the next item after it (a line of the items' style) before the next heading, or
 * undefined when a heading or the end comes first: one pass from the end, so that asking costs nothing per line.
 */
function nextItemValues(
  lines: readonly ClassifiedLine[],
  level: { section?: NumberStyle; groups: NumberStyle[]; item?: NumberStyle },
): Array<number | undefined> {
  const values: Array<number | undefined> = new Array<number | undefined>(lines.length);
  let next: number | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    values[i] = next;
    const line = lines[i] as ClassifiedLine;
    if (line.kind === 'end-matter') next = undefined;
    else if (line.kind === 'numbered' && line.marker) {
      if (line.marker.style === level.item) next = line.marker.value;
      else if (line.marker.style === level.section || level.groups.includes(line.marker.style))
        next = undefined;
    }
  }
  return values;
}

/** What an item's label is written after: its group's label, else its section's with 、, else nothing. */
function parentLabelOf(section?: RawHeading, group?: RawHeading): string {
  return group ? group.marker.label : section ? `${section.marker.label}、` : '';
}

/** An item opened at a numbered line (or a line read as one): its body starts with the line. */
function newItem(
  marker: Marker,
  line: ClassifiedLine,
  section: number,
  parentLabel: string,
  group?: number,
): RawItem {
  const item: RawItem = {
    marker,
    line,
    section,
    parentLabel,
    body: new SourceText(),
    unitLines: [],
    cells: [],
    tableRow: false,
    closed: false,
  };
  if (group !== undefined) item.group = group;
  item.body.append(line);
  return item;
}

/** Whether a bracket opened in the text is not closed yet (in its last 200 characters). */
function openBracket(text: string): boolean {
  let depth = 0;
  for (const ch of text.slice(-200)) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** Whether every bracket of a line closes inside it and none closes one opened before it. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** How far back from an item's end its closing clause is looked for (a unit clause is short). */
const CLAUSE_TAIL = 420;

/** Whether an item's text now ends with its unit clause, so that what follows is not more of it. */
function closedByClause(item: RawItem, registry: UnitRegistry): boolean {
  return hasUnitClause(item.body.text.slice(-CLAUSE_TAIL), registry);
}

/** How many measures under an item are looked at to tell whether they are its items. */
const MAX_MEASURES = 30;

/** Builds the structure of classified lines. */
export function buildStructure(given: readonly ClassifiedLine[], registry: UnitRegistry): Structure {
  // An annex that gives the letter's items their units (a duty table) keeps the letter's items.
  const givenDuties = findDutyTables(given, registry);
  const annex = givenDuties.cells.size === 0 ? letterEnd(given, registry) : undefined;
  const classified =
    annex === undefined
      ? given
      : given.map((line, index): ClassifiedLine => (index < annex ? { ...line, kind: 'furniture' } : line));
  const tables = findTables(classified, registry);
  const duties = annex === undefined ? givenDuties : findDutyTables(classified, registry);
  settleAnnexTables(classified, tables, duties);
  for (const index of duties.consumed) tables.consumed.add(index);
  const lines = classified.map((line, index) => tables.headings.get(index) ?? line);
  const structural = lines.filter((_, index) => !tables.consumed.has(index) || tables.headings.has(index));
  const level = levels(structural, registry, tables.rows.size > 0);
  const out: Structure = {
    sections: [],
    groups: [],
    items: [],
    blocks: [],
    bodyStart: lines.length,
    loose: [],
    unattached: [],
    tables: [...tables.tables, ...duties.tables],
    duties: duties.cells,
    inherited: tables.inherited,
    continued: tables.continued,
    groupCells: tables.groupCells,
    unnumbered: [],
    titled: [],
    unitHeadings: [],
    lost: [],
    shared: [],
    ...(annex === undefined ? {} : { letterEnd: given[annex] }),
  };
  let sectionNo = 0;
  let group: RawHeading | undefined;
  let section: RawHeading | undefined;
  let item: RawItem | undefined;
  let block: RawBlock | undefined;
  let afterBlank = false;
  let inLoose = false;
  // The lines of each item's body, so that a heading read as an item can give its paragraph back.
  const bodyLines = new Map<RawItem, ClassifiedLine[]>();
  // Rows without numbers under a heading: the group the heading became, and the group before it.
  let rows: RowRun | undefined;
  const openBlock = (title: string, line: ClassifiedLine, from?: number): void => {
    block = { title, body: new SourceText() };
    out.blocks.push(block);
    if (from !== undefined) block.body.append(line, from);
  };
  // Items under a heading that names its leading unit take that unit with its role, as a unit line marked as the
  // heading's. The units a heading's line names, [from, to) in it, as a unit line of an item under it (known to be the heading's).
  const giveHeadingUnits = (target: RawItem, line: ClassifiedLine, from: number, to: number): void => {
    const named = new SourceText();
    named.append(line, from, to);
    named.heading = true;
    target.unitLines.push(named);
  };
  // Headings that are only units, said once to the office when an item takes their units.
  const told = new Set<ClassifiedLine>();
  const takeHeadingUnits = (target: RawItem): void => {
    const heading = group?.units ? group : section?.units ? section : undefined;
    if (!heading?.units) return;
    giveHeadingUnits(target, heading.line, heading.units.from, heading.units.to);
    if (heading.units.bare && !told.has(heading.line)) {
      told.add(heading.line);
      out.unitHeadings.push({
        line: heading.line,
        units: heading.line.text.slice(heading.units.from, heading.units.to),
      });
    }
  };
  const hasOwnUnits = (target: RawItem): boolean => target.unitLines.some((u) => !u.heading);
  // A row without a number, added to the items: numbered within its group (`(一)1`, `(一)2`), its units from the
  // line after it.
  const addRow = (line: ClassifiedLine, current: RowRun): RawItem => {
    current.count++;
    // A deeper-level number (`1.` under `(三)省编办牵头的工作`) is the row's own; the marker is not its text.
    const own = line.kind === 'numbered' && line.marker ? line.marker : undefined;
    if (own) current.count = own.value;
    const row: RawItem = {
      marker: own ?? {
        ...current.group.marker,
        value: current.count,
        label: String(current.count),
        length: 0,
      },
      line,
      section: current.group.section,
      group: current.group.no,
      parentLabel: current.group.marker.label,
      body: new SourceText(),
      unitLines: [],
      cells: [],
      tableRow: false,
      closed: false,
      unnumbered: true,
    };
    row.body.append(line);
    takeHeadingUnits(row);
    bodyLines.set(row, [line]);
    out.items.push(row);
    return row;
  };
  // The item before the first such row, when it is a short heading with one paragraph under it (`(一)加强预期引导` /
  // `围绕…`): the heading becomes the group and its paragraph the group's first row, with the units it had.
  // With `deeper`, the heading has no paragraph: its numbered lines one level down are the rows.
  const headingRows = (heading: RawItem, deeper?: NumberStyle): RowRun | undefined => {
    const own = bodyLines.get(heading) ?? [];
    const title = heading.line.text.slice(heading.marker.length).trim().replace(/。$/, '');
    // Over deeper items that carry the units, a heading may be sentences (`强信心、稳预期,奋力推动…`, `继续办好农村新五件
    // 实事。省安排补助资金61.7亿元。` over `(2)教育培训工程…(就管中心)`) and have short topic lines under it
    // (`着力扩大有效投资。`), which go into the group's title.
    const topics = deeper ? own.slice(1) : [];
    if (
      heading.unnumbered ||
      heading.tableRow ||
      (deeper ? !topicLines(topics) : own.length !== 2) ||
      title.length > (deeper ? MAX_DEEPER_HEADING : MAX_HEADING) ||
      (deeper ? /;/.test(title) : /[。,;]/.test(title))
    )
      return undefined;
    const made: RawHeading = {
      no: out.groups.length + 1,
      section: heading.section,
      title: [title, ...topics.map((t) => t.text.replace(/。$/, ''))].join('。'),
      marker: heading.marker,
      line: heading.line,
    };
    out.groups.push(made);
    out.items.splice(out.items.indexOf(heading), 1);
    if (deeper) {
      const before = group;
      group = made;
      return { group: made, before, count: 0, deeper };
    }
    const state: RowRun = { group: made, before: group, count: 0 };
    const first = addRow(own[1] as ClassifiedLine, state);
    first.unitLines = heading.unitLines;
    first.closed = true;
    out.unnumbered.push(first.line);
    group = made;
    return state;
  };
  // A paragraph that ends with its own units where the next item should stand: that item, its number lost.
  const nextValues = nextItemValues(lines, level);
  const lostItem = (line: ClassifiedLine, index: number): RawItem | undefined => {
    const style = level.item;
    if (index <= out.bodyStart || line.kind !== 'text' || !style || !hasUnitClause(line.text, registry))
      return undefined;
    const previous = out.items[out.items.length - 1];
    const marker = lostNumber({
      text: line.text,
      style,
      next: nextValues[index],
      ...(previous && {
        previous: {
          marker: previous.marker,
          sameHeading: previous.section === sectionNo && previous.group === group?.no,
          closedByClause:
            previous.closed &&
            !previous.tableRow &&
            (hasOwnUnits(previous) || hasUnitClause(previous.body.text, registry)),
        },
      }),
    });
    if (!marker) return undefined;
    const parentLabel = parentLabelOf(section, group);
    const made = newItem(marker, line, sectionNo, parentLabel, group?.no);
    made.closed = true;
    bodyLines.set(made, [line]);
    out.items.push(made);
    out.lost.push({ line, label: `${parentLabel}${marker.label}` });
    return made;
  };
  // A `|` row whose first cell is a heading (`一、… | 1.… | 局政法科 |`) is read twice: its heading first, then the row.
  let stay = false;
  // A paragraph closed by its own clause after an item closed by its own, when the next item numbered is the one due
  // next (`(一)…。(X指导)` / `…。(Y指导)` / `(二)…`): more of that item, each paragraph with its units. Once a notice
  // writes items so, a last item's later paragraphs are its own too (nothing after them says a number was lost).
  let paragraphsSeen = false;
  const paragraphOf = (line: ClassifiedLine, index: number): RawItem | undefined => {
    const last = out.items[out.items.length - 1];
    if (
      !last ||
      line.kind !== 'text' ||
      last.tableRow ||
      last.unnumbered ||
      !last.closed ||
      last.section !== sectionNo ||
      last.group !== group?.no ||
      last.marker.style !== level.item ||
      !hasUnitClause(last.body.text, registry) ||
      !hasUnitClause(line.text, registry)
    )
      return undefined;
    const next = nextValues[index];
    const due = next === last.marker.value + 1;
    if (!due && !(next === undefined && paragraphsSeen)) return undefined;
    paragraphsSeen = true;
    return last;
  };
  // The clause of an item written on its one line, when deeper numbered lines follow it, two or more, none with units
  // of its own and together saying every figure of the item's line: where the clause stands in that line.
  const measuresUnder = (
    heading: RawItem,
    first: ClassifiedLine,
    at: number,
  ): { open: number; close: number } | undefined => {
    const style = first.marker?.style;
    if (
      !style ||
      first.kind !== 'numbered' ||
      style === level.item ||
      style === level.section ||
      level.groups.includes(style) ||
      !heading.closed ||
      heading.unnumbered ||
      heading.tableRow ||
      (bodyLines.get(heading)?.length ?? 0) !== 1
    )
      return undefined;
    const text = heading.line.text;
    const bracket = trailingBracket(text, text.length);
    if (!bracket || !hasUnitClause(text, registry)) return undefined;
    const deeper: string[] = [];
    for (let k = at; k < lines.length && deeper.length < MAX_MEASURES; k++) {
      const next = lines[k] as ClassifiedLine;
      if (next.kind === 'blank') continue;
      if (next.kind !== 'numbered' || next.marker?.style !== style) break;
      if (hasUnitClause(next.text, registry)) return undefined;
      deeper.push(next.text);
    }
    if (deeper.length < 2) return undefined;
    const said = deeper.join('');
    const figures = text.slice(heading.marker.length, bracket.open).match(/\d+(?:\.\d+)?/g) ?? [];
    return figures.every((figure) => said.includes(figure)) ? bracket : undefined;
  };
  reading: for (let index = 0; index < lines.length; index += stay ? 0 : 1) {
    const again = stay;
    stay = false;
    const line = lines[index] as ClassifiedLine;
    const marker = line.marker;
    const row = tables.rows.get(index);
    if (row && tables.headings.has(index) && !again) stay = true;
    else if (row) {
      out.bodyStart = Math.min(out.bodyStart, index);
      const parentLabel = parentLabelOf(section, group);
      const raw = tableItem(row, sectionNo, parentLabel);
      if (group) raw.group = group.no;
      out.items.push(raw);
      item = undefined;
      block = undefined;
      inLoose = false;
      continue;
    }
    if (tables.consumed.has(index) && !tables.headings.has(index)) {
      // A table header marks where the body starts, like a numbered line.
      out.bodyStart = Math.min(out.bodyStart, index);
      continue;
    }
    switch (line.kind) {
      case 'blank':
        afterBlank = true;
        inLoose = false;
        continue;
      case 'furniture':
        // The editors' credit ends a web article: the related news after it goes on no item.
        if (item && EDITOR_CREDIT.test(line.text)) item.closed = true;
        continue;
      case 'date':
      case 'signature':
        continue;
      case 'end-matter':
        if (out.items.length > 0) break reading;
        continue;
      case 'unit-line':
        // `…100亿元。(牵头单位:市金融局;` / `配合单位:市财政局)`: the line closes a bracket the item opened; it goes on
        // the item's text, where the whole clause is read.
        if (item && !item.closed && openBracket(item.body.text)) {
          item.body.append(line);
          bodyLines.get(item)?.push(line);
          item.closed = closedByClause(item, registry);
        } else if (item) {
          const unitText = new SourceText();
          unitText.append(line);
          item.unitLines.push(unitText);
          item.closed = true;
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
          inLoose = false;
          item = undefined;
          block = undefined;
          const leadHeading =
            marker.style === level.item && !level.groups.includes(marker.style)
              ? headingUnits(line, marker, registry, false)
              : undefined;
          if (leadHeading) {
            // `(一)省监察厅牵头的工作` at the items' level heads the work under it: a group, not an item.
            rows = undefined;
            group = {
              no: out.groups.length + 1,
              section: sectionNo,
              title: headingTitle(line, marker).title,
              marker,
              line,
              units: leadHeading,
            };
            out.groups.push(group);
            continue;
          }
          if (marker.style === level.item) {
            if (rows) {
              group = rows.before;
              rows = undefined;
            }
            const parentLabel = parentLabelOf(section, group);
            item = newItem(marker, line, sectionNo, parentLabel, group?.no);
            bodyLines.set(item, [line]);
            takeHeadingUnits(item);
            item.closed =
              trailingBracket(line.text, line.text.length) !== undefined &&
              hasUnitClause(line.text, registry);
            out.items.push(item);
            continue;
          }
          rows = undefined;
          const { title, restFrom } = headingTitle(line, marker);
          if (marker.style === level.section) {
            sectionNo++;
            section = { no: sectionNo, section: sectionNo, title, marker, line };
            const named = headingUnits(line, marker, registry);
            if (named) section.units = named;
            group = undefined;
            out.sections.push(section);
          } else {
            group = { no: out.groups.length + 1, section: sectionNo, title, marker, line };
            const named = headingUnits(line, marker, registry);
            if (named) group.units = named;
            out.groups.push(group);
          }
          if (TARGET_TITLE.test(title)) openBlock(title, line, restFrom);
          continue;
        }
        break; // a deeper level: treated as text below
      default:
        break;
    }
    // `区委办公室(8项)` before numbered items: the unit whose work the items below are, as a group of them.
    const unitHeading = line.kind === 'text' ? UNIT_HEADING.exec(line.text) : null;
    const suffix = unitHeading?.[2];
    // `各县区:` before the body is the letter's addressee, not a heading. A name alone on its line (`凤台县政府` over
    // `1.地区生产总值…`) heads the items below it inside the body or over an item 1, and names an office, not a topic
    // (`数字政府`).
    const headingPlace =
      suffix?.startsWith('(') === true ||
      (suffix !== undefined
        ? index > out.bodyStart
        : index > out.bodyStart || nextMarker(lines, index)?.value === 1);
    if (
      unitHeading?.[1] &&
      headingPlace &&
      isUnitCell(unitHeading[1], registry) &&
      nextNumbered(lines, index, level.item)
    ) {
      item = undefined;
      block = undefined;
      rows = undefined;
      group = {
        no: out.groups.length + 1,
        section: sectionNo,
        title: line.text,
        marker: { style: 'cn-paren', value: out.groups.length + 1, label: '', length: 0 },
        line,
        units: { from: 0, to: unitHeading[1].length },
      };
      out.groups.push(group);
      out.unitHeadings.push({ line, units: unitHeading[1] });
      out.bodyStart = Math.min(out.bodyStart, index);
      continue;
    }
    // An item closed by its own clause with deeper numbered measures after it, none naming units (`(一)…新增城镇就业
    // 3.1万人。(牵头单位:市人社局)` / `1、…` / `2、新增城镇就业3.1万人。…`): the measures are the items, each with the
    // heading's units, and the heading their group — when the measures say again every figure the heading gives.
    const measures = item && line.marker ? measuresUnder(item, line, index) : undefined;
    if (item && measures) {
      out.items.splice(out.items.indexOf(item), 1);
      const made: RawHeading = {
        no: out.groups.length + 1,
        section: item.section,
        title: item.line.text.slice(item.marker.length, measures.open).trim(),
        marker: item.marker,
        line: item.line,
        units: { from: measures.open, to: measures.close + 1 },
      };
      out.groups.push(made);
      out.unitHeadings.push({
        line: item.line,
        units: item.line.text.slice(measures.open, measures.close + 1),
      });
      rows = { group: made, before: group, count: 0, deeper: line.marker?.style };
      group = made;
      item = addRow(line, rows);
      afterBlank = false;
      continue;
    }
    // Text (or a deeper-level numbered line).
    if (item && !hasOwnUnits(item) && !hasUnitClause(item.body.text, registry)) {
      // A table cell pasted on its own line under the item: the leader's name is passed over, a line that is only
      // a list of units (`★区发改委、统计局`) is the item's units.
      if (SPACED_NAME.test(line.text)) continue;
      // A copy that lost the bracket's opening (`省科技厅、省财政厅等)`) still closes the item with its units.
      const unopened =
        /^[^()]+\)。?$/.test(line.text) && !openBracket(item.body.text)
          ? line.text.lastIndexOf(')')
          : line.text.length;
      if (line.kind === 'text' && isUnitCell(line.text.slice(0, unopened), registry)) {
        const unitText = new SourceText();
        unitText.append(line, 0, unopened);
        item.unitLines.push(unitText);
        item.closed = true;
        afterBlank = false;
        continue;
      }
    }
    // The same directly under a group heading (`(一)加强预期引导` read as a heading): the rows are its items.
    if (
      !item &&
      !block &&
      group &&
      (line.kind === 'text' || (line.kind === 'numbered' && group.units !== undefined)) &&
      line.text.length >= (group.units ? MIN_NAMED_ROW_TEXT : MIN_ROW_TEXT) &&
      !isUnitCell(line.text, registry) &&
      (unitLineFollows(lines, index, registry) || group.units !== undefined)
    ) {
      if (!rows || rows.group !== group) {
        rows = { group, before: group, count: 0 };
        if (line.kind === 'text') out.unnumbered.push(line);
      }
      item = addRow(line, rows);
      afterBlank = false;
      continue;
    }
    // An item-level heading with no units of its own (`(一)全力推进产业项目建设。`) whose first deeper line carries a
    // unit clause (`1.抓好…(省发改委主办,…协办)`): in this section the items are one level deeper, so the heading
    // becomes their group.
    if (
      item &&
      !item.unnumbered &&
      !item.tableRow &&
      line.kind === 'numbered' &&
      line.marker &&
      topicLines((bodyLines.get(item) ?? []).slice(1)) &&
      !hasOwnUnits(item) &&
      !hasUnitClause(item.body.text, registry) &&
      (hasUnitClause(line.text, registry) || unitLineFollows(lines, index, registry))
    ) {
      const deeper = headingRows(item, line.marker.style);
      if (deeper) {
        rows = deeper;
        item = addRow(line, rows);
        afterBlank = false;
        continue;
      }
    }
    // The next numbered line under a heading that names its unit (`2.积极稳妥推进…` under `(三)省编办牵头的工作`), or
    // the next deeper item under a heading that became their group.
    if (
      rows &&
      item?.unnumbered &&
      line.kind === 'numbered' &&
      rows.group === group &&
      (group?.units || (rows.deeper !== undefined && line.marker?.style === rows.deeper))
    ) {
      item = addRow(line, rows);
      afterBlank = false;
      continue;
    }
    // A paragraph without a number after an item that has its units, with a unit line of its own after it, is the
    // next row of a table pasted without its 序号 column: the heading above them names their group.
    if (
      item &&
      hasOwnUnits(item) &&
      line.kind === 'text' &&
      (line.text.length >= MIN_ROW_TEXT || SHORT_SENTENCE.test(line.text)) &&
      !isUnitCell(line.text, registry) &&
      unitLineFollows(lines, index, registry)
    ) {
      const first = rows === undefined ? headingRows(item) : undefined;
      if (rows || first) {
        if (first) rows = first;
        item = addRow(line, rows as RowRun);
        afterBlank = false;
        continue;
      }
    }
    // Under a line that only titles its paragraph, a next line of sentences closed by their own clauses goes on the
    // paragraph (its rows are parted at the end).
    const ownLines = item ? bodyLines.get(item) : undefined;
    if (
      item?.closed &&
      !afterBlank &&
      line.kind === 'text' &&
      ownLines?.[0] &&
      ownLines.length >= 2 &&
      !item.tableRow &&
      !item.unnumbered &&
      item.unitLines.length === 0 &&
      titleOnly(ownLines[0], item.marker.length) &&
      clauseRows(line.text, 0, registry, 1) !== undefined
    ) {
      item.body.append(line);
      ownLines.push(line);
      continue;
    }
    const bracketLine = line.text.startsWith('(') || line.text.startsWith('[');
    // A paragraph after a blank line still belongs to an item without units when it ends with the item's clause.
    const completesItem =
      item !== undefined && !item.closed && afterBlank && hasUnitClause(line.text, registry);
    // A bracket still open (`(教育部、国家` / blank line / `卫生健康委…负责)`): text pasted from a PDF puts blank lines
    // between the lines of one paragraph.
    const insideBracket = item !== undefined && !item.closed && openBracket(item.body.text);
    // So does a line that stops mid-sentence (`…结合卫生健康节日纪念日,持续` / blank line / `推进健康科普行动。`) or
    // announces what follows (`城镇老旧小区改造和社区服务提升:` / blank line / `新开工改造…`).
    const own = item ? bodyLines.get(item) : undefined;
    const lastOwn = own ? own[own.length - 1]?.text : undefined;
    const midSentence =
      item !== undefined &&
      !item.closed &&
      line.kind === 'text' &&
      lastOwn !== undefined &&
      /[\u4e00-\u9fff,、:]$/.test(lastOwn) &&
      // A line that ends with the item's units (`牵头责任部门:县卫生健康委员会`) is complete.
      !hasUnitClause(item.body.text, registry);
    // A labelled part of the item right under its unit lines (`责任单位:X` / `任务目标:改造小区10个。`): the item's.
    const partAfterUnits =
      item !== undefined && !afterBlank && item.unitLines.length > 0 && ITEM_PART_LABEL.test(line.text);
    if (
      item &&
      (partAfterUnits ||
        (!item.closed && (!afterBlank || bracketLine || completesItem || insideBracket || midSentence)))
    ) {
      item.body.append(line);
      bodyLines.get(item)?.push(line);
      const endsWithBracket = /[)\]]。?$/.test(line.text);
      if (endsWithBracket) item.closed = closedByClause(item, registry);
    } else if (block) {
      block.body.append(line);
    } else {
      const label = BLOCK_LABEL.exec(line.text);
      if (label?.[1]) {
        item = undefined;
        openBlock(label[1], line, label[0].length);
      } else {
        const more = paragraphOf(line, index);
        if (more) {
          more.body.append(line);
          bodyLines.get(more)?.push(line);
          afterBlank = false;
          continue;
        }
        const lost = lostItem(line, index);
        if (lost) {
          item = lost;
          afterBlank = false;
          continue;
        }
        if (item) item.closed = true;
        block = undefined;
        out.loose.push(line);
        if (index > out.bodyStart && !inLoose) out.unattached.push(line);
        inLoose = true;
      }
    }
    afterBlank = false;
  }
  // A heading closed by its own unit clause (`(二)改善农村学校办学条件。(牵头单位:市教育局)`) over items none of which
  // names units: the units of each of them, said to the office.
  for (const heading of [...out.sections, ...out.groups]) {
    const text = heading.line.text;
    const bracket = heading.units ? undefined : trailingBracket(text, text.length);
    if (!bracket || !hasUnitClause(text, registry)) continue;
    const isSection = out.sections.includes(heading);
    const under = out.items.filter((i) => (isSection ? i.section === heading.no : i.group === heading.no));
    const bare = (i: RawItem) => !i.tableRow && !hasOwnUnits(i) && !hasUnitClause(i.body.text, registry);
    if (under.length === 0 || !under.every(bare)) continue;
    for (const target of under) giveHeadingUnits(target, heading.line, bracket.open, bracket.close + 1);
    out.unitHeadings.push({ line: heading.line, units: text.slice(bracket.open, bracket.close + 1) });
  }
  splitTitledParagraphs(out, bodyLines, registry);
  settleEmptyHeadings(out, registry);
  shareGroupClauses(out, bodyLines, registry);
  shareCountedClauses(out, registry);
  return out;
}

/**
 * A unit line that counts the items it is for (`4项目标的责任单位均为市发改委` after items 1–4): the items before the
 * one it follows, that many in all, take it too when they name no units of their own.
 */
function shareCountedClauses(out: Structure, registry: UnitRegistry): void {
  const given = new Set<SourceText>();
  out.items.forEach((item, k) => {
    const counted = item.unitLines
      .filter((line) => !given.has(line))
      .map((line) => ({ line, count: readClauseLabel(line.text.trim())?.count ?? 0 }))
      .find((c) => c.count > 1);
    if (!counted || counted.count - 1 > k) return;
    const { line, count } = counted;
    given.add(line);
    const before = out.items.slice(k - (count - 1), k);
    if (
      before.some(
        (i) =>
          i.unitLines.length > 0 || i.cells.length > 0 || i.tableRow || hasUnitClause(i.body.text, registry),
      )
    )
      return;
    for (const other of before) other.unitLines.push(line);
    out.shared.push({ at: line.position(0), count });
  });
}

/**
 * A unit clause on a line of its own after the last item of a group, none of whose items names units
 * (`(1)…` … `(4)…` / `(责任单位:市直各有关单位、…)`): the clause is the group's, and each of its items takes it.
 */
function shareGroupClauses(
  out: Structure,
  bodyLines: ReadonlyMap<RawItem, ClassifiedLine[]>,
  registry: UnitRegistry,
): void {
  const ownLines = (item: RawItem) => item.unitLines.filter((u) => !u.heading);
  const runs = new Map<string, RawItem[]>();
  for (const item of out.items) {
    if (item.tableRow || item.unnumbered) continue;
    const key = `${item.section}:${item.group ?? ''}`;
    const run = runs.get(key);
    if (run) run.push(item);
    else runs.set(key, [item]);
  }
  for (const items of runs.values()) {
    const last = items[items.length - 1];
    // A heading that names its own units gives them to its items; the clause after them is the last item's.
    const heading = last?.group
      ? out.groups.find((g) => g.no === last.group)
      : out.sections.find((s) => s.no === last?.section);
    if (!last || items.length < 2) continue;
    // …unless the clause is a cooperating line (`(三)省编办牵头的工作` / 1.… 2.… / `协同单位:…`): it adds to the
    // heading's lead what the group's items share.
    const lastOwn = ownLines(last);
    const lastLine = lastOwn.length === 1 ? (lastOwn[0] as SourceText).text.trim() : '';
    const cooperating = readClauseLabel(lastLine)?.role === 'cooperate';
    if (
      heading &&
      (heading.units !== undefined || hasUnitClause(heading.line.text, registry)) &&
      !cooperating
    )
      continue;
    const own = bodyLines.get(last);
    const clauseLine = own && own.length >= 2 ? own[own.length - 1] : undefined;
    const bracketed =
      clauseLine !== undefined &&
      lastOwn.length === 0 &&
      /^[([].*[)\]]。?$/.test(clauseLine.text) &&
      hasUnitClause(clauseLine.text, registry);
    // `责任单位:各县区政府、…` on its own line after the last item: labelled, it was read as that item's unit line.
    const unitLine = lastOwn.length === 1 ? (lastOwn[0] as SourceText) : undefined;
    const lineLabel = unitLine ? readClauseLabel(unitLine.text.trim()) : undefined;
    // A line counting its items (`2项指标的责任单位为…`) is for that many; shareCountedClauses gives it.
    const labelled = unitLine && lineLabel && lineLabel.count === undefined ? unitLine : undefined;
    if (!bracketed && !labelled) continue;
    const others = items.slice(0, -1);
    if (
      others.some((i) => ownLines(i).length > 0 || i.cells.length > 0 || hasUnitClause(i.body.text, registry))
    )
      continue;
    let shared = labelled;
    if (!shared) {
      shared = new SourceText();
      shared.append(clauseLine as ClassifiedLine);
    }
    for (const item of others) item.unitLines.push(shared);
    out.shared.push({ at: shared.position(0), count: items.length });
  }
}

/**
 * Numbered headings with no item under them are not dropped unseen: one that closes with its own unit clause
 * (`(二)加快项目建设,…80亿元。(县发展改革委牵头,…)` among items one level deeper) is an item at its own level;
 * one that says more than a title (`1.深入推进政策解读,创新解读形式。对…`) is reported as text not read.
 */
function settleEmptyHeadings(out: Structure, registry: UnitRegistry): void {
  const blocks = new Set(out.blocks.map((b) => b.title));
  const sectionsWithItems = new Set(out.items.map((i) => i.section));
  const groupsWithItems = new Set(out.items.map((i) => i.group));
  const empty = (h: RawHeading, isSection: boolean): boolean =>
    h.marker.length > 0 &&
    h.units === undefined &&
    !blocks.has(h.title) &&
    !(isSection ? sectionsWithItems : groupsWithItems).has(h.no);
  const headings = [
    ...out.sections.filter((h) => empty(h, true)).map((h) => ({ h, isSection: true })),
    ...out.groups.filter((h) => empty(h, false)).map((h) => ({ h, isSection: false })),
  ];
  for (const { h, isSection } of headings) {
    if (!isSection && hasUnitClause(h.line.text, registry)) {
      const section = out.sections.find((s) => s.no === h.section);
      const made = newItem(h.marker, h.line, h.section, parentLabelOf(section));
      made.closed = true;
      // It is an item now, not a group of none.
      out.groups.splice(out.groups.indexOf(h), 1);
      const at = out.items.findIndex((i) => i.line.line > h.line.line);
      out.items.splice(at < 0 ? out.items.length : at, 0, made);
    } else if (!titleOnly(h.line, h.marker.length) && !out.unattached.includes(h.line))
      out.unattached.push(h.line);
  }
}

/**
 * [start, end) in the item's text of each line after its title when every one closes with its own unit clause
 * (`人均地区生产总值:增长6%左右,责任单位为区发改委;` / `规模以上工业增加值:增长8%,责任单位为区经信局;`); undefined
 * unless there are two or more.
 */
function clauseLines(
  own: readonly ClassifiedLine[],
  registry: UnitRegistry,
): Array<{ start: number; end: number }> | undefined {
  const rows: Array<{ start: number; end: number }> = [];
  let start = own[0]?.text.length ?? 0;
  for (const line of own.slice(1)) {
    // A line wrapped by a page (`…某某市中心支` / `行;配合单位:…)`) is no row: each must be whole, brackets and all.
    const whole = /[;。)]$/.test(line.text) && balanced(line.text);
    if (line.kind !== 'text' || !whole || !hasUnitClause(line.text, registry)) return undefined;
    rows.push({ start, end: start + line.text.length });
    start += line.text.length;
  }
  return rows.length >= 2 ? rows : undefined;
}

/**
 * Items whose numbered line only titles a paragraph of sentences, each closed by its own unit clause: each sentence
 * becomes an item in the title's place (numbered on from it), reported as rows without numbers.
 */
function splitTitledParagraphs(
  out: Structure,
  bodyLines: ReadonlyMap<RawItem, ClassifiedLine[]>,
  registry: UnitRegistry,
): void {
  for (const item of [...out.items]) {
    const own = bodyLines.get(item);
    const first = own?.[0];
    if (!own || !first || own.length < 2 || item.tableRow || item.unnumbered) continue;
    if (item.unitLines.length > 0 || item.cells.length > 0 || !titleOnly(first, item.marker.length)) continue;
    const rows = clauseRows(item.body.text, first.text.length, registry) ?? clauseLines(own, registry);
    if (!rows) continue;
    const made = rows.map((range, k): RawItem => {
      const body = item.body.slice(range.start, range.end);
      const at = body.position(0);
      const line = own.find((l) => l.line === at.line) ?? first;
      const row: RawItem = {
        ...item,
        marker: { ...item.marker, label: String(k + 1), length: 0 },
        parentLabel: `${item.parentLabel}${item.marker.label}-`,
        line,
        body,
        unitLines: [],
        cells: [],
        closed: true,
        unnumbered: true,
        ...(k === 0 && { titleNumber: true }),
      };
      return row;
    });
    out.items.splice(out.items.indexOf(item), 1, ...made);
    out.titled.push({
      line: first,
      title: first.text.slice(item.marker.length).trim().replace(/。$/, ''),
      label: made[0]?.parentLabel ?? '',
    });
  }
}
