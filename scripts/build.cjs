#!/usr/bin/env node
// Production build with a bundle report: `npm run build` (add `-- --stats` for every asset, not just scripts).
const path = require('node:path');
const fs = require('node:fs');
const zlib = require('node:zlib');
const webpack = require('webpack');
const configFactory = require('../webpack.config.js');
const { checkBuiltPages } = require('./page-policy.cjs');

/** Gzip size in bytes of a file, as a browser would download it. */
function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main() {
  const all = process.argv.includes('--stats');
  const config = await configFactory({}, { mode: 'production' });
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (error, result) => (error ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, colors: true }));
    process.exit(1);
  }
  const json = stats.toJson({
    all: false,
    assets: true,
    chunks: true,
    entrypoints: true,
    chunkRelations: true,
  });
  const out = config.output.path;
  // The pages must carry their Content-Security-Policy, run no inline script and publish no source maps.
  const problems = checkBuiltPages(out, { localOffice: process.env.OFFICE_JS === 'local' });
  if (problems.length > 0) {
    console.error(`页面安全策略检查失败 / Page policy check failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`构建完成 / Build done: ${path.relative(process.cwd(), out) || out}`);
  console.log(
    '页面安全策略已检查 / Page policy checked: CSP on every page, no inline scripts, no source maps',
  );
  console.log('\n脚本块 gzip 大小 / Chunk sizes (gzip):');
  for (const chunk of json.chunks) {
    for (const file of chunk.files.filter((f) => f.endsWith('.js'))) {
      const kind = chunk.initial ? 'initial' : 'lazy';
      console.log(`  ${kind.padEnd(8)} ${kb(gzipSize(path.join(out, file))).padStart(10)}  ${file}`);
    }
  }
  for (const [name, entry] of Object.entries(json.entrypoints)) {
    const files = entry.assets.map((a) => a.name).filter((f) => f.endsWith('.js'));
    const total = files.reduce((sum, f) => sum + gzipSize(path.join(out, f)), 0);
    console.log(`  entry ${name}: initial JavaScript ${kb(total)} gzip`);
  }
  if (all) {
    console.log('\n其他文件 / Other assets:');
    for (const asset of json.assets.filter((a) => !a.name.endsWith('.js'))) {
      console.log(`  ${kb(asset.size).padStart(10)}  ${asset.name}`);
    }
  }
  if (process.env.OFFICE_JS === 'local')
    console.log('\nOffice.js 已复制到 office-js/ / Office.js copied to office-js/');
}

main().catch((error) => {
  console.error(`构建失败 / Build failed: ${error && error.message ? error.message : error}`);
  process.exit(1);
});
