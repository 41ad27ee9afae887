#!/usr/bin/env node
// Offline manifest validation: xmllint against the add-in manifest XSDs kept in ../shared/manifest-xsd
// (the online `npm run validate` needs Microsoft's service).
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const fs = require('node:fs');

const root = path.join(__dirname, '..');
const xsd =
  process.env.MANIFEST_XSD || path.join(root, '..', 'shared', 'manifest-xsd', 'OfficeAppManifestV1_1.xsd');
const files = process.argv.slice(2).length ? process.argv.slice(2) : [path.join(root, 'manifest.xml')];

if (!fs.existsSync(xsd)) {
  console.error(`找不到清单架构文件 / manifest XSD not found: ${xsd}`);
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const result = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  if (result.error) {
    console.error(
      '需要 xmllint（Debian: apt-get install libxml2-utils）/ xmllint is required (libxml2-utils).',
    );
    process.exit(2);
  }
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
