/** 完成时限 as offices write them, read to ISO dates. */
import { readDeadline } from '../../../src/domain/notice/deadline';

describe('readDeadline', () => {
  it.each([
    ['2021年6月底前', '2021-06-30'],
    ['2021年底前', '2021-12-31'],
    ['年底前', '2022-12-31'],
    ['6月底', '2022-06-30'],
    ['2021年9月30日前', '2021-09-30'],
    ['2021年第三季度', '2021-09-30'],
    ['三季度末', '2022-09-30'],
    ['上半年', '2022-06-30'],
    ['2024年2月', '2024-02-29'],
    ['6月中旬', '2022-06-20'],
    ['二〇二一年十二月', '2021-12-31'],
    ['2021年6月底前完成方案,12月底前全面完成', '2021-12-31'],
  ])('reads %s as %s (in a notice of 2022)', (text, iso) => {
    expect(readDeadline(text, 2022)).toEqual({ kind: 'date', iso });
  });

  it.each(['长期坚持', '持续推进', '常态化开展', '每季度'])('keeps no date for ongoing work: %s', (text) => {
    expect(readDeadline(text, 2022)).toEqual({ kind: 'ongoing' });
  });

  it.each(['按要求完成', '2021年2月30日前'])('says when a text cannot be read as a date: %s', (text) => {
    expect(readDeadline(text, 2022).kind).not.toBe('ongoing');
    if (text === '按要求完成') expect(readDeadline(text, 2022)).toEqual({ kind: 'unread' });
  });
});
