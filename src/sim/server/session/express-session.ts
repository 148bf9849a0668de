/**
 * The express-session engine (version 1.19) with its default MemoryStore, or connect-redis's
 * RedisStore (session-store.ts). Each decision below is the library's own — `getcookie`,
 * `generate`, `inflate`, `shouldSave`, `shouldTouch`, `shouldSetCookie`, `issecure` in its
 * index.js — and the differential suites (`express-session.diff.test.ts`,
 * `redis-store.diff.test.ts`) run the real libraries beside it.
 */
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import { header } from '../../http/wire';
import type { SessionData, StoredCookie } from '../guest-book';
import {
  signingSecret,
  verifyingSecrets,
  type CookieOptions,
  type SessionOptions,
} from '../options';
import { newSessionId } from '../session-id';
import { sign, unsign } from '../signing';
import type { AppSession, SessionEngine } from './engine';
import { openStore } from './session-store';

/** `new Cookie(options)`: the cookie block a new session starts with. */
export function newCookie(
  options: CookieOptions,
  now: number,
  secureRequest: boolean,
): StoredCookie {
  const maxAge = typeof options.maxAge === 'number' ? options.maxAge : null;
  return {
    originalMaxAge: maxAge,
    partitioned: options.partitioned,
    priority: options.priority,
    expires: maxAge === null ? null : new Date(now + maxAge).toISOString(),
    secure: options.secure === 'auto' ? secureRequest : options.secure,
    httpOnly: options.httpOnly,
    domain: options.domain,
    path: options.path,
    sameSite: options.sameSite,
  };
}

/** `session.touch()`: a cookie with a maxAge expires that long after now. */
function touch(cookie: StoredCookie, now: number): void {
  cookie.expires =
    cookie.originalMaxAge === null ? null : new Date(now + cookie.originalMaxAge).toISOString();
}

/** express-session's `hash`: the session without its cookie, to tell whether the app changed it. */
const hashOf = (data: SessionData) => JSON.stringify(data);

/** `unsigncookie`: the first secret that verifies the signature wins. */
async function unsignWithAny(value: string, secrets: string[]): Promise<string | false> {
  for (const secret of secrets) {
    const id = await unsign(value, secret);
    if (id !== false) return id;
  }
  return false;
}

/**
 * express-session parses the Cookie header with its own copy of `cookie` 0.7, which drops one
 * pair of double quotes around a value before percent-decoding it (`"s%3A…"` still finds the
 * session); `cookie` 1.x keeps the quotes. The value arrives here already trimmed of spaces.
 */
function decodeLikeCookie07(value: string): string {
  const unquoted =
    value.charCodeAt(0) === 0x22 && value.charCodeAt(value.length - 1) === 0x22
      ? value.slice(1, -1)
      : value;
  if (!unquoted.includes('%')) return unquoted;
  try {
    return decodeURIComponent(unquoted);
  } catch {
    return unquoted;
  }
}

interface Live {
  id: string;
  cookie: StoredCookie;
  data: SessionData;
}

export const expressSession: SessionEngine = {
  async run(state, req, ctx, trace, app) {
    const options: SessionOptions = state.options;
    const url = new URL(req.url);
    // The simulated shop terminates TLS itself: a request is secure when it came over https.
    const secureRequest = url.protocol === 'https:';
    const appCookies: string[] = [];
    const store = openStore(ctx.store ?? 'memory', state.guestBook, ctx.now, trace);
    const res = {
      clearSessionCookie() {
        const { path, domain } = options.cookie;
        appCookies.push(serializeCookie(options.name, '', { path, domain, expires: new Date(1) }));
        trace.push({ kind: 'clear-cookie', name: options.name });
      },
    };

    // The middleware only runs under cookie.path.
    if (!url.pathname.startsWith(options.cookie.path || '/')) {
      trace.push({ kind: 'skip-session', reason: 'path-mismatch', path: options.cookie.path });
      const answer = await app(null, res);
      return { guestBook: store.book, appCookies, sessionCookie: null, answer };
    }

    // getcookie(): the signed ID from the Cookie header, or nothing.
    const cookieHeader = header(req.headers, 'Cookie');
    const raw = cookieHeader
      ? parseCookies(cookieHeader, { decode: decodeLikeCookie07 })[options.name]
      : undefined;
    trace.push({ kind: 'parse-cookie', name: options.name, found: raw !== undefined });
    let cookieId: string | undefined;
    if (raw) {
      if (!raw.startsWith('s:')) {
        trace.push({ kind: 'verify-signature', ok: false, reason: 'not-signed' });
      } else {
        const id = await unsignWithAny(raw.slice(2), verifyingSecrets(options));
        trace.push(
          id === false
            ? { kind: 'verify-signature', ok: false, reason: 'bad-signature' }
            : { kind: 'verify-signature', ok: true },
        );
        if (id !== false) cookieId = id;
      }
    }

    const generate = (): Live => {
      const id = (ctx.newId ?? newSessionId)();
      return { id, cookie: newCookie(options.cookie, ctx.now, secureRequest), data: {} };
    };

    let live: Live | null = null;
    let savedHash: string | undefined;
    if (cookieId !== undefined) {
      const loaded = store.get(cookieId);
      if ('missing' in loaded) {
        trace.push({ kind: 'lookup', id: cookieId, result: loaded.missing });
      } else {
        const row = loaded.found;
        trace.push({ kind: 'lookup', id: cookieId, result: 'found' });
        const { cookie, ...data } = structuredClone(row.payload);
        live = { id: row.id, cookie, data };
        if (!options.resave) savedHash = hashOf(data);
      }
    }
    if (!live) {
      live = generate();
      trace.push({ kind: 'create', id: live.id });
    }
    const originalId = live.id;
    const originalHash = hashOf(live.data);

    let current: Live | null = live;
    // `req.session` as the routes hold it: after regenerate() it is the new session, as in express.
    const reqSession: AppSession = {
      get id() {
        return current?.id ?? '';
      },
      get data() {
        return current?.data ?? {};
      },
      async regenerate() {
        if (!current) return;
        // store.regenerate(): destroy the old entry, then generate() a new, empty session.
        store.destroy(current.id);
        const renewed = generate();
        trace.push({ kind: 'regenerate', oldId: current.id, newId: renewed.id });
        current = renewed;
      },
      destroy() {
        if (!current) return;
        store.destroy(current.id);
        trace.push({ kind: 'destroy', id: current.id });
        current = null;
      },
    };
    const answer = await app(reqSession, res);

    // --- as the response leaves: touch, save or touch the store, Set-Cookie ---
    const s = current as Live | null;
    if (!s) return { guestBook: store.book, appCookies, sessionCookie: null, answer };
    touch(s.cookie, ctx.now);
    const hash = hashOf(s.data);
    const modified = originalId !== s.id || originalHash !== hash;
    const saved = originalId === s.id && savedHash === hash;
    const shouldSave =
      !options.saveUninitialized && savedHash === undefined && cookieId !== s.id
        ? modified
        : !saved;
    const shouldTouch = cookieId === s.id && !shouldSave;
    const columns = {
      ip_address: ctx.remoteIp,
      last_activity: ctx.now,
      user_agent: header(req.headers, 'User-Agent') ?? '',
    };
    if (shouldSave) {
      const op = store.set({
        id: s.id,
        ...columns,
        user_id: s.data.userId ?? null,
        payload: { cookie: s.cookie, ...s.data },
      });
      trace.push({ kind: 'save', id: s.id, op });
    } else if (shouldTouch && store.touch(s.id, s.cookie, columns)) {
      trace.push({
        kind: 'save',
        id: s.id,
        op: store.touchOp,
        // MemoryStore's touch() rewrites the session with its cookie: with no maxAge there is no
        // expiry to move. (connect-redis still sets its default TTL with EXPIRE.)
        ...(store.touchOp === 'touch' && s.cookie.expires === null ? { noExpiry: true } : {}),
      });
    } else {
      trace.push({ kind: 'skip-save', id: s.id });
    }

    const shouldSetCookie =
      cookieId !== s.id
        ? options.saveUninitialized || modified
        : options.rolling || (s.cookie.expires !== null && modified);
    let sessionCookie: string | null = null;
    if (shouldSetCookie && s.cookie.secure && !secureRequest) {
      trace.push({ kind: 'skip-set-cookie', reason: 'not-secure' });
    } else if (shouldSetCookie) {
      const signed = `s:${await sign(s.id, signingSecret(options))}`;
      const c = s.cookie;
      sessionCookie = serializeCookie(options.name, signed, {
        partitioned: c.partitioned,
        priority: c.priority,
        expires: c.expires === null ? undefined : new Date(c.expires),
        secure: c.secure,
        httpOnly: c.httpOnly,
        domain: c.domain,
        path: c.path,
        sameSite: c.sameSite,
      });
      trace.push({ kind: 'set-cookie', name: options.name });
    }
    return { guestBook: store.book, appCookies, sessionCookie, answer };
  },
};
