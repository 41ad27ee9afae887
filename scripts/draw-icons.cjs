#!/usr/bin/env node
// Renders assets/src/*.svg to the PNG sizes the manifest names, with Debian's Chromium (no browser download).
// Run by hand after editing the drawings: node scripts/draw-icons.cjs. The PNGs are committed.
const path = require('node:path');
const fs = require('node:fs');
const { chromium } = require('playwright-core');

const root = path.join(__dirname, '..');
const SIZES = [16, 32, 64, 80];

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage();
  for (const size of SIZES) {
    const svg = fs.readFileSync(
      path.join(root, 'assets/src', size <= 16 ? 'icon-16.svg' : 'icon.svg'),
      'utf8',
    );
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><div style="width:${size}px;height:${size}px">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</div></body></html>`,
    );
    await page.screenshot({
      path: path.join(root, 'assets', `icon-${size}.png`),
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
