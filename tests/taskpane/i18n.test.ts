import { pickLocale, translator } from '../../src/taskpane/i18n';
import { enUS } from '../../src/taskpane/i18n/en-US';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';

describe('UI language', () => {
  it('defaults to Chinese when the host gives no language or a non-English one', () => {
    expect(pickLocale(null)).toBe('zh-CN');
    expect(pickLocale('zh-TW')).toBe('zh-CN');
    expect(pickLocale('fr-FR')).toBe('zh-CN');
  });

  it('follows an English host or browser', () => {
    expect(pickLocale('en-US')).toBe('en-US');
    expect(pickLocale('EN-gb')).toBe('en-US');
  });

  it('translates every Chinese message into a non-empty English one', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect({ key, empty: enUS[key].trim() === '' }).toEqual({ key, empty: false });
    }
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('zh-CN')('status.minimum', { min: '1.4' })).toBe('最低要求 ExcelApi 1.4');
    expect(translator('en-US')('status.minimum')).toBe('Requires ExcelApi {min}');
  });
});
