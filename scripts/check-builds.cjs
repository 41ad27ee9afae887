#!/usr/bin/env node
// The production builds users download, checked outside `npm test` (a webpack build inside jest's timeout fails
// on a busy machine): builds the intranet configuration twice — Office.js from Microsoft's CDN, and copied in
// (OFFICE_JS=local) — then runs the suite in tests/built on them. `npm run test:built`; the CDN build is left in
// `build-check/cdn` so the browser tests can reuse it (WP_E2E_BUILD=build-check/cdn).
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const BASE = 'https://intranet.example.gov.cn/apps/workpoints';
const builds = { cdn: {}, local: { OFFICE_JS: 'local' } };

for (const [name, env] of Object.entries(builds)) {
  const out = path.join(root, 'build-check', name);
  fs.rmSync(out, { recursive: true, force: true });
  console.log(`构建 / building ${name} → ${path.relative(root, out)}`);
  execFileSync(process.execPath, [path.join(root, 'scripts/build.cjs')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env, ADDIN_BASE_URL: BASE, WP_OUT_DIR: out },
  });
}
execFileSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), '--config', path.join(root, 'jest.built.config.cjs')],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      WP_BUILT_DIR: path.join(root, 'build-check', 'cdn'),
      WP_BUILT_LOCAL_DIR: path.join(root, 'build-check', 'local'),
    },
  },
);
