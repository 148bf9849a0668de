/**
 * The shop's CSRF token against the real csrf-sync (4.2.1) in a real Express 5 app with the real
 * express-session: the same requests, in the same order, to both, and the same answers. The only
 * difference on purpose is the token's length: the shop draws 32 random bytes, so the real app is
 * given `size: 32` (csrf-sync's default is 128).
 */
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { csrfSync } from 'csrf-sync';
import express, { type ErrorRequestHandler } from 'express';
import session from 'express-session';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAction } from '../engine';
import { inPageTransport } from '../network/transport';
import { createWorld, type Action, type World } from '../world';
import { findUser } from './users';

declare module 'express-session' {
  interface SessionData {
    userId: number;
    cart: string[];
  }
}

/** The real app: csrf-sync reading `_csrf` from the form, before every route. */
function realApp() {
  const app = express();
  const { csrfSynchronisedProtection, generateToken } = csrfSync({
    getTokenFromRequest: (req) => (req.body as Record<string, string> | undefined)?._csrf,
    size: 32,
  });
  app.use(express.urlencoded({ extended: false }));
  app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true }));
  app.use(csrfSynchronisedProtection);
  app.get('/', (req, res) => {
    res.json({ page: 'home', csrfToken: generateToken(req) });
  });
  app.post('/cart', (req, res) => {
    req.session.cart = [...(req.session.cart ?? []), String(req.body.item)];
    res.json({ page: 'cart', cart: req.session.cart, csrfToken: generateToken(req) });
  });
  app.post('/login', (req, res, next) => {
    const user = findUser(String(req.body.username));
    if (!user || user.password !== req.body.password) return void res.status(401).json({});
    req.session.regenerate((err) => {
      if (err) return next(err);
      req.session.userId = user.id;
      res.json({ page: 'me', csrfToken: generateToken(req) });
    });
  });
  // An error handler is known to Express by its four parameters.
  const refuse: ErrorRequestHandler = (err: { status?: number }, _req, res, _next) => {
    res.status(err.status ?? 500).json({ page: 'csrf-refused' });
  };
  app.use(refuse);
  return app;
}

/** One browser of the real app: keeps its session cookie, as a jar would for this one name. */
function realBrowser(base: string) {
  let cookie = '';
  return async (method: 'GET' | 'POST', path: string, form?: Record<string, string>) => {
    const res = await fetch(base + path, {
      method,
      headers: {
        ...(cookie && { cookie }),
        ...(form && { 'content-type': 'application/x-www-form-urlencoded' }),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!;
    const body = (await res.json()) as { csrfToken?: string };
    return { status: res.status, token: body.csrfToken };
  };
}

/** One browser of the simulated shop, with the CSRF token on. */
function simulatedBrowser() {
  let world: Promise<World> = applyAction(
    createWorld(),
    { type: 'set-app', app: { csrfToken: true } },
    inPageTransport,
  );
  return async (method: 'GET' | 'POST', path: string, form?: Record<string, string>) => {
    const action: Action = { type: 'request', visitorId: 'v1', method, path, form };
    world = world.then((w) => applyAction(w, action, inPageTransport));
    const w = await world;
    const page = w.visitors[0]!.page as { csrfToken?: string } | null;
    return { status: w.exchanges.at(-1)!.response.status, token: page?.csrfToken };
  };
}

type Browser = ReturnType<typeof simulatedBrowser>;

/** The journey, and what a person would notice of it: statuses and how the tokens relate. */
async function journey(browser: Browser, stranger: Browser) {
  const first = await browser('GET', '/');
  const again = await browser('GET', '/');
  const none = await browser('POST', '/cart', { item: 'apple' });
  const wrong = await browser('POST', '/cart', { item: 'apple', _csrf: 'f00d' });
  const right = await browser('POST', '/cart', { item: 'apple', _csrf: first.token! });
  // Another browser, its own session: the first one's token is worth nothing there.
  await stranger('GET', '/');
  const borrowed = await stranger('POST', '/cart', { item: 'pear', _csrf: first.token! });
  const login = await browser('POST', '/login', {
    username: 'mina',
    password: 'sesame',
    _csrf: first.token!,
  });
  const old = await browser('POST', '/cart', { item: 'plum', _csrf: first.token! });
  const renewed = await browser('POST', '/cart', { item: 'plum', _csrf: login.token! });
  return {
    statuses: [first, again, none, wrong, right, borrowed, login, old, renewed].map(
      (r) => r.status,
    ),
    tokenShape: /^[0-9a-f]{64}$/.test(first.token ?? ''),
    sameTokenAgain: again.token === first.token,
    sameTokenAfterPost: right.token === first.token,
    newTokenAtLogin: login.token !== undefined && login.token !== first.token,
  };
}

describe('the CSRF token, against the real csrf-sync', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer(realApp());
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('answers the same requests the same way, and keeps the token the same way', async () => {
    const real = await journey(realBrowser(base), realBrowser(base));
    const simulated = await journey(simulatedBrowser(), simulatedBrowser());
    expect(real.statuses).toEqual([200, 200, 403, 403, 200, 403, 200, 403, 200]);
    expect(simulated).toEqual(real);
    expect(real).toMatchObject({
      tokenShape: true,
      sameTokenAgain: true,
      sameTokenAfterPost: true,
      newTokenAtLogin: true,
    });
  });
});
