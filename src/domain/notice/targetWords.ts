/** Word lists for quantitative targets: measurement units and the verbs that set comparator, kind and name. */

/**
 * Measurement units, longest first so that 个百分点 wins over 个 and 场次 over 场. A multiplier (万, 亿) before any of
 * them is read as part of the measure (万人次, 亿元, 万平方米).
 */
export const MEASURES: readonly string[] = [
  '吨标准煤',
  '个百分点',
  '个工作日',
  // `压减至1个环节`, `减少到2个环节`: steps of a procedure, counted as such.
  '个环节',
  '平方公里',
  '立方米',
  '平方米',
  '千瓦时',
  '百分点',
  '微克',
  '毫克',
  '工作日',
  '标准箱',
  '个月',
  '小时',
  '课时',
  // `解决农村200万人口的饮水问题`: people counted as population.
  '人口',
  '人次',
  '剂次',
  '家次',
  '户次',
  '场次',
  '批次',
  '架次',
  '车次',
  '件次',
  '台次',
  '班次',
  '艘次',
  '公里',
  '千瓦',
  '公顷',
  '美元',
  '标箱',
  '元',
  '户',
  '家',
  '项',
  '个',
  '件',
  '人',
  '名',
  '所',
  '座',
  '条',
  '亩',
  '吨',
  '台',
  '套',
  '场',
  '批',
  '期',
  '次',
  '款',
  '辆',
  '篇',
  '部',
  '天',
  '张',
  '处',
  '栋',
  '间',
  '株',
  '棵',
  '头',
  '只',
  '斤',
  '艘',
  '架',
  '位',
  '例',
  '列',
  '份',
  '册',
  '宗',
  '起',
  '类',
  '种',
  // `新增路灯1000盏`, `人行道345米`, `送戏下乡300堂`.
  '盏',
  '米',
  '堂',
  '%',
  '‰',
  '倍',
];

/** Measures written in Latin letters (算力 PFlops, 带宽 Mbps, 装机 MW); read only when no letter follows. */
export const LATIN_MEASURES: readonly string[] = [
  'PFlops',
  'PFLOPS',
  'EFlops',
  'EFLOPS',
  'Gbps',
  'Mbps',
  'GWh',
  'MWh',
  'kWh',
  'GW',
  'MW',
  'kW',
  'TB',
  'PB',
];

/** Multipliers written before a measure. */
export const MULTIPLIERS: readonly string[] = ['万亿', '亿', '万'];

/** What may follow `/` in a compound measure (3000元/亩, 1.5万元/人). */
export const PER_UNITS: readonly string[] = [
  // `4批次/千人`: a rate per thousand or ten thousand people.
  '千人',
  '万人',
  // `5.1公里/平方公里`: a road network's density.
  '平方公里',
  '立方米',
  '平方米',
  '千瓦时',
  '人次',
  '小时',
  '公斤',
  '千克',
  '亩',
  '户',
  '人',
  '吨',
  '年',
  '月',
  '天',
  '日',
  '台',
  '辆',
  '家',
  '次',
  '件',
  '个',
  '斤',
  '头',
  '只',
  '床',
];

/** Measures that make a target a rate (growth or share). */
export const RATE_MEASURES: readonly string[] = ['%', '‰', '个百分点', '百分点', '倍'];

/** Words written between the thing counted and the number (`…数突破7500家`), longest first. */
export const VERBS_BEFORE_NUMBER: readonly string[] = [
  '压减至',
  '压减到',
  '压缩至',
  '压缩到',
  '缩短至',
  '缩短到',
  '下降至',
  '下降到',
  '降低至',
  '降低到',
  '提高至',
  '提高到',
  '提升至',
  '提升到',
  '增加至',
  '增加到',
  '稳定在',
  '保持在',
  '年均增长',
  '控制在',
  '不少于',
  '不低于',
  '不超过',
  '不高于',
  '达到',
  '突破',
  '超过',
  '增长',
  '提高',
  '提升',
  '降低',
  '下降',
  '减少',
  '压减',
  '压缩',
  '缩短',
  '降至',
  '增至',
  '至少',
  '累计',
  '实现',
  '完成',
  '达',
  '超',
  '逾',
  '近',
  '约',
  '为',
  '在',
];

/** Adverbs written just before those verbs (`电价平均降低5%`): not part of the name. */
export const ADVERBS_BEFORE_VERB: readonly string[] = [
  '平均',
  '同比',
  '分别',
  '年均',
  '总计',
  '合计',
  '进一步',
];

/**
 * Words after which the thing counted begins, wherever they stand (`工信领域力争全年新增|…`, `各地新建|标准厂房`):
 * striving and time words, and the 新-verbs that are never inside a name.
 */
export const LEAD_INS: readonly string[] = [
  '预计',
  '努力',
  '力争',
  '争取',
  '确保',
  '全年',
  '年内',
  '每年',
  '年底前',
  '季度末前',
  '月底前',
  '上半年',
  '下半年',
  '年底',
  '年末',
  '新增',
  '净增',
  '新培育',
  '新认定',
  '新建成',
  '新改扩建',
  '新建',
  '新开工',
];

/**
 * Verbs that begin the thing counted at the start of the phrase or after other lead-ins (`新增培育认定|省级…`), but
 * not inside a name (`工程建设项目`).
 */
export const LEAD_VERBS: readonly string[] = [
  '培育',
  '认定',
  '建成',
  '建设',
  '引进',
  '推动',
  '打造',
  '创建',
  '开工',
  '举办',
  '开展',
  '组织',
  '完成',
  '实现',
];

/**
 * Verbs that begin the thing counted only at the start of the phrase or right after other lead-ins
 * (`全年接待|游客`, but `公共图书馆年接待读者` is the name itself).
 */
export const OPENING_VERBS: readonly string[] = [
  '接待',
  '解决好',
  '解决',
  '开设',
  '新开设',
  '增设',
  '立项',
  '保障',
  '办结',
  '培训',
  '走访',
  '化解',
  '带动',
  '招引',
  '新引进',
  '惠及',
  '供应',
  '提供',
  '发放',
  '改造',
  '推进',
  '推出',
  '帮助',
  '支持',
  '扶持',
  '吸引',
  '吸纳',
  '安置',
  '解决',
  '制定修订',
  '制定',
  '修订',
  '加装',
  '改扩建',
  '新改建',
  '改建',
  '盘活',
  '排查整治',
  '排查',
  '整治',
  '优化',
  '新辟',
  '申报',
  '评选',
  '遴选',
  '办理',
  '签约',
  '落地',
  '安排',
  '设立',
  '培养',
  '新开通',
  '开通',
  '拓展',
  '选派',
  '新招引',
  '兑现',
  '减免',
  '批准',
  '提升',
  '获得',
  '实施',
  '投放',
  '筹集',
  '发行',
  '其中',
  '大力',
  '积极',
  '加快',
  '持续',
  '累计',
  '抓好',
  '建好',
  '办好',
];

/** Words that make a count an increment over the year. */
export const INCREMENT_WORDS: readonly string[] = [
  '新增',
  '净增',
  '培育',
  '认定',
  '新建',
  '全年',
  '年内',
  '引进',
  '新开工',
];

/** Verbs that make a count a level to reach. */
export const TOTAL_WORDS: readonly string[] = [
  '突破',
  '达到',
  '达',
  '累计',
  '超过',
  '总数',
  '总量',
  '稳定在',
  '保持在',
];

/** Verbs that make a target a cap or a reduction. */
export const CAP_WORDS: readonly string[] = [
  '压缩至',
  '压缩到',
  '缩短至',
  '缩短到',
  '下降至',
  '下降到',
  '降低至',
  '降低到',
  '控制在',
  '不超过',
  '不高于',
  '降低',
  '下降',
  '减少',
  '压减',
  '压缩',
  '缩短',
  '降至',
];

/** Comparators set by a verb, matched against whole verbs (不超过 is never read as 超过). */
export const VERB_COMPARATORS: Readonly<Record<string, '>=' | '>' | '<=' | '<'>> = {
  不超过: '<=',
  不多于: '<=',
  不高于: '<=',
  控制在: '<=',
  压缩至: '<=',
  压缩到: '<=',
  压减至: '<=',
  压减到: '<=',
  缩短至: '<=',
  缩短到: '<=',
  降至: '<=',
  降低至: '<=',
  降低到: '<=',
  下降至: '<=',
  下降到: '<=',
  不少于: '>=',
  不低于: '>=',
  至少: '>=',
  突破: '>',
  超过: '>',
  高于: '>',
  大于: '>',
  低于: '<',
  小于: '<',
  超: '>',
  逾: '>',
};

/** Words that make `=` into `>=`: the notice asks for at least the value. */
export const STRIVE_WORDS: readonly string[] = ['力争', '争取', '确保'];

/** Characters that end the phrase a target is read from. */
export const PHRASE_DELIMITERS = ',;。、:!?';

/** Where a name read after the number stops (`10个以上省份|的文旅协作`). */
export const NAME_STOPS: readonly string[] = [
  '的',
  '建立',
  '开展',
  '实现',
  '参与',
  '参加',
  '签订',
  '完成',
  '达到',
  '进行',
  '提供',
  '实行',
  '开设',
];

/**
 * Policy parameters are not targets: subsidy caps and standards (`给予最高不超过500万元奖励`, `每亩补贴不低于120元`),
 * loan limits and terms, temporary cuts (`阶段性降低失业保险费率至1%`), refunds and what a rule allows (`可返还…50%`,
 * `可按6个月`). These words before the number, in the same clause, mark one; `每年培育…50家` is the year's figure, not a
 * rate.
 */
export const PARAMETER_BEFORE =
  /(最高|最多|最长|最低(?!生活|工资)|上限|给予|奖励|补贴(?!性)|补助(?!性)|资助|奖补|贴息|额度|期限|(?<!全)年限|标准为|补贴标准|容忍度|放宽|阶段性|减征|可返还|可按$|(年度|全年|目标)任务的|\((不?含|包括)|每(人|户|亩|家|个|年(?!(培育|培养|选拔|资助|评选|招聘|培训|新增|新建|建设|建成|完成|引进|打造|认定|创建))|月|季度|次|场|批|项|吨|台|辆|平方米|名))/;
/**
 * Words of funding, taken out of a clause before it is tested for parameters when the figure counts people or bodies
 * (`评选资助200名技能突出人才` is a count to reach, not a subsidy's amount). Global: for `replace` only.
 */
export const FUNDED_COUNT_BEFORE = /资助|奖励|补贴|补助|奖补|扶持|给予/g;
/** Measures of people and bodies a programme funds. */
export const FUNDED_MEASURES: ReadonlySet<string> = new Set([
  '名',
  '人',
  '人次',
  '家',
  '个',
  '所',
  '户',
  '项',
]);

/**
 * Words right after the measure that mark a parameter (`100万元奖励`, `不到100万元部分`), or a class with its bound
 * spelt out (`6亩以下(不含6亩)的土地`).
 */
export const PARAMETER_AFTER =
  /^(的?(奖励|补贴|补助|资助|奖补|贴息|部分|以内的部分|封顶|标准(?=发放|补助|补贴|给予|执行|核定|计算))|(及?以[上下])?\((不?含|包括)(本数|本级)?(\)|[\d.]+[^\d()]{0,4}\)))/;

/** Words after a Chinese-numeral count that make it a slogan, not a target (`四个意识`, `两个维护`). */
export const SLOGAN_AFTER =
  /^(意识|自信|维护|确立|全面|代表|一体|布局|务必|坚持|必须|有利于|统筹|作风|服务|清单|一批)/;
