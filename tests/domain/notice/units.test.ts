/** The unit registry: aliases, kinds, the 11 设区市 of Jiangxi and editable membership of collectives. */
import { createUnitRegistry, JIANGXI_CITIES, looksLikeUnit } from '../../../src/domain/units';
import { looksLikeCollective, looksStronglyLikeUnit } from '../../../src/domain/units/unitShape';
import { parseNotice } from '../../../src/domain/notice/parseNotice';

describe('unit registry', () => {
  const registry = createUnitRegistry();

  it('resolves the usual abbreviations to canonical names', () => {
    expect(registry.lookup('省工信厅').name).toBe('省工业和信息化厅');
    expect(registry.lookup('省发改委').name).toBe('省发展改革委');
    expect(registry.lookup('省人社厅').name).toBe('省人力资源社会保障厅');
    expect(registry.lookup('人行南昌中心支行').name).toBe('人民银行南昌中心支行');
  });

  it('keeps an unknown name as written and guesses its kind from its shape', () => {
    expect(registry.lookup('省贸促会')).toEqual({ name: '省贸促会', kind: 'other', known: false });
    expect(registry.lookup('某某县人民政府').kind).toBe('city');
    expect(registry.lookup('各县(市、区)人民政府').kind).toBe('collective');
  });

  it('knows the 11 设区市 as members of 各设区市人民政府', () => {
    expect(JIANGXI_CITIES).toHaveLength(11);
    const members = registry.membersOf('各设区市人民政府') ?? [];
    expect(members).toHaveLength(11);
    for (const city of JIANGXI_CITIES) {
      expect(members).toContain(`${city}市人民政府`);
      expect(registry.lookup(`${city}市人民政府`).kind).toBe('city');
    }
    expect(registry.lookup('全体成员单位').kind).toBe('collective');
  });

  it('lets the user edit membership without changing the original registry', () => {
    const edited = registry.withMembers('各设区市人民政府', ['南昌市人民政府']);
    expect(edited.membersOf('各设区市人民政府')).toEqual(['南昌市人民政府']);
    expect(registry.membersOf('各设区市人民政府')).toHaveLength(11);
    const withUnit = registry.withUnit({
      name: '省贸促会',
      aliases: ['省国际贸易促进委员会'],
      kind: 'department',
    });
    expect(withUnit.lookup('省国际贸易促进委员会')).toEqual({
      name: '省贸促会',
      kind: 'department',
      known: true,
    });
  });
});

describe('unit names outside the registry', () => {
  it('are units by their shape: a level or place prefix and an organisational suffix', () => {
    for (const name of [
      '县自然资源局',
      '区行政审批服务局',
      '市经信委',
      '黄埔海关',
      '市税务局第一分局',
      '经开区管委会',
      '市广播电视台',
    ])
      expect([name, looksLikeUnit(name)]).toEqual([name, true]);
    expect(looksLikeUnit('加强部门协作')).toBe(false);
    expect(looksLikeUnit('推进数字化转型')).toBe(false);
    expect(looksLikeUnit('搭建政务服务平台')).toBe(false);
  });

  it('are not words that end in 局 without naming a bureau (布局, 格局, 大局)', () => {
    for (const text of [
      '优化园区布局',
      '构建新发展格局',
      '服务全市大局',
      '服务全局',
      '数字政府',
      '服务型政府',
    ])
      expect([text, looksLikeUnit(text)]).toEqual([text, false]);
    for (const name of [
      '市邮政局',
      '市财政局',
      '区公安分局',
      '示范区科技创新局',
      '市国家安全局',
      '属地政府',
      '县人民政府',
    ])
      expect([name, looksLikeUnit(name)]).toEqual([name, true]);
  });

  it('include collectives written without a suffix, as kind collective', () => {
    const registry = createUnitRegistry();
    for (const name of ['各地', '各部门', '各乡镇', '各县(市、区)', '市直各有关单位', '各街道办事处']) {
      expect([name, looksLikeUnit(name)]).toEqual([name, true]);
      expect([name, registry.lookup(name).kind]).toEqual([name, 'collective']);
    }
  });

  it('include the divisions of one body (厅(委)机关各处室), but not a sentence about them', () => {
    const registry = createUnitRegistry();
    for (const name of ['厅(委)机关各处室', '局机关各科室', '市卫健委各科室']) {
      expect([name, looksLikeUnit(name)]).toEqual([name, true]);
      expect([name, registry.lookup(name).kind]).toEqual([name, 'collective']);
    }
    for (const text of ['以下各单位', '市财政局会同各部门', '加强局机关各科室'])
      expect([text, looksLikeCollective(text)]).toEqual([text, false]);
    for (const text of ['加强各部门', '推进各单位'])
      expect([text, looksLikeUnit(text)]).toEqual([text, false]);
  });
});

describe('unit lists as offices write them', () => {
  const responsible = (clause: string): string[] =>
    parseNotice(`某市2023年工作要点\n一、重点工作\n1.做好某项工作。(${clause})`).schema.items[0]
      ?.responsible ?? [];

  it('keep a collective of several kinds of place whole (各区、县级市, 各市(县)、区政府, 各市、县(市、区)教育局)', () => {
    expect(responsible('市人社局、各区、县级市')).toEqual(['市人社局', '各区、县级市']);
    expect(responsible('市人社局、各市(县)、区政府')).toEqual(['市人社局', '各市(县)、区政府']);
    expect(responsible('基教处、各市、县(市、区)教育局')).toEqual(['基教处', '各市、县(市、区)教育局']);
    // A bare organ after a place's party committee is the same place's (one name, as with 和).
    expect(responsible('市农业农村局、各县(市、区)党委、人民政府')).toEqual([
      '市农业农村局',
      '各县(市、区)党委、人民政府',
    ]);
    // Two named offices stay two; a collective and an office after it stay two; two bare kinds of place stay two.
    expect(responsible('市财政局、区税务局')).toEqual(['市财政局', '区税务局']);
    expect(responsible('各县(市、区)、市财政局')).toEqual(['各县(市、区)', '市财政局']);
    expect(responsible('市人社局、各镇、街道')).toEqual(['市人社局', '各镇', '街道']);
    // Names run together part at a level (`区发改局区统计局`), not inside a name that begins with a district's own name.
    expect(responsible('区发改局区统计局')).toEqual(['区发改局', '区统计局']);
    expect(responsible('局规划处、中心区交通项目管理中心')).toEqual(['局规划处', '中心区交通项目管理中心']);
  });

  it('read a district named bare among units as that district (市发改委、芦淞区), but not a bare place alone or an area', () => {
    expect(responsible('市发改委、芦淞区')).toEqual(['市发改委', '芦淞区']);
    expect(responsible('城东区、市发改委')).toEqual(['城东区', '市发改委']);
    expect(responsible('芦淞区')).toEqual([]);
    expect(responsible('市发改委、中心城区')).toEqual([]);
    expect(responsible('市发改委、全市')).toEqual([]);
  });

  it('end a labelled clause at its sentence: what follows (进展顺利, 进度较慢的县区为舒城县) is no unit', () => {
    const { schema } = parseNotice(
      '某市2017年民生工程通报\n1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。\n2、农村饮水工程,牵头部门:市水利局。进展顺利。',
    );
    expect(schema.items.map((i) => [i.lead, i.responsible])).toEqual([
      [['市交通局'], []],
      [['市水利局'], []],
    ]);
    // The next item's line is never read into the labelled clause before it (its text is no unit, the item is kept).
    const three = parseNotice(
      '某市2021年重点工作分工\n1.推动产业合作。(牵头单位:市制造业服务中心;责任单位:市经信局)\n2.筹建离岸科创中心。(牵头单位:市科技局)\n3.做好某事。(牵头单位:市财政局)',
    ).schema;
    expect(three.items.map((i) => [i.lead, i.responsible])).toEqual([
      [['市制造业服务中心'], ['市经信局']],
      [['市科技局'], []],
      [['市财政局'], []],
    ]);
    // A label glued to the unit before it ends the unit line there.
    const glued = parseNotice(
      '某县2024年民生实事项目\n一、老旧小区改造项目\n牵头单位:县住建局\n责任单位:莲塘镇任务目标:改造小区10个。\n二、公共充电桩项目\n牵头单位:县发改委\n责任单位:县供电公司',
    ).schema;
    expect(glued.items.map((i) => i.responsible)).toEqual([['莲塘镇'], ['县供电公司']]);
    // 负责协调, 负责组织协调 and 部署 answer for their part of the work.
    const shared = parseNotice(
      '某市安全生产月活动方案\n1、举办启动仪式。此项工作由市委宣传部新闻处、市安监局综合处负责组织协调。\n2、开展专题宣传。此项工作由市委宣传部部署,各新闻单位落实,市安监局综合处负责协调。',
    ).schema;
    expect(shared.items.map((i) => i.responsible)).toEqual([
      ['市委宣传部新闻处', '市安监局综合处'],
      ['市委宣传部', '各新闻单位', '市安监局综合处'],
    ]);
    // 分别落实 answers like 负责; 不再逐一列出 is a note, no unit.
    expect(responsible('市发改委牵头,市政府有关部门分别落实')).toEqual(['市政府有关部门']);
    expect(responsible('责任单位:市直各部门,各县市区,以下均需各县市区落实,不再逐一列出')).toEqual([
      '市直各部门',
      '各县市区',
    ]);
    // Units after the stop still count when they are shaped as units.
    expect(responsible('牵头单位:市发改委。责任单位:市财政局')).toEqual(['市财政局']);
  });

  it('read a town’s stations named bare (文化站, 电管所, 林站) as units, and part them run together (派出所工商质监所)', () => {
    const cell = (unit: string) =>
      parseNotice(
        `某镇安全检查表\n序号 | 检查内容 | 责任单位 |\n1 | 电力设施 | ${unit} |\n2 | 养老机构 | 民政所 |`,
      ).schema.items[0];
    expect(cell('电管所')?.lead).toEqual(['电管所']);
    expect(cell('林站')?.lead).toEqual(['林站']);
    // A people's organisation named bare in a unit cell is a unit too.
    expect(cell('残联')?.lead).toEqual(['残联']);
    expect(cell('文化站 派出所工商质监所')?.responsible).toEqual(['文化站', '派出所', '工商质监所']);
    // A facility is no station: 加油站充电站 stays unread as units.
    expect(responsible('加油站充电站')).toEqual([]);
  });

  it('part names run together after 联社, 院 or 馆 (区供销联社区畜牧业发展中心), and know 党校 as a unit', () => {
    expect(responsible('区供销联社区畜牧业发展中心')).toEqual(['区供销联社', '区畜牧业发展中心']);
    expect(responsible('市人民医院市疾控中心')).toEqual(['市人民医院', '市疾控中心']);
    expect(responsible('市委组织部、市委党校')).toEqual(['市委组织部', '市委党校']);
  });

  it('read the role a duty phrase names: 按照职责牵头负责 leads, 按职责分工负责 answers', () => {
    const item = (clause: string) =>
      parseNotice(`某市2023年工作要点\n一、重点工作\n1.做好某项工作。(${clause})`).schema.items[0];
    expect(item('市国土资源局、环保局按照职责牵头负责')?.lead).toEqual(['市国土资源局', '环保局']);
    expect(responsible('市财政局、市税务局按职责分工负责')).toEqual(['市财政局', '市税务局']);
  });

  it('read 办理 as the units handling the matter, and 会同 as no role word (X会同Y办理: both answer)', () => {
    expect(responsible('区政府办会同各有关单位、各镇(街)办理')).toEqual([
      '区政府办',
      '各有关单位',
      '各镇(街)',
    ]);
    expect(responsible('区发展改革局、区规划分局,以及各有关单位办理')).toEqual([
      '区发展改革局',
      '区规划分局',
      '各有关单位',
    ]);
  });

  it('read a unit line set off by a dash (──由X会同Y和Z组织落实), parting what 会同 and 和 join', () => {
    const [item] = parseNotice(
      [
        '某市2007年任务分解',
        '1、城镇养老保险覆盖率达到90%。',
        '──由市劳动和社会保障局会同有关部门和各县市区组织落实。',
      ].join('\n'),
    ).schema.items;
    expect(item?.responsible).toEqual(['市劳动和社会保障局', '有关部门', '各县市区']);
  });

  it('read the first-listed-leads rule said in a numbered paragraph, or inside a clause before 下同', () => {
    const stated = parseNotice(
      [
        '一、分工原则',
        '(一)合理划分责任。由多个单位负责的,排在第一位的为牵头单位。',
        '二、主要指标分工',
        '1.户籍人口城镇化率达到40%。(市公安局、市统计局)',
        '2.劳动年龄人口平均受教育年限达到11.1年。(市教育局)',
      ].join('\n'),
    ).schema.items;
    expect(stated.map((i) => [i.lead, i.responsible])).toEqual([
      [['市公安局'], ['市统计局']],
      [['市教育局'], []],
    ]);
    const inline = parseNotice(
      [
        '某市2007年工作分工',
        '1、全市GDP增长10%以上(由市发展改革委、经委、统计局负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同)。',
        '2、财政收入增长12%(由市财政局、地税局负责)。',
      ].join('\n'),
    ).schema.items;
    expect(inline.map((i) => [i.lead, i.responsible])).toEqual([
      [['市发展改革委'], ['经委', '统计局']],
      [['市财政局'], ['地税局']],
    ]);
  });

  it('keep 各有关部门和单位 whole, and part a list closed by 等 before 和', () => {
    expect(responsible('市发改委、各有关部门和单位')).toEqual(['市发改委', '各有关部门和单位']);
    expect(responsible('民政部、全国总工会等和各省级人民政府')).toEqual([
      '民政部',
      '全国总工会',
      '各省级人民政府',
    ]);
  });

  it('read the unit after the matter it does (清单公开由市司法局牵头), not 自由 inside a name', () => {
    const item = parseNotice(
      '某市2023年工作要点\n一、重点工作\n1.做好某项工作。(执法事项清单由市司法局、规范性文件公开由市政府办公室牵头,市财政局配合)',
    ).schema.items[0];
    expect(item?.lead).toEqual(['市司法局', '市政府办公室']);
    // Which matter each does is not kept: the office is told.
    const { diagnostics } = parseNotice(
      '某市2023年工作要点\n一、重点工作\n1.做好某项工作。(执法事项清单由市司法局牵头)',
    );
    expect(diagnostics.map((d) => d.code)).toContain('units-by-matter');
    expect(responsible('福建自由贸易试验区管委会、市商务局')).toEqual([
      '福建自由贸易试验区管委会',
      '市商务局',
    ]);
  });

  it('read the office that handles the matter (局主办科室) and a named group (局宣传科研组) as units', () => {
    for (const name of ['局主办科室', '局宣传科研组', '承办处室'])
      expect([name, looksLikeUnit(name)]).toEqual([name, true]);
    for (const text of ['成立工作小组', '加快建设西安国家跨境电商综合试验区', '积极推进服务中心'])
      expect([text, looksLikeUnit(text)]).toEqual([text, false]);
  });

  it('close a list with 等有关处室(单位) at its end or inside it', () => {
    expect(responsible('人事处、电教馆等有关处室(单位)')).toEqual(['人事处', '电教馆']);
    expect(responsible('人事处、电教馆等有关处室、各高校')).toEqual(['人事处', '电教馆', '各高校']);
  });

  it('take a named group alone in brackets for a unit (局宣传科研组), not a bare 工作组', () => {
    expect(looksStronglyLikeUnit('局宣传科研组')).toBe(true);
    expect(looksStronglyLikeUnit('工作组')).toBe(false);
  });

  it('read a role label written with 为 only before a unit (责任单位为区发改委), not in prose', () => {
    const items = parseNotice(
      [
        '某市2023年工作要点',
        '一、重点工作',
        '1.建立项目全程代办机制,各责任单位为重点项目提供全程代办服务。',
        '2.地区生产总值增长7%,责任单位为区发改委、区统计局;',
        '3.落实分工,牵头单位为主、配合单位为辅。(区财政局)',
      ].join('\n'),
    ).schema.items;
    expect(items.map((i) => i.responsible)).toEqual([[], ['区发改委', '区统计局'], ['区财政局']]);
    expect(items[0]?.text).toContain('各责任单位为重点项目提供全程代办服务');
  });

  it('read a zone named 实验区/合作区 as a unit, and a name with a space before its own bracket as one name', () => {
    const items = parseNotice(
      [
        '某省2015年政府信息公开工作要点',
        '1.推进行政权力清单公开。(牵头单位:省编办 (省审改办);责任单位:省直各部门,各设区市、平潭综合实验区)',
        '2.推进财政资金信息公开。(责任单位:前海深港现代服务业合作区、各设区市)',
      ].join('\n'),
    ).schema.items;
    expect(items.map((i) => [i.lead, i.responsible])).toEqual([
      [['省编办(省审改办)'], ['省直各部门', '各设区市', '平潭综合实验区']],
      [[], ['前海深港现代服务业合作区', '各设区市']],
    ]);
  });

  it('hold a first-listed-leads note on a section heading (…,下同) for the items under it', () => {
    const items = parseNotice(
      [
        '某市2024年重点工作任务分解',
        '一、稳增长(责任单位列第一位者为牵头单位,下同)',
        '1.地区生产总值增长6%左右。(责任单位:市发改委、市统计局)',
        '二、促改革',
        '2.完成国企改革任务30项。(责任单位:市国资委、市财政局)',
      ].join('\n'),
    ).schema.items;
    expect(items.map((i) => [i.lead, i.responsible])).toEqual([
      [['市发改委'], ['市统计局']],
      [['市国资委'], ['市财政局']],
    ]);
  });

  it('read a labelled clause closing a sentence inside the item and 配合实施单位; under 牵头单位 a ★ leaves every unit lead', () => {
    const items = parseNotice(
      [
        '某市2021年民生工程进度通报',
        '1、养老服务和智慧养老,牵头单位:市民政局。其中,高龄津贴发放进度较慢。',
        '2、建成城区下穿通道。',
        '牵头责任单位:市城乡建设委员会',
        '配合实施单位:郾城区人民政府、源汇区人民政府',
        '序号 | 工作任务 | 牵头单位 |',
        '3 | 生产总值增长6%。 | ★发改局、经信局、建设局 |',
      ].join('\n'),
    ).schema.items;
    expect(items.map((i) => [i.text, i.lead, i.cooperate, i.responsible])).toEqual([
      ['养老服务和智慧养老,其中,高龄津贴发放进度较慢。', ['市民政局'], [], []],
      ['建成城区下穿通道。', ['市城乡建设委员会'], ['郾城区人民政府', '源汇区人民政府'], []],
      // The column names their role: the rule (every unit of 牵头单位 leads), whatever a star adds.
      ['生产总值增长6%。', ['发改局', '经信局', '建设局'], [], []],
    ]);
  });

  it('keep a sentence after a labelled clause in the item’s text, and a labelled deadline after it out', () => {
    const items = parseNotice(
      [
        '某市2024年工作要点',
        '1.新增就业3万人,责任单位:各县区。确保年底前完成。',
        '2.新建学校5所。牵头单位:市教育局;配合单位:市财政局。完成时限:2024年12月底。',
      ].join('\n'),
    ).schema.items;
    expect(items.map((i) => [i.text, i.lead, i.responsible, i.deadline])).toEqual([
      ['新增就业3万人,确保年底前完成。', [], ['各县区'], undefined],
      ['新建学校5所。', ['市教育局'], [], '2024-12-31'],
    ]);
  });

  it('read 属地负责 as the units answering within their ground, not part of a name', () => {
    const items = parseNotice(
      ['某市2022年食品安全重点工作', '1.深入落实党政同责。(市食品安全办、各县〔市、区〕政府属地负责)'].join(
        '\n',
      ),
    ).schema.items;
    expect(items[0]?.responsible).toEqual(['市食品安全办', '各县〔市、区〕政府']);
  });

  it('read 责任秘书长 as a person label, and a task that builds a 中心 as a task, not a heading of units', () => {
    const items = parseNotice(
      [
        '某市2010年沿海开发重点推进事项',
        '1.建设区域性金融中心。',
        '(牵头领导:张三,责任秘书长:李四,责任单位:市政府金融办、人民银行某市中心支行)',
        '2.推进区划调整。',
        '(责任秘书长:王五,责任单位:市民政局)',
      ].join('\n'),
    ).schema.items;
    expect(items.map((i) => [i.text, i.responsible])).toEqual([
      ['建设区域性金融中心。', ['市政府金融办', '人民银行某市中心支行']],
      ['推进区划调整。', ['市民政局']],
    ]);
  });

  it('read lines under a title as items only when each is whole, brackets and all', () => {
    const items = parseNotice(
      [
        '某市2023年工作要点',
        '一、降低融资成本',
        '1.扩大普惠金融覆盖面',
        '全年新增普惠小微贷款100亿元。(牵头单位:市金融局;',
        '配合单位:市财政局)',
        '2.发挥担保作用。(牵头单位:市财政局)',
      ].join('\n'),
    ).schema.items;
    expect(items.map((i) => [i.lead, i.cooperate])).toEqual([
      [['市金融局'], ['市财政局']],
      [['市财政局'], []],
    ]);
  });

  it('take a bare bracket after a sentence for units only where the item names no roles and it names offices', () => {
    const [firms, offices] = parseNotice(
      [
        '某市2023年工作要点',
        '一、重点工作',
        '1.培育上市后备企业10家。(某某集团有限公司、某某科技股份有限公司)持续跟踪服务。(区金融办牵头)',
        '2.做好公开。发布政策。(区金融办、区财政局。)坚持发布制度。(区环保局)',
      ].join('\n'),
    ).schema.items;
    expect(firms?.lead).toEqual(['区金融办']);
    expect(firms?.responsible).toEqual([]);
    expect(firms?.text).toContain('某某集团有限公司');
    expect(offices?.responsible).toEqual(['区金融办', '区财政局', '区环保局']);
    const [bareFirms, roleItem] = parseNotice(
      [
        '某市2023年工作要点',
        '一、重点工作',
        '1.培育上市后备企业10家。(某某集团有限公司、某某科技股份有限公司)持续跟踪服务。(区金融办)',
        '2.做好公开。发布政策。(区金融办、区财政局。)坚持发布制度。(区环保局牵头)',
      ].join('\n'),
    ).schema.items;
    // Firms in a bracket are examples, even in a bare-clause item.
    expect(bareFirms?.responsible).toEqual(['区金融办']);
    // Where the item's own clause names a role, a bare bracket after a sentence stays text.
    expect([roleItem?.lead, roleItem?.responsible]).toEqual([['区环保局'], []]);
    // A bracket closing its sentence before the stop counts as one after it; an office among firms makes it units.
    const [closing] = parseNotice(
      [
        '某省2008年工作分工',
        '11、推进城市圈建设。提升整体实力(省发改委、交通厅)。加快枢纽建设(省发改委、湖北机场集团公司)。支持副中心建设(省发改委、建设厅)。',
      ].join('\n'),
    ).schema.items;
    expect(closing?.responsible).toEqual(['省发改委', '交通厅', '湖北机场集团公司', '建设厅']);
  });

  it('read 指导 closing a list as the units answering for the work, not a verb of the item', () => {
    expect(responsible('生态环境部、国家发展改革委指导')).toEqual(['生态环境部', '国家发展改革委']);
    const [prose] = parseNotice('某市2023年工作要点\n一、重点工作\n1.做好工作,加强业务指导。').schema.items;
    expect(prose?.responsible).toEqual([]);
  });

  it('keep a note on what a name covers (包括…,下同) out of the name, and say so', () => {
    const { schema, diagnostics } = parseNotice(
      '某市2023年工作要点\n一、重点工作\n1.做好某项工作。(市发改委,各县、区人民政府(包括大亚湾开发区、仲恺高新区管委会,下同)负责)',
    );
    expect(schema.items[0]?.responsible).toEqual(['市发改委', '各县、区人民政府']);
    const note = diagnostics.find((d) => d.code === 'unit-note');
    expect(note?.detail?.params).toMatchObject({ name: '各县、区人民政府' });
  });
});
