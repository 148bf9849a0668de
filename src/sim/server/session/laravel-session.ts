/**
 * Laravel 8.83's sessions as a new app has them (SESSION_DRIVER=database): the EncryptCookies
 * middleware around StartSession, Illuminate\Session\Store over DatabaseSessionHandler's
 * `sessions` table, and the shop's controller logging in with Auth::login() (SessionGuard) and
 * `$request->session()->regenerate()`, logging out with Auth::logout(), invalidate() and
 * regenerateToken(). Each decision below follows those classes' source, and
 * `laravel-session.diff.test.ts` runs the real Illuminate code beside it.
 */
import { header, type WireRequest } from '../../http/wire';
import {
  deleteRow,
  findRow,
  putRow,
  type GuestBook,
  type GuestBookRow,
  type SessionData,
} from '../guest-book';
import type { AppSession, SessionEngine } from './engine';
import {
  APP_KEY,
  LARAVEL_COOKIE,
  LARAVEL_DEFAULTS,
  LOGIN_KEY,
  payloadColumn,
  type LaravelSettings,
  type PhpArray,
  type PhpValue,
} from './laravel-file';

export { APP_KEY, LARAVEL_COOKIE, LARAVEL_DEFAULTS, type LaravelSettings };

export const LARAVEL_VERSION = '8.83.26';
export const LARAVEL_SID_SHAPE = /^[A-Za-z0-9]{40}$/;

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Str::random(40): 40 letters and digits (base64 of random bytes without + / =). */
export function laravelRandom(): string {
  const out: string[] = [];
  while (out.length < 40) {
    for (const b of crypto.getRandomValues(new Uint8Array(48))) {
      // 62 * 4 = 248: bytes past it are dropped so every character is equally likely.
      if (b < 248 && out.length < 40) out.push(ALNUM[b % 62]!);
    }
  }
  return out.join('');
}

// --- EncryptCookies: Encrypter (AES-256-CBC) and CookieValuePrefix, with Web Crypto ---

const encoder = new TextEncoder();
const keyBytes = Uint8Array.from(atob(APP_KEY.slice('base64:'.length)), (c) => c.charCodeAt(0));

const toBase64 = (b: Uint8Array) => {
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s);
};
const toHex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/** PHP's base64_decode() without strict mode: characters outside the alphabet are skipped. */
function phpBase64Decode(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const usable = clean.length % 4 === 1 ? clean.slice(0, -1) : clean;
  const padded = usable + '='.repeat((4 - (usable.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
}

async function hmacHex(hash: 'SHA-1' | 'SHA-256', message: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash }, false, [
    'sign',
  ]);
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message))));
}

const aesKey = (usage: 'encrypt' | 'decrypt') =>
  crypto.subtle.importKey('raw', keyBytes, { name: 'AES-CBC' }, false, [usage]);

/** CookieValuePrefix::create(): hash_hmac('sha1', $name.'v2', $key).'|'. */
const cookiePrefix = async (name: string) => `${await hmacHex('SHA-1', `${name}v2`)}|`;

/** Encrypter::encrypt($value, false): base64 of {"iv","value","mac","tag"}. */
export async function encryptCookie(name: string, value: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(16));
  const plain = encoder.encode((await cookiePrefix(name)) + value);
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, await aesKey('encrypt'), plain),
  );
  const ivText = toBase64(iv);
  const valueText = toBase64(cipher);
  const mac = await hmacHex('SHA-256', ivText + valueText);
  const json = JSON.stringify({ iv: ivText, value: valueText, mac, tag: '' });
  return btoa(json);
}

/**
 * EncryptCookies::decrypt() for one cookie: the session ID, or null when the payload is not
 * valid, the MAC is wrong, the cipher text does not decrypt, or the name's prefix is missing.
 */
export async function decryptCookie(name: string, cookie: string): Promise<string | null> {
  try {
    const payload: unknown = JSON.parse(new TextDecoder().decode(phpBase64Decode(cookie)));
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
    const { iv, value, mac, tag } = payload as Record<string, unknown>;
    if (typeof iv !== 'string' || typeof value !== 'string' || typeof mac !== 'string') {
      return null;
    }
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(iv) || iv.length % 4 !== 0) return null;
    const ivBytes = phpBase64Decode(iv);
    if (ivBytes.length !== 16) return null;
    if (mac !== (await hmacHex('SHA-256', iv + value))) return null;
    // ensureTagIsValid(): a CBC payload must not carry a tag.
    const empty = [undefined, null, '', '0', false, 0].includes(tag as never);
    if (!empty && !(Array.isArray(tag) && tag.length === 0)) return null;
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-CBC', iv: ivBytes },
      await aesKey('decrypt'),
      phpBase64Decode(value),
    );
    const text = new TextDecoder().decode(plain);
    const prefix = await cookiePrefix(name);
    return text.startsWith(prefix) ? text.slice(prefix.length) : null;
  } catch {
    return null;
  }
}

/** `$_COOKIE`: the first cookie of a name wins; values are URL-decoded ('+' is a space). */
function phpCookie(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const pair of cookieHeader.split(';')) {
    const eq = pair.indexOf('=');
    const key = (eq < 0 ? pair : pair.slice(0, eq)).trimStart();
    if (key !== name) continue;
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    try {
      return decodeURIComponent(raw.replace(/\+/g, ' '));
    } catch {
      return raw;
    }
  }
  return undefined;
}

/** PHP's rawurlencode(): everything but letters, digits and -_.~ as %XX. */
const rawurlencode = (text: string) =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/**
 * Request::fullUrl() for a GET: url() has no trailing slash; the query is Symfony's normalized
 * one (the last of a repeated key, keys sorted, RFC 3986 encoding), after "/?" at the root.
 */
function fullUrl(req: WireRequest): string {
  const url = new URL(req.url);
  const base = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  const params = new Map<string, string>();
  for (const [k, v] of url.searchParams) params.set(k, v);
  if (params.size === 0) return base;
  const query = [...params]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${rawurlencode(k)}=${rawurlencode(v)}`)
    .join('&');
  return `${base}${url.pathname === '/' ? '/?' : '?'}${query}`;
}

/** Symfony's cookie date: `Tue, 01-Dec-2026 12:00:00 GMT`. */
function cookieDate(seconds: number): string {
  const [day, date, month, year, time] = new Date(seconds * 1000).toUTCString().split(' ');
  return `${day} ${date}-${month}-${year} ${time} GMT`;
}

/** The app's data as the shop's routes see it: the guard's user ID and the cart. */
function dataFrom(attributes: PhpArray): SessionData {
  const data: SessionData = {};
  const cart = attributes.cart;
  if (Array.isArray(cart)) data.cart = cart.map(String);
  const user = attributes[LOGIN_KEY];
  if (typeof user === 'number') data.userId = user;
  return data;
}

/** Arr::set($attributes, 'a.b', $value): nested keys made on the way, an existing key kept in place. */
function put(attributes: PhpArray, path: string, value: PhpValue): void {
  const keys = path.split('.');
  let at = attributes;
  for (const key of keys.slice(0, -1)) {
    const next = at[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) at[key] = {};
    at = at[key] as PhpArray;
  }
  at[keys.at(-1)!] = value;
}

/** Store::ageFlashData() before every save: nothing flashed, so `_flash` is two empty lists. */
function ageFlash(attributes: PhpArray): void {
  const flash = attributes._flash as PhpArray | undefined;
  const fresh = Array.isArray(flash?.new) ? flash.new : [];
  const old = Array.isArray(flash?.old) ? flash.old : [];
  for (const key of old) if (typeof key === 'string') delete attributes[key];
  put(attributes, '_flash.old', fresh);
  put(attributes, '_flash.new', []);
}

/** DatabaseSessionHandler::expired(), with the lifetime config/session.php says now. */
function isStale(row: GuestBookRow, nowSeconds: number, lifetime: number): boolean {
  return row.native?.engine === 'laravel' && row.native.lastActivity < nowSeconds - lifetime * 60;
}

/** A new lifetime in config/session.php: every row now expires by it. */
export function withLifetime(book: GuestBook, lifetime: number): GuestBook {
  return book.map((r) =>
    r.native?.engine === 'laravel' ? { ...r, native: { ...r.native, lifetime } } : r,
  );
}

/** DatabaseSessionHandler::gc(): rows whose last_activity is lifetime old or older. */
export function collectLaravelGarbage(book: GuestBook, now: number, lifetime: number): GuestBook {
  const limit = Math.floor(now / 1000) - lifetime * 60;
  return book.filter((r) => r.native?.engine !== 'laravel' || r.native.lastActivity > limit);
}

export const laravelSession: SessionEngine<LaravelSettings> = {
  async run(state, req, ctx, trace, app) {
    const config = state.options;
    let book = state.guestBook;
    const nowSeconds = Math.floor(ctx.now / 1000);
    const newId = ctx.newId ?? laravelRandom;

    // --- EncryptCookies: the cookie decrypted, or null ---
    const raw = phpCookie(header(req.headers, 'Cookie'), LARAVEL_COOKIE);
    trace.push({ kind: 'parse-cookie', name: LARAVEL_COOKIE, found: raw !== undefined });
    let sent: string | null = null;
    if (raw !== undefined) {
      sent = await decryptCookie(LARAVEL_COOKIE, raw);
      trace.push({ kind: 'laravel', op: sent === null ? 'decrypt-bad' : 'decrypt-ok' });
    }

    // --- StartSession: Store::setId() keeps a 40-letter ID, whether or not a row has it ---
    const valid = sent !== null && LARAVEL_SID_SHAPE.test(sent);
    let current = valid ? sent! : newId();
    let exists = false;
    let attributes: PhpArray = {};
    if (valid) {
      const row = findRow(book, current);
      // read(): an expired row reads as empty but still exists; its ID is used again.
      if (row && isStale(row, nowSeconds, config.lifetime)) {
        exists = true;
        trace.push({ kind: 'laravel', op: 'expired', id: current });
      } else if (row) {
        exists = true;
        attributes = structuredClone(row.native?.engine === 'laravel' ? row.native.attributes : {});
        trace.push({ kind: 'lookup', id: current, result: 'found' });
      } else {
        trace.push({ kind: 'lookup', id: current, result: 'missing' });
        trace.push({ kind: 'laravel', op: 'adopt', id: current });
      }
    } else {
      trace.push({ kind: 'create', id: current });
    }
    if (attributes._token === undefined || attributes._token === null) {
      attributes._token = laravelRandom();
    }

    // The lottery: random_int(1, lottery[1]) <= lottery[0].
    const [wins, of] = config.lottery;
    const draw = 1 + Math.floor(of * (ctx.random ?? Math.random)());
    if (of > 0 && draw <= wins) {
      const kept = collectLaravelGarbage(book, ctx.now, config.lifetime);
      trace.push({ kind: 'laravel', op: 'gc', count: book.length - kept.length });
      book = kept;
    }

    const original = current;
    const before = dataFrom(attributes);
    const appStarts = trace.length;
    let data: SessionData = dataFrom(attributes);
    let regenerated = false;
    let loggedOut = false;
    /** migrate(): a new ID; with $destroy, the old row is deleted first. */
    const migrate = (destroy: boolean) => {
      if (destroy) book = deleteRow(book, current);
      const renewed = newId();
      trace.push({ kind: 'regenerate', oldId: current, newId: renewed });
      current = renewed;
      exists = false;
    };
    const session: AppSession = {
      get id() {
        return current;
      },
      get data() {
        return data;
      },
      // $request->session()->regenerate(): migrate(false), then a new CSRF token.
      async regenerate() {
        regenerated = true;
        migrate(false);
        attributes._token = laravelRandom();
      },
      // Auth::logout(), then invalidate() (flush, migrate(true)) and regenerateToken().
      destroy() {
        loggedOut = true;
        trace.push({ kind: 'destroy', id: current });
        attributes = {};
        book = deleteRow(book, current);
        const renewed = newId();
        trace.push({ kind: 'create', id: renewed });
        current = renewed;
        exists = false;
        data = {};
        attributes._token = laravelRandom();
      },
    };
    // Laravel sends no expired cookie at logout: the next line gives the browser a new session.
    const answer = await app(session, { clearSessionCookie() {} });

    // What the controller wrote, in the order Laravel keeps the keys.
    if (data.cart && JSON.stringify(data.cart) !== JSON.stringify(before.cart)) {
      attributes.cart = [...data.cart];
    }
    if (trace.slice(appStarts).some((step) => step.kind === 'bind-user')) {
      // Auth::login(): put the user's ID, then migrate(true) — before regenerate() in the
      // controller, so the row the visitor came with is deleted either way.
      attributes[LOGIN_KEY] = data.userId ?? null;
      book = deleteRow(book, original);
      if (!regenerated) migrate(true);
    }

    // storeCurrentUrl(): a GET remembers its URL.
    if (req.method === 'GET') put(attributes, '_previous.url', fullUrl(req));

    // addCookieToResponse(): on every response, lifetime minutes from now.
    const expires = nowSeconds + config.lifetime * 60;
    const value = await encryptCookie(LARAVEL_COOKIE, current);
    const sessionCookie =
      `${LARAVEL_COOKIE}=${encodeURIComponent(value)}; expires=${cookieDate(expires)}; ` +
      `Max-Age=${config.lifetime * 60}; path=/; httponly; samesite=lax`;
    trace.push({ kind: 'set-cookie', name: LARAVEL_COOKIE });

    // save(): every request writes its row — an update when it exists, else an insert.
    ageFlash(attributes);
    const stored = findRow(book, current);
    if (exists && !stored) {
      // The row was collected during this request: the UPDATE changes nothing.
      trace.push({ kind: 'laravel', op: 'lost', id: current });
    } else {
      const userId = loggedOut
        ? null
        : typeof attributes[LOGIN_KEY] === 'number'
          ? (attributes[LOGIN_KEY] as number)
          : null;
      const row: GuestBookRow = {
        id: current,
        ip_address: ctx.remoteIp,
        last_activity: nowSeconds * 1000,
        user_agent: (header(req.headers, 'User-Agent') ?? '').slice(0, 500),
        user_id: userId,
        payload: {
          cookie: {
            originalMaxAge: config.lifetime * 60_000,
            expires: new Date(expires * 1000).toISOString(),
            httpOnly: true,
            path: '/',
            sameSite: 'lax',
          },
          ...dataFrom(attributes),
        },
        native: {
          engine: 'laravel',
          attributes,
          lastActivity: nowSeconds,
          lifetime: config.lifetime,
        },
      };
      trace.push({ kind: 'save', id: current, op: stored ? 'update' : 'insert' });
      book = putRow(book, row);
    }
    return { guestBook: book, appCookies: [], sessionCookie, answer };
  },
};

/** The `payload` column of a row this engine wrote. */
export { payloadColumn };

/** A crowd of anonymous visitors as Laravel keeps them: a row each, a token and the URL seen. */
export function laravelCrowd(rows: GuestBookRow[], s: LaravelSettings): GuestBookRow[] {
  return rows.map((r) => {
    const lastActivity = Math.floor(r.last_activity / 1000);
    const attributes: PhpArray = {
      _token: laravelRandom(),
      _previous: { url: 'https://shop.example' },
      _flash: { old: [], new: [] },
    };
    return {
      ...r,
      id: laravelRandom(),
      last_activity: lastActivity * 1000,
      user_id: null,
      payload: {
        cookie: {
          originalMaxAge: s.lifetime * 60_000,
          expires: new Date((lastActivity + s.lifetime * 60) * 1000).toISOString(),
          httpOnly: true,
          path: '/',
          sameSite: 'lax',
        },
      },
      native: { engine: 'laravel', attributes, lastActivity, lifetime: s.lifetime },
    };
  });
}
