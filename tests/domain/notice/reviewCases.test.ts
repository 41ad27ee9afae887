/** Shapes a review of the notice readers found misread: each is read as the notice means it, nothing lost. */
import { parseNotice } from '../../../src/domain/notice/parseNotice';

const parse = (lines: string[]) => parseNotice(lines.join('\n'));
const codes = (lines: string[]) => parse(lines).diagnostics.map((d) => d.code);

describe('notices a review found misread', () => {
  it('keeps a table row whose task lists 一是…二是…三是… inside its cell, and every row after it', () => {
    const { schema } = parse([
      '某市2024年重点任务分解表',
      '| 序号 | 工作任务 | 牵头单位 | 配合单位 |',
      '| 1 | 推动产业合作。一是加强招商引资;二是推进园区建设;三是完善配套政策。 | 市发改委 | 市财政局 |',
      '| 2 | 做好就业工作,新增就业1万人。 | 市人社局 | 市财政局 |',
    ]);
    expect(schema.items.map((i) => i.lead)).toEqual([['市发改委'], ['市人社局']]);
    expect(schema.targets.map((t) => t.value)).toEqual([1]);
  });

  it('keeps an ordinary item whose points run 一是…二是…三是… whole, with its units', () => {
    const { schema } = parse([
      '某市2024年工作要点',
      '一、稳增长',
      '1.推动产业合作。一是加强招商引资(市商务局负责);二是推进园区建设(市发改委负责);三是完善配套政策(市财政局负责)。',
      '2.做好就业工作。(牵头单位:市人社局)',
    ]);
    expect(schema.items.map((i) => i.label)).toEqual(['1', '2']);
    expect(schema.items[0]?.text).toContain('三是完善配套政策');
  });

  it('reads 一是… runs that start again as points of the closed passages, not as the items', () => {
    const { schema } = parse([
      '某省2024年重点任务分工',
      '扩大有效投资',
      '一是推进省重点项目300个以上。',
      '二是加快专项债券发行使用。',
      '三是激发民间投资活力。',
      '部门分工:省发展改革委牵头,省财政厅配合。',
      '推动数字经济发展',
      '一是推动3000家规上企业数字化转型。',
      '二是新建5G基站1万个。',
      '部门分工:省工业和信息化厅牵头,省通信管理局配合。',
    ]);
    expect(schema.items.map((i) => i.lead)).toEqual([['省发展改革委'], ['省工业和信息化厅']]);
    expect(schema.targets.map((t) => t.value).sort((a, b) => a - b)).toEqual([1, 300, 3000]);
  });

  it('does not read bullet notes under a table as items', () => {
    expect(
      codes([
        '某市2024年重点任务分解表',
        '| 序号 | 工作任务 | 牵头单位 |',
        '| 1 | 做好就业工作,新增就业1万人。 | 市人社局 |',
        '● 各责任单位请于每月5日前报送工作进展情况。',
        '● 牵头单位负责汇总各配合单位的进展情况并报送。',
        '● 市政府督查室负责对各项任务落实情况进行督查。',
      ]),
    ).not.toContain('ordinal-items');
  });

  it('reads no person or role word opening an item with 负责 as its units, and keeps the text whole', () => {
    const { schema } = parse([
      '某市2024年工作要点',
      '一、稳增长',
      '1.市政府负责同志每季度带队督查重点项目进展。',
      '2.各区政府负责人要亲自抓落实,确保完成任务。',
      '3.牵头单位负责统筹协调,每月5日前汇总报送进展情况。',
      '4.各责任单位负责抓好本单位任务落实。',
    ]);
    expect(schema.items.map((i) => i.responsible)).toEqual([[], [], [], []]);
    expect(schema.items[0]?.text).toBe('市政府负责同志每季度带队督查重点项目进展。');
  });

  it('reads 2022、2023年 as years, not as item 2022', () => {
    const { schema } = parse([
      '某市2024年为民办实事项目',
      '2022、2023年,我市连续两年高质量完成民生实事。',
      '一是新建幼儿园12所。(市教育局负责)',
      '二是新建农村公路150公里。(市交通运输局负责)',
      '三是改造小区35个。(市住建局负责)',
    ]);
    expect(schema.items.map((i) => i.label)).toEqual(['一是', '二是', '三是']);
  });

  it('gives a counted unit line to that many items only', () => {
    const { schema } = parse([
      '某市2024年目标管理责任分解',
      '(一)经济发展目标',
      '1.地区生产总值增长6%(市统计局负责);',
      '2.城镇新增就业1万人;',
      '3.居民收入增长7%;',
      '4.居民消费增长7%;',
      '2项指标的责任单位为市人社局。',
    ]);
    expect(schema.items.map((i) => i.responsible)).toEqual([['市统计局'], [], ['市人社局'], ['市人社局']]);
    const plain = parse([
      '某市2024年目标',
      '(一)经济发展目标',
      '1.地区生产总值增长6%;',
      '2.城镇新增就业1万人;',
      '3.居民收入增长7%;',
      '4.居民消费增长7%;',
      '2项指标的责任单位为市人社局。',
    ]).schema;
    expect(plain.items.map((i) => i.responsible)).toEqual([[], [], ['市人社局'], ['市人社局']]);
    const split = parse([
      '某市2024年目标',
      '(一)经济发展目标',
      '1.地区生产总值增长6%;',
      '(二)民生目标',
      '2.城镇新增就业1万人;',
      '3.居民收入增长7%;',
      '2项指标的责任单位为市人社局。',
    ]).schema;
    expect(split.items.map((i) => i.responsible)).toEqual([[], ['市人社局'], ['市人社局']]);
  });

  it('keeps every closed passage when a labelled line follows a unit line', () => {
    const { schema } = parse([
      '某市2024年重点工作安排',
      '加快推进重大项目建设',
      '责任单位:市发改委',
      '工作目标:全年完成投资100亿元。',
      '持续优化营商环境,新增市场主体1万户。',
      '责任单位:市市场监管局',
      '加强生态环境保护,PM2.5浓度下降5%。',
      '责任单位:市生态环境局',
    ]);
    expect(schema.items.map((i) => i.responsible)).toEqual([
      ['市发改委'],
      ['市市场监管局'],
      ['市生态环境局'],
    ]);
    // The labelled goal after a unit line is kept, as the goal of a block when no item takes it.
    expect(schema.targets.map((t) => t.value)).toEqual([100, 1, 5]);
  });

  it('keeps the first closed passage whole, its title line included', () => {
    const { schema } = parse([
      '某省2024年农业农村工作要点',
      '粮食产量稳定在1268万吨以上',
      '严格落实粮食安全党政同责,稳定播种面积。',
      '部门分工:省农业农村厅牵头,省发展改革委配合',
      '大力推进高标准农田建设,新建高标准农田100万亩',
      '部门分工:省农业农村厅牵头,省财政厅配合',
    ]);
    expect(schema.items[0]?.text).toContain('粮食产量稳定在1268万吨以上');
    expect(schema.targets.map((t) => t.value)).toEqual([1268, 100]);
  });

  it('reads only units under 责任区域/责任地区, not the stretch of river or area', () => {
    const { schema } = parse([
      '某市2024年河道整治工作方案',
      '一、重点任务',
      '1.加强河道保洁,清理垃圾100吨。',
      '责任单位:市水利局',
      '责任区域:城区段及沿河两岸',
      '2.开展河道清淤。',
      '责任单位:市城管局',
      '责任地区:各区县政府',
    ]);
    expect(schema.items.map((i) => i.responsible)).toEqual([['市水利局'], ['市城管局', '各区县政府']]);
  });

  it('ends a unit line where a label glued to a street or district begins, and keeps the label’s figure', () => {
    const { schema } = parse([
      '某县2024年民生实事项目',
      '一、老旧小区改造项目',
      '牵头单位:县住建局',
      '责任单位:城关街道任务目标:改造小区10个。',
      '二、公共充电桩项目',
      '牵头单位:县发改委',
      '责任单位:县供电公司',
    ]);
    expect(schema.items.map((i) => i.responsible)).toEqual([['城关街道'], ['县供电公司']]);
    expect(schema.targets.map((t) => [t.item, t.value])).toEqual([[1, 10]]);
  });

  it('reads a generic area among units (重点地区) as no unit', () => {
    const { schema } = parse(['某市2024年工作要点', '1.做好困难群众救助。(市民政局、重点地区负责)']);
    expect(schema.items[0]?.responsible).not.toContain('重点地区');
  });
  it('reads places named bare under 责任地区 as units', () => {
    const { schema } = parse([
      '某市2024年河道整治方案',
      '一、重点任务',
      '1.加强河道保洁。',
      '责任单位:市水利局',
      '责任地区:芦淞区、荷塘区',
    ]);
    expect(schema.items[0]?.responsible).toEqual(['市水利局', '芦淞区', '荷塘区']);
  });

  it('reads 一是… lines as the items though unit lines follow them, and a later run as text', () => {
    const shared = parse([
      '某县2024年为民办实事',
      '一是新建幼儿园12所。',
      '二是新建农村公路150公里。',
      '三是改造小区35个。',
      '牵头单位:县政府办',
      '配合单位:县财政局',
    ]).schema;
    expect(shared.items.map((i) => i.label)).toEqual(['一是', '二是', '三是']);
    const later = parse([
      '某市2024年为民办实事',
      '今年的实事是:一是新建幼儿园12所(市教育局负责);二是新建农村公路150公里;三是改造小区35个。',
      '会议强调,一要压实责任;二要加强督查;三要严格考核。一是要压实责任;二是要加强督查;三是要严格考核。',
    ]).schema;
    expect(later.items.map((i) => i.label)).toEqual(['一是', '二是', '三是']);
  });

  it('keeps the first closed passage of a notice pasted without its title, and leaves a preamble out', () => {
    const bare = parse([
      '加快推进重大项目建设,全年完成投资100亿元。',
      '责任单位:市发改委',
      '持续优化营商环境,新增市场主体1万户。',
      '责任单位:市市场监管局',
    ]).schema;
    expect(bare.items.map((i) => i.responsible)).toEqual([['市发改委'], ['市市场监管局']]);
    const preamble = parse([
      '某市2024年重点工作安排',
      '为推动高质量发展,制定本安排。',
      '加快推进重大项目建设,全年完成投资100亿元。',
      '责任单位:市发改委',
      '持续优化营商环境,新增市场主体1万户。',
      '责任单位:市市场监管局',
    ]).schema;
    expect(preamble.items[0]?.text).toBe('加快推进重大项目建设,全年完成投资100亿元。');
  });

  it('reads no unit in 按照…部署, a time word, an official or a builder opening an item', () => {
    const { schema } = parse([
      '某市2024年工作要点',
      '1.按照县委县政府部署,完成造林1万亩。',
      '2.年内市住建局负责完成老旧小区改造10个。',
      '3.市政府负责领导每季度带队督查重点项目。',
      '4.项目业主单位负责落实安全生产责任。',
    ]);
    expect(schema.items.map((i) => i.responsible)).toEqual([[], [], [], []]);
    expect(schema.items[0]?.text).toBe('按照县委县政府部署,完成造林1万亩。');
    // 由 opens the units it names.
    expect(
      parse(['某镇2024年目标', '1.招商引资项目建设30分。由镇工办负责考核。']).schema.items[0]?.responsible,
    ).toEqual(['镇工办']);
  });

  it('reads a station in a bracket after a facility as the facility’s name, no unit', () => {
    const { schema } = parse(['某县2024年工作要点', '1.新建乡镇综合文化服务中心10个(文化站)。']);
    expect(schema.items[0]?.responsible).toEqual([]);
  });

  it('keeps a year’s output and an investment goal as targets; a plant’s capacity in a project’s name is none', () => {
    const values = (text: string) =>
      parse(['某市2024年工作要点', `1.${text}(市发改委负责)`]).schema.targets.map((t) => t.value);
    expect(values('粮食年产500万吨以上。')).toEqual([500]);
    expect(values('实现总投资50亿元的年度投资目标。')).toEqual([50]);
    expect(values('助推年产120亿只医疗级手套项目开工建设。')).toEqual([]);
  });

  it('reads 3、4月份 inside an item as months, not as item 3', () => {
    const { schema } = parse([
      '某县2024年安全生产工作要点',
      '1、开展安全生产大检查。(县应急局负责)',
      '2、开展燃气安全专项整治,',
      '3、4月份,集中开展燃气安全检查。(县住建局负责)',
      '3、开展消防安全宣传。(县消防救援大队负责)',
    ]);
    expect(schema.items.map((i) => i.responsible)).toEqual([['县应急局'], ['县住建局'], ['县消防救援大队']]);
    // A date with its part of the month opens the item's text (`8、7月上旬,联合…`).
    const dated = parse([
      '某区八一活动方案',
      '7、7月中旬,开展慰问活动。(民政局负责)',
      '8、7月上旬,举办培训班。(区科协负责)',
    ]).schema;
    expect(dated.items.map((i) => i.label)).toEqual(['7', '8']);
  });

  it('reads only the first kind of bullet as items: ○ lines under ● are their points', () => {
    const { schema } = parse([
      '某市2024年为民办实事',
      '● 新建和改扩建幼儿园12所,新增学位3000个以上。',
      '○ 其中城区新增学位1500个,农村新增学位1500个。',
      '● 新建农村公路150公里,改造危桥10座以上。',
      '● 改造老旧小区35个,惠及居民1万户以上。',
    ]);
    expect(schema.items.map((i) => i.label)).toEqual(['●', '●', '●']);
  });
});
