/**
 * Parser accuracy over every fixture notice with an expected file (tests/fixtures/notices): items whose units are
 * exactly right by role, targets recalled, target precision; also items found and target names right.
 * Set WP_NOTICES=DIR to score another folder of `*.txt` + `*.expected.json` (e.g. notices kept outside the repo).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNotice } from '../src/domain/notice/parseNotice';
import type { Benchmark } from './harness';
import {
  addCounts,
  figures,
  noCounts,
  scoreNotice,
  type AccuracyCounts,
  type ExpectedNotice,
} from './noticeAccuracy';

const DEFAULT_DIR = join(__dirname, '..', 'tests', 'fixtures', 'notices');

function percent(value: number): string {
  return Number.isNaN(value) ? '   –  ' : `${(value * 100).toFixed(1).padStart(5)}%`;
}

function row(name: string, c: AccuracyCounts): string {
  const f = figures(c);
  return (
    `${name.padEnd(40)} units ${percent(f.unitsRight)} (${c.itemsUnitsRight}/${c.itemsWithUnits})` +
    `  recall ${percent(f.targetRecall)} (${c.targetsMatched}/${c.targets})` +
    `  precision ${percent(f.targetPrecision)} (${c.targetsMatched}/${c.targetsParsed})` +
    `  items ${c.itemsFound}/${c.items}  names ${c.targetsNamed}/${c.targetsMatched}`
  );
}

/** The accuracy report. */
export const benchmark: Benchmark = {
  name: 'accuracy',
  run(print) {
    const dir = process.env.WP_NOTICES || DEFAULT_DIR;
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.txt') && !name.startsWith('error.'))
      .filter((name) => existsSync(join(dir, name.replace(/\.txt$/, '.expected.json'))))
      .sort();
    let total = noCounts();
    print(`${files.length} notices with expected files in ${dir}`);
    for (const file of files) {
      const expected = JSON.parse(
        readFileSync(join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8'),
      ) as ExpectedNotice;
      const { schema } = parseNotice(readFileSync(join(dir, file), 'utf8'));
      const counts = scoreNotice(expected, schema);
      total = addCounts(total, counts);
      print(`  ${row(file.replace(/\.txt$/, ''), counts)}`);
    }
    const f = figures(total);
    print(`  ${row('ALL', total)}`);
    print(`  item units exactly right by role   ${percent(f.unitsRight)}   (target ≥ 80%)`);
    print(`  targets recalled                   ${percent(f.targetRecall)}   (target ≥ 85%)`);
    print(`  target precision                   ${percent(f.targetPrecision)}   (target ≥ 90%)`);
    print(`  items found                        ${percent(f.itemsFound)}`);
    print(`  names of matched targets right     ${percent(f.namesRight)}`);
  },
};
