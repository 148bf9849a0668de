import { chromium } from '@playwright/test';
const [,, url, out, w = '1440', h = '900', clicks = '0'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.type() + ': ' + m.text()); });
page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
await page.goto(url);
await page.waitForSelector('#step-title');
for (let i = 0; i < +clicks; i++) { await page.getByRole('button', { name: /Next step|다음 단계/ }).click(); await page.waitForTimeout(150); }
await page.waitForTimeout(2500);
await page.screenshot({ path: out, fullPage: true });
console.log(errors.join('\n'));
await browser.close();
