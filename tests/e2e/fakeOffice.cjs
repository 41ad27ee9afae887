// Bundles tests/e2e/fakeOfficeEntry.ts (the strict Excel fake plus an `Office` that answers as Excel) into one
// browser script with esbuild, which tsx brings along; the inside-Excel check serves it in place of Office.js.
const path = require('node:path');

/** The fake Office.js as one IIFE script (a string). */
function fakeOfficeBundle() {
  const result = require('esbuild').buildSync({
    entryPoints: [path.join(__dirname, 'fakeOfficeEntry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

module.exports = { fakeOfficeBundle };
