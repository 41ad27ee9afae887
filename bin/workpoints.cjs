#!/usr/bin/env node
// Runs the TypeScript CLI straight from src/ through tsx, so `npx workpoints` works right after `npm install`.
// tsx/cjs compiles the require()d TypeScript; the lazy `import()`s of the command registry go through the ESM
// loader, which needs tsx's ESM hooks too (registered by importing tsx/esm before main runs).
require('tsx/cjs');
import('tsx/esm')
  .then(() => require('../src/cli/main.ts').main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  });
