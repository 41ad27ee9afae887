import {
  cellAddress,
  columnDataRange,
  indexToLetters,
  lettersToIndex,
  parseAddress,
  parseCell,
  rectAddress,
  splitQualified,
} from '../../src/workbook/address';

describe('A1 addresses, columns counted from 0', () => {
  it('names a 0-based column index with its letters, across the one- to three-letter boundaries', () => {
    const cases: [number, string][] = [
      [0, 'A'],
      [2, 'C'],
      [25, 'Z'],
      [26, 'AA'],
      [51, 'AZ'],
      [52, 'BA'],
      [701, 'ZZ'],
      [702, 'AAA'],
      [16383, 'XFD'],
    ];
    expect(cases.map(([i]) => indexToLetters(i))).toEqual(cases.map(([, letters]) => letters));
    expect(cases.map(([, letters]) => lettersToIndex(letters))).toEqual(cases.map(([i]) => i));
  });

  it('reads lower-case letters as upper case', () => {
    expect(lettersToIndex('ab')).toBe(27);
  });

  it('parses an address into its sheet row number and 0-based column, and writes it back', () => {
    expect(parseAddress('C12')).toEqual({ row: 12, col: 2 });
    expect(parseAddress('$AA$3')).toEqual({ row: 3, col: 26 });
    expect(cellAddress(12, 2)).toBe('C12');
    expect(() => parseAddress('12C')).toThrow();
  });

  it('parses and writes Office.js positions with rows counted from 0 as well', () => {
    expect(parseCell(' c12 ')).toEqual({ row: 11, col: 2 });
    expect(rectAddress(11, 2, 11, 2)).toBe('C12');
    expect(rectAddress(0, 0, 4, 27)).toBe('A1:AB5');
    expect(splitQualified("'It''s'!B2:D9")).toEqual({
      sheet: "It's",
      from: { row: 1, col: 1 },
      to: { row: 8, col: 3 },
    });
  });

  it('ranges one table column from the column offset within the table', () => {
    expect(columnDataRange('C4', 0, 3)).toBe('C5:C7');
    expect(columnDataRange('C4', 2, 0)).toBe('E5:E5');
  });
});
