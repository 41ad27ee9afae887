/** The Validate screen lists a run's notices once, leaving out those the workbook notices above it already tell. */
import { message } from '../../src/domain/messages';
import { runNotices } from '../../src/taskpane/state/runNotices';

describe('a validation run’s notices on the Validate screen', () => {
  it('lists formula cells, merged cells and a plain range, in their order, each once', () => {
    const formulas = message('ledger.formulaCells', { cells: ['E5'] });
    const merged = message('ledger.mergedCells', { ranges: ['B3:C3'] });
    expect(runNotices([formulas, merged, { ...formulas }])).toEqual([formulas, merged]);
  });

  it('leaves out rows below the table and edited schema tables, which the screen shows above the result', () => {
    const below = message('ledger.rowsBelow', { rows: '12–14', table: 'WP_Entries' });
    const edited = message('tables.edited');
    const formulas = message('ledger.formulaCells', { cells: ['E5'] });
    expect(runNotices([below, edited, formulas])).toEqual([formulas]);
  });
});
