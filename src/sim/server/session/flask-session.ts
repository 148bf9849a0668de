/**
 * Flask 2.2's sessions around the shop's routes, as Debian's python3-flask runs them:
 * - by default SecureCookieSessionInterface: the whole session is JSON in the `session` cookie,
 *   signed by itsdangerous (HMAC-SHA1, key derivation "hmac", salt "cookie-session") with a
 *   timestamp, NOT encrypted; nothing is kept on the server.
 * - with Flask-Session 0.3.2 and SESSION_TYPE = 'filesystem': cachelib files keyed by a uuid4
 *   session ID, which is all the cookie carries.
 * Each decision follows flask/sessions.py, itsdangerous's timed.py and url_safe.py and
 * flask_session/sessions.py; `flask-session.diff.test.ts` runs the real Flask beside it.
 * Web Crypto signs, so the same bytes come out in the browser and in Node.
 */
import { header, type HeaderList } from '../../http/wire';
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
  base64Bytes,
  base64Url,
  flaskDict,
  FLASK_DEFAULTS,
  pythonJson,
  type FlaskSettings,
} from './flask-file';
import { dataOf } from './php-file';

export { FLASK_DEFAULTS, type FlaskSettings };

const NAME = 'session';
export const FLASK_SID_SHAPE =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Python's uuid4(): 122 random bits in the 8-4-4-4-12 form. */
export function flaskSessionId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const encoder = new TextEncoder();

async function hmacSha1(key: Uint8Array, value: Uint8Array): Promise<Uint8Array> {
  const k = await crypto.subtle.importKey(
    'raw',
    key as BufferSource,
    { name: 'HMAC', hash: 'SHA-1' },
    false,
    ['sign'],
  );
  return new Uint8Array(await crypto.subtle.sign('HMAC', k, value as BufferSource));
}

/** itsdangerous's Signer with key_derivation "hmac": the key is HMAC(secret, salt). */
async function signature(secret: string, salt: string, value: string): Promise<Uint8Array> {
  const key = await hmacSha1(encoder.encode(secret), encoder.encode(salt));
  return hmacSha1(key, encoder.encode(value));
}

/** Signer.sign(): `value.signature`. */
export async function itsSign(secret: string, salt: string, value: string): Promise<string> {
  return `${value}.${base64Url(await signature(secret, salt, value))}`;
}

/** Signer.unsign(): the value when the signature is right, null otherwise. */
export async function itsUnsign(
  secret: string,
  salt: string,
  signed: string,
): Promise<string | null> {
  const dot = signed.lastIndexOf('.');
  if (dot < 0) return null;
  const value = signed.slice(0, dot);
  const given = base64Bytes(signed.slice(dot + 1));
  const want = await signature(secret, salt, value);
  if (!given || given.length !== want.length) return null;
  let diff = 0;
  for (let i = 0; i < want.length; i++) diff |= want[i]! ^ given[i]!;
  return diff === 0 ? value : null;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const writer = stream.writable.getWriter();
  void writer.write(bytes as BufferSource);
  void writer.close();
  return new Uint8Array(await new Response(stream.readable).arrayBuffer());
}

/** The big-endian bytes of an integer, as itsdangerous's int_to_bytes writes a timestamp. */
function intBytes(n: number): Uint8Array {
  const out: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v % 256);
  return new Uint8Array(out);
}

/**
 * URLSafeTimedSerializer.dumps(): compact JSON, zlib-compressed behind a '.' when that is
 * shorter, base64, '.', the timestamp, '.', the signature.
 */
export async function dumpCookie(
  secret: string,
  dict: Record<string, unknown>,
  nowSeconds: number,
): Promise<string> {
  const json = encoder.encode(pythonJson(dict));
  const compressed = await pipe(json, new CompressionStream('deflate'));
  const payload =
    compressed.length < json.length - 1 ? `.${base64Url(compressed)}` : base64Url(json);
  return itsSign(secret, 'cookie-session', `${payload}.${base64Url(intBytes(nowSeconds))}`);
}

export type CookieVerdict =
  { ok: true; dict: Record<string, unknown> } | { ok: false; reason: 'bad-signature' | 'expired' };

/** URLSafeTimedSerializer.loads(value, max_age): the signature first, then the timestamp's age. */
export async function loadCookie(
  secret: string,
  value: string,
  nowSeconds: number,
  maxAge: number,
): Promise<CookieVerdict> {
  const signed = await itsUnsign(secret, 'cookie-session', value);
  if (signed === null) return { ok: false, reason: 'bad-signature' };
  const dot = signed.lastIndexOf('.');
  const stamp = dot < 0 ? null : base64Bytes(signed.slice(dot + 1));
  if (!stamp) return { ok: false, reason: 'bad-signature' };
  const age = nowSeconds - stamp.reduce((n, b) => n * 256 + b, 0);
  if (age > maxAge || age < 0) return { ok: false, reason: 'expired' };
  let payload = signed.slice(0, dot);
  const compressed = payload.startsWith('.');
  if (compressed) payload = payload.slice(1);
  let bytes = base64Bytes(payload) ?? new Uint8Array();
  if (compressed) bytes = await pipe(bytes, new DecompressionStream('deflate'));
  return { ok: true, dict: JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown> };
}

/** The shop's data out of Flask's dict, and whether `_permanent` was set. */
function fromDict(dict: Record<string, unknown>): { data: SessionData; permanent: boolean } {
  const data: SessionData = {};
  if (Array.isArray(dict.cart)) data.cart = dict.cart.map(String);
  if (typeof dict.user_id === 'number') data.userId = dict.user_id;
  return { data, permanent: dict._permanent === true };
}

/** werkzeug's request.cookies.get('session'): the first cookie of that name. */
function sessionCookie(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const pair of cookieHeader.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    if (pair.slice(0, eq).trim() === NAME) return pair.slice(eq + 1).trim();
  }
  return undefined;
}

/** werkzeug's http_date of a datetime, whole seconds. */
const httpDate = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toUTCString();

export const flaskSession: SessionEngine<FlaskSettings> = {
  async run(state, req, ctx, trace, app) {
    const s = state.options;
    let book: GuestBook = state.guestBook;
    const headers: HeaderList = [];
    const nowSeconds = ctx.now / 1000;
    const files = s.sessionType === 'filesystem';
    // response.vary.add('Cookie'): one Vary header, where it was first added.
    const vary = () => {
      if (!headers.some(([n]) => n === 'Vary')) headers.push(['Vary', 'Cookie']);
    };
    const deleteCookie = () => {
      // Flask passes httponly to delete_cookie; Flask-Session 0.3.2 does not.
      headers.push([
        'Set-Cookie',
        `${NAME}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0${files ? '' : '; HttpOnly'}; Path=/`,
      ]);
      trace.push({ kind: 'clear-cookie', name: NAME });
    };
    const setCookie = (value: string, permanent: boolean) => {
      const expires = permanent ? `; Expires=${httpDate(ctx.now + s.lifetime * 1000)}` : '';
      headers.push(['Set-Cookie', `${NAME}=${value}${expires}; HttpOnly; Path=/`]);
      trace.push({ kind: 'set-cookie', name: NAME });
    };

    // --- open_session() ---
    const raw = sessionCookie(header(req.headers, 'Cookie'));
    trace.push({ kind: 'parse-cookie', name: NAME, found: raw !== undefined });
    let data: SessionData = {};
    let permanent = false;
    let sid = '';
    let found: GuestBookRow | undefined;
    if (!files) {
      if (raw) {
        const verdict = await loadCookie(s.secretKey, raw, nowSeconds, s.lifetime);
        trace.push(
          verdict.ok || verdict.reason === 'expired'
            ? { kind: 'verify-signature', ok: true }
            : { kind: 'verify-signature', ok: false, reason: 'bad-signature' },
        );
        if (verdict.ok) {
          ({ data, permanent } = fromDict(verdict.dict));
          trace.push({ kind: 'flask-cookie', op: 'read' });
        } else if (verdict.reason === 'expired') {
          trace.push({ kind: 'flask-cookie', op: 'expired' });
        }
      }
    } else {
      let fromCookie = raw !== undefined && raw !== '';
      if (fromCookie && s.useSigner) {
        const unsigned = await itsUnsign(s.secretKey, 'flask-session', raw!);
        trace.push(
          unsigned === null
            ? { kind: 'verify-signature', ok: false, reason: 'bad-signature' }
            : { kind: 'verify-signature', ok: true },
        );
        if (unsigned === null) fromCookie = false;
        else sid = unsigned;
      } else if (fromCookie) {
        sid = raw!;
      }
      if (fromCookie) {
        const row = findRow(book, sid);
        // cachelib reads nothing from a file past its expiry; the file stays until overwritten.
        const expired = row !== undefined && expiresOf(row) < ctx.now;
        found = row && !expired ? row : undefined;
        trace.push({
          kind: 'lookup',
          id: sid,
          result: found ? 'found' : expired ? 'expired' : 'missing',
        });
        if (found) {
          data = structuredClone(dataOf(found));
          permanent = found.native?.engine === 'flask' && found.native.permanent;
        } else {
          trace.push({ kind: 'flask-file', id: sid, op: 'adopt' });
          permanent = s.sessionPermanent;
        }
      } else {
        sid = (ctx.newId ?? flaskSessionId)();
        trace.push({ kind: 'create', id: sid });
        permanent = s.sessionPermanent;
      }
    }

    // The session as the routes see it: reading marks it accessed, writing modified.
    let accessed = false;
    let modified = false;
    let loggedIn = false;
    const track = (target: SessionData) =>
      new Proxy(target, {
        get(t, key, receiver) {
          accessed = true;
          return Reflect.get(t, key, receiver) as unknown;
        },
        set(t, key, value, receiver) {
          accessed = modified = true;
          if (key === 'userId') loggedIn = true;
          return Reflect.set(t, key, value, receiver);
        },
      });
    let view = track(data);
    const session: AppSession = {
      get id() {
        return sid;
      },
      get data() {
        accessed = true;
        return view;
      },
      async regenerate() {
        // Neither Flask nor Flask-Session 0.3.2 has a call that renews a session ID.
        trace.push({ kind: 'flask-no-regenerate', store: s.sessionType });
      },
      destroy() {
        // session.clear(): empty and modified; Flask then deletes the cookie.
        data = {};
        view = track(data);
        permanent = false;
        accessed = modified = true;
      },
    };
    const res = {
      // session.clear() already makes Flask delete the cookie: the app adds nothing.
      clearSessionCookie() {},
    };
    const answer = await app(session, res);
    if (loggedIn && s.permanentOnLogin) {
      // session.permanent = True: `_permanent` is a key of the session like any other.
      permanent = modified = true;
    }

    // --- save_session() ---
    const dict = flaskDict(data, permanent);
    const empty = Object.keys(dict).length === 0;
    if (!files) {
      if (accessed) vary();
      if (empty) {
        if (modified) {
          deleteCookie();
          vary();
          trace.push({ kind: 'flask-cookie', op: 'delete' });
        }
      } else if (modified || permanent) {
        // SESSION_REFRESH_EACH_REQUEST: a permanent session is signed again on every request.
        setCookie(await dumpCookie(s.secretKey, dict, Math.floor(nowSeconds)), permanent);
        vary();
        trace.push({ kind: 'flask-cookie', op: 'write' });
      } else {
        trace.push({ kind: 'flask-cookie', op: 'keep' });
      }
      return { guestBook: book, appCookies: [], sessionCookie: null, answer, headers };
    }

    if (empty) {
      if (modified) {
        book = deleteRow(book, sid);
        trace.push({ kind: 'destroy', id: sid });
        deleteCookie();
      } else {
        trace.push({ kind: 'flask-file', id: sid, op: 'skip' });
      }
      return { guestBook: book, appCookies: [], sessionCookie: null, answer, headers };
    }
    // cache.set(): the file is written on every request, its expiry PERMANENT_SESSION_LIFETIME away.
    const row: GuestBookRow = {
      id: sid,
      ip_address: ctx.remoteIp,
      last_activity: ctx.now,
      user_agent: header(req.headers, 'User-Agent') ?? '',
      user_id: data.userId ?? null,
      payload: {
        cookie: {
          originalMaxAge: permanent ? s.lifetime * 1000 : null,
          expires: permanent ? new Date(ctx.now + s.lifetime * 1000).toISOString() : null,
          httpOnly: true,
          path: '/',
        },
        ...data,
      },
      native: {
        engine: 'flask',
        expires: (Math.floor(nowSeconds) + s.lifetime) * 1000,
        permanent,
      },
    };
    book = putRow(book, row);
    trace.push({ kind: 'flask-file', id: sid, op: 'write' });
    setCookie(s.useSigner ? await itsSign(s.secretKey, 'flask-session', sid) : sid, permanent);
    return { guestBook: book, appCookies: [], sessionCookie: null, answer, headers };
  },
};

/** When cachelib stops reading a file (epoch ms). */
function expiresOf(row: GuestBookRow): number {
  return row.native?.engine === 'flask' ? row.native.expires : Infinity;
}

/** A crowd of anonymous visitors as Flask-Session keeps them: a file each (`_permanent` only). */
export function flaskCrowd(rows: GuestBookRow[], s: FlaskSettings): GuestBookRow[] {
  // A signed cookie keeps nothing here; without SESSION_PERMANENT an empty session is not saved.
  if (s.sessionType === 'cookie' || !s.sessionPermanent) return [];
  return rows.map((r) => ({
    ...r,
    id: flaskSessionId(),
    payload: { cookie: { originalMaxAge: null, expires: null, httpOnly: true, path: '/' } },
    native: { engine: 'flask', expires: r.last_activity + s.lifetime * 1000, permanent: true },
  }));
}
