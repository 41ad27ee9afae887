/** The notice's own title, its issuer (signature line) and its year. */
import type { ClassifiedLine } from './classify';

const TITLE_WORD =
  /(要点|计划|方案|安排|任务|意见|清单|措施|分工|分解|责任书|目标|工作|实事|台账|登记表|进展情况|完成情况|推进情况|落实情况)/;
/** Notes and bracketed remarks under the title (`(注:列第一位者为牵头单位)`) are not the title. */
const NOT_TITLE_START = /^([([]|注|说明|备注)/;
const TITLE_END_PUNCT = /[。,;:!?]$/;
const COVERING = /^关于印发《(.{2,80})》的通知$/;
const CN_YEAR_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** The title: the last title-like line before the body, else the name inside 关于印发《…》的通知, else ''. */
export function findTitle(
  lines: readonly ClassifiedLine[],
  bodyStart: number,
): { title: string; line?: ClassifiedLine } {
  let found: ClassifiedLine | undefined;
  let covering: { title: string; line: ClassifiedLine } | undefined;
  for (let i = 0; i < bodyStart && i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.kind !== 'text') continue;
    const cover = COVERING.exec(line.text);
    if (cover?.[1]) {
      covering ??= { title: cover[1], line };
      continue;
    }
    if (
      line.text.length >= 4 &&
      line.text.length <= 60 &&
      !TITLE_END_PUNCT.test(line.text) &&
      !NOT_TITLE_START.test(line.text) &&
      TITLE_WORD.test(line.text)
    ) {
      found = line;
    }
  }
  // A title pasted as a table's first row keeps its cell bar (`…台账 |`); the bar is not part of it.
  if (found) return { title: found.text.replace(/[ |]+$/, '').replace(/^《(.*)》$/, '$1'), line: found };
  return covering ?? { title: '' };
}

/** The issuer: the first signature line (the line above a date), else ''. */
export function findIssuer(lines: readonly ClassifiedLine[]): string {
  return lines.find((line) => line.kind === 'signature')?.text ?? '';
}

function yearIn(text: string): number | undefined {
  const arabic = /((?:19|20)\d\d)年/.exec(text);
  if (arabic?.[1]) return Number(arabic[1]);
  const chinese = /([〇零一二三四五六七八九]{4})年/.exec(text);
  if (chinese?.[1]) {
    const digits = [...chinese[1]].map((c) => CN_YEAR_DIGITS[c] ?? '').join('');
    const year = Number(digits);
    if (year >= 1900 && year < 2100) return year;
  }
  return undefined;
}

/** The year from the title, else the first year written anywhere in the notice; undefined when none. */
export function findYear(title: string, lines: readonly ClassifiedLine[]): number | undefined {
  const fromTitle = yearIn(title);
  if (fromTitle !== undefined) return fromTitle;
  for (const line of lines) {
    const year = yearIn(line.text);
    if (year !== undefined) return year;
  }
  return undefined;
}
