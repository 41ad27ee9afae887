#!/usr/bin/env node
// Runs the TypeScript CLI straight from src/ through tsx, so `npx workpoints` works right after `npm install`.
require('tsx/cjs');
require('../src/cli/main.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
