/** Parse time of the reference notice and of a 1 MB notice, each beside a linear-scan baseline over the same text. */
import { BUILTIN_NOTICE_TEXT } from '../src/domain/builtin/notice2021';
import { parseNotice } from '../src/domain/notice/parseNotice';
import { Benchmark, label, lastResult, linearScan, ms, time } from './harness';
import { largeNotice } from './largeNotice';

const ONE_MEGABYTE = 1024 * 1024;

function measure(
  print: (line: string) => void,
  name: string,
  text: string,
  runs: number,
  expected?: { sections: number; items: number },
): void {
  const parse = time(() => parseNotice(text), runs);
  const result = lastResult() as ReturnType<typeof parseNotice>;
  const scan = time(() => linearScan(text), runs);
  const bytes = Buffer.byteLength(text, 'utf8');
  print(`${name}: ${text.length} characters, ${bytes} bytes UTF-8, median of ${runs} runs`);
  print(
    `  ${label('parseNotice')}${ms(parse.median)}  (fastest ${ms(parse.min)}, ${(bytes / 1e6 / (parse.median / 1000)).toFixed(2)} MB/s)`,
  );
  print(`  ${label('linear scan (charCodeAt sum)')}${ms(scan.median)}`);
  print(`  ${label('ratio parse / scan')}${(parse.median / scan.median).toFixed(1)}×`);
  const found = `${result.schema.sections.length} sections, ${result.schema.items.length} items, ${result.schema.targets.length} targets, ${result.diagnostics.length} diagnostics`;
  print(
    `  ${label('parsed')}${found}${expected ? ` (text holds ${expected.sections} sections, ${expected.items} items)` : ''}`,
  );
}

/** The parse benchmark. */
export const benchmark: Benchmark = {
  name: 'parse',
  run(print) {
    measure(print, 'reference notice (2021)', BUILTIN_NOTICE_TEXT, 30);
    const large = largeNotice(BUILTIN_NOTICE_TEXT, ONE_MEGABYTE);
    measure(print, `1 MB notice (reference body × ${large.copies}, renumbered)`, large.text, 7, large);
  },
};
