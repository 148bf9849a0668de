// Writes public/favicon.png from scripts/favicon.svg, drawn by Chromium.
// A PNG, not the SVG: the browser asks the page's own process to fetch and decode the tab's icon,
// and an SVG icon is a whole document to build there (18–36 ms, twice, while the lesson starts on
// a slow machine); a small PNG decodes in well under a millisecond.
// Run after changing the SVG: node scripts/build-favicon.mjs (needs Chromium at /usr/bin/chromium
// or CHROMIUM=…).
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';

const SIZE = 64; // sharp on a 3× screen's 16-pixel tab; the browser scales it down
const svg = readFileSync(new URL('./favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${SIZE}px;height:${SIZE}px}</style>${svg}`,
  );
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  writeFileSync(new URL('../public/favicon.png', import.meta.url), png);
  console.log(`public/favicon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
} finally {
  await browser.close();
}
