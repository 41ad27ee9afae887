/** Word lists for quantitative targets: measurement units and the verbs that set comparator and kind. */

/** Measurement units, longest first so that 个百分点 wins over 个 and 万家 over 家. */
export const MEASURES: readonly string[] = [
  '个百分点', '个工作日', '万平方米', '工作日', '个月', '小时', '万千瓦时', '万人次', '平方米', '万千瓦', '千瓦时', '家次', '人次',
  '万户', '万家', '万项', '万个', '万件', '万人', '万亩', '万吨', '亿元', '万元', '公里', '千瓦',
  '万架', '架', '户', '家', '项', '个', '件', '元', '人', '所', '座', '条', '亩', '吨', '台', '套', '名', '场', '批', '期', '次', '款', '辆', '篇', '部', '天', '%', '倍',
];

/** Measures that make a target a rate (growth or share). */
export const RATE_MEASURES: readonly string[] = ['%', '个百分点', '倍'];

/** Words written between the thing counted and the number (`…数突破7500家`), longest first. */
export const VERBS_BEFORE_NUMBER: readonly string[] = [
  '压缩至', '压缩到', '缩短至', '缩短到', '下降至', '降低至', '提高至', '提高到', '提升至', '提升到', '年均增长', '控制在', '不少于', '不低于', '不超过', '不高于', '达到', '突破', '超过', '增长', '提高', '提升', '降低', '下降',
  '减少', '压减', '压缩', '缩短', '至少', '累计', '实现', '完成', '达', '超', '约', '为', '在',
];

/** Words after which the thing counted begins (`力争全年净增|规上工业企业`). */
export const LEAD_INS: readonly string[] = [
  '力争', '争取', '确保', '全年', '年内', '年底前', '年底', '年末', '新增', '净增', '新培育', '培育', '认定', '新认定', '新建', '建成', '建设',
  '引进', '推动', '打造', '创建', '新开工', '开工', '举办', '开展', '组织', '完成', '实现',
];

/** Words that make a count an increment over the year. */
export const INCREMENT_WORDS: readonly string[] = ['新增', '净增', '培育', '认定', '新建', '全年', '年内', '引进', '新开工'];

/** Verbs that make a count a level to reach. */
export const TOTAL_WORDS: readonly string[] = ['突破', '达到', '达', '累计', '超过', '总数', '总量'];

/** Verbs that make a target a cap or a reduction. */
export const CAP_WORDS: readonly string[] = ['压缩至', '压缩到', '缩短至', '缩短到', '下降至', '降低至', '控制在', '不超过', '不高于', '降低', '下降', '减少', '压减', '压缩'];

/** Words that make `=` into `>=`: the notice asks for at least the value. */
export const STRIVE_WORDS: readonly string[] = ['力争', '争取', '确保'];

/** Characters that end the phrase a target is read from. */
export const PHRASE_DELIMITERS = ',;。、:!?';
