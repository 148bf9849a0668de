/**
 * The simulated shop: a tiny app whose routes see only `req.session`. The session engine
 * around them (express-session with MemoryStore) reads the cookie, loads and saves the
 * session and sends Set-Cookie. `handleRequest` is a pure function of the server state and
 * one request: it returns the next state, the response as it would travel on the wire, and
 * the trace of what happened inside.
 */
import {
  byteLength,
  requestText,
  STATUS_TEXT,
  type HeaderList,
  type WireRequest,
  type WireResponse,
} from '../http/wire';
import type { TraceStep } from '../trace';
import type { GuestBook } from './guest-book';
import { INPUT_LIMITS } from './limits';
import { signingSecret, type SessionOptions } from './options';
import type {
  AppSession,
  EngineName,
  EngineResult,
  RequestContext,
  SessionResponse,
} from './session/engine';
import { cookieSession, cookieSessionSettings } from './session/cookie-session';
import { expressSession } from './session/express-session';
import { PHP_DEFAULTS, PHP_VERSION, phpSession, type PhpSettings } from './session/php-session';
import { TOMCAT_DEFAULTS, tomcatSession, type TomcatSettings } from './session/tomcat-session';
import { FLASK_DEFAULTS, flaskSession, type FlaskSettings } from './session/flask-session';
import { FLASK_SERVER } from './session/flask-file';
import { LARAVEL_DEFAULTS, laravelSession, type LaravelSettings } from './session/laravel-session';
import { findUser, isAdmin, userById, USERS } from './users';
import { withCsrfToken } from './csrf';

export type { RequestContext } from './session/engine';

export interface ServerState {
  options: SessionOptions;
  guestBook: GuestBook;
  /** Choices in the shop's own code (not express-session options); absent: the defaults. */
  app?: ShopAppChoices;
  /** Which stack serves the shop; absent means express-session. */
  engine?: EngineName;
  /** PHP's session settings when `engine` is 'php' (PHP_DEFAULTS when absent). */
  php?: PhpSettings;
  /** Tomcat's context settings when `engine` is 'tomcat' (TOMCAT_DEFAULTS when absent). */
  tomcat?: TomcatSettings;
  /** The Flask app's session settings when `engine` is 'flask' (FLASK_DEFAULTS when absent). */
  flask?: FlaskSettings;
  /** config/session.php when `engine` is 'laravel' (LARAVEL_DEFAULTS when absent). */
  laravel?: LaravelSettings;
  /** What visitors wrote on the product page, as they typed it (absent: none yet). */
  reviews?: Review[];
}

export interface Review {
  /** The account that wrote it, or null for a visitor who was not logged in. */
  author: string | null;
  text: string;
}

/** What the shop's routes do, as an app developer decides it. */
export interface ShopAppChoices {
  /**
   * `req.session.regenerate()` on login (OWASP: renew the ID). Without it the session ID the
   * visitor brought to the login is the one that ends up logged in: session fixation.
   */
  regenerateOnLogin: boolean;
  /**
   * The review page escapes what visitors wrote (`escape-html`), so `<` arrives as `&lt;` and
   * shows as text. Without it the markup they typed becomes part of the page: stored XSS.
   * Absent: escaped, as a template engine does by default.
   */
  escapeOutput?: boolean;
  /**
   * Every form carries a CSRF token and a POST without it gets 403 (see csrf.ts); express-session
   * only, since the other stacks' stores keep only the user and the cart.
   */
  csrfToken?: boolean;
}

export const DEFAULT_APP: ShopAppChoices = {
  regenerateOnLogin: true,
  escapeOutput: true,
  csrfToken: false,
};

/** The `escape-html` package's escaping: the five characters that can start markup. */
export const escapeHtml = (text: string): string =>
  text.replace(
    /["&'<>]/g,
    (c) => `&${{ '"': 'quot', '&': 'amp', "'": '#39', '<': 'lt', '>': 'gt' }[c]};`,
  );

export interface ServerReply {
  state: ServerState;
  response: WireResponse;
  trace: TraceStep[];
}

/** What the shop's pages show; the mini browser renders it. */
export type ShopPage =
  | { page: 'home'; user: PublicUser | null; loggedOut?: boolean }
  | { page: 'me'; user: PublicUser; cart: string[] }
  | { page: 'cart'; user: PublicUser | null; cart: string[]; error?: InputError; field?: string }
  | { page: 'login'; error: LoginError; field?: string }
  /** Logged in, but this account may not see the page: 403. */
  | { page: 'forbidden'; user: PublicUser }
  | { page: 'admin'; user: PublicUser; accounts: (PublicUser & { role: string })[] }
  /** The product's reviews, each as the server wrote it into the page's HTML. */
  | {
      page: 'reviews';
      user: PublicUser | null;
      reviews: { author: string | null; html: string }[];
      error?: InputError;
    }
  | { page: 'not-found' }
  /** A POST without the session's CSRF token (csrf.ts): 403. */
  | { page: 'csrf-refused'; user: PublicUser | null };

export type InputError = 'empty' | 'too-long';

export type LoginError = 'bad-credentials' | 'login-required' | InputError;

export interface PublicUser {
  id: number;
  name: string;
}

function publicUser(id: number | undefined): PublicUser | null {
  const user = id === undefined ? undefined : userById(id);
  return user ? { id: user.id, name: user.displayName } : null;
}

/** What the admin page lists: every account and its role. */
export const adminAccounts = () =>
  USERS.map((u) => ({ id: u.id, name: u.displayName, role: u.role ?? 'user' }));

interface RouteAnswer {
  status: number;
  page: ShopPage;
  /** The reviews after this request, when it wrote one. */
  reviews?: Review[];
}

/** The shop's routes, written as an express app would write them against `req.session`. */
async function shopRoutes(
  req: WireRequest,
  session: AppSession | null,
  res: SessionResponse,
  trace: TraceStep[],
  app: ShopAppChoices,
  reviews: Review[] = [],
): Promise<RouteAnswer> {
  const url = new URL(req.url);
  const form = new URLSearchParams(req.body);
  let status = 200;
  /** A 400 with its reason when a field is empty or too long; null when the value is fine. */
  const refuse = (field: keyof typeof INPUT_LIMITS): InputError | null => {
    const value = form.get(field) ?? '';
    const reason =
      value.trim() === '' ? 'empty' : value.length > INPUT_LIMITS[field] ? 'too-long' : null;
    if (!reason) return null;
    trace.push({ kind: 'reject-input', field, reason });
    status = 400;
    return reason;
  };
  const data = () => session?.data ?? {};
  let page: ShopPage;

  // Express routes ignore letter case and one trailing slash: /ME and /me/ reach /me.
  const path = url.pathname.toLowerCase().replace(/(.)\/$/, '$1');
  switch (`${req.method} ${path}`) {
    case 'GET /':
      page = { page: 'home', user: publicUser(data().userId) };
      break;
    case 'GET /me': {
      // express-session cannot tell an expired session from a new visitor: both have no user.
      const user = publicUser(data().userId);
      trace.push({ kind: 'require-login', ok: user !== null });
      if (user) {
        page = { page: 'me', user, cart: data().cart ?? [] };
      } else {
        status = 401;
        page = { page: 'login', error: 'login-required' };
      }
      break;
    }
    case 'GET /admin': {
      // Authentication first (who is this? 401), then authorization (may they? 403).
      const user = publicUser(data().userId);
      trace.push({ kind: 'require-login', ok: user !== null });
      if (!user) {
        status = 401;
        page = { page: 'login', error: 'login-required' };
        break;
      }
      const admin = isAdmin(user.id);
      trace.push({ kind: 'require-role', role: 'admin', ok: admin });
      if (!admin) {
        status = 403;
        page = { page: 'forbidden', user };
        break;
      }
      page = { page: 'admin', user, accounts: adminAccounts() };
      break;
    }
    case 'POST /cart': {
      const user = publicUser(data().userId);
      const rejected = refuse('item');
      if (rejected || !session) {
        page = {
          page: 'cart',
          user,
          cart: data().cart ?? [],
          error: rejected ?? 'empty',
          field: 'item',
        };
        break;
      }
      const item = form.get('item') ?? '';
      session.data.cart = [...(session.data.cart ?? []), item];
      trace.push({ kind: 'add-to-cart', item });
      page = { page: 'cart', user, cart: session.data.cart };
      break;
    }
    case 'POST /login': {
      const usernameError = refuse('username');
      const inputError = usernameError ?? refuse('password');
      if (inputError) {
        page = { page: 'login', error: inputError, field: usernameError ? 'username' : 'password' };
        break;
      }
      const username = form.get('username') ?? '';
      const user = findUser(username);
      const ok = user !== undefined && user.password === form.get('password');
      trace.push({ kind: 'check-password', username, ok });
      if (!ok || !user || !session) {
        status = 401;
        page = { page: 'login', error: 'bad-credentials' };
        break;
      }
      // regenerate() empties the session under a new ID (OWASP: renew the ID on login); the
      // shop carries the cart across and binds the user again. Without it, the user is bound
      // to the session (and ID) the visitor came with.
      const cart = session.data.cart;
      if (app.regenerateOnLogin) {
        await session.regenerate();
        if (cart) session.data.cart = cart;
      }
      session.data.userId = user.id;
      trace.push({ kind: 'bind-user', userId: user.id });
      page = { page: 'me', user: { id: user.id, name: user.displayName }, cart: cart ?? [] };
      break;
    }
    case 'GET /reviews':
    case 'POST /reviews': {
      const user = publicUser(data().userId);
      const rejected = req.method === 'POST' ? refuse('review') : null;
      if (req.method === 'POST' && !rejected) {
        reviews = [...reviews, { author: user?.name ?? null, text: form.get('review') ?? '' }];
      }
      // The page is written as a template would: each review's text straight into the HTML,
      // or through escape-html first.
      const html = (r: Review) => (app.escapeOutput === false ? r.text : escapeHtml(r.text));
      page = {
        page: 'reviews',
        user,
        reviews: reviews.map((r) => ({ author: r.author, html: html(r) })),
      };
      if (rejected) return { status, page: { ...page, error: rejected } };
      return { status, page, ...(req.method === 'POST' && { reviews }) };
    }
    case 'POST /logout':
      // req.session.destroy() removes the row but sends no Set-Cookie: the app clears the cookie.
      session?.destroy();
      res.clearSessionCookie();
      page = { page: 'home', user: null, loggedOut: true };
      break;
    default:
      status = 404;
      page = { page: 'not-found' };
  }
  return { status, page };
}

/** Runs the server's engine around the routes, each with its own settings. */
function runEngine<T>(
  state: ServerState,
  req: WireRequest,
  ctx: RequestContext,
  trace: TraceStep[],
  app: (session: AppSession | null, res: SessionResponse) => Promise<T>,
): Promise<EngineResult<T>> {
  const { guestBook } = state;
  if (state.engine === 'php') {
    return phpSession.run({ options: state.php ?? PHP_DEFAULTS, guestBook }, req, ctx, trace, app);
  }
  if (state.engine === 'flask') {
    const options = state.flask ?? FLASK_DEFAULTS;
    return flaskSession.run({ options, guestBook }, req, ctx, trace, app);
  }
  if (state.engine === 'tomcat') {
    const options = state.tomcat ?? TOMCAT_DEFAULTS;
    return tomcatSession.run({ options, guestBook }, req, ctx, trace, app);
  }
  if (state.engine === 'laravel') {
    const options = state.laravel ?? LARAVEL_DEFAULTS;
    return laravelSession.run({ options, guestBook }, req, ctx, trace, app);
  }
  if (state.engine === 'cookie-session') {
    const options = cookieSessionSettings(signingSecret(state.options));
    return cookieSession.run({ options, guestBook }, req, ctx, trace, app);
  }
  return expressSession.run(state, req, ctx, trace, app);
}

/** Node's limit on a request's header section (--max-http-header-size). */
const MAX_HEADER_BYTES = 16 * 1024;
/** express.urlencoded()'s default body limit, '100kb'. */
const MAX_FORM_BYTES = 100 * 1024;

/** Express's error page (finalhandler, in production: no stack trace). */
const errorPage = (message: string) =>
  `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>${message}</pre>\n</body>\n</html>\n`;

/**
 * Requests refused before any app code runs: Node refuses a header section over 16 KB (a
 * hand-edited cookie can be that long), the body parser a form over 100 KB. No session is
 * read or made for them.
 */
function refuseEarly(
  req: WireRequest,
  ctx: RequestContext,
  trace: TraceStep[],
): WireResponse | null {
  const head = requestText({ ...req, body: '' });
  if (byteLength(head) > MAX_HEADER_BYTES) {
    trace.push({ kind: 'too-large', part: 'headers' });
    return { status: 431, statusText: STATUS_TEXT[431]!, headers: [], body: '' };
  }
  if (byteLength(req.body) > MAX_FORM_BYTES) {
    trace.push({ kind: 'too-large', part: 'body' });
    const body = errorPage(STATUS_TEXT[413]!);
    return {
      status: 413,
      statusText: STATUS_TEXT[413]!,
      headers: [
        ['X-Powered-By', 'Express'],
        ['Content-Security-Policy', "default-src 'none'"],
        ['X-Content-Type-Options', 'nosniff'],
        ['Content-Type', 'text/html; charset=utf-8'],
        ['Content-Length', String(byteLength(body))],
        ['Date', new Date(ctx.now).toUTCString()],
      ],
      body,
    };
  }
  return null;
}

export async function handleRequest(
  state: ServerState,
  req: WireRequest,
  ctx: RequestContext,
): Promise<ServerReply> {
  const trace: TraceStep[] = [];
  trace.push({ kind: 'receive', method: req.method, path: new URL(req.url).pathname });
  const refused = refuseEarly(req, ctx, trace);
  if (refused) {
    trace.push({ kind: 'respond', status: refused.status });
    return { state, response: refused, trace };
  }
  const result = await runEngine(state, req, ctx, trace, (session, res) =>
    withCsrfToken(
      (state.app?.csrfToken ?? false) && (state.engine ?? 'express-session') === 'express-session',
      req,
      session,
      trace,
      () => shopRoutes(req, session, res, trace, { ...DEFAULT_APP, ...state.app }, state.reviews),
    ),
  );
  const { guestBook, answer } = result;
  const { status, page } = answer;
  const body = JSON.stringify(page);
  const date: [string, string] = ['Date', new Date(ctx.now).toUTCString()];
  const flask = state.engine === 'flask' && result.headers;
  const headers: HeaderList = flask
    ? // Werkzeug's development server: its own two first, then the response's, then Connection.
      [
        ['Server', FLASK_SERVER],
        date,
        ['Content-Type', 'application/json'],
        ['Content-Length', String(new TextEncoder().encode(body).length)],
        ...flask,
        ['Connection', 'close'],
      ]
    : state.engine === 'php' && result.headers
      ? // PHP: the headers as the script sent them, the body's type last (header() at the end).
        [
          date,
          ['X-Powered-By', `PHP/${PHP_VERSION}`],
          ...result.headers,
          ['Content-Type', 'application/json'],
        ]
      : state.engine === 'tomcat' && result.headers
        ? // Tomcat: the cookies as the servlet added them, then what the connector writes.
          [
            ...result.headers,
            ['Content-Type', 'application/json;charset=UTF-8'],
            ['Content-Length', String(new TextEncoder().encode(body).length)],
            date,
          ]
        : state.engine === 'laravel'
          ? laravelFrame(result, date)
          : await expressFrame(result, body, ctx);
  trace.push({ kind: 'respond', status });
  return {
    state: { ...state, guestBook, ...(answer.reviews && { reviews: answer.reviews }) },
    response: {
      status,
      // Werkzeug writes the reason phrase in capitals: "401 UNAUTHORIZED".
      statusText: (flask ? STATUS_TEXT[status]?.toUpperCase() : STATUS_TEXT[status]) ?? '',
      headers,
      body,
    },
    trace,
  };
}

/** Symfony's Response as php -S sends it: its own headers, then the cookies. */
function laravelFrame(
  { sessionCookie }: EngineResult<unknown>,
  date: [string, string],
): HeaderList {
  return [
    ['X-Powered-By', `PHP/${PHP_VERSION}`],
    ['Cache-Control', 'no-cache, private'],
    date,
    ['Content-Type', 'application/json'],
    ...(sessionCookie ? [['Set-Cookie', sessionCookie] as [string, string]] : []),
  ];
}

/** Express's headers around the body; the session cookie joins them as the headers leave. */
async function expressFrame(
  { appCookies, sessionCookie, sessionCookies }: EngineResult<unknown>,
  body: string,
  ctx: RequestContext,
): Promise<HeaderList> {
  // Node keeps a header where it was first set: the routes' cookies come before the body's
  // headers, the session cookie joins them (or comes after ETag) as the headers leave.
  const cookies = [...appCookies, ...(sessionCookies ?? (sessionCookie ? [sessionCookie] : []))];
  const setCookie = cookies.map((c): [string, string] => ['Set-Cookie', c]);
  const early = appCookies.length > 0;
  return [
    ['X-Powered-By', 'Express'],
    ...(early ? setCookie : []),
    ['Content-Type', 'application/json; charset=utf-8'],
    ['Content-Length', String(new TextEncoder().encode(body).length)],
    ['ETag', await etag(body)],
    ...(early ? [] : setCookie),
    ['Date', new Date(ctx.now).toUTCString()],
  ];
}

/** Express's weak ETag (the `etag` package): body length in hex and its SHA-1 in base64. */
async function etag(body: string): Promise<string> {
  const bytes = new TextEncoder().encode(body);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes));
  const hash = btoa(String.fromCharCode(...digest)).slice(0, 27);
  return `W/"${bytes.length.toString(16)}-${hash}"`;
}
