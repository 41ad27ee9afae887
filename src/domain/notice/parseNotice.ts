/** Parses a 工作要点 notice into a work-point schema. Never throws; every problem becomes a diagnostic. */
import { buildPeriods } from '../periods';
import type { Diagnostic, Item, Schema, Target } from '../schema';
import { createUnitRegistry } from '../units/registry';
import { assembleItem, draftsToTargets } from './assembleItem';
import { classifyLines } from './classify';
import { DiagnosticSink } from './diagnostics';
import { numberItems } from './itemNumbers';
import type { StandingRules } from './itemUnits';
import { splitLines } from './normalize';
import { buildStructure } from './structure';
import { findTargets } from './targets';
import { findIssuer, findTitle, findYear } from './titleYear';
import { UnitTable } from './unitTable';

/** What `parseNotice` returns; `schema.diagnostics` is the same list as `diagnostics`. */
export interface ParseResult {
  schema: Schema;
  diagnostics: Diagnostic[];
}

const STANDING_FIRST_IS_LEAD = /(首位|第一).{0,6}牵头单位/;

function emptySchema(year: number): Schema {
  return {
    format: 'workpoints-schema',
    version: 1,
    title: '',
    issuer: '',
    year,
    cadence: 'quarterly',
    sections: [],
    groups: [],
    items: [],
    units: [],
    targets: [],
    periods: buildPeriods(year, 'quarterly'),
    diagnostics: [],
  };
}

function parse(notice: string): ParseResult {
  const sink = new DiagnosticSink();
  const registry = createUnitRegistry();
  const lines = classifyLines(splitLines(notice));
  const structure = buildStructure(lines, registry);

  const { title } = findTitle(lines, structure.bodyStart);
  if (title === '') sink.add('no-title', { line: 1, column: 1 }, '未识别到通知标题,请在方案中补充标题。');
  let year = findYear(title, lines);
  if (year === undefined) {
    year = new Date().getFullYear();
    sink.add(
      'no-year',
      { line: 1, column: 1 },
      `通知中未找到年份,已按当前年份${year}年设置报送期次,请核对。`,
    );
  }

  const rules: StandingRules = { firstIsLead: false, carried: [] };
  const standing = structure.loose.find((line) => STANDING_FIRST_IS_LEAD.test(line.text));
  if (standing) {
    rules.firstIsLead = true;
    sink.add(
      'carried-rule',
      standing,
      '通知说明排在首位的为牵头单位:未标明分工时,第一个单位为牵头单位,其余为配合单位。',
    );
  }

  const units = new UnitTable(registry, sink);
  const numbers = numberItems(structure.items, sink);
  const items: Item[] = [];
  const targets: Target[] = [];
  structure.items.forEach((raw, index) => {
    const numbering = numbers[index] ?? { no: index + 1, label: raw.marker.label };
    const built = assembleItem(raw, numbering, { registry, sink, units, rules });
    items.push(built.item);
    targets.push(...built.targets);
  });

  let blockIndex = 1;
  for (const block of structure.blocks) {
    const drafts = findTargets(block.body.text, 0, block.body.text.length);
    const found = draftsToTargets(
      drafts,
      block.body,
      { item: null, block: block.title, idPrefix: '0', firstIndex: blockIndex, reporter: '' },
      sink,
    );
    blockIndex += found.length;
    for (const target of found) {
      sink.add(
        'block-target',
        target.source,
        `目标${target.id}属于“${block.title}”,没有对应事项,请指定报送单位。`,
      );
    }
    targets.push(...found);
  }
  targets.sort((a, b) => a.source.line - b.source.line || a.source.column - b.source.column);

  if (items.length === 0) {
    const first = lines.find((line) => line.kind !== 'blank');
    sink.add(
      'no-items',
      first ?? { line: 1, column: 1 },
      '未识别到编号的工作事项(如“1.”“(一)”开头的条目),请检查粘贴的通知文本。',
    );
  }

  const diagnostics = sink.sorted();
  const schema: Schema = {
    ...emptySchema(year),
    title,
    issuer: findIssuer(lines),
    sections: structure.sections.map(({ no, title: sectionTitle }) => ({ no, title: sectionTitle })),
    groups: structure.groups.map(({ no, section, title: groupTitle }) => ({
      no,
      section,
      title: groupTitle,
    })),
    items,
    units: units.toUnits(),
    targets,
    diagnostics,
  };
  return { schema, diagnostics };
}

/**
 * Parses a notice into a schema. Never throws: an unexpected failure yields an empty schema with an
 * `internal-error` diagnostic. Runs in time linear in the length of the text.
 */
export function parseNotice(text: string): ParseResult {
  try {
    return parse(typeof text === 'string' ? text : String(text));
  } catch (error) {
    const year = new Date().getFullYear();
    const schema = emptySchema(year);
    const detail = error instanceof Error ? error.message : String(error);
    schema.diagnostics = [
      {
        severity: 'error',
        line: 1,
        column: 1,
        code: 'internal-error',
        message: `解析通知时出现意外错误:${detail}`,
      },
    ];
    return { schema, diagnostics: schema.diagnostics };
  }
}
