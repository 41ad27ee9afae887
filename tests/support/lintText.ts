/** Lints source text as if it were a file of the repository, returning the rule ids each case breaks. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '../..');

// ESLint loads its flat config with a dynamic import, which jest's VM cannot do: lint in a child Node process.
const LINT_SCRIPT = `
const { ESLint } = require('eslint');
const cases = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const c of cases) {
    const [result] = await eslint.lintText(c.code, { filePath: require('path').join(process.cwd(), c.file) });
    out.push(result.messages.map((m) => m.ruleId || 'fatal: ' + m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

/** One piece of code and the repository path it pretends to live at. */
export interface LintCase {
  code: string;
  file: string;
}

/** The rule ids reported for each case, in order. */
export function lintCases(cases: LintCase[]): string[][] {
  return JSON.parse(
    execFileSync(process.execPath, ['-e', LINT_SCRIPT, JSON.stringify(cases)], {
      cwd: root,
      encoding: 'utf8',
    }),
  ) as string[][];
}
