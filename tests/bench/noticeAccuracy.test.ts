/** The accuracy score of `npm run bench -- accuracy`: how parsed items and targets are matched and counted. */
import { figures, scoreNotice } from '../../bench/noticeAccuracy';
import { parseNotice } from '../../src/domain/notice/parseNotice';

const NOTICE = [
  '2023年工作要点',
  '一、稳增长',
  '1.新增企业100家。(责任单位:省财政厅)',
  '2.增长15%以上。(责任单位:省商务厅牵头,省财政厅配合)',
].join('\n');

describe('notice accuracy score', () => {
  const { schema } = parseNotice(NOTICE);

  it('counts an item right only when every listed role holds exactly the expected units', () => {
    const counts = scoreNotice(
      {
        items: [
          { no: 1, title: '新增企业100家', lead: [], cooperate: [], responsible: ['省财政厅'] },
          { no: 2, title: '增长15%以上', lead: ['省财政厅'], cooperate: ['省商务厅'], responsible: [] },
        ],
      },
      schema,
    );
    expect(counts).toMatchObject({ items: 2, itemsFound: 2, itemsWithUnits: 2, itemsUnitsRight: 1 });
  });

  it('compares unit names without the spaces and pinyin glosses a copy left inside them (市 财政局 is 市财政局)', () => {
    const label = (responsible: string[]) => ({
      items: [{ no: 1, title: '新增企业100家', lead: [], cooperate: [], responsible }],
    });
    expect(scoreNotice(label(['省 财政厅']), schema).itemsUnitsRight).toBe(1);
    // A label copied from a mirror site keeps its pinyin gloss; the notice's name is without it.
    expect(scoreNotice(label(['省財(cái)政厅']), schema).itemsUnitsRight).toBe(0);
    expect(scoreNotice(label(['省财(cái)政厅']), schema).itemsUnitsRight).toBe(1);
    expect(scoreNotice(label(['省财政局']), schema).itemsUnitsRight).toBe(0);
  });

  it('counts a name the registry knows as its unit (a Jiangxi notice’s 省发改委 is parsed as 省发展改革委)', () => {
    const jiangxi = parseNotice(
      '江西省2023年工作要点\n一、稳增长\n1.扩大有效投资。(责任单位:省发改委)',
    ).schema;
    expect(jiangxi.items[0]?.responsible).toEqual(['省发展改革委']);
    const label = (responsible: string[]) => ({
      items: [{ no: 1, starts: '扩大有效投资', lead: [], cooperate: [], responsible }],
    });
    expect(scoreNotice(label(['省发改委']), jiangxi).itemsUnitsRight).toBe(1);
    expect(scoreNotice(label(['省发展改革委']), jiangxi).itemsUnitsRight).toBe(1);
    expect(scoreNotice(label(['省财政厅']), jiangxi).itemsUnitsRight).toBe(0);
  });

  it('matches a hand-labelled item by the beginning of its text, spaces and punctuation ignored', () => {
    const counts = scoreNotice(
      {
        items: [
          { starts: '新增 企业100', lead: [], cooperate: [], responsible: ['省财政厅'] },
          { starts: '增长15%以上。', lead: ['省商务厅'], cooperate: ['省财政厅'], responsible: [] },
          { starts: '新建学校', lead: [], cooperate: [], responsible: [] },
        ],
      },
      schema,
    );
    expect(counts).toMatchObject({ items: 3, itemsFound: 2, itemsUnitsRight: 2 });
  });

  it('matches targets by item, value and measure, and counts parsed targets nobody expected against precision', () => {
    const counts = scoreNotice(
      {
        items: [
          { no: 1, title: '新增企业100家' },
          { no: 2, title: '增长15%以上' },
        ],
        targets: [
          { item: 1, name: '企业', value: 100, measure: '家' },
          { item: 1, name: '企业', value: 200, measure: '家' },
        ],
      },
      schema,
    );
    expect(counts).toMatchObject({ targets: 2, targetsParsed: 2, targetsMatched: 1, targetsNamed: 1 });
    expect(figures(counts)).toMatchObject({ targetRecall: 0.5, targetPrecision: 0.5 });
  });

  it('does not credit a target to an item the parser missed', () => {
    const counts = scoreNotice(
      { items: [{ no: 1, title: '不存在的事项' }], targets: [{ item: 1, value: 100, measure: '家' }] },
      schema,
    );
    expect(counts).toMatchObject({ itemsFound: 0, targetsMatched: 0 });
  });
});
