#!/usr/bin/env node
// LibreOffice headless, the way our checks need it: a throw-away profile that makes Calc recalculate every
// formula when it loads an .xlsx (OOXMLRecalcMode 0 = always), so we see what a user's Calc computes rather
// than values cached in the file; and a CSV filter that exports every sheet in one call.
//
// Library: findSoffice(), convert(input | inputs[], filter, outDir), sheetsAsCsv(input) → { sheetName: string[][] }.
// Command line: node scripts/libreoffice.cjs BOOK.xlsx   prints each sheet as LibreOffice shows it.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** Filter options: comma, double quote, UTF-8, from line 1, text as shown, every sheet to its own file (-1). */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

const PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Path of the soffice binary ($SOFFICE, /usr/bin/soffice or the PATH), or null when LibreOffice is absent. */
function findSoffice() {
  const candidates = [
    process.env.SOFFICE,
    '/usr/bin/soffice',
    '/usr/local/bin/soffice',
    '/opt/libreoffice/program/soffice',
  ];
  for (const candidate of candidates) if (candidate && fs.existsSync(candidate)) return candidate;
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const candidate = path.join(dir, 'soffice');
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** Creates a temporary LibreOffice profile whose settings make Calc recalculate on load. */
function makeProfile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-lo-profile-'));
  fs.mkdirSync(path.join(dir, 'user'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'user', 'registrymodifications.xcu'), PROFILE_XCU);
  return dir;
}

/** Converts `input` (a path, or several paths) with one soffice call; returns the files written to `outDir`. */
function convert(input, filter, outDir) {
  const inputs = Array.isArray(input) ? input : [input];
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
  const profile = makeProfile();
  fs.mkdirSync(outDir, { recursive: true });
  const before = new Set(fs.readdirSync(outDir));
  try {
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        filter,
        '--outdir',
        outDir,
        ...inputs,
      ],
      { stdio: 'pipe', timeout: 180000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return fs
    .readdirSync(outDir)
    .filter((f) => !before.has(f))
    .map((f) => path.join(outDir, f));
}

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Every sheet of `input` as LibreOffice shows it (after recalculation), keyed by sheet name. */
function sheetsAsCsv(input) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-lo-csv-'));
  try {
    const files = convert(input, CSV_ALL_SHEETS, outDir);
    const stem = path.basename(input).replace(/\.[^.]+$/, '');
    const sheets = {};
    for (const file of files) {
      const name = path.basename(file, '.csv');
      // One sheet is written as <stem>.csv, several as <stem>-<sheet>.csv.
      const sheet = name === stem ? '' : name.slice(stem.length + 1);
      sheets[sheet] = parseCsv(fs.readFileSync(file, 'utf8'));
    }
    return sheets;
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

module.exports = { findSoffice, convert, sheetsAsCsv, parseCsv, CSV_ALL_SHEETS };

if (require.main === module) {
  const input = process.argv[2];
  if (!input) {
    process.stderr.write('用法：node scripts/libreoffice.cjs BOOK.xlsx\n');
    process.exit(2);
  }
  const sheets = sheetsAsCsv(path.resolve(input));
  for (const [name, rows] of Object.entries(sheets)) {
    process.stdout.write(`== ${name} (${rows.length} 行)\n`);
    for (const row of rows.slice(0, 60)) process.stdout.write(`${row.join(' | ').slice(0, 200)}\n`);
  }
}
