/**
 * The client-side cookie store, exactly as the npm package `cookie-session` 2.1 writes it (with
 * `cookies` 0.9 and `keygrip`): the whole session travels in the cookie, as base64 of its JSON,
 * and a second cookie `<name>.sig` carries an HMAC-SHA1 of `name=value` made with the first key.
 * The server keeps nothing: the guest book stays empty. `cookie-session.diff.test.ts` runs the
 * real package in express beside this engine.
 */
import { SHOP_IDLE_MS } from '../options';
import type { SessionData } from '../guest-book';
import type { AppSession, SessionEngine } from './engine';
import { header } from '../../http/wire';
import type { TraceStep } from '../../trace';

export interface CookieSessionSettings {
  /** `name`: the cookie's name; the signature travels in `<name>.sig`. */
  name: string;
  /** `keys`: the first signs, every one is tried when checking (keygrip). */
  keys: string[];
  /** `maxAge` in ms: Expires is now + maxAge each time the cookie is written. */
  maxAge?: number;
}

/** The shop's cookie-session set-up; the keys are the server's secret. */
export const cookieSessionSettings = (secret: string): CookieSessionSettings => ({
  name: 'session',
  keys: [secret],
  maxAge: SHOP_IDLE_MS,
});

const encoder = new TextEncoder();

/** keygrip's sign(): HMAC-SHA1, base64 made URL-safe without padding. */
export async function keygripSign(data: string, key: string): Promise<string> {
  const k = await crypto.subtle.importKey(
    'raw',
    encoder.encode(key),
    { name: 'HMAC', hash: 'SHA-1' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', k, encoder.encode(data)));
  return btoa(String.fromCharCode(...mac))
    .replace(/\//g, '_')
    .replace(/\+/g, '-')
    .replace(/=/g, '');
}

/** keygrip's index(): which key made this signature, or -1. */
async function keyIndex(data: string, digest: string, keys: string[]): Promise<number> {
  for (let i = 0; i < keys.length; i++) {
    if (digest === (await keygripSign(data, keys[i]!))) return i;
  }
  return -1;
}

/** `Buffer.from(str).toString('base64')` of the session's JSON: cookie-session's encode(). */
export function encodeSession(data: object): string {
  const bytes = encoder.encode(JSON.stringify(data));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * `Buffer.from(str, 'base64').toString('utf8')`: Node's decoder is lenient — it takes both
 * alphabets, skips characters outside them, stops at `=` — where `atob` would throw.
 */
export function decodeBase64Like(str: string): string {
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of str) {
    if (ch === '=') break;
    const v = ch === '-' ? 62 : ch === '_' ? 63 : B64.indexOf(ch);
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** Names a Session object already has (its prototype, Object's): cookie-session skips them. */
const TAKEN = new Set(['_ctx', 'isChanged', 'isNew', 'isPopulated', '__proto__']);
const isTaken = (key: string) => TAKEN.has(key) || key in Object.prototype;

/** cookie-session's decode() and `new Session(ctx, obj)`: the data, or null when it is not JSON. */
export function decodeSession(value: string): Record<string, unknown> | null {
  let obj: unknown;
  try {
    obj = JSON.parse(decodeBase64Like(value));
  } catch {
    return null;
  }
  const data: Record<string, unknown> = {};
  if (obj !== null && typeof obj === 'object') {
    for (const key of Object.keys(obj)) {
      if (!isTaken(key)) data[key] = (obj as Record<string, unknown>)[key];
    }
  } else if (typeof obj === 'string') {
    // `for (key in "ab")` walks a string's indexes.
    [...obj].forEach((c, i) => (data[String(i)] = c));
  }
  return data;
}

/** `cookies`' pattern for one cookie in the Cookie header: the first `name=` wins. */
function cookieValue(cookieHeader: string, name: string): string | undefined {
  const escaped = name.replace(/[\^$\\.*+?()[\]{}|]/g, '\\$&');
  const match = new RegExp(`(?:^|;) *${escaped}=([^;]*)`).exec(cookieHeader);
  if (!match) return undefined;
  const value = match[1]!;
  return value.startsWith('"') ? value.slice(1, -1) : value;
}

/** `cookies`' Cookie#toHeader(): lower-case attributes, Expires from maxAge, Secure over https. */
function cookieLine(
  name: string,
  value: string,
  now: number,
  secure: boolean,
  maxAge: number | undefined,
  clearing = value === '',
): string {
  let line = `${name}=${value}; path=/`;
  // An empty value expires the cookie; the .sig line reuses that Cookie object, so it does too.
  if (clearing) line += `; expires=${new Date(0).toUTCString()}`;
  else if (maxAge) line += `; expires=${new Date(now + maxAge).toUTCString()}`;
  if (secure) line += '; secure';
  return line + '; httponly';
}

export const cookieSession: SessionEngine<CookieSessionSettings> = {
  async run(state, req, ctx, trace, app) {
    const { name, keys, maxAge } = state.options;
    const secure = new URL(req.url).protocol === 'https:';
    const cookieHeader = header(req.headers, 'Cookie') ?? '';
    /** Set-Cookie lines in the order they stand; `early` once any was set while the app ran. */
    let lines: string[] = [];
    let early = false;
    /** `cookies.set()`: with overwrite, an earlier line for the same name is replaced. */
    const push = (line: string, overwrite: boolean) => {
      const cookieName = line.slice(0, line.indexOf('=') + 1);
      if (overwrite) lines = lines.filter((l) => !l.startsWith(cookieName));
      lines.push(line);
    };

    // Session states as cookie-session keeps them: not read yet, read (or new), or set to null.
    let data: Record<string, unknown> | undefined;
    let original: string | undefined;
    let removed = false;
    /** What reading the cookie found, told in the trace only if the routes read the session. */
    const steps: TraceStep[] = [];

    /** `cookies.get(name, { signed: true })`, then decode: what `req.session` first reads. */
    const load = async (): Promise<Record<string, unknown>> => {
      const value = cookieHeader ? cookieValue(cookieHeader, name) : undefined;
      steps.push({ kind: 'parse-cookie', name, found: value !== undefined });
      let str: string | undefined;
      if (value !== undefined) {
        const sig = cookieValue(cookieHeader, `${name}.sig`);
        if (!sig) {
          steps.push({ kind: 'verify-signature', ok: false, reason: 'not-signed' });
        } else if ((await keyIndex(`${name}=${value}`, sig, keys)) < 0) {
          // A wrong signature: the cookies module also tells the browser to drop the .sig cookie.
          steps.push({ kind: 'verify-signature', ok: false, reason: 'bad-signature' });
          sigRefused = true;
        } else {
          steps.push({ kind: 'verify-signature', ok: true });
          str = value;
        }
      }
      const decoded = str ? decodeSession(str) : null;
      if (str && decoded) {
        original = str;
        steps.push({ kind: 'cookie-data', op: 'read', data: JSON.stringify(decoded) });
        return decoded;
      }
      steps.push({ kind: 'cookie-data', op: str ? 'unreadable' : 'new', data: '{}' });
      return {};
    };

    // The shop's routes read `session.data` synchronously, so the cookie is read (async, for
    // the HMAC) before they run; it counts as read only once they look at the session, as
    // cookie-session reads it on first access of `req.session`.
    let sigRefused = false;
    const loaded = await load();
    const session: AppSession = {
      id: '',
      get data() {
        if (removed) return {};
        data ??= loaded;
        return data as SessionData;
      },
      // cookie-session has no ID to renew: the data is the session.
      async regenerate() {},
      destroy() {
        removed = true;
      },
    };
    const res = {
      // `req.session = null` is how an app clears cookie-session's cookies.
      clearSessionCookie() {
        removed = true;
      },
    };
    const start = trace.length;
    const answer = await app(session, res);
    if (data !== undefined) {
      trace.splice(start, 0, ...steps);
      if (sigRefused) {
        push(cookieLine(`${name}.sig`, '', ctx.now, secure, undefined), false);
        early = true;
      }
    }

    // onHeaders: remove, or save a populated or changed session.
    const sign = (n: string, v: string) => keygripSign(`${n}=${v}`, keys[0] ?? '');
    if (removed) {
      push(cookieLine(name, '', ctx.now, secure, maxAge), true);
      push(cookieLine(`${name}.sig`, await sign(name, ''), ctx.now, secure, maxAge, true), true);
      trace.push({ kind: 'cookie-data', op: 'clear', data: '' });
      trace.push({ kind: 'set-cookie', name, signed: true });
    } else if (data !== undefined) {
      const value = encodeSession(data);
      const isNew = original === undefined;
      const populated = Object.keys(data).length > 0;
      const changed = isNew || value !== original;
      if ((!isNew || populated) && changed) {
        push(cookieLine(name, value, ctx.now, secure, maxAge), true);
        push(cookieLine(`${name}.sig`, await sign(name, value), ctx.now, secure, maxAge), true);
        trace.push({ kind: 'cookie-data', op: 'write', data: JSON.stringify(data) });
        trace.push({ kind: 'set-cookie', name, signed: true });
      }
    }
    return {
      guestBook: state.guestBook,
      appCookies: early ? lines : [],
      sessionCookie: null,
      sessionCookies: early ? [] : lines,
      answer,
    };
  },
};
