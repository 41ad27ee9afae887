/**
 * The wording of the 通报 (progress bulletin), in one place so that an office can adapt it: every sentence of
 * the bulletin is one of these templates with the figures filled in (src/domain/bulletin), and the CLI's
 * messages for `workpoints bulletin`. Change the words, keep the `{placeholders}`.
 */

/** Simplified Chinese. */
export const zh = {
  // The document around the sections.
  'bulletin.title': '关于{period}{notice}落实情况的通报',
  'bulletin.notice': '《{title}》',
  'bulletin.noticeFallback': '工作要点',
  'bulletin.addressee': '各成员单位：',
  'bulletin.opening':
    '为推动{notice}各项任务落实落地，根据各成员单位报送的进展情况，现将{period}工作推进情况通报如下。',
  'bulletin.heading1': '{no}、{text}',
  'bulletin.heading2': '（{no}）{text}',
  'bulletin.issuerFallback': '领导小组办公室',
  'bulletin.date': '{year}年{month}月{day}日',
  'bulletin.separator.clause': '；',
  'bulletin.separator.name': '、',
  'bulletin.separator.sentence': '',
  'bulletin.figure': '{value}{measure}',
  'bulletin.points': '{value}个百分点',

  // 一、总体情况
  'bulletin.overall.heading': '总体情况',
  'bulletin.overall.targets':
    '截至{period}末（序时进度{schedule}），共{total}项指标，已完成{done}项，占{doneShare}；达到序时进度{onTrack}项，占{onTrackShare}；滞后{lagging}项（其中严重滞后{severe}项），占{laggingShare}；未报送{missing}项。',
  'bulletin.overall.caps': '控制类指标达标{met}项、未达标{missed}项。',
  'bulletin.overall.noTargets': '截至{period}末（序时进度{schedule}），本工作要点没有量化指标。',
  'bulletin.overall.items': '共{items}项工作任务，已报送{reported}项，未报送{unreported}项。',
  'bulletin.overall.changeUp': '已完成指标占比较{previous}（{previousShare}）提高{points}。',
  'bulletin.overall.changeDown': '已完成指标占比较{previous}（{previousShare}）降低{points}。',
  'bulletin.overall.changeSame': '已完成指标占比与{previous}（{previousShare}）持平。',

  // 二、主要指标完成情况
  'bulletin.targets.heading': '主要指标完成情况',
  'bulletin.targets.doneHeading': '已完成全年目标的指标',
  'bulletin.targets.onTrackHeading': '达到序时进度的指标',
  'bulletin.targets.laggingHeading': '滞后的指标',
  'bulletin.targets.capsHeading': '控制类指标',
  'bulletin.targets.done': '{count}项指标已完成全年目标：{list}。',
  'bulletin.targets.onTrack': '{count}项指标达到序时进度：{list}。',
  'bulletin.targets.lagging': '{count}项指标滞后（其中严重滞后{severe}项）：{list}。',
  'bulletin.targets.caps': '控制类指标{count}项，达标{met}项、未达标{missed}项、未报送{missing}项。',
  'bulletin.targets.capsList': '{list}。',
  'bulletin.targets.noFigures': '本期各项指标均未报送数据。',
  'bulletin.target.progress': '{name}（{unit}）累计完成{actual}，完成率{rate}，{standing}',
  'bulletin.target.done': '{name}（{unit}）累计完成{actual}，完成率{rate}',
  'bulletin.target.level': '{name}（{unit}）为{actual}，完成率{rate}，{standing}',
  'bulletin.target.noRate': '{name}（{unit}）累计完成{actual}，目标值为0，无法计算完成率',
  'bulletin.target.ceiling': '{name}（{unit}）为{actual}，控制目标{comparator}{limit}，{verdict}',
  'bulletin.target.severe': '{line}（严重滞后）',
  'bulletin.target.change': '{line}，{change}',
  'bulletin.standing.ahead': '超序时进度{points}',
  'bulletin.standing.even': '与序时进度持平',
  'bulletin.standing.behind': '低于序时进度{points}',
  'bulletin.standing.levelReached': '达到全年目标',
  'bulletin.standing.levelEven': '与全年目标持平',
  'bulletin.standing.levelBelow': '低于全年目标{points}',
  'bulletin.standing.levelAbove': '高于全年目标{points}',
  'bulletin.verdict.met': '达标',
  'bulletin.verdict.missed': '未达标',
  'bulletin.comparator.atMost': '不高于',
  'bulletin.comparator.below': '低于',
  'bulletin.comparator.atLeast': '不低于',
  'bulletin.comparator.above': '高于',
  'bulletin.comparator.equal': '',
  'bulletin.change.up': '较{previous}提高{points}',
  'bulletin.change.down': '较{previous}降低{points}',
  'bulletin.change.same': '与{previous}持平',

  // 三、报送情况
  'bulletin.reporting.heading': '报送情况',
  'bulletin.reporting.units':
    '应报送单位{total}个，已全部报送{full}个，部分报送{partial}个，未报送{none}个。',
  'bulletin.reporting.fullUnits': '全部报送的单位：{names}。',
  'bulletin.reporting.partialUnits': '部分报送的单位：{names}。',
  'bulletin.reporting.silentUnits': '未报送的单位：{names}。',
  'bulletin.reporting.noUnits': '本期没有应报送的单位。',
  'bulletin.reporting.missingTargets': '{count}项指标未报送数据：{list}。',
  'bulletin.reporting.missingTarget': '{name}（{unit}）',
  'bulletin.reporting.deadline':
    '本期报送截止时间为{deadline}，已报送的单位中按时报送{onTime}个，逾期报送{late}个，没有回收记录{unrecorded}个。',
  'bulletin.reporting.lateUnits': '逾期报送的单位：{names}。',

  // 四、存在问题
  'bulletin.problems.heading': '存在问题',
  'bulletin.problems.intro': '从各单位报送情况看，滞后指标主要存在以下问题：',
  'bulletin.problems.entry': '{unit}（{subjects}）：{text}',
  'bulletin.problems.none': '滞后指标的责任单位均未填写存在问题，请在下期报送时说明滞后原因。',
  'bulletin.problems.noLagging': '本期没有滞后指标。',

  // 五、下步工作: the default paragraphs the office edits.
  'bulletin.nextSteps.heading': '下步工作',
  'bulletin.nextSteps.default1':
    '一是加强调度督促。对滞后和未报送的指标，请责任单位认真分析原因，明确整改措施和完成时限，确保完成全年目标任务。',
  'bulletin.nextSteps.default2':
    '二是强化协调服务。领导小组办公室将加强与各成员单位的沟通衔接，及时协调解决工作推进中遇到的困难和问题。',
  'bulletin.nextSteps.default3':
    '三是做好下期报送。请各成员单位按时、准确报送下一报告期工作进展，数据口径与台账保持一致，并如实填写存在问题。',

  // 附件
  'bulletin.attachment.note': '附件：{title}',
  'bulletin.attachment.label': '附件',
  'bulletin.attachment.title': '滞后事项清单',
  'bulletin.attachment.no': '序号',
  'bulletin.attachment.task': '工作任务',
  'bulletin.attachment.target': '指标',
  'bulletin.attachment.unit': '责任单位',
  'bulletin.attachment.rate': '完成率',
  'bulletin.attachment.schedule': '序时进度',
  'bulletin.attachment.gap': '差距',
  'bulletin.attachment.problems': '存在问题',
  'bulletin.attachment.blank': '—',
  'bulletin.attachment.itemTask': '{no}. {title}',

  // workpoints bulletin
  'bulletin.cli.usage':
    '用法：workpoints bulletin BOOK.xlsx --period 2021年上半年 (--out 通报.docx | --text) [--date 2021-07-15] [--next-steps 下步工作.txt] [--lang zh-CN|en-US]\n  按报告期生成进度通报：--out 写出 Word 文档（不改动台账），--text 只在终端打印全文；\n  --date 成文日期（默认今天），--next-steps 用文件中的段落（每行一段）代替“下步工作”的默认段落。',
  'bulletin.cli.noPeriod': '请用 --period 给出报告期，例如 --period 2021年上半年。',
  'bulletin.cli.outOrText': '请用 --out 通报.docx 写出文档，或用 --text 打印全文（二者选一）。',
  'bulletin.cli.outNotDocx': '--out 应是 .docx 文件，却给了“{path}”。',
  'bulletin.cli.badDate': '--date 应写成 2021-07-15 这样的日期，却给了“{date}”。',
  'bulletin.cli.badLang': '--lang 只能是 zh-CN 或 en-US，却给了“{lang}”。',
  'bulletin.cli.nextStepsEmpty': '“{path}”中没有任何段落，无法作为“下步工作”。',
  'bulletin.cli.periodRead': '报告期“{written}”按“{period}”生成通报。',
  'bulletin.cli.errorRows': '有 {count} 行填报存在错误，未计入通报（可用 workpoints validate 查看）。',
  'bulletin.cli.written': '已写入 {path}（{period}通报）。',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'bulletin.title': 'Progress bulletin on {notice}, {period}',
  'bulletin.notice': '“{title}”',
  'bulletin.noticeFallback': 'the work points',
  'bulletin.addressee': 'To all member units:',
  'bulletin.opening':
    'To drive the implementation of {notice}, this bulletin reports the progress for {period}, as the member units reported it.',
  'bulletin.heading1': '{no}. {text}',
  'bulletin.heading2': '({no}) {text}',
  'bulletin.issuerFallback': 'Office of the leading group',
  'bulletin.date': '{day}/{month}/{year}',
  'bulletin.separator.clause': '; ',
  'bulletin.separator.name': ', ',
  'bulletin.separator.sentence': ' ',
  'bulletin.figure': '{value} {measure}',
  'bulletin.points': '{value} percentage points',

  'bulletin.overall.heading': 'Overview',
  'bulletin.overall.targets':
    'By the end of {period} (schedule {schedule}): targets {total}; met {done} ({doneShare}); on schedule {onTrack} ({onTrackShare}); behind {lagging}, of which seriously {severe} ({laggingShare}); not reported {missing}.',
  'bulletin.overall.caps': 'Ceiling targets: met {met}, missed {missed}.',
  'bulletin.overall.noTargets':
    'By the end of {period} (schedule {schedule}), the work points have no quantitative targets.',
  'bulletin.overall.items': 'Work items: {items}; reported {reported}; not reported {unreported}.',
  'bulletin.overall.changeUp':
    'The share of targets met rose by {points} since {previous} ({previousShare}).',
  'bulletin.overall.changeDown':
    'The share of targets met fell by {points} since {previous} ({previousShare}).',
  'bulletin.overall.changeSame': 'The share of targets met is unchanged since {previous} ({previousShare}).',

  'bulletin.targets.heading': 'Main targets',
  'bulletin.targets.doneHeading': 'Targets met for the year',
  'bulletin.targets.onTrackHeading': 'Targets on schedule',
  'bulletin.targets.laggingHeading': 'Targets behind schedule',
  'bulletin.targets.capsHeading': 'Ceiling targets',
  'bulletin.targets.done': 'Met the annual target ({count}): {list}.',
  'bulletin.targets.onTrack': 'On schedule ({count}): {list}.',
  'bulletin.targets.lagging': 'Behind schedule ({count}, of which seriously {severe}): {list}.',
  'bulletin.targets.caps': 'Ceiling targets ({count}): met {met}, missed {missed}, not reported {missing}.',
  'bulletin.targets.capsList': '{list}.',
  'bulletin.targets.noFigures': 'No target has a figure this period.',
  'bulletin.target.progress': '{name} ({unit}) reached {actual}, completion {rate}, {standing}',
  'bulletin.target.done': '{name} ({unit}) reached {actual}, completion {rate}',
  'bulletin.target.level': '{name} ({unit}) stands at {actual}, completion {rate}, {standing}',
  'bulletin.target.noRate': '{name} ({unit}) reached {actual}; the target is 0, so no completion rate',
  'bulletin.target.ceiling': '{name} ({unit}) stands at {actual}, ceiling {comparator}{limit}, {verdict}',
  'bulletin.target.severe': '{line} (seriously behind)',
  'bulletin.target.change': '{line}, {change}',
  'bulletin.standing.ahead': '{points} ahead of schedule',
  'bulletin.standing.even': 'on schedule',
  'bulletin.standing.behind': '{points} behind schedule',
  'bulletin.standing.levelReached': 'annual target reached',
  'bulletin.standing.levelEven': 'level with the annual target',
  'bulletin.standing.levelBelow': '{points} below the annual target',
  'bulletin.standing.levelAbove': '{points} above the annual target',
  'bulletin.verdict.met': 'met',
  'bulletin.verdict.missed': 'missed',
  'bulletin.comparator.atMost': 'at most ',
  'bulletin.comparator.below': 'below ',
  'bulletin.comparator.atLeast': 'at least ',
  'bulletin.comparator.above': 'above ',
  'bulletin.comparator.equal': '',
  'bulletin.change.up': 'up {points} since {previous}',
  'bulletin.change.down': 'down {points} since {previous}',
  'bulletin.change.same': 'unchanged since {previous}',

  'bulletin.reporting.heading': 'Reporting',
  'bulletin.reporting.units':
    'Units due to report: {total}; reported in full {full}, in part {partial}, not at all {none}.',
  'bulletin.reporting.fullUnits': 'Reported in full: {names}.',
  'bulletin.reporting.partialUnits': 'Reported in part: {names}.',
  'bulletin.reporting.silentUnits': 'Not reported: {names}.',
  'bulletin.reporting.noUnits': 'No unit was due to report this period.',
  'bulletin.reporting.missingTargets': 'Targets without a figure ({count}): {list}.',
  'bulletin.reporting.missingTarget': '{name} ({unit})',
  'bulletin.reporting.deadline':
    'Returns were due by {deadline}. Of the units that reported: on time {onTime}, late {late}, without a collection record {unrecorded}.',
  'bulletin.reporting.lateUnits': 'Reported late: {names}.',

  'bulletin.problems.heading': 'Problems',
  'bulletin.problems.intro': 'The units responsible for the targets behind schedule report these problems:',
  'bulletin.problems.entry': '{unit} ({subjects}): {text}',
  'bulletin.problems.none':
    'The units responsible for the targets behind schedule stated no problems; please give the reasons in the next return.',
  'bulletin.problems.noLagging': 'No target is behind schedule this period.',

  'bulletin.nextSteps.heading': 'Next steps',
  'bulletin.nextSteps.default1':
    'First, closer follow-up: for every target behind schedule or not reported, the responsible unit analyses the causes and sets out remedies and dates, so that the annual targets are met.',
  'bulletin.nextSteps.default2':
    'Second, coordination: the office of the leading group keeps in close contact with the member units and helps resolve the difficulties they meet.',
  'bulletin.nextSteps.default3':
    'Third, the next return: member units report the next period on time and accurately, in the ledger’s terms, and state their problems truthfully.',

  'bulletin.attachment.note': 'Attachment: {title}',
  'bulletin.attachment.label': 'Attachment',
  'bulletin.attachment.title': 'Items behind schedule',
  'bulletin.attachment.no': 'No.',
  'bulletin.attachment.task': 'Work item',
  'bulletin.attachment.target': 'Target',
  'bulletin.attachment.unit': 'Responsible unit',
  'bulletin.attachment.rate': 'Completion',
  'bulletin.attachment.schedule': 'Schedule',
  'bulletin.attachment.gap': 'Gap',
  'bulletin.attachment.problems': 'Problems',
  'bulletin.attachment.blank': '—',
  'bulletin.attachment.itemTask': '{no}. {title}',

  'bulletin.cli.usage':
    'Usage: workpoints bulletin BOOK.xlsx --period PERIOD (--out BULLETIN.docx | --text) [--date 2021-07-15] [--next-steps NEXT.txt] [--lang zh-CN|en-US]\n  Writes the progress bulletin of a period: --out writes a Word document (the ledger is not changed), --text prints the text only;\n  --date is the date of issue (today by default), --next-steps replaces the default next-steps paragraphs with the file’s (one per line).',
  'bulletin.cli.noPeriod': 'Give the period with --period, e.g. --period “2021年上半年”.',
  'bulletin.cli.outOrText':
    'Use --out BULLETIN.docx to write the document, or --text to print it (one of the two).',
  'bulletin.cli.outNotDocx': '--out must be a .docx file, not “{path}”.',
  'bulletin.cli.badDate': '--date must be a date like 2021-07-15, not “{date}”.',
  'bulletin.cli.badLang': '--lang must be zh-CN or en-US, not “{lang}”.',
  'bulletin.cli.nextStepsEmpty': '“{path}” holds no paragraph to use as the next steps.',
  'bulletin.cli.periodRead': 'Period “{written}” read as “{period}”.',
  'bulletin.cli.errorRows':
    '{count} entry rows have errors and are not counted in the bulletin (see workpoints validate).',
  'bulletin.cli.written': 'Wrote {path} (bulletin for {period}).',
};
