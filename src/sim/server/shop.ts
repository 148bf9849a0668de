/**
 * The simulated shop: a tiny app behind session middleware that behaves like express-session.
 * `handleRequest` is a pure function of the server state and one request: it returns the next
 * state, the response as it would travel on the wire, and the trace of what happened inside.
 */
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import {
  header,
  STATUS_TEXT,
  type HeaderList,
  type WireRequest,
  type WireResponse,
} from '../http/wire';
import type { TraceStep } from '../trace';
import {
  deleteRow,
  findRow,
  isExpired,
  putRow,
  type GuestBook,
  type SessionPayload,
} from './guest-book';
import { INPUT_LIMITS } from './limits';
import type { SessionOptions } from './options';
import { newSessionId } from './session-id';
import { sign, unsign } from './signing';
import { findUser, userById } from './users';

export interface ServerState {
  options: SessionOptions;
  guestBook: GuestBook;
}

export interface RequestContext {
  /** Simulated epoch ms. */
  now: number;
  /** The visitor's address as the server's socket sees it. */
  remoteIp: string;
}

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
  | { page: 'not-found' };

export type InputError = 'empty' | 'too-long';

export type LoginError = 'bad-credentials' | 'login-required' | 'session-expired' | InputError;

export interface PublicUser {
  id: number;
  name: string;
}

interface LiveSession {
  id: string;
  data: SessionPayload;
  /** The ID the session was loaded from the store under (null when generated for this request). */
  loadedId: string | null;
  /** The ID and data the session started this request with, to tell whether it was modified. */
  originalId: string;
  originalHash: string;
  destroyed: boolean;
}

const hashOf = (data: SessionPayload) => JSON.stringify({ ...data, cookie: undefined });

function generate(options: SessionOptions, now: number): LiveSession {
  const maxAge = options.cookie.maxAge ?? null;
  const data: SessionPayload = {
    cookie: { originalMaxAge: maxAge, expires: maxAge === null ? null : now + maxAge },
  };
  const id = newSessionId();
  return { id, data, loadedId: null, originalId: id, originalHash: hashOf(data), destroyed: false };
}

function publicUser(id: number | undefined): PublicUser | null {
  const user = id === undefined ? undefined : userById(id);
  return user ? { id: user.id, name: user.displayName } : null;
}

export async function handleRequest(
  state: ServerState,
  req: WireRequest,
  ctx: RequestContext,
): Promise<ServerReply> {
  const { options } = state;
  const trace: TraceStep[] = [];
  const url = new URL(req.url);
  let book = state.guestBook;
  trace.push({ kind: 'receive', method: req.method, path: url.pathname });

  // --- session middleware: find the session this request belongs to ---
  const raw = parseCookies(header(req.headers, 'Cookie') ?? '')[options.name];
  trace.push({ kind: 'parse-cookie', name: options.name, found: raw !== undefined });
  let cookieId: string | null = null;
  if (raw !== undefined) {
    if (!raw.startsWith('s:')) {
      trace.push({ kind: 'verify-signature', ok: false, reason: 'not-signed' });
    } else {
      const id = await unsign(raw.slice(2), options.secret);
      trace.push(
        id === false
          ? { kind: 'verify-signature', ok: false, reason: 'bad-signature' }
          : { kind: 'verify-signature', ok: true },
      );
      if (id !== false) cookieId = id;
    }
  }

  let session: LiveSession | null = null;
  let expired = false;
  if (cookieId !== null) {
    const row = findRow(book, cookieId);
    if (!row) {
      trace.push({ kind: 'lookup', id: cookieId, result: 'missing' });
    } else if (isExpired(row, ctx.now, options.idleTimeoutMs)) {
      trace.push({ kind: 'lookup', id: cookieId, result: 'expired' });
      book = deleteRow(book, row.id);
      trace.push({ kind: 'destroy', id: row.id });
      expired = true;
    } else {
      trace.push({ kind: 'lookup', id: cookieId, result: 'found' });
      const data = structuredClone(row.payload);
      // express-session touches every loaded session: a maxAge cookie's expiry moves forward.
      if (data.cookie.originalMaxAge !== null)
        data.cookie.expires = ctx.now + data.cookie.originalMaxAge;
      session = {
        id: row.id,
        data,
        loadedId: row.id,
        originalId: row.id,
        originalHash: hashOf(row.payload),
        destroyed: false,
      };
    }
  }
  if (!session) {
    session = generate(options, ctx.now);
    trace.push({ kind: 'create', id: session.id });
  }

  // --- the shop's routes ---
  const extraCookies: string[] = [];
  const route = `${req.method} ${url.pathname}`;
  let status = 200;
  let page: ShopPage;
  const form = new URLSearchParams(req.body);
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

  switch (route) {
    case 'GET /':
      page = { page: 'home', user: publicUser(session.data.userId) };
      break;
    case 'GET /me': {
      const user = publicUser(session.data.userId);
      trace.push({ kind: 'require-login', ok: user !== null });
      if (user) {
        page = { page: 'me', user, cart: session.data.cart ?? [] };
      } else {
        status = 401;
        page = { page: 'login', error: expired ? 'session-expired' : 'login-required' };
      }
      break;
    }
    case 'POST /cart': {
      const user = publicUser(session.data.userId);
      const rejected = refuse('item');
      if (rejected) {
        page = {
          page: 'cart',
          user,
          cart: session.data.cart ?? [],
          error: rejected,
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
      if (!ok || !user) {
        status = 401;
        page = { page: 'login', error: 'bad-credentials' };
        break;
      }
      // req.session.regenerate(): the old row goes, a new ID comes (OWASP: renew the ID on login).
      const oldId = session.id;
      if (session.loadedId !== null) {
        book = deleteRow(book, session.loadedId);
        trace.push({ kind: 'destroy', id: session.loadedId });
      }
      const renewed = generate(options, ctx.now);
      renewed.data.cart = session.data.cart;
      session = renewed;
      trace.push({ kind: 'regenerate', oldId, newId: session.id });
      session.data.userId = user.id;
      trace.push({ kind: 'bind-user', userId: user.id });
      page = {
        page: 'me',
        user: { id: user.id, name: user.displayName },
        cart: session.data.cart ?? [],
      };
      break;
    }
    case 'POST /logout': {
      // req.session.destroy() removes the row but sends no Set-Cookie: the app clears the cookie.
      if (session.loadedId !== null) {
        book = deleteRow(book, session.loadedId);
        trace.push({ kind: 'destroy', id: session.loadedId });
      }
      session.destroyed = true;
      extraCookies.push(
        serializeCookie(options.name, '', { path: options.cookie.path, expires: new Date(1) }),
      );
      trace.push({ kind: 'clear-cookie', name: options.name });
      page = { page: 'home', user: null, loggedOut: true };
      break;
    }
    default:
      status = 404;
      page = { page: 'not-found' };
  }

  // --- session middleware again, as the response leaves: save, touch, Set-Cookie ---
  const setCookies: string[] = [];
  if (!session.destroyed) {
    const modified =
      session.id !== session.originalId || hashOf(session.data) !== session.originalHash;
    const cookieMatches = cookieId === session.id;
    const shouldSave = cookieMatches
      ? options.resave || modified
      : options.saveUninitialized || modified;
    const shouldSetCookie = cookieMatches
      ? options.rolling || (session.data.cookie.expires !== null && modified)
      : options.saveUninitialized || modified;
    const existing = findRow(book, session.id);
    if (shouldSave || existing) {
      book = putRow(book, {
        id: session.id,
        ip_address: ctx.remoteIp,
        last_activity: ctx.now,
        user_agent: header(req.headers, 'User-Agent') ?? '',
        user_id: session.data.userId ?? null,
        payload: session.data,
      });
      trace.push({
        kind: 'save',
        id: session.id,
        op: !existing ? 'insert' : shouldSave ? 'update' : 'touch',
      });
    } else {
      trace.push({ kind: 'skip-save', id: session.id });
    }
    if (shouldSetCookie) {
      const signed = `s:${await sign(session.id, options.secret)}`;
      const { expires } = session.data.cookie;
      setCookies.push(
        serializeCookie(options.name, signed, {
          path: options.cookie.path,
          expires: expires === null ? undefined : new Date(expires),
          httpOnly: options.cookie.httpOnly,
          secure: options.cookie.secure,
          sameSite: options.cookie.sameSite,
        }),
      );
      trace.push({ kind: 'set-cookie', name: options.name });
    }
  }
  setCookies.push(...extraCookies);

  const body = JSON.stringify(page);
  const headers: HeaderList = [
    ['X-Powered-By', 'Express'],
    ['Content-Type', 'application/json; charset=utf-8'],
    ['Content-Length', String(new TextEncoder().encode(body).length)],
    ...setCookies.map((c): [string, string] => ['Set-Cookie', c]),
  ];
  trace.push({ kind: 'respond', status });
  return {
    state: { ...state, guestBook: book },
    response: { status, statusText: STATUS_TEXT[status] ?? '', headers, body },
    trace,
  };
}
