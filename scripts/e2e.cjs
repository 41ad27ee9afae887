#!/usr/bin/env node
// `npm run test:e2e`: every browser check under tests/e2e/*.e2e.cjs in turn (Debian's Chromium, no download).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, '..', 'tests', 'e2e');
const only = process.argv.slice(2);
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.e2e.cjs') && (!only.length || only.some((o) => f.includes(o))));
let failed = 0;
for (const file of files.sort()) {
  console.log(`\n${file}`);
  const result = spawnSync(process.execPath, [path.join(dir, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
console.log(`\ne2e: ${files.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
