/**
 * `npm run bench [-- NAME…]`: runs each benchmark module in turn and prints its figures (no pass/fail).
 * A new benchmark is a module exporting `benchmark: Benchmark`, added to the list below.
 */
import type { Benchmark } from './harness';

const BENCHMARKS: Record<string, () => Promise<{ benchmark: Benchmark }>> = {
  accuracy: () => import('./accuracy'),
  bulletin: () => import('./bulletin'),
  package: () => import('./package'),
  collect: () => import('./collect'),
  parse: () => import('./parse'),
  returnForms: () => import('./returnForms'),
  schemaFile: () => import('./schemaFile'),
  schemaTables: () => import('./schemaTables'),
  summary: () => import('./summary'),
  taskpane: () => import('./taskpane'),
  workbook: () => import('./workbook'),
  insideExcel: () => import('./insideExcel'),
  validate: () => import('./validate'),
};

async function main(names: string[]): Promise<number> {
  const unknown = names.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) {
    console.error(
      `Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(BENCHMARKS).join(', ')}`,
    );
    return 2;
  }
  console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
  for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS)) {
    const load = BENCHMARKS[name];
    if (!load) continue;
    const { benchmark } = await load();
    console.log(`\n== ${benchmark.name} ==`);
    await benchmark.run((line) => console.log(line));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
