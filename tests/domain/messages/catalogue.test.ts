import { enUS, zhCN } from '../../../src/domain/messages/catalogue';
import { LedgerError, isLedgerError, message, translate } from '../../../src/domain/messages';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('the message catalogues', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('use the same placeholders in both languages for every key', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect([key, placeholders(enUS[key])]).toEqual([key, placeholders(zhCN[key])]);
    }
  });

  it('have no Chinese characters in the English catalogue, other than quoted sheet and column names', () => {
    for (const [key, text] of Object.entries(enUS)) {
      const outsideQuotes = text.replace(/“[^”]*”/g, '').replace(/\{\w+\}/g, '');
      expect([key, /[\u4e00-\u9fff]/.test(outsideQuotes)]).toEqual([key, false]);
    }
  });
});

describe('translate', () => {
  it('fills placeholders and joins lists the way each language does', () => {
    const m = message('period.unknown', { period: '2021Q9', choices: ['2021年一季度', '2021年上半年'] });
    expect(translate('zh-CN', m)).toBe(
      '报告期“2021Q9”不是本方案的报告期（可选：2021年一季度、2021年上半年）。',
    );
    expect(translate('en-US', m)).toContain('choose one of: 2021年一季度, 2021年上半年');
  });

  it('never reads a placeholder inside a parameter, even one nested in another message', () => {
    const alias = message('validation.unitAlias', { shown: '{shown}{advice}' });
    expect(translate('zh-CN', alias)).toBe('单位写作「{shown}{advice}」，不是规范名称');
    const sentence = message('validation.ofUnit', { unit: '{unit}', problem: alias, advice: '{problem}' });
    expect(translate('en-US', sentence)).toBe(
      '[{unit}] the unit is written “{shown}{advice}”, not its canonical name; {problem}.',
    );
  });

  it('leaves a placeholder visible when its parameter is missing', () => {
    expect(translate('en-US', message('period.unknown', { choices: 'x' }))).toContain('{period}');
  });
});

describe('LedgerError', () => {
  it('carries its key and parameters and reads as Chinese in logs', () => {
    const error = new LedgerError('period.unknown', { period: 'X', choices: 'A' });
    expect(error.message).toBe('报告期“X”不是本方案的报告期（可选：A）。');
    expect(isLedgerError(error, 'period.unknown')).toBe(true);
    expect(isLedgerError(error, 'job.cancelled')).toBe(false);
    expect(isLedgerError(new Error('period.unknown'))).toBe(false);
    expect(error.toMessage()).toEqual({ key: 'period.unknown', params: { period: 'X', choices: 'A' } });
  });
});
