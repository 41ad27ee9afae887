/** Timing helpers shared by the benchmarks: medians of repeated runs, printed as aligned figures. */

/** A benchmark module: a name and a function that measures and prints. */
export interface Benchmark {
  name: string;
  run(print: (line: string) => void): Promise<void> | void;
}

/** Timing of one measured function, in milliseconds. */
export interface Timing {
  median: number;
  min: number;
  runs: number;
}

// Results are written here so that the engine cannot drop a measured call as dead code.
let sink: unknown;

/** Runs `fn` once to warm up, then `runs` times, and returns the median and fastest time. */
export function time(fn: () => unknown, runs: number): Timing {
  sink = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median =
    times.length % 2 ? (times[mid] as number) : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
  return { median, min: times[0] as number, runs };
}

/** The last measured result, for benchmarks that want to report on it. */
export function lastResult(): unknown {
  return sink;
}

/** Time to read every UTF-16 code unit of a text once: the floor any text scan is compared with. */
export function linearScan(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

/** `12.345 ms` with three significant decimals. */
export function ms(value: number): string {
  return `${value.toFixed(3)} ms`;
}

/** Left-aligned label padded to a width (Chinese-free labels, so plain length is the width). */
export function label(text: string, width = 34): string {
  return text.padEnd(width);
}
