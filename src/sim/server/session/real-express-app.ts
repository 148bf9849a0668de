/**
 * The shop as a real Express 5 app with the real express-session and its MemoryStore, for the
 * differential suite (`express-session.diff.test.ts`) only: it runs in Node, never in the
 * browser build. The routes are the simulated shop's (src/sim/server/shop.ts) written the
 * ordinary express way, with the same pages and the same input checks, so that the two servers
 * can be compared byte for byte.
 *
 * TLS: the simulated shop terminates TLS itself. Here the app listens on plain HTTP on
 * 127.0.0.1 with `trust proxy` on, and the test says which scheme the request came over with
 * `X-Forwarded-Proto` — what express-session then sees as `req.secure`.
 */
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import express, { type Request, type RequestHandler } from 'express';
import session from 'express-session';
import type { WireRequest } from '../../http/wire';
import { INPUT_LIMITS } from '../limits';
import type { SessionOptions } from '../options';
import { adminAccounts, DEFAULT_APP, type ShopAppChoices } from '../shop';
import { findUser, isAdmin, userById } from '../users';
import { sendOverHttp, type RealResponse } from './diff-client';

declare module 'express-session' {
  interface SessionData {
    userId: number;
    cart: string[];
  }
}

/** express-session's options as an app would write them: no key that is merely undefined. */
export function expressSessionOptions(
  options: SessionOptions,
  genid: () => string,
  store: session.Store,
): session.SessionOptions {
  const cookie: session.CookieOptions = {
    path: options.cookie.path,
    httpOnly: options.cookie.httpOnly,
    secure: options.cookie.secure,
  };
  const c = options.cookie;
  if (c.sameSite !== undefined) cookie.sameSite = c.sameSite;
  if (c.maxAge !== undefined) cookie.maxAge = c.maxAge;
  if (c.domain !== undefined) cookie.domain = c.domain;
  if (c.partitioned !== undefined) cookie.partitioned = c.partitioned;
  if (c.priority !== undefined) cookie.priority = c.priority;
  return {
    secret: options.secret,
    name: options.name,
    resave: options.resave,
    saveUninitialized: options.saveUninitialized,
    rolling: options.rolling,
    cookie,
    genid: () => genid(),
    store,
  };
}

const publicUser = (id: number | undefined) => {
  const user = id === undefined ? undefined : userById(id);
  return user ? { id: user.id, name: user.displayName } : null;
};

/** A form field as a string ('' when absent), like `URLSearchParams.get(name) ?? ''`. */
function field(req: Request, name: string): string {
  const value: unknown = (req.body as Record<string, unknown> | undefined)?.[name];
  if (Array.isArray(value)) return String(value[0] ?? '');
  return typeof value === 'string' ? value : '';
}

/** `'empty'` or `'too-long'` when a field breaks the shop's input rules, else null. */
function refuse(req: Request, name: keyof typeof INPUT_LIMITS): 'empty' | 'too-long' | null {
  const value = field(req, name);
  if (value.trim() === '') return 'empty';
  return value.length > INPUT_LIMITS[name] ? 'too-long' : null;
}

/** `req.session` is missing outside cookie.path, whatever the typings say. */
const sessionOf = (req: Request) =>
  req.session as (typeof req.session & Partial<session.SessionData>) | undefined;

export interface RealShop {
  app: express.Express;
  /** MemoryStore by default; the Redis suite passes connect-redis's RedisStore. */
  store: session.Store;
}

/**
 * The shop on express + express-session. Pass an existing `store` to keep the sessions when the
 * options change (the lesson lets a student change them while sessions are stored); `choices`
 * are the shop's own code choices (regenerate on login or not).
 */
export function realShop(
  options: SessionOptions,
  genid: () => string,
  store: session.Store = new session.MemoryStore(),
  choices: ShopAppChoices = DEFAULT_APP,
): RealShop {
  const app = express();
  app.set('trust proxy', true);
  // A production server's error pages carry no stack trace.
  app.set('env', 'production');
  app.use(express.urlencoded({ extended: false }));
  app.use(session(expressSessionOptions(options, genid, store)));

  app.get('/', (req, res) => {
    res.json({ page: 'home', user: publicUser(sessionOf(req)?.userId) });
  });

  app.get('/me', (req, res) => {
    const s = sessionOf(req);
    const user = publicUser(s?.userId);
    if (!user) {
      res.status(401).json({ page: 'login', error: 'login-required' });
      return;
    }
    res.json({ page: 'me', user, cart: s?.cart ?? [] });
  });

  app.get('/admin', (req, res) => {
    const user = publicUser(sessionOf(req)?.userId);
    if (!user) {
      res.status(401).json({ page: 'login', error: 'login-required' });
      return;
    }
    if (!isAdmin(user.id)) {
      res.status(403).json({ page: 'forbidden', user });
      return;
    }
    res.json({ page: 'admin', user, accounts: adminAccounts() });
  });

  app.post('/cart', (req, res) => {
    const s = sessionOf(req);
    const user = publicUser(s?.userId);
    const rejected = refuse(req, 'item');
    if (rejected || !s) {
      res.status(rejected ? 400 : 200).json({
        page: 'cart',
        user,
        cart: s?.cart ?? [],
        error: rejected ?? 'empty',
        field: 'item',
      });
      return;
    }
    s.cart = [...(s.cart ?? []), field(req, 'item')];
    res.json({ page: 'cart', user, cart: s.cart });
  });

  const login: RequestHandler = (req, res, next) => {
    const usernameError = refuse(req, 'username');
    const inputError = usernameError ?? refuse(req, 'password');
    if (inputError) {
      res.status(400).json({
        page: 'login',
        error: inputError,
        field: usernameError ? 'username' : 'password',
      });
      return;
    }
    const user = findUser(field(req, 'username'));
    const s = sessionOf(req);
    if (!user || user.password !== field(req, 'password') || !s) {
      res.status(401).json({ page: 'login', error: 'bad-credentials' });
      return;
    }
    if (!choices.regenerateOnLogin) {
      // The ID the browser came with stays: whoever knew it before the login is now logged in.
      s.userId = user.id;
      res.json({ page: 'me', user: { id: user.id, name: user.displayName }, cart: s.cart ?? [] });
      return;
    }
    const cart = s.cart;
    req.session.regenerate((err) => {
      if (err) {
        next(err);
        return;
      }
      if (cart) req.session.cart = cart;
      req.session.userId = user.id;
      res.json({ page: 'me', user: { id: user.id, name: user.displayName }, cart: cart ?? [] });
    });
  };
  app.post('/login', login);

  app.post('/logout', (req, res, next) => {
    const answer = () => {
      res.clearCookie(options.name, { path: options.cookie.path, domain: options.cookie.domain });
      res.json({ page: 'home', user: null, loggedOut: true });
    };
    const s = sessionOf(req);
    if (!s) {
      answer();
      return;
    }
    s.destroy((err) => (err ? next(err) : answer()));
  });

  app.use((_req, res) => {
    res.status(404).json({ page: 'not-found' });
  });
  return { app, store };
}

/** One HTTP server for a whole test file; each scenario mounts its own app on it. */
export interface RealServer {
  mount(app: express.Express): void;
  send(req: WireRequest, scheme: 'https' | 'http'): Promise<RealResponse>;
  close(): Promise<void>;
}

export async function startRealServer(): Promise<RealServer> {
  let current: express.Express | null = null;
  const server: Server = createServer((req, res) => {
    if (current) current(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    mount(app) {
      current = app;
    },
    send(req, scheme) {
      return sendOverHttp(port, req, { 'X-Forwarded-Proto': scheme });
    },
    close() {
      return new Promise<void>((resolve, reject) =>
        server.close((err) => (err ? reject(err) : resolve())),
      );
    },
  };
}
