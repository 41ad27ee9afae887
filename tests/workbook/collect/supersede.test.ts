/** Which file of a unit and period counts when a batch holds several. */
import { supersede, type BatchCandidate } from '../../../src/workbook/collect/supersede';

const file = (
  index: number,
  modified: string | null,
  fileTime: number | null,
  unit = '省科技厅',
): BatchCandidate => ({
  index,
  unit,
  period: '2021年上半年',
  modified,
  fileTime,
});

describe('superseding files of one unit and period', () => {
  it('keeps the file saved last by its program’s clock, wherever it stands on the command line', () => {
    const result = supersede([file(0, '2021-07-08T00:00:00Z', 1), file(1, '2021-07-05T00:00:00Z', 9)]);
    expect([...result]).toEqual([[1, 0]]);
  });

  it('falls back to the file time when the saving times are equal or one is missing', () => {
    expect([...supersede([file(0, '2021-07-08T00:00:00Z', 5), file(1, '2021-07-08T00:00:00Z', 3)])]).toEqual([
      [1, 0],
    ]);
    expect([...supersede([file(0, null, 5), file(1, '2021-07-08T00:00:00Z', 3)])]).toEqual([[1, 0]]);
  });

  it('then to the order given: the later file counts', () => {
    expect([...supersede([file(0, null, null), file(1, null, null), file(2, null, null)])]).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('never lets files of different units or periods supersede each other', () => {
    const other = { ...file(1, null, null), period: '2021年一季度' };
    expect(supersede([file(0, null, null), other, file(2, null, null, '省商务厅')]).size).toBe(0);
  });
});
