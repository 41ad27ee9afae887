#!/usr/bin/env node
// `npm run test:e2e`: every browser check under tests/e2e/*.e2e.cjs in turn (Debian's Chromium, no download).
// The production build is made once and shared through WP_E2E_BUILD (first-screen.e2e.cjs uses `npm start`).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
const dir = path.join(root, 'tests', 'e2e');
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.cjs') && (!only.length || only.some((o) => f.includes(o))));

let build = process.env.WP_E2E_BUILD;
if (!build) {
  build = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-e2e-build-'));
  console.log(`构建任务窗格 / building the task pane into ${build}`);
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.cjs')], {
    stdio: 'inherit',
    env: { ...process.env, WP_OUT_DIR: build },
  });
  if (result.status !== 0) {
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  }
}

let failed = 0;
for (const file of files.sort()) {
  console.log(`\n${file}`);
  const result = spawnSync(process.execPath, [path.join(dir, file)], {
    stdio: 'inherit',
    env: { ...process.env, WP_E2E_BUILD: build },
  });
  if (result.status !== 0) failed++;
}
console.log(`\ne2e: ${files.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
