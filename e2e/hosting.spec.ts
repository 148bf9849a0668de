/**
 * Issue "Fast, robust and ready to host" — Hosting: the built site (dist/) works from any static
 * host under a sub-path, talks to nobody but its own origin, and carries what a host and a link
 * preview need (CSP, robots.txt, favicon, social meta).
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { World } from '../src/sim/world';
import {
  atRest,
  expect,
  expectStep,
  forgiveWorkerUpdateRace,
  guestBook,
  jar,
  nextStep,
  test,
} from './fixtures';

// E2E_DIST: the build the tests run against (see playwright.config.ts).
const DIST = resolve(import.meta.dirname, '..', process.env.E2E_DIST ?? 'dist');
const BASE = '/course/sessions/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** A plain static host: dist/ under BASE, nothing else, 404 for anything missing. */
function staticHost(): Server {
  return createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
      if (path === BASE.slice(0, -1)) {
        res.writeHead(301, { Location: BASE }).end();
        return;
      }
      if (!path.startsWith(BASE)) {
        res.writeHead(404).end('not found');
        return;
      }
      let file = normalize(join(DIST, path.slice(BASE.length)));
      if (file !== DIST && !file.startsWith(DIST + sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404).end('not found');
      }
    })();
  });
}

let server: Server;
let origin: string;

test.beforeAll(async () => {
  server = staticHost();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const site = (path = '') => `${origin}${BASE}${path}`;

test('under a sub-path the lesson runs through the service worker and never leaves its origin', async ({
  page,
  context,
  pageErrors,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  context.on('request', (r) => requests.push(r.url()));

  await page.goto(site('?lang=en'));
  await expect(page.locator('#step-title')).toBeVisible();
  const status = page.getByTestId('network-status');
  await expect(status).toHaveAttribute('data-network', 'service-worker');
  await expect(status).toContainText('simulated network');
  for (const id of ['first-visit', 'row-created', 'set-cookie']) {
    await nextStep(page);
    await expectStep(page, id);
  }
  await atRest(page);
  const rows = await guestBook(page);
  expect(rows).toHaveLength(1);
  expect((await jar(page))[0]!.value).toMatch(
    new RegExp(`^s%3A${rows[0]!.id.replace(/-/g, '\\-')}\\.`),
  );
  const world: World = await page.evaluate(() => window.guestbook!.world());
  expect(world.exchanges.map((e) => e.transport)).toEqual(['service-worker']);
  await expect(page.getByTestId('wire-via')).toHaveText('via the simulated network');

  // A deep link under the sub-path opens the same step.
  await page.goto(site('?lang=en&step=login'));
  await expectStep(page, 'login');
  await atRest(page);
  expect((await guestBook(page))[0]!.userId).toBe('152');
  // Reached at once, its requests worked out inside the page: the wire says so, not the network
  // the notice above it names; the next request travels over the network again.
  await expect(status).toHaveAttribute('data-network', 'service-worker');
  await expect(page.getByTestId('wire-via')).toHaveText(/^Worked out inside the page/);
  await nextStep(page);
  await atRest(page);
  await expect(page.getByTestId('wire-via')).toHaveText('via the simulated network');

  // The shop's requests went to the sub-path, caught by the worker registered there.
  expect(requests.some((u) => u.startsWith(site('__shop/')))).toBe(true);
  expect(requests.some((u) => u === site('mockServiceWorker.js'))).toBe(true);
  const elsewhere = requests.filter(
    (u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin,
  );
  expect(elsewhere, 'requests to another origin').toEqual([]);
  const outsideBase = requests.filter(
    (u) => u.startsWith(origin) && !new URL(u).pathname.startsWith(BASE),
  );
  expect(outsideBase, 'requests outside the sub-path').toEqual([]);
  forgiveWorkerUpdateRace(pageErrors);
});

test('the built index.html forbids inline scripts but its own, by hash (Content-Security-Policy meta)', async ({
  page,
}) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  await page.goto(site('?lang=en'));
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp, 'a CSP meta in the built index.html').toBeTruthy();
  expect(html).toContain('http-equiv="Content-Security-Policy"');
  const directives = new Map(
    csp!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
  const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
  expect(scriptSrc, 'script-src (or default-src)').toBeDefined();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(scriptSrc).not.toContain('*');
  // One inline script (file-notice.js, which chooses the language before the first paint), and
  // the policy names exactly it: another script put into the page would not run.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  expect(inline).toHaveLength(1);
  const hash = createHash('sha256').update(inline[0]![1]!).digest('base64');
  expect(scriptSrc).toEqual(["'self'", `'sha256-${hash}'`]);
  await expect(page.locator('#step-title')).toBeVisible();
  // It ran: it chose the reader's language and loaded the lesson, which removes the notice.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#file-notice')).toHaveCount(0);
  expect(refused).toEqual([]);
});

test('robots.txt, the favicon and the social preview meta are there', async ({ page, request }) => {
  const robots = await request.get(site('robots.txt'));
  expect(robots.status()).toBe(200);
  expect(robots.headers()['content-type']).toContain('text/plain');
  expect(await robots.text()).toMatch(/^User-agent:/im);

  await page.goto(site('?lang=en'));
  const icon = await page.locator('link[rel~="icon"]').first().getAttribute('href');
  expect(icon).toBeTruthy();
  const favicon = await request.get(new URL(icon!, page.url()).href);
  expect(favicon.status()).toBe(200);
  // A raster icon: the tab's icon is fetched and decoded in the page's own process, and an SVG
  // one is a whole document to build there while the lesson starts (scripts/build-favicon.mjs).
  expect(favicon.headers()['content-type']).toMatch(/^image\/(png|x-icon|vnd\.microsoft\.icon)$/);
  expect((await favicon.body()).length).toBeGreaterThan(0);

  for (const property of ['og:title', 'og:description', 'og:image']) {
    const content = await page.locator(`meta[property="${property}"]`).getAttribute('content');
    expect(content?.trim(), property).toBeTruthy();
  }
});

test('the social preview image (og:image) is served', async ({ page, request }) => {
  await page.goto(site('?lang=en'));
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  const response = await request.get(new URL(image!, page.url()).href);
  expect(response.status(), `GET ${image}`).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\//);
});
