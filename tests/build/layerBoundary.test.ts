import { lintCases } from '../support/lintText';

const importOf = (from: string): string => `import { x } from '${from}';\nexport const y = x;\n`;

describe('the layer rule', () => {
  const cases = [
    // The domain, at any depth, reaching up.
    { file: 'src/domain/x.ts', code: importOf('../workbook/format') },
    { file: 'src/domain/validation/x.ts', code: importOf('../../workbook/format') },
    { file: 'src/domain/notice/deep/x.ts', code: importOf('../../../ledger/readEntries') },
    { file: 'src/domain/validation/x.ts', code: importOf('../../xlsx/readWorkbookXlsx') },
    { file: 'src/domain/x.ts', code: importOf('node:fs') },
    { file: 'src/domain/x.ts', code: importOf('exceljs') },
    // The workbook plan reaching the use cases or an adapter.
    { file: 'src/workbook/sheets/x.ts', code: importOf('../../ledger/ports') },
    { file: 'src/workbook/x.ts', code: importOf('../excel/officeWorkbook') },
    // The use cases reaching an adapter.
    { file: 'src/ledger/x.ts', code: importOf('../xlsx/readWorkbookXlsx') },
    { file: 'src/ledger/x.ts', code: importOf('../taskpane/i18n') },
  ];
  const allowed = [
    { file: 'src/domain/validation/x.ts', code: importOf('../entryCells') },
    // A folder of the layer itself that happens to share a layer's name is not a layer above.
    { file: 'src/domain/messages/x.ts', code: importOf('./areas/cli') },
    { file: 'src/workbook/x.ts', code: importOf('../domain/schema') },
    { file: 'src/ledger/x.ts', code: importOf('../workbook/format') },
    { file: 'src/xlsx/x.ts', code: importOf('../ledger/port') },
  ];
  let results: string[][] = [];
  beforeAll(() => {
    results = lintCases([...cases, ...allowed]);
  });

  it('rejects every import of a layer above, whatever the depth of the importing file', () => {
    cases.forEach((c, i) =>
      expect({ ...c, rules: results[i] }).toEqual({ ...c, rules: ['no-restricted-imports'] }),
    );
  });

  it('allows imports of the same layer and of the layers below', () => {
    allowed.forEach((c, i) =>
      expect({ ...c, rules: results[cases.length + i] }).toEqual({ ...c, rules: [] }),
    );
  });
});
