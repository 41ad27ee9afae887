/** Shapes of items the parser settles by what surrounds them: wrapped lines, measures under a heading, merged cells. */
import { parseNotice } from '../../../src/domain/notice/parseNotice';
import { stripGlosses } from '../../../src/domain/notice/pinyinGloss';

const notice = (...lines: string[]) => parseNotice(['某市2023年工作要点', ...lines].join('\n'));

describe('items read from their surroundings', () => {
  it('reads a progress table header whole: a name we do not know between known ones after the units (累计完成)', () => {
    const { schema, diagnostics } = parseNotice(
      [
        '序号',
        '项目名称',
        '目标任务',
        '牵头单位',
        '目标任务',
        '累计完成',
        '累计进度',
        '备注',
        '1',
        '促进重点群体稳定就业',
        '城镇新增就业1100人',
        '县人社局',
        '1100',
        '1063',
        '96.64%',
        '2',
        '放心家政行动',
        '培训家政服务人员600人次',
        '县商务局',
        '600',
        '626',
        '104%',
      ].join('\n'),
    );
    const columns = diagnostics.find((d) => d.code === 'table-columns')?.detail?.params?.columns;
    expect(columns).toEqual([
      '序号',
      '项目名称',
      '目标任务',
      '牵头单位',
      '目标任务',
      '累计完成',
      '累计进度',
      '备注',
    ]);
    expect(schema.items.map((i) => i.lead)).toEqual([['县人社局'], ['县商务局']]);
  });

  it('reads a news copy’s unnumbered lines as items only after a sentence saying how many there are, and no more', () => {
    const tasks = [
      '新开工改造城镇老旧小区300万平方米。',
      '建设100个口袋公园。',
      '加装农村公路安全护栏400公里。',
    ];
    const said = parseNotice(
      ['某市民生实事', '今年将办好3件民生实事。具体包括:', ...tasks, '市发改委表示将加强督促检查工作。'].join(
        '\n',
      ),
    );
    // The line after the third is no fourth item (it goes on the last, as any paragraph under an item does).
    expect(said.schema.items.map((i) => i.title)).toEqual(tasks.map((t) => t.replace('。', '')));
    expect(said.diagnostics.map((d) => d.detail?.key)).toContain('notice.ordinal-items.listed');
    // Without the count said first, lines of a news report are no list.
    expect(
      parseNotice(['某市民生实事', '今年将办好民生实事。具体包括:', ...tasks].join('\n')).schema.items,
    ).toEqual([]);
    // A count said of work done, or a meeting's count, leads no list; a reporter's lines end one or go before it.
    const done = ['某县民生实事', '过去一年,10件民生实事全面完成。', ...tasks];
    expect(parseNotice(done.join('\n')).schema.items).toEqual([]);
    const meeting = [
      '某市民生实事',
      '今年确定的15件民生实事涉及教育医疗等领域。',
      ...tasks,
      '会议要求,各单位倒排工期。',
    ];
    expect(parseNotice(meeting.join('\n')).schema.items).toEqual([]);
    const framed = [
      '2025年某县3件民生实事公布',
      '近日,县政府常务会议研究确定了2025年民生实事项目。',
      ...tasks,
    ];
    expect(parseNotice(framed.join('\n')).schema.items.map((i) => i.title)).toEqual(
      tasks.map((t) => t.replace('。', '')),
    );
    // Two lines are not a list.
    expect(
      parseNotice(['某市民生实事', '今年将办好2件民生实事:', ...tasks.slice(0, 2)].join('\n')).schema.items,
    ).toEqual([]);
  });

  it('reads paragraphs opening with units (区财政局负责…) as items only when three or more name a unit of their own', () => {
    const duties = [
      '区住建局负责全区村庄环境整治总协调工作。',
      '区城管局负责村庄生活垃圾的收集和转运。',
      '区环保局要加强工业污染源的环境管理。',
    ];
    const split = parseNotice(['某区村庄环境整治职责分工', ...duties].join('\n'));
    expect(split.schema.items.map((i) => i.responsible)).toEqual([['区住建局'], ['区城管局'], ['区环保局']]);
    expect(split.diagnostics.map((d) => d.detail?.key)).toContain('notice.ordinal-items.duties');
    // A closing call to everyone after them (各部门要高度重视…) is no share of the work.
    const closed = parseNotice(
      [
        '某区村庄环境整治职责分工',
        ...duties,
        '',
        '各部门要高度重视,加强协调配合,确保各项任务按期完成。',
      ].join('\n'),
    );
    expect(closed.schema.items.map((i) => i.responsible)).toEqual([['区住建局'], ['区城管局'], ['区环保局']]);
    // Two are a passage's sentences; paragraphs of collectives (各镇要…) say everyone's part, not a split of the work.
    const two = parseNotice(['某区村庄环境整治职责分工', ...duties.slice(0, 2)].join('\n'));
    expect(two.schema.items).toEqual([]);
    // 要求 and 要素 are words, not 要 giving the work; a duty ending in 的查处 is no name; people are no units.
    const asked = parseNotice(
      ['某县2024年工作要点', '1.县委要求全县党员干部带头落实。', '2.县应急管理局要素保障组做好值守。'].join(
        '\n',
      ),
    );
    expect(asked.schema.items.map((i) => [i.text, i.responsible])).toEqual([
      ['县委要求全县党员干部带头落实。', []],
      ['县应急管理局要素保障组做好值守。', []],
    ]);
    const chachu = parseNotice(
      [
        '某县秸秆禁烧职责分工',
        '县农业农村局负责秸秆综合利用工作。',
        '县公安局负责对焚烧秸秆违法行为的查处。',
        '县财政局负责禁烧工作经费保障。',
      ].join('\n'),
    );
    expect(chachu.schema.items.map((i) => i.responsible)).toEqual([
      ['县农业农村局'],
      ['县公安局'],
      ['县财政局'],
    ]);
    const cadres = [
      '领导干部要带头学法守法用法。',
      '党员干部要发挥先锋模范作用。',
      '窗口单位要提升服务质量水平。',
    ];
    expect(parseNotice(['某县普法工作要点', ...cadres].join('\n')).schema.items).toEqual([]);
    const collectives = [
      '各镇要切实履行属地责任抓好整治。',
      '各村要落实村庄保洁制度和人员。',
      '各部门要加强指导和督查考核。',
    ];
    expect(parseNotice(['某区村庄环境整治职责分工', ...collectives].join('\n')).schema.items).toEqual([]);
  });

  it('reads lines beginning 一是, 二是, 三是 as the items only of a notice that numbers none', () => {
    const points = ['一是新建幼儿园12所。', '二是新建农村公路150公里。', '三是改造小区35个。'];
    const bare = parseNotice(['某市2024年为民办实事', ...points].join('\n')).schema;
    expect(bare.items.map((i) => i.label)).toEqual(['一是', '二是', '三是']);
    // Under a numbered item they are no items of their own.
    const numbered = parseNotice(
      ['某市2024年工作要点', '1.办好民生实事。(市政府办牵头)', ...points].join('\n'),
    ).schema;
    expect(numbered.items.map((i) => i.label)).toEqual(['1']);
    // Run on in one paragraph after a stop (`…具体为:一是…。二是…;三是…`), they are the items too.
    const inline = parseNotice(
      ['某省2025年惠民实事', `今年的惠民实事具体为:${points.join('')}`].join('\n'),
    ).schema;
    expect(inline.items.map((i) => [i.label, i.text])).toEqual([
      ['一是', '新建幼儿园12所。'],
      ['二是', '新建农村公路150公里。'],
      ['三是', '改造小区35个。'],
    ]);
    // Bullet lines that say a task are items the same way; a page's own short bullets (• 听全文) are not.
    const tasks = points.map((p) => `● 各县区要${p.slice(2, -1)},年底前全部完成。`);
    const bullets = parseNotice(['某市2024年为民办实事', '• 听全文', '• 2024-03-05', ...tasks].join('\n'));
    expect(bullets.schema.items.map((i) => [i.label, i.text])).toEqual([
      ['●', '各县区要新建幼儿园12所,年底前全部完成。'],
      ['●', '各县区要新建农村公路150公里,年底前全部完成。'],
      ['●', '各县区要改造小区35个,年底前全部完成。'],
    ]);
    expect(bullets.diagnostics.find((d) => d.code === 'ordinal-items')?.message).toContain('项目符号“●”');
    // Two such lines are a sentence's points, not a list.
    expect(parseNotice(['某市2024年为民办实事', ...points.slice(0, 2)].join('\n')).schema.items).toHaveLength(
      0,
    );
  });

  it('reads passages each closed by a unit line as the items of a notice that numbers none, the opening lines left out', () => {
    const notice = [
      '某省2024年重点任务分工',
      '今年有哪些重点任务?',
      '粮食产量1268万吨以上',
      '部门分工:省农业农村厅牵头,各地配合。',
      '扩大有效投资',
      '工作措施:推进省重点项目300个。',
      '部门分工:省发展改革委牵头。',
    ];
    const { schema, diagnostics } = parseNotice(notice.join('\n'));
    expect(schema.items.map((i) => i.text)).toEqual([
      '粮食产量1268万吨以上',
      '扩大有效投资工作措施:推进省重点项目300个。',
    ]);
    expect(schema.items.map((i) => i.lead)).toEqual([['省农业农村厅'], ['省发展改革委']]);
    expect(diagnostics.map((d) => d.code)).toContain('closed-items');
    // One closed passage is a paragraph with its units, not a list; numbered items are read by their numbers.
    expect(parseNotice(notice.slice(0, 4).join('\n')).schema.items).toHaveLength(0);
    const numbered = parseNotice([notice[0], '1.粮食产量1268万吨以上', ...notice.slice(3)].join('\n'));
    expect(numbered.diagnostics.map((d) => d.code)).not.toContain('closed-items');
  });

  it('parts items numbered ⑴ ⑵ ⑶ run on in one line without spaces after each sentence (not ① ②, an item’s points)', () => {
    const run =
      '⑴紧盯目标任务。聚焦主要经济指标和关键支撑指标,落实县领导联挂责任,力争全县地区生产总值增长8%以上,规上工业增加值增长9%以上,确保完成全年目标任务。⑵推进项目投资。围绕中央预算内投资和专项债券项目,确保新开工项目22个以上,加快项目建设进度。⑶培育“四上”企业。瞄准在建和投产项目,力争新增“四上”企业30家以上。';
    const { schema } = parseNotice(['某县2021年三季度重点工作', run].join('\n'));
    expect(schema.items.map((i) => i.label)).toEqual(['⑴', '⑵', '⑶']);
    expect(schema.targets.map((t) => [t.item, t.value])).toContainEqual([3, 30]);
    // ① ② in such a line are the points of the item they stand in.
    const points = parseNotice(
      ['某县2021年三季度重点工作', run.replace(/⑴/, '①').replace(/⑵/, '②').replace(/⑶/, '③')].join('\n'),
    );
    expect(points.schema.items.map((i) => i.label)).toEqual(['①']);
    expect(points.schema.items[0]?.text).toContain('③培育“四上”企业');
  });

  it('reads a task column after the units (事项内容) as more of the task, not as the first row’s category', () => {
    const { schema } = notice(
      ...['序号', '事项名称', '责任单位', '事项内容'],
      ...[
        '1',
        '实施老旧小区居住品质提升工程',
        '住房城乡建设局',
        '完成老旧小区改造;完成50台老旧电梯更新改造。',
      ],
      ...['2', '开展高层建筑消防安全能力建设', '消防救援大队', '高层建筑消防物联感知设备接入率达到80%。'],
    );
    expect(schema.items.map((i) => [i.text, i.lead])).toEqual([
      ['实施老旧小区居住品质提升工程。完成老旧小区改造;完成50台老旧电梯更新改造。', ['住房城乡建设局']],
      ['开展高层建筑消防安全能力建设。高层建筑消防物联感知设备接入率达到80%。', ['消防救援大队']],
    ]);
    expect(schema.targets.map((t) => [t.item, t.value, t.measure])).toEqual([
      [1, 50, '台'],
      [2, 80, '%'],
    ]);
  });

  it('reads the sub-point that carries the units as the item, under an item of sentences that names none', () => {
    const { schema } = notice(
      '一、目标分解',
      '5.城镇居民人均可支配收入增长9%。 (工资处、就管中心)',
      '17.继续办好农村新五件实事。省安排补助资金61.7亿元,比上年增加11.2亿元。',
      '(2)教育培训工程。培训农村劳动力240万人。(就管中心)',
      '18.新增农村劳动力转移50万人。(就业处)',
    );
    expect(schema.items.map((i) => [i.label, i.responsible])).toEqual([
      ['一、5', ['工资处', '就管中心']],
      ['17(2)', ['就管中心']],
      ['一、18', ['就业处']],
    ]);
    expect(schema.targets.map((t) => [t.value, t.measure])).toEqual([
      [9, '%'],
      [240, '万人'],
      [50, '万人'],
    ]);
  });

  it('makes a heading of clauses with a topic line under it the group of the deeper items that carry the units', () => {
    const { schema } = notice(
      '一、主要目标',
      '(一)地区生产总值增长6%。(牵头单位:市发改委)',
      '(二)城镇新增就业3万人。(牵头单位:市人社局)',
      '(三)粮食产量稳定在100万吨。(牵头单位:市农业农村局)',
      '二、重点工作',
      '(一)强信心、稳预期,奋力推动经济稳健增长。',
      '着力扩大有效投资。',
      '1.持续开展项目攻坚年活动,确保高速建成投用。(牵头单位:市交通运输局)',
      '2.加快专项债券项目建设。(牵头单位:市财政局)',
    );
    expect(schema.items.map((i) => [i.title, i.lead])).toEqual([
      ['地区生产总值增长6%', ['市发改委']],
      ['城镇新增就业3万人', ['市人社局']],
      ['粮食产量稳定在100万吨', ['市农业农村局']],
      ['持续开展项目攻坚年活动,确保高速建成投用', ['市交通运输局']],
      ['加快专项债券项目建设', ['市财政局']],
    ]);
    expect(schema.groups.map((g) => g.title)).toContain(
      '强信心、稳预期,奋力推动经济稳健增长。着力扩大有效投资',
    );
  });

  it('reads units with their roles opening the item, or its paragraph under a title line, leaving the leader in the text', () => {
    const { schema } = notice(
      '1、设立综合配套改革试验区事宜',
      '由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案。',
      '2、市环保局牵头,市财政局配合,完成大气污染防治研究。',
      '3、加强统筹协调,完善推进机制。',
    );
    expect(schema.items.map((i) => [i.lead, i.cooperate])).toEqual([
      [['市发改委'], ['相关部门']],
      [['市环保局'], ['市财政局']],
      [[], []],
    ]);
    expect(schema.items[0]?.text).toContain('由杨志武副市长负责,尽快完成');
    expect(schema.items[1]?.text).toBe('完成大气污染防治研究。');
  });

  it('reads a category cell of three words run together as the category, not as three people', () => {
    const { schema } = notice(
      ...['序号', '项目', '重点工作', '牵头领导', '牵头单位', '主要参与单位', '一、在铸强发展引擎上大抓落实'],
      ...[
        '1',
        '厚植创新发展源动力',
        '建设科创走廊核心区,推进实验室装置建设。',
        '梅建胜',
        '顾国煜',
        '区科技局',
      ],
      ...[
        '区发改局',
        '2',
        '深挖名校名院资源,加快构建技术创新中心体系。',
        '顾国煜',
        '区科技局',
        '各平台、镇街',
      ],
    );
    expect(schema.items.map((i) => i.text.slice(0, 6))).toEqual(['建设科创走廊', '深挖名校名院']);
  });

  it('reads a copy glossed with pinyin (發(fā)展) as the text without the glosses, and quotes it at its place', () => {
    const text = [
      '某市2023年工作要點',
      '1.推進產(chǎn)業(yè)升級。(責(zé)任單位:市發(fā)展改革委、市財(cái)政局)',
    ].join('\n');
    const { schema } = parseNotice(text);
    expect(schema.items.map((i) => [i.text, i.responsible])).toEqual([
      ['推進產業升級。', ['市發展改革委', '市財政局']],
    ]);
    expect(schema.items[0]?.source).toMatchObject({ line: 2, column: 1 });
  });

  it('counts a figure said again in a second task column once, and keeps two figures of one carried name', () => {
    const { schema } = notice(
      '序号 | 督办事项 | 年度工作任务和目标 | 责任单位 |',
      '1 | 全市生产总值增长8%左右。 | 全年实现全市生产总值增长8%左右,万元GDP能耗下降3%。 | 市发展改革委 |',
      '2 | 推进棚户区改造。 | 棚户区改造项目开工400套,建成400套。 | 市住建局 |',
    );
    expect(schema.targets.map((t) => [t.item, t.value, t.measure])).toEqual([
      [1, 8, '%'],
      [1, 3, '%'],
      [2, 400, '套'],
      [2, 400, '套'],
    ]);
  });

  it('does not part lines under a title into items when a bracket closes one opened on another line', () => {
    const { schema } = notice(
      '一、降低融资成本',
      '1.扩大普惠金融覆盖面',
      '全年新增贷款100亿元,责任单位为市金融局;',
      '新增担保业务40亿元,责任单位为市财政局。)',
      '2.发挥担保作用。(牵头单位:市财政局)',
    );
    expect(schema.items.map((i) => i.label)).toEqual(['1', '2']);
  });

  it('keeps a heading with its own clause as the item when the measures under it do not repeat its figures', () => {
    const { schema, diagnostics } = notice(
      '一、促进就业',
      '(一)新增城镇就业3万人。(牵头单位:市人社局)',
      '1、新增城镇就业2万人。多渠道开发就业岗位。',
      '2、开展技能培训。强化失业人员帮扶。',
      '(二)改造老旧小区50个。(牵头单位:市住建局)',
      '(三)新建学校5所。(牵头单位:市教育局)',
    );
    expect(schema.items.map((i) => [i.label, i.lead])).toEqual([
      ['(一)', ['市人社局']],
      ['(二)', ['市住建局']],
      ['(三)', ['市教育局']],
    ]);
    // The measures are not lost unseen.
    expect(diagnostics.map((d) => d.code)).toContain('unattached-text');
  });

  it('reads a row short of a cell under a column of merged headings from the second column on', () => {
    const { schema } = notice(
      '工作任务 | 具体要求 | 责任科室 | 时限要求 |',
      '一、做好公开 | 1.加强行政执法信息公开。 | 局政法科 | 6月底前 |',
      '2.推进预算决算公开。 | 局财务科;各乡镇中心学校 | 持续推进 | |',
    );
    expect(schema.items.map((i) => [i.text, [...i.lead, ...i.responsible]])).toEqual([
      ['加强行政执法信息公开。', ['局政法科']],
      ['推进预算决算公开。', ['局财务科', '各乡镇中心学校']],
    ]);
  });

  it('names a column of leaders among the columns a pasted table does not read', () => {
    const { diagnostics } = notice(
      '序号 | 工作任务 | 牵头单位 | 责任领导 |',
      '1 | 新建学校3所 | 市教育局 | 张三 |',
      '2 | 改造小区 | 市住建局 | 李四 |',
    );
    const columns = diagnostics.find((d) => d.code === 'table-columns');
    expect(columns?.detail?.params).toMatchObject({ unread: ['责任领导'] });
  });
});

describe('units named alone on a line over their items', () => {
  it('reads a unit’s name on a line of its own over items 1, 2… as theirs, numbering restarting under each', () => {
    const { schema, diagnostics } = parseNotice(
      [
        '各县区人民政府,市政府各部门:',
        '现将2006年主要工作考核目标印发给你们。',
        '县区政府及市政府各部门2006年主要工作考核目标',
        '凤台县政府',
        '1.地区生产总值75亿元,增长25%。(分值:5分)',
        '2.财政收入10亿元,增长20%。(分值:10分)',
        '大通区政府',
        '1.地区生产总值30亿元,增长15%。(分值:5分)',
      ].join('\n'),
    );
    expect(schema.items.map((i) => i.responsible)).toEqual([['凤台县政府'], ['凤台县政府'], ['大通区政府']]);
    expect(diagnostics.filter((d) => d.code === 'units-from-heading').map((d) => d.line)).toEqual([4, 7]);
  });
});

describe('what the layout rules leave alone (a review found each)', () => {
  it('keeps prose where a matter is handled (可在…办理), a bracket opening a clause, towns before a stop and 及时 as text', () => {
    const { schema } = notice(
      '一、改革',
      '1.推进一网通办,企业开办、不动产登记等事项可在市政务服务中心办理。',
      '2.推进改革。(市委改革办牵头,并督促各县区落实)',
      '3.建设美丽乡村,新建3个乡镇卫生院(城关镇、河口镇、马岭镇)。加快道路建设(县交通运输局)。',
      '4.健全机制,及时报市政府。(市发改委负责)',
    );
    expect(schema.items.map((i) => [i.lead, i.responsible])).toEqual([
      [[], []],
      [[], []],
      [[], ['县交通运输局']],
      [[], ['市发改委']],
    ]);
    expect(schema.items[2]?.text).toContain('城关镇、河口镇、马岭镇');
  });

  it('keeps two indicators that share a figure and differ by more than a lead-in', () => {
    const { schema } = notice('1.居民人均可支配收入增长6.5%,农村居民人均可支配收入增长6.5%。(市统计局负责)');
    expect(schema.targets.map((t) => t.name)).toEqual(['居民人均可支配收入', '农村居民人均可支配收入']);
  });

  it('reads a topic heading (数字政府) as no unit, and says when a heading of units gives its items their units', () => {
    const { schema, diagnostics } = notice(
      '(一)数字政府',
      '1.推进政务数据共享。',
      '(二)区体育局',
      '2.新建健身点20个。',
    );
    expect(schema.items.map((i) => i.responsible)).toEqual([[], ['区体育局']]);
    expect(diagnostics.filter((d) => d.code === 'units-from-heading').map((d) => d.line)).toEqual([4]);
  });

  it('reads on past a gap in the numbering of a table of figures given cell by cell', () => {
    const { schema } = notice(
      ...['序号', '指标', '单位', '2024年目标', '牵头单位'],
      ...[
        '1',
        '城镇新增就业人数',
        '万人',
        '4.5',
        '市人社局',
        '2',
        '规上工业增加值增速',
        '%',
        '7',
        '市工信局',
      ],
      ...['4', '粮食产量', '万吨', '120', '市农业农村局', '5', '森林覆盖率', '%', '62', '市林业局'],
    );
    expect(schema.items.map((i) => [i.label, i.lead])).toEqual([
      ['1', ['市人社局']],
      ['2', ['市工信局']],
      ['4', ['市农业农村局']],
      ['5', ['市林业局']],
    ]);
  });

  it('keeps a table given cell by cell whole when one row ends in an empty cell, and names its unread column', () => {
    const { schema, diagnostics } = notice(
      ...['工作任务', '|', '责任单位', '|', '备注', '|', '|'],
      ...['开展消费促进活动', '|', '市商务局', '|', '按月调度', '|', '|'],
      ...['推进外贸稳增长', '|', '市商务局', '|', '|', '|'],
      ...['加快项目建设', '|', '市发改委', '|', '按季调度', '|', '|'],
    );
    expect(schema.items.map((i) => i.title)).toEqual(['开展消费促进活动', '推进外贸稳增长', '加快项目建设']);
    expect(diagnostics.find((d) => d.code === 'table-columns')?.message).toContain('备注');
  });

  it('does not join a row that lacks its closing | with the next row, nor an open header with the first row', () => {
    const { schema } = notice(
      '序号 | 工作任务 | 责任单位 | 完成时限',
      '1 | 开展消费促进活动 | 市商务局 | 2024年12月底前 |',
      '2 | 加快项目建设 | 市发改委 | 2024年12月底前',
      '3 | 优化营商环境 | 市政务服务局 | 2024年12月底前 |',
    );
    expect(schema.items.map((i) => [i.title, i.lead])).toEqual([
      ['开展消费促进活动', ['市商务局']],
      ['加快项目建设', ['市发改委']],
      ['优化营商环境', ['市政务服务局']],
    ]);
  });

  it('removes a pinyin gloss that ends a line, and maps a glossed cell to its column', () => {
    const { schema, diagnostics } = parseNotice(
      ['一、推動經濟穩定增長(zhǎng)', '1.推進項目早投產(chǎn)。(市發(fā)改委負責)'].join('\n'),
    );
    expect(schema.sections[0]?.title).toBe('推動經濟穩定增長');
    expect(schema.items[0]?.text).toBe('推進項目早投產。');
    const cells = parseNotice(
      [
        '某市2024年指标',
        '指标',
        '| 单位',
        '| 2024年目标',
        '| 牵头部门',
        '| 1',
        '| 新增就业',
        '| 万人',
        '| 4',
        '| 市發(fā)改委',
        '| 2',
        '| 新增企业',
        '| 户',
        '| 100',
        '| 市財政局',
      ].join('\n'),
    );
    expect(cells.diagnostics.find((d) => d.code === 'unknown-unit')).toMatchObject({ line: 10, column: 3 });
    expect(diagnostics.map((d) => d.code)).not.toContain('internal-error');
  });
});

describe('rules a mutation run showed no test held', () => {
  it('counts a figure said again after a lead-in (全市…) once', () => {
    const { schema } = notice(
      '序号 | 督办事项 | 年度目标 | 责任单位 |',
      '1 | 社会消费品零售总额增长10.5%。 | 全市社会消费品零售总额增长10.5%。 | 市商务局 |',
    );
    expect(schema.targets.map((t) => [t.value, t.measure])).toEqual([[10.5, '%']]);
  });

  it('reads units after a box-drawing dash, after an item’s first sentence, and never inside a bracket', () => {
    const { schema } = notice(
      '1.推进公立医院综合改革。──牵头单位:市卫生局;配合单位:市财政局',
      '2.推进分级诊疗。市卫生局牵头,市财政局配合,年内完成试点。',
      '3.推进医保支付改革(年内完成试点。市医保局牵头,市财政局配合,逐步推广)。',
    );
    expect(schema.items.map((i) => [i.text, i.lead])).toEqual([
      ['推进公立医院综合改革。', ['市卫生局']],
      ['推进分级诊疗。年内完成试点。', ['市卫生局']],
      ['推进医保支付改革(年内完成试点。市医保局牵头,市财政局配合,逐步推广)。', []],
    ]);
  });

  it('reads a long heading of units as units, and neither 数字政府 alone on a line nor 服务全局 as one', () => {
    const { schema } = notice(
      '(一)区发展和改革局、区财政局、区住房和城乡建设局、各街道办事处',
      '1.推进项目建设。',
      '数字政府',
      '2.推进政务数据共享。',
      '(二)服务全局',
      '3.做好协调工作。',
    );
    expect(schema.items.map((i) => i.responsible.length)).toEqual([4, 4, 0]);
    expect(schema.items[0]?.text).toBe('推进项目建设。数字政府');
  });

  it('reports a unit line shared by a group at the line that holds it', () => {
    const { diagnostics } = notice(
      '1、人均收入增长8%。',
      '2、工资收入增长7%。',
      '责任单位:各县区政府、市直相关部门。',
    );
    expect(diagnostics.find((d) => d.code === 'units-for-group')).toMatchObject({ line: 4, column: 1 });
  });

  it('quotes a glossed item without its glosses, and removes a gloss with ü and a tone (綠(lǜ))', () => {
    const { schema } = parseNotice(
      ['一、推動經濟穩定增長', '1.推進項目早投產(chǎn)。(市發(fā)改委負責)'].join('\n'),
    );
    expect(stripGlosses('推進綠(lǜ)色發展')).toBe('推進綠色發展');
    expect(schema.items[0]?.text).toBe('推進項目早投產。');
    expect(schema.items[0]?.source).toMatchObject({
      line: 2,
      column: 1,
      text: '1.推進項目早投產。(市發改委負責)',
    });
  });
});
