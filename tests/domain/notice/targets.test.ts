/** Targets as offices write them: counts with 万, Chinese numerals, compound measures; parameters are not targets. */
import { findTargets } from '../../../src/domain/notice/targets';

function targets(text: string) {
  return findTargets(text, 0, text.length).map(({ name, value, measure, comparator }) => ({
    name,
    value,
    measure,
    comparator,
  }));
}

describe('findTargets', () => {
  it('never reads a comparator through a longer word: 不超过 is not 超过', () => {
    expect(targets('审批时间不超过7个工作日')).toEqual([
      { name: '审批时间', value: 7, measure: '个工作日', comparator: '<=' },
    ]);
    expect(targets('入库企业数超过500家')[0]?.comparator).toBe('>');
    expect(targets('贷款增速不低于10%')[0]?.comparator).toBe('>=');
  });

  it('reads counts with 万 and 亿 as part of the measure', () => {
    expect(targets('开展职业技能培训5万人次以上')).toEqual([
      { name: '职业技能培训', value: 5, measure: '万人次', comparator: '>=' },
    ]);
    expect(targets('新增千兆宽带用户1.2万户左右')[0]).toMatchObject({ value: 1.2, measure: '万户' });
    expect(targets('全年接待国内游客8.5亿人次')[0]).toMatchObject({ name: '国内游客', measure: '亿人次' });
  });

  it('reads Chinese numerals that count something, and not slogans or ordinals', () => {
    expect(targets('培育龙头企业十家')).toEqual([
      { name: '龙头企业', value: 10, measure: '家', comparator: '=' },
    ]);
    expect(targets('推出精品剧目二十部')[0]).toMatchObject({ value: 20, measure: '部' });
    expect(targets('增强“四个意识”,做到两个维护,开展第三批评定,每季度开展一次')).toEqual([]);
  });

  it('reads a decimal a spaced-out copy wrote with a space after the point (3. 3%), not a sub-point after a stop', () => {
    expect(targets('二氧化硫排放分别下降4.8%、3. 3%').map((t) => t.value)).toEqual([4.8, 3.3]);
    expect(targets('完成改造。2. 3个小区年底前完工').map((t) => t.value)).not.toContain(2.3);
  });

  it('reads a count saying whom a clause’s figure is for as no target (确保11个重点城市…稳定在300天), unless a verb makes it the work', () => {
    expect(targets('确保11个重点城市空气质量二级以上天数稳定在300天以上').map((t) => t.value)).toEqual([300]);
    expect(targets('对10类重点就业群体新发放创业担保贷款不低于80亿元').map((t) => t.value)).toEqual([80]);
    expect(targets('建成5个产业园区实现产值100亿元').map((t) => t.value)).toContain(5);
    expect(targets('引进项目5个、城镇居民收入均增长8%').map((t) => t.value)).toEqual([5, 8]);
  });

  it('reads a policy named by its number of measures as no target (落实…90条措施), its making as one', () => {
    expect(targets('落实好提振市场信心90条措施')).toEqual([]);
    expect(targets('出台稳增长措施10条')[0]).toMatchObject({ value: 10, measure: '条' });
    expect(targets('责任单位两个以上的,列第一者为牵头单位')).toEqual([]);
    expect(targets('计划完成总投资107.39亿元的3批次22个重点项目开工建设').map((t) => t.value)).toEqual([22]);
    expect(targets('助推年产120亿只医疗级手套项目开工建设')).toEqual([]);
    expect(targets('实现数字经济增加值增长7%1-6月完成产值117亿元').map((t) => t.value)).toContain(7);
    expect(targets('新增市场主体单位500个')[0]).toMatchObject({ value: 500, measure: '个' });
  });

  it('keeps compound measures whole', () => {
    expect(targets('举办促消费活动20场次')[0]).toMatchObject({ name: '促消费活动', measure: '场次' });
    expect(targets('带动农户户均增收3000元/户')[0]).toMatchObject({ name: '农户户均增收', measure: '元/户' });
    expect(targets('食品安全抽检量不少于4批次/千人')[0]).toMatchObject({ value: 4, measure: '批次/千人' });
    expect(targets('开办企业全流程压减至1个环节')[0]).toMatchObject({ value: 1, measure: '个环节' });
    expect(targets('解决好农村200万人口的饮水安全问题')[0]).toMatchObject({
      name: '农村',
      value: 200,
      measure: '万人口',
    });
    expect(targets('PM2.5年均浓度控制在29微克每立方米以下')[0]).toMatchObject({
      value: 29,
      measure: '微克每立方米',
    });
  });

  it('names the thing counted, not the verb before the number', () => {
    expect(targets('培育10家以上省级示范平台')[0]?.name).toBe('省级示范平台');
    expect(targets('加强与10个以上省份的文旅协作')[0]?.name).toBe('省份');
    expect(targets('城镇新增就业3.5万人')[0]?.name).toBe('城镇新增就业');
    expect(targets('工程建设项目审批时间压缩至80个工作日以内')[0]?.name).toBe('工程建设项目审批时间');
  });

  it('names what follows the number when the words before it only say where (对全市, 为全县)', () => {
    expect(targets('对全市34所义务教育学校实行课后服务全覆盖')[0]?.name).toBe('义务教育学校');
    expect(targets('为全县200名残疾儿童提供康复服务')[0]?.name).toBe('残疾儿童');
    expect(targets('全市新增城镇就业4万人')[0]?.name).toBe('城镇就业');
  });

  it('does not count the programme by its own items (50项民生实事) nor a rate by its standard (1500元/人标准)', () => {
    expect(targets('持续加大50项民生实事信息公开')).toEqual([]);
    expect(targets('对符合条件的毕业生按照1500元/人标准发放求职补贴')).toEqual([]);
    expect(targets('新增审批事项20项')[0]).toMatchObject({ value: 20, measure: '项' });
    expect(targets('建设2个标准化产业园')[0]).toMatchObject({ value: 2, measure: '个' });
    expect(targets('建成30个标准厂房')[0]).toMatchObject({ value: 30, name: '标准厂房' });
    expect(targets('同时谋划2024年20项民生工程')).toEqual([]);
    expect(targets('建成50项民生项目')[0]).toMatchObject({ value: 50, measure: '项' });
  });

  it('gives each thing listed before 均 the figure (A、B均增长12%), but not a count before its list', () => {
    expect(targets('城镇居民人均可支配收入、农民人均纯收入均增长12%以上').map((t) => t.name)).toEqual([
      '城镇居民人均可支配收入',
      '农民人均纯收入',
    ]);
    expect(targets('引进项目5个、城镇居民收入均增长8%').map((t) => t.name)).toEqual(['项目', '城镇居民收入']);
    expect(targets('力争城镇居民人均可支配收入、农村居民人均可支配收入均增长8%')[0]?.name).toBe(
      '城镇居民人均可支配收入',
    );
    expect(targets('确保投资增长高于经济增长、4个结构性指标均实现10%以上增长').map((t) => t.value)).toEqual([
      4, 10,
    ]);
  });

  it('reads a threshold written before 的 and its noun as part of the name (超过10万元的村达到55%)', () => {
    expect(targets('村集体经济收入超过10万元的村达到55%').map((t) => t.value)).toEqual([55]);
    expect(targets('粮食产量稳定在35万吨的基础上增长2%').map((t) => t.value)).toEqual([35, 2]);
  });

  it('does not read a figure inside a short quoted name (“22条”, “10项举措”), but does one after it', () => {
    expect(targets('加快兑现支持企业渡过难关“22条”和复工达产“10项举措”')).toEqual([]);
    expect(targets('新增“专精特新”企业50家')[0]).toMatchObject({ value: 50, measure: '家' });
    expect(targets('实现“全年新增市场主体5000户”目标')[0]).toMatchObject({ value: 5000, measure: '户' });
    expect(targets('实现“5000户市场主体全年新增”目标')[0]).toMatchObject({ value: 5000 });
  });

  it('does not read the figures of a bracket that gives the grounds (依据…) nor name a figure by that bracket', () => {
    expect(targets('规模以上工业增加值增长8%(依据区人代会目标设置,高于省、市7.5%平均水平)')).toEqual([
      { name: '规模以上工业增加值', value: 8, measure: '%', comparator: '=' },
    ]);
    expect(targets('全年新增10家(依据区人代会目标设置)')[0]?.name).toBe('');
  });

  it('does not read the figures of a bracket comparing with a benchmark (高于全市7%的平均水平)', () => {
    expect(targets('社会消费品零售总额:增长8%(高于全市7%的平均水平)')).toEqual([
      { name: '社会消费品零售总额', value: 8, measure: '%', comparator: '=' },
    ]);
    expect(targets('增长8%(比上年提高7%)').map((t) => t.value)).toEqual([8, 7]);
    // A bracket that is the target itself is read.
    expect(targets('城镇登记失业率控制目标(低于4%)')[0]).toMatchObject({ value: 4, measure: '%' });
  });

  it('names an indicator written before its colon (地区生产总值:增长7%), not a phrase with figures', () => {
    expect(targets('地区生产总值:增长7%左右')[0]?.name).toBe('地区生产总值');
    expect(targets('新增规模以上工业企业:15家以上')[0]?.name).toBe('规模以上工业企业');
    // A generic label before the colon names nothing.
    expect(targets('年度目标:全年新增5000人以上')[0]?.name).not.toBe('年度目标');
    // The noun after the figure, when there is one, still names it.
    expect(targets('其中:新增3家企业')[0]?.name).toBe('企业');
  });

  it('reads funding a number of people or bodies as a count (资助200名…人才), and what a rule allows as a parameter', () => {
    expect(targets('评选资助200名技能突出人才、2000名技能重点人才').map((t) => [t.value, t.measure])).toEqual(
      [
        [200, '名'],
        [2000, '名'],
      ],
    );
    expect(targets('对企业给予最高不超过500万元奖励')).toEqual([]);
    expect(targets('每个项目资助50万元')).toEqual([]);
    expect(targets('对不裁员的参保企业,可返还其上年度实际缴纳失业保险费的50%')).toEqual([]);
    expect(targets('返还标准可按6个月的失业保险金确定')).toEqual([]);
    // A refund named as the thing paid out is still counted.
    expect(targets('发放稳岗返还资金3亿元')[0]).toMatchObject({ value: 3, measure: '亿元' });
    // A yearly count of people trained is a target; a cap on the people funded is a parameter.
    expect(targets('每年资助培养社会工作督导员50名')[0]).toMatchObject({ value: 50, measure: '名' });
    expect(targets('每家企业最多补贴10名')).toEqual([]);
    expect(targets('给予每个村最高奖补3个项目')).toEqual([]);
    // 可 is not a parameter on its own (可按期, 可获得).
    expect(targets('确保重点项目可按期完成投资50亿元')[0]).toMatchObject({ value: 50, measure: '亿元' });
    expect(targets('推动全区可获得授权发明专利500件以上')[0]).toMatchObject({ value: 500, measure: '件' });
  });

  it("does not read a document number's issuer as a count (六人社秘〔2024〕15号)", () => {
    expect(targets('力争完成方案(六人社秘[2024]15号)部署')).toEqual([]);
    // Two funding words before a count of people: both are taken out, not only the first.
    expect(targets('奖励资助200名技能人才')[0]).toMatchObject({ value: 200, measure: '名' });
  });

  it('reads trains run (开行1800列) and not the name of a phase (三期规划, 二期工程)', () => {
    expect(targets('全年开行1800列')[0]).toMatchObject({ value: 1800, measure: '列' });
    expect(targets('全面启动轨道交通建设三期规划')).toEqual([]);
    expect(targets('加快建设2期工程')).toEqual([]);
    expect(targets('新建3期培训班')[0]).toMatchObject({ value: 3, measure: '期' });
  });

  it('does not read capacities inside a list of projects (…25万吨己二酸…等项目建设) nor a batch size class (一批超100亿元的…)', () => {
    expect(targets('重点抓好平煤神马25万吨己二酸、海星化工10万吨针状焦等项目建设,新增产能300万吨')).toEqual([
      expect.objectContaining({ value: 300, measure: '万吨' }),
    ]);
    expect(targets('形成一批超100亿元的优势产业集群')).toEqual([]);
    // A count of projects is still a count; a size class before its own count stays a target.
    expect(targets('实施重点项目30个等项目建设')[0]).toMatchObject({ value: 30, measure: '个' });
    expect(targets('形成超100亿元的产业集群3个').map((t) => t.value)).toEqual([3]);
  });

  it('gives two things joined by 和 before 均 the figure each (A和B均增长12%)', () => {
    expect(
      targets('城镇居民人均可支配收入和农民人均纯收入均增长12%')
        .map((t) => t.name)
        .sort(),
    ).toEqual(['农民人均纯收入', '城镇居民人均可支配收入'].sort());
    // 和 inside one name (工业和信息化) is no pair.
    expect(targets('工业和信息化投资均增长12%').map((t) => t.name)).toEqual(['工业和信息化投资']);
    // A list with 、 and then 和 gives each of the three.
    expect(targets('城镇居民人均可支配收入、农村居民人均可支配收入和居民人均消费支出均增长8%')).toHaveLength(
      3,
    );
    // 人均, 首都: 均/都 inside a name, not `each`.
    expect(targets('农村居民人均2.5万元')[0]?.name).toBe('农村居民人均');
    expect(targets('服务首都1000万人次')[0]?.name).toBe('服务首都');
  });

  it('does not read a rank that picks what is meant (前20%的事项) as a figure', () => {
    expect(targets('实现企业高频事项(年度企业办事频次前20%的事项)全覆盖')).toEqual([]);
    expect(targets('排名保持全省前5位')[0]).toMatchObject({ value: 5 });
  });

  it('reads a yearly figure (每年培育…50家) as a target, and a yearly rate or routine as none', () => {
    expect(targets('每年培育星级上云企业50家')[0]).toMatchObject({ name: '星级上云企业', value: 50 });
    expect(targets('每年补贴企业50万元')).toEqual([]);
    expect(targets('每年安排资金50万元')).toEqual([]);
  });

  it('reads a standard raised to a new level per person (提高到每人每月609元) as a target, not the level it rises from', () => {
    expect(
      targets('将城镇、农村低保人均最低补差水平从每人每月574元、271元分别提高到每人每月609元、300元').map(
        (t) => t.value,
      ),
    ).toEqual([609, 300]);
    // 最低生活保障 is a name, not a cap.
    expect(targets('特困人员基本生活标准不低于最低生活保障标准的1.6倍')[0]).toMatchObject({
      value: 1.6,
      measure: '倍',
    });
    expect(targets('每人每月补贴200元')).toEqual([]);
  });

  it('does not take policy parameters for targets: caps, subsidies, standards and ranges', () => {
    expect(targets('个人创业担保贷款最高不超过20万元')).toEqual([]);
    expect(targets('对4A级景区奖励100万元')).toEqual([]);
    expect(targets('每亩补贴标准不低于120元')).toEqual([]);
    expect(targets('减免期限为3—12个月')).toEqual([]);
    expect(targets('给予最高30万元贷款贴息')).toEqual([]);
  });

  it('reads the total investment of projects (总投资1906.4亿元) and one person per household (至少有1人) as no targets', () => {
    expect(targets('实施重点项目200个,总投资1906.4亿元,年度计划投资500亿元')).toMatchObject([
      { value: 200, measure: '个' },
      { value: 500, measure: '亿元' },
    ]);
    expect(targets('估算总投资106.7亿元')).toEqual([]);
    expect(targets('完成总投资30亿元的年度投资目标')).toMatchObject([{ value: 30, measure: '亿元' }]);
    expect(targets('确保零就业家庭至少有1人就业')).toEqual([]);
    // The year's own totals stay targets.
    expect(targets('全年新签约招商引资项目总投资300亿元以上')).toMatchObject([
      { value: 300, measure: '亿元' },
    ]);
    expect(targets('实施十大工程,完成总投资约120亿元')).toMatchObject([{ value: 120, measure: '亿元' }]);
  });

  it('reads a density per square kilometre (5.1公里/平方公里) as one measure', () => {
    expect(targets('城区道路路网密度达到5.1公里/平方公里')).toMatchObject([
      { value: 5.1, measure: '公里/平方公里' },
    ]);
  });

  it('reads a figure spaced out from its measure (扩招 3000 人以上) as the figure it is', () => {
    expect(targets('普通高中招生扩招 3000 人以上')).toMatchObject([{ value: 3000, measure: '人' }]);
    expect(targets('新增学位 2.7 万个')).toMatchObject([{ value: 2.7, measure: '万个' }]);
  });

  it('reads a size class (3亿元以上重大项目), a count of the names just listed and whom the work touches as no targets', () => {
    expect(targets('新引进3亿元以上重大项目')).toEqual([]);
    expect(targets('完成投资3亿元以上')).toMatchObject([{ value: 3, measure: '亿元' }]);
    expect(targets('以兰考、鄢陵、新安、南乐、新郑5个示范县为引领')).toEqual([]);
    // Finishing the named ones, or counting the kinds named, is the work.
    expect(targets('完成毛口乡、保田镇、都格乡3个示范小城镇建设')).toMatchObject([
      { value: 3, measure: '个' },
    ]);
    expect(targets('新增规上企业、高新企业2家')).toMatchObject([{ value: 2, measure: '家' }]);
    expect(targets('改造老旧小区50个,涉及居民6.2万户')).toMatchObject([{ value: 50, measure: '个' }]);
    // Near misses that are the work: 涉及 inside a name, listed firms to bring to market, money that is not a class.
    expect(targets('化解涉及农民工工资案件50件')).toMatchObject([{ value: 50, measure: '件' }]);
    expect(targets('推动甲、乙、丙3家企业上市')).toMatchObject([{ value: 3, measure: '家' }]);
    expect(targets('争取上级资金10亿元以上支持项目建设')).toMatchObject([{ value: 10, measure: '亿元' }]);
  });

  it('reads the rate a grant is paid at (按照…6000元/人…的标准,给予补助) as a parameter, a raised standard as a target', () => {
    expect(
      targets(
        '按照全日制中级工班毕业生6000元/人、全日制高级工班毕业生10000元/人的标准,给予一次性技工培养补助',
      ),
    ).toEqual([]);
    expect(targets('将城乡低保标准提高到每人每月800元')).toMatchObject([{ value: 800, measure: '元' }]);
  });

  it('reads a count alone in a bracket (重点项目(4个), (共14项)) as a tally of a list, not a target', () => {
    expect(targets('(一)重点项目(4个)。')).toEqual([]);
    expect(targets('1.续建项目(2个):滨海新区开发项目、西部交通圈项目。')).toEqual([]);
    expect(targets('一、量化类任务(共14项)')).toEqual([]);
    expect(targets('实施乡村振兴示范村(10个)创建')).toMatchObject([{ value: 10, measure: '个' }]);
    expect(targets('(一)建成重点项目4个。')).toMatchObject([{ value: 4, measure: '个' }]);
  });

  it('reads a bound spelt out in a bracket (以下(不含6亩), (含)以上) as a parameter, and a note on the content (含1处湿地公园) as none', () => {
    expect(targets('6亩以下(不含6亩)的土地')).toEqual([]);
    expect(targets('经营5年(含)以上的企业')).toEqual([]);
    expect(targets('对年营业收入2000万元以上(含本数)的企业给予奖励')).toEqual([]);
    expect(targets('新建城市口袋公园2处(含1处湿地公园)')).toMatchObject([
      { name: '城市口袋公园', value: 2, measure: '处' },
    ]);
  });

  it('reads 全年限额以上 as the year and a size class, not a term of years (年限)', () => {
    expect(targets('全年限额以上服务业企业新增20家。')).toMatchObject([{ value: 20, measure: '家' }]);
    expect(targets('贷款年限最长5年')).toEqual([]);
  });

  it('reads lamps, metres and lessons as measures (路灯1000盏, 人行道345米, 送戏下乡300堂)', () => {
    expect(
      targets('新增路灯1000盏,建设人行道345米,开展送戏下乡300堂。').map((t) => [t.value, t.measure]),
    ).toEqual([
      [1000, '盏'],
      [345, '米'],
      [300, '堂'],
    ]);
  });

  it('reads a width or height of what is built (宽50米) as no target, and its length as one', () => {
    expect(targets('新建下穿通道,总长约1400米,宽50米。').map((t) => [t.value, t.measure])).toEqual([
      [1400, '米'],
    ]);
  });

  it('names the thing counted after the number when only a verb or adverb stands before it (全面完成, 打造)', () => {
    expect(targets('全面完成3036户群众安置任务')[0]?.name).toBe('群众安置任务');
    expect(targets('打造3条食品放心示范街区')[0]?.name).toBe('食品放心示范街区');
  });
});
