/**
 * Shape rules for unit names the registry does not know: does a string look like a unit, and of what kind. The
 * registry helps (canonical names, aliases) but never gates: a name with a unit's shape — a place or level prefix and
 * an organisational suffix (局, 委, 办, 厅, 部, 署, 中心, 分局, 管委会, 政府, 海关…), or a collective such as 各地,
 * 各部门, 市直有关单位 — is a unit.
 */
import type { UnitKind } from '../schema';

// Longest first so that 办公室 wins over 室 etc.; the order matters only for readability.
const UNIT_SUFFIXES = [
  '办公室',
  '委员会',
  '管委会',
  '管理委员会',
  '人民政府',
  '办事处',
  '街道',
  '政府',
  '成员单位',
  '单位',
  '部门',
  '中心',
  '支行',
  '分行',
  '海关',
  '总站',
  // `市广播电视台`: a broadcaster answers for its work as a bureau does (`平台` is no unit: only 电视台 counts).
  '电视台',
  '公司',
  '集团',
  '法院',
  '检察院',
  '党校',
  '开发区',
  '机关',
  '管理区',
  '示范区',
  '试验区',
  '实验区',
  '合作区',
  // A new town's or science city's board (`临平新城`, `未来科技城(海创园)`).
  '新城',
  '科技城',
  '保税区',
  '度假区',
  '高新区',
  '经开区',
  '新区',
  '园区',
  '厅',
  '局',
  '委',
  '办',
  '室',
  '会',
  '院',
  '部',
  '署',
  '府',
  '组',
  '行',
  '所',
  '站',
  '联',
  '协',
  '处',
  '队',
  '社',
  '馆',
  '科',
  '股',
  '镇',
  '乡',
  // A ministry's departments (规划司, 原材料工业司).
  '司',
  '团中央',
];
/** Suffixes that on their own make a lone name in a bare parenthesis count as a unit. */
const STRONG_SUFFIXES = [
  '厅',
  '局',
  '委',
  '办',
  '署',
  '人民政府',
  '政府',
  '办公室',
  '成员单位',
  '管委会',
  '支行',
  '海关',
  '委员会',
  '领导小组',
  '中心',
  '公司',
  '集团',
  '法院',
  '检察院',
  '办事处',
  '街道',
  '镇',
  '乡',
  '处',
  '科',
  '股',
  '大队',
  '支队',
  '总队',
  '督查室',
  '研究室',
  '督导室',
  '司',
  // Zones and new towns run by their own boards (`余杭经济技术开发区`, `临平新城`).
  '开发区',
  '高新区',
  '经开区',
  '新区',
  '管理区',
  '新城',
  '科技城',
];
const FORBIDDEN = /[,;:。!?%\d《》“”]/;
const COLLECTIVE_PREFIX =
  /^(各|全体|相关|有关|其他|其它|属下|所属|下属|省直|市直|区直|县直|州直|全省|全市|全县|全区|(省|市|区|县|州)(政府|级|委)?各|(省|市|区|县|州)(直)?(有关|相关))/;
/** Collectives written without an organisational suffix: 各地, 各乡镇, 各县(市、区), 各有关方面, 省直各部门… */
const COLLECTIVE_SHAPE =
  /^(各|有关|相关|全体|(省|市|区|县|州)直)[\u4e00-\u9fff()、]{0,12}(地|部门|单位|乡镇|镇|街道|镇街|县|区|市|市州|县区|县市|园区|板块|片区|功能区|方面|企业|机构|机关|村|社区|学校|中小学|高校|高等学校|院校|医院|卫生院|(\([^)]{1,8}\)))$/;
/**
 * Words that make a string a sentence rather than a name, even when it ends like one (加强部门 ends with 部门,
 * 建设区域性金融中心 with 中心); 组织部 and 组织人事部 are departments, 建设银行 and 建设局 are bodies.
 */
const NOT_A_NAME =
  /^(含|包括|不含|加强|加快|加大|推进|推动|建立|完善|健全|开展|落实|实施|支持|鼓励|引导|组织(?!(人事)?部$)|指导|督促|统筹|协调|积极|促进|提升|提高|强化|培育|打造|构建|扩大|做好|抓好|持续|深入|着力|大力|成立|设立|组建|建设(?!银行|局|厅|委|办|处|科|股|部|工程|管理|发展))/;

/** The offices inside one body (`厅(委)机关各处室`, `局各科室`, `区政府各部门`): its divisions, every one of them. */
const DIVISIONS_OF =
  /^[\u4e00-\u9fff()]{0,8}(厅|局|委|办|府|院|中心|机关)(\([\u4e00-\u9fff]{1,4}\))?(机关)?各(有关|相关)?(处室|科室|股室|处|科|部门|单位|直属单位|下属单位|内设机构|业务科室|职能科室)$/;

/** The office that handles the matter (`局主办科室`, `承办处室`): one division, whichever it is, named by its part. */
const HANDLING_DIVISION = /^(局|厅|委|办|院)?(主办|承办|责任|业务|职能)(科室|处室|股室)$/;

/** Kinds of place named bare in a list of units (`区相关部门、街道、板块`): every one of them. */
const BARE_COLLECTIVE =
  /^(街道|乡镇|镇街|镇\(街道\)|乡镇\(街道\)|板块|功能板块|功能区|园区|社区|村\(社区\)|村居)$/;

/** Kinds of place sharing one organ (`市、县(区)司法行政主管部门`): the organs of every such place. */
const PLACES_SHARING_ORGAN = /^(省|市|州|盟|县|区|旗|乡|镇)(\([^()]{1,6}\))?、/;

/** The places counted (`10县市人民政府`, `12个乡镇`): every one of them. */
const COUNTED_PLACES =
  /^\d{1,3}个?(县市区|县市|县区|县|区|市|乡镇|镇|街道|镇街)(人民政府|政府|党委|管委会)?$/;

/** True for a collective such as 各地, 各部门, 各县(市、区), 市直有关单位, 全体成员单位, 10县市人民政府. */
export function looksLikeCollective(written: string): boolean {
  // `各市〔州〕` (read as `各市[州]`) is `各市(州)`.
  const name = written.replace(/\[([^[\]]{1,8})\]/g, '($1)');
  if (COUNTED_PLACES.test(name) || (PLACES_SHARING_ORGAN.test(name) && looksLikeNamedUnit(name))) return true;
  if (name.length < 2 || name.length > 20 || FORBIDDEN.test(name)) return false;
  return (
    BARE_COLLECTIVE.test(name) ||
    COLLECTIVE_SHAPE.test(name) ||
    (DIVISIONS_OF.test(name) && !NOT_A_NAME.test(name)) ||
    (COLLECTIVE_PREFIX.test(name) && looksLikeNamedUnit(name))
  );
}

/** A short note in brackets after a name (`各区政府(管委会)`, `市文旅局(市体育局)`), which does not change its shape. */
const TRAILING_NOTE = /\([^()]{1,8}\)$/;

/** Places that are not a town's government (`特色小镇`, `城镇`, `农村和乡镇`), and a town's name is short. */
const NOT_A_TOWN =
  /^(小镇|城镇|乡镇|城乡|集镇)$|([和及与]乡镇|特色小镇|新型城镇|小城镇|中心镇|重点镇|示范镇|[^\u4e00-\u9fff]镇)$|^.{7,}(镇|乡)$/;

/** The name without a short bracketed note after it. */
function withoutNote(written: string): string {
  return written.length > 4 ? written.replace(TRAILING_NOTE, '') : written;
}

/**
 * Words ending in 局 that name no bureau (`优化产业布局`, `新发展格局`, `服务大局`); `科技创新局` and `国家安全局` are
 * bureaus.
 */
const NOT_A_BUREAU = /((布|格|大|开|结|变|破|僵|残|时|骗|棋|赛|胜|败)|(?<!安)全)局$/;

/**
 * `数字政府`, `法治政府`, `服务型政府`: a government named by a quality, with no place or level in the name (not
 * `属地政府`, `当地政府`, `…人民政府`).
 */
const TOPIC_GOVERNMENT = /^(?!.*人民)(?!属地|当地|本级|同级|所在地)[^省市县区镇乡州盟旗各]{2,4}政府$/;

/** Words that say what a unit does, never part of its name. */
const DUTY_INSIDE = /负责|牵头|要求|落实|的查处/;

function looksLikeNamedUnit(written: string): boolean {
  const name = withoutNote(written);
  if (name.length < 2 || name.length > 30 || FORBIDDEN.test(name) || NOT_A_NAME.test(name)) return false;
  if (/(镇|乡)$/.test(name) && NOT_A_TOWN.test(name)) return false;
  if (NOT_A_BUREAU.test(name) || TOPIC_GOVERNMENT.test(name)) return false;
  // `县公安局负责对违法行为的查处`: a duty said of a unit, ending in 处 by chance, is no name.
  if (DUTY_INSIDE.test(name)) return false;
  return UNIT_SUFFIXES.some((suffix) => name.endsWith(suffix)) || HANDLING_DIVISION.test(name);
}

/** True when a string is shaped like a unit name (an organisational suffix or a collective, short, no punctuation). */
export function looksLikeUnit(name: string): boolean {
  return looksLikeNamedUnit(name) || looksLikeCollective(name);
}

/**
 * A level's people's organisation (`县妇联`, `市总工会`, `区科协`, `团县委`), or one named bare in a unit cell (`残联`): a
 * unit though its suffix is weak.
 */
const MASS_ORGANISATION =
  /^(省|市|州|县|区|盟|旗)?(妇联|总工会|科协|残联|工商联|侨联|文联|社科联|红十字会|关工委|老龄委|团委)$/;

/**
 * A party or board department (`组织部`, `组织人事部`, `经济发展部`): 部 after a name, not a place in the country or
 * a part of something (`中西部`, `全部`, `内部`, `干部`, `俱乐部`).
 */
const NAMED_DEPARTMENT = /^[\u4e00-\u9fff]{2,8}部$/;
const NOT_A_DEPARTMENT =
  /(全|内|外|局|干|总|东|西|南|北|中|腹|头|底|顶|上|下|前|后|背|面|细|本|乐|分|各|基层)部$/;

/**
 * A town's or county's station or office named bare or after its place (`文化站`, `电管所`, `民政所`, `林站`, `派出所`,
 * `乐余水利站`): a unit, not a facility (加油站, 场所), by the service it names.
 */
export const TOWN_STATION =
  /^([\u4e00-\u9fff]{2,4}(乡|镇)?|乡|镇|县|区|市)?(派出|司法|财政|国土|规划|工商|质监|工商质监|市场监管|税务|供电|电管|民政|农技|农经|林业|水利|水管|畜牧|兽医|畜牧兽医|农机|文化|文广|广播|计生|安监|城建|环卫|卫生|社保|劳保|林|经管|统计|土管|综治|交管|食药|动物防疫|农业服务|便民服务)(站|所)$/;

/**
 * A public venue that answers for its work (`文化馆`, `县图书馆`, `灵岩寺博物馆`): a unit alone in a unit cell, though in
 * a task's text it is the building.
 */
export const PUBLIC_VENUE =
  /^((省|市|州|县|区)?(文化|图书|档案|美术|科技|群众艺术|纪念)馆|[\u4e00-\u9fff]{0,6}博物馆)$/;

/** True when a lone name is unit-like enough to stand alone in a bare parenthesis. */
export function looksStronglyLikeUnit(name: string): boolean {
  const bare = withoutNote(name);
  return (
    MASS_ORGANISATION.test(bare) ||
    HANDLING_DIVISION.test(bare) ||
    // `局宣传科研组`, `专项工作组`: a group with a name of its own (a bare `工作组` is too short to tell).
    (bare.length >= 5 && bare.endsWith('组') && looksLikeNamedUnit(name)) ||
    (NAMED_DEPARTMENT.test(bare) && !NOT_A_DEPARTMENT.test(bare) && !NOT_A_NAME.test(bare)) ||
    (looksLikeNamedUnit(name) &&
      STRONG_SUFFIXES.some((suffix) => withoutNote(name).endsWith(suffix)) &&
      // A division (疾控处, 政法科, 市场执法股, 规划司) has a name before 处/科/股/司; `此处`, `本科` do not.
      !(/[处科股司]$/.test(withoutNote(name)) && withoutNote(name).length < 3)) ||
    looksLikeCollective(name)
  );
}

/** Guesses the kind of a unit the registry does not know. */
export function guessKind(name: string): UnitKind {
  if (COLLECTIVE_PREFIX.test(name) || name.endsWith('成员单位') || looksLikeCollective(name))
    return 'collective';
  if (/(市|县|区|州|镇|乡)(人民政府|政府)$/.test(name) || /(管委会|管理委员会)$/.test(name)) return 'city';
  if (/(厅|局|委|办|部|署|海关|支行|分行|委员会|办公室|中心)$/.test(name)) return 'department';
  return 'other';
}
