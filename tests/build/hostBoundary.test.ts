import { lintCases as lint } from '../support/lintText';

const HOST_CALL =
  'export async function f(): Promise<void> {\n  await Excel.run(async (context) => context.sync());\n}\n';
const TYPE_USE = 'export type Ctx = Excel.RequestContext;\n';
const OFFICE_CALL = 'export const language = Office.context.displayLanguage;\n';

const OUTSIDE = [
  'src/domain/x.ts',
  'src/workbook/x.ts',
  'src/taskpane/App2.tsx',
  'src/xlsx/x.ts',
  'src/cli/x.ts',
];
const INSIDE = ['src/excel/x.ts', 'src/taskpane/bootstrap.ts'];

describe('the Office.js boundary', () => {
  let results: string[][] = [];
  const cases = [
    ...OUTSIDE.flatMap((file) => [HOST_CALL, TYPE_USE, OFFICE_CALL].map((code) => ({ code, file }))),
    ...INSIDE.map((file) => ({ code: HOST_CALL + OFFICE_CALL + TYPE_USE, file })),
  ];
  beforeAll(() => {
    results = lint(cases);
  });

  it('rejects Excel and Office globals and types outside src/excel and the bootstrap file', () => {
    OUTSIDE.forEach((file, i) => {
      expect({ file, rules: results[i * 3] }).toEqual({ file, rules: ['no-restricted-globals'] });
      expect({ file, rules: results[i * 3 + 1] }).toEqual({ file, rules: ['no-restricted-syntax'] });
      expect({ file, rules: results[i * 3 + 2] }).toEqual({ file, rules: ['no-restricted-globals'] });
    });
  });

  it('allows them in src/excel and the task pane bootstrap', () => {
    INSIDE.forEach((file, i) =>
      expect({ file, rules: results[OUTSIDE.length * 3 + i] }).toEqual({ file, rules: [] }),
    );
  });
});
