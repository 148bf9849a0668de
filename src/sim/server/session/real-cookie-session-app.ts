/**
 * The shop as a real Express 5 app on the real `cookie-session` package, for the differential
 * suite (`cookie-session.diff.test.ts`) only: Node, never the browser build. The routes are the
 * simulated shop's (src/sim/server/shop.ts) written the ordinary express way against
 * `req.session`; logging out is `req.session = null`, as cookie-session's README says.
 * `trust proxy` is on: the test says which scheme a request came over with X-Forwarded-Proto.
 */
import express, { type Request } from 'express';
// @ts-expect-error -- cookie-session ships no types; the suite uses only the factory below.
import cookieSessionModule from 'cookie-session';
import { INPUT_LIMITS } from '../limits';
import { adminAccounts } from '../shop';
import { findUser, isAdmin, userById } from '../users';
import type { CookieSessionSettings } from './cookie-session';

type Middleware = (req: Request, res: express.Response, next: () => void) => void;
const cookieSession = cookieSessionModule as (options: object) => Middleware;

interface ShopSession {
  userId?: number;
  cart?: string[];
}

/** `req.session` as cookie-session gives it: an object, or null once the app set it to null. */
const sessionOf = (req: Request) =>
  (req as unknown as { session: ShopSession | null }).session ?? {};

const publicUser = (id: number | undefined) => {
  const user = id === undefined ? undefined : userById(id);
  return user ? { id: user.id, name: user.displayName } : null;
};

function field(req: Request, name: string): string {
  const value: unknown = (req.body as Record<string, unknown> | undefined)?.[name];
  if (Array.isArray(value)) return String(value[0] ?? '');
  return typeof value === 'string' ? value : '';
}

function refuse(req: Request, name: keyof typeof INPUT_LIMITS): 'empty' | 'too-long' | null {
  const value = field(req, name);
  if (value.trim() === '') return 'empty';
  return value.length > INPUT_LIMITS[name] ? 'too-long' : null;
}

export function realCookieShop(settings: CookieSessionSettings): express.Express {
  const app = express();
  app.set('trust proxy', true);
  app.set('env', 'production');
  app.use(express.urlencoded({ extended: false }));
  app.use(
    cookieSession({
      name: settings.name,
      keys: settings.keys,
      ...(settings.maxAge ? { maxAge: settings.maxAge } : {}),
    }),
  );

  app.get('/', (req, res) => {
    res.json({ page: 'home', user: publicUser(sessionOf(req).userId) });
  });

  app.get('/me', (req, res) => {
    const s = sessionOf(req);
    const user = publicUser(s.userId);
    if (!user) {
      res.status(401).json({ page: 'login', error: 'login-required' });
      return;
    }
    res.json({ page: 'me', user, cart: s.cart ?? [] });
  });

  app.get('/admin', (req, res) => {
    const user = publicUser(sessionOf(req).userId);
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
    const user = publicUser(s.userId);
    const rejected = refuse(req, 'item');
    if (rejected) {
      res
        .status(400)
        .json({ page: 'cart', user, cart: s.cart ?? [], error: rejected, field: 'item' });
      return;
    }
    s.cart = [...(s.cart ?? []), field(req, 'item')];
    res.json({ page: 'cart', user, cart: s.cart });
  });

  app.post('/login', (req, res) => {
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
    if (!user || user.password !== field(req, 'password')) {
      res.status(401).json({ page: 'login', error: 'bad-credentials' });
      return;
    }
    // No ID to renew: the data is the session.
    const s = sessionOf(req);
    const cart = s.cart;
    s.userId = user.id;
    res.json({ page: 'me', user: { id: user.id, name: user.displayName }, cart: cart ?? [] });
  });

  app.post('/logout', (req, res) => {
    (req as unknown as { session: null }).session = null;
    res.json({ page: 'home', user: null, loggedOut: true });
  });

  app.use((_req, res) => {
    res.status(404).json({ page: 'not-found' });
  });
  return app;
}
