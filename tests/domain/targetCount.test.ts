/** The one target count reads as a count in both languages: singular in English for one target. */
import { targetCountMessage } from '../../src/domain/confirmedTargets';
import { translate } from '../../src/domain/messages';
import { targetCount } from '../../src/taskpane/state/labels';

describe('target count', () => {
  it('says one target in the singular in English and as a count in Chinese', () => {
    expect(translate('en-US', targetCountMessage(1, 0))).toBe('1 target');
    expect(translate('zh-CN', targetCountMessage(1, 0))).toBe('1 个目标指标');
    expect(translate('en-US', targetCountMessage(1, 2))).toBe('1 target (2 more to confirm)');
  });

  it('says several targets in the plural, with the candidates beside them', () => {
    expect(translate('en-US', targetCountMessage(9, 0))).toBe('9 targets');
    expect(translate('en-US', targetCountMessage(0, 0))).toBe('0 targets');
    expect(translate('zh-CN', targetCountMessage(14, 2))).toBe('14 个目标指标（另有 2 个待确认）');
  });

  it('is made the same way on the pane as in the ledger', () => {
    for (const [tracked, candidates] of [
      [0, 0],
      [1, 0],
      [1, 3],
      [7, 2],
    ] as const) {
      const pane = targetCount(tracked, candidates);
      const ledger = targetCountMessage(tracked, candidates);
      expect(translate('en-US', pane as never)).toBe(translate('en-US', ledger));
    }
  });
});
