/**
 * What the UI needs of Flask's sessions without the engine: the app's settings and how a signed
 * cookie reads once base64 is undone. Small, because the first screen's guest book uses it.
 */
import { formatTimestamp } from '../../clock';
import type { GuestBookRow, SessionData } from '../guest-book';

/** Flask 2.2 (Debian's python3-flask) and Flask-Session 0.3.2 (python3-flask-session). */
export const FLASK_SERVER = 'Werkzeug/2.2.2 Python/3.11.2';

export interface FlaskSettings {
  /**
   * Flask-Session's SESSION_TYPE: 'cookie' is Flask's own session (no Flask-Session): the whole
   * session in a signed cookie; 'filesystem' keeps it in files and only an ID in the cookie.
   */
  sessionType: 'cookie' | 'filesystem';
  /** `session.permanent = True` on login: the cookie gets Expires (PERMANENT_SESSION_LIFETIME). */
  permanentOnLogin: boolean;
  /** Flask-Session's SESSION_PERMANENT (on by default): every session is permanent. */
  sessionPermanent: boolean;
  /** Flask-Session's SESSION_USE_SIGNER (off by default): the ID in the cookie is signed. */
  useSigner: boolean;
  /** app.secret_key: what signs the cookie. */
  secretKey: string;
  /** PERMANENT_SESSION_LIFETIME in seconds (31 days by default). */
  lifetime: number;
}

export const FLASK_DEFAULTS: FlaskSettings = {
  sessionType: 'cookie',
  permanentOnLogin: false,
  sessionPermanent: true,
  useSigner: false,
  secretKey: 'keyboard cat',
  lifetime: 31 * 24 * 60 * 60,
};

/** The keys the Flask shop writes into `session` for the routes' `userId` and `cart`. */
export const FLASK_KEYS: Record<keyof SessionData, string> = { userId: 'user_id', cart: 'cart' };

/** A session as Flask keeps it: the app's keys, and `_permanent` once session.permanent is set. */
export function flaskDict(data: SessionData, permanent: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (permanent) out._permanent = true;
  for (const [key, value] of Object.entries(data) as [keyof SessionData, unknown][]) {
    if (value !== undefined) out[FLASK_KEYS[key]] = value;
  }
  return out;
}

/**
 * Python's json.dumps as Flask's session serializer calls it: sorted keys, no spaces, every
 * character outside printable ASCII escaped as \uXXXX (ensure_ascii).
 */
export function pythonJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${pythonJson(k)}:${pythonJson(v)}`).join(',')}}`;
  }
  if (typeof value === 'string') {
    return JSON.stringify(value).replace(
      /[\u007f-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  }
  return JSON.stringify(value);
}

/**
 * Base64 as Python's urlsafe_b64decode reads it after itsdangerous pads it: characters outside
 * the alphabet are skipped, the bits past the last whole byte ignored; null when it cannot.
 */
export function base64Bytes(text: string): Uint8Array | null {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const padded = text + '='.repeat((4 - (text.length % 4)) % 4);
  const sextets: number[] = [];
  for (const c of padded.replace(/-/g, '+').replace(/_/g, '/')) {
    if (c === '=') break;
    const i = alphabet.indexOf(c);
    if (i >= 0) sextets.push(i);
  }
  if (sextets.length % 4 === 1) return null;
  const out: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const s of sextets) {
    acc = (acc << 6) | s;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return new Uint8Array(out);
}

export function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** What anyone holding a Flask session cookie can read in it, without the secret key. */
export interface ReadCookie {
  /** The JSON inside, or null when it is zlib-compressed (a leading '.'). */
  json: string | null;
  /** When it was signed (epoch seconds). */
  signedAt: number | null;
  /** The HMAC-SHA1 signature, base64. */
  signature: string;
}

/** Undoes base64 on a signed-cookie value: `payload.timestamp.signature`. */
export function readFlaskCookie(value: string): ReadCookie | null {
  const parts = value.split('.');
  const compressed = parts[0] === '';
  const [payload, stamp, signature] = compressed ? parts.slice(1) : parts;
  if (payload === undefined || stamp === undefined || signature === undefined) return null;
  const bytes = compressed ? null : base64Bytes(payload);
  const ts = base64Bytes(stamp);
  return {
    json: bytes ? new TextDecoder().decode(bytes) : null,
    signedAt: ts ? ts.reduce((n, b) => n * 256 + b, 0) : null,
    signature,
  };
}

/** Python's repr() of the session dict, as `print(session)` would show what the file holds. */
function pythonRepr(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([k, v]) => `${pythonRepr(k)}: ${pythonRepr(v)}`).join(', ')}}`;
  }
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return String(value);
}

/** A Flask-Session file: its name, the expiry cachelib writes first, then the pickled dict. */
export function flaskFileText(row: GuestBookRow): string {
  const native = row.native;
  if (native?.engine !== 'flask') return '';
  const data: SessionData & { cookie?: unknown } = { ...row.payload };
  delete data.cookie;
  return [
    `flask_session/md5("session:${row.id}")`,
    `expires: ${Math.floor(native.expires / 1000)}  (${formatTimestamp(native.expires)})`,
    pythonRepr(flaskDict(data, native.permanent)),
  ].join('\n');
}
