/** Known units of Jiangxi province: provincial departments, central agencies in the province, city governments, collectives. */
import type { UnitKind } from '../schema';

/** A unit as the registry knows it: canonical name, known aliases and kind. */
export interface UnitEntry {
  name: string;
  aliases: string[];
  kind: UnitKind;
}

/** The 11 设区市 (prefecture-level cities) of Jiangxi, in the official order. */
export const JIANGXI_CITIES: readonly string[] = [
  '南昌',
  '九江',
  '景德镇',
  '萍乡',
  '新余',
  '鹰潭',
  '赣州',
  '宜春',
  '上饶',
  '吉安',
  '抚州',
];

/** Canonical name of a city's government, e.g. 南昌 → 南昌市人民政府. */
export function cityGovernment(city: string): string {
  return `${city}市人民政府`;
}

const DEPARTMENTS: ReadonlyArray<readonly [string, ...string[]]> = [
  ['省发展改革委', '省发改委', '省发展和改革委员会'],
  ['省工业和信息化厅', '省工信厅'],
  ['省人力资源社会保障厅', '省人社厅', '省人力资源和社会保障厅'],
  ['省财政厅'],
  ['省科技厅', '省科学技术厅'],
  ['省商务厅'],
  ['省文化和旅游厅', '省文旅厅'],
  ['省农业农村厅', '省农业厅'],
  ['省市场监管局', '省市场监督管理局'],
  ['省税务局', '国家税务总局江西省税务局', '江西省税务局'],
  ['省统计局'],
  ['省金融监管局', '省地方金融监管局', '省地方金融监督管理局'],
  ['省生态环境厅'],
  ['省工商联', '省工商业联合会'],
  ['江西银保监局', '银保监会江西监管局'],
  ['江西证监局', '证监会江西监管局'],
  ['南昌海关'],
  ['人民银行南昌中心支行', '人行南昌中心支行', '中国人民银行南昌中心支行'],
  ['省教育厅'],
  ['省公安厅'],
  ['省司法厅'],
  ['省民政厅'],
  ['省自然资源厅'],
  ['省住房城乡建设厅', '省住建厅', '省住房和城乡建设厅'],
  ['省交通运输厅', '省交通厅'],
  ['省水利厅'],
  ['省卫生健康委', '省卫健委'],
  ['省应急管理厅', '省应急厅'],
  ['省审计厅'],
  ['省国资委'],
  ['省林业局'],
  ['省能源局'],
  ['省医保局', '省医疗保障局'],
  ['省知识产权局'],
  ['省通信管理局', '江西省通信管理局'],
  ['省政务服务办', '省政务服务管理办公室'],
  ['省委宣传部'],
  ['省总工会'],
  ['团省委'],
  ['省妇联'],
  ['省科协'],
];

/** Every unit the registry knows by default. */
export const JIANGXI_UNITS: readonly UnitEntry[] = [
  ...DEPARTMENTS.map(([name, ...aliases]) => ({ name, aliases, kind: 'department' as const })),
  { name: '省促进中小企业发展工作领导小组办公室', aliases: ['领导小组办公室'], kind: 'other' },
  // A national new area run by its administrative committee: treated like a city government.
  { name: '赣江新区管委会', aliases: ['赣江新区管理委员会'], kind: 'city' },
  ...JIANGXI_CITIES.map((city) => ({
    name: cityGovernment(city),
    aliases: [`${city}市政府`],
    kind: 'city' as const,
  })),
  { name: '全体成员单位', aliases: [], kind: 'collective' },
  { name: '各成员单位', aliases: [], kind: 'collective' },
  { name: '相关成员单位', aliases: ['有关成员单位'], kind: 'collective' },
  { name: '各设区市人民政府', aliases: ['各设区市政府'], kind: 'collective' },
];

/** Default membership of collectives whose members the registry can name. */
export const JIANGXI_COLLECTIVE_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  各设区市人民政府: JIANGXI_CITIES.map(cityGovernment),
};

/** The provinces, autonomous regions and municipalities, whose names begin units of their own (湖南银保监局). */
export const PROVINCES: readonly string[] = [
  '北京',
  '天津',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
  '台湾',
];

/** Place names that begin a unit name of their own (never an abbreviation of the previous unit); 某某 stands for any. */
export const JIANGXI_PLACES: readonly string[] = [...PROVINCES, '赣江', '某某', ...JIANGXI_CITIES];

/** Unit names that themselves contain `、` and must not be split. */
export const MULTI_PART_UNIT_NAMES: readonly string[] = [
  '广州、深圳、珠海出入境边防检查总站',
  '省委网信办、省通信管理局联合工作组',
  '南昌、九江海关驻点办事处',
];
