/**
 * What the UI needs of PHP's sessions without the engine: php.ini's settings and the text of a
 * session file. Small, because the guest book on the first screen uses it.
 */
import type { GuestBookRow, SessionData } from '../guest-book';

/** The php.ini settings the lesson lets a student see and change. */
export interface PhpSettings {
  /** session.name */
  name: string;
  /** session.use_strict_mode: refuse an ID this server never made. Off by default. */
  useStrictMode: boolean;
  /** session.cookie_httponly: off by default, so page scripts can read PHPSESSID. */
  cookieHttponly: boolean;
  /** session.gc_maxlifetime, in seconds: how old a file's mtime must be for GC to delete it. */
  gcMaxlifetime: number;
  /** GC runs on a session_start() with the chance gcProbability / gcDivisor. */
  gcProbability: number;
  gcDivisor: number;
}

/** What Debian's php.ini sets (its cron job /usr/lib/php/sessionclean collects garbage instead). */
export const PHP_DEFAULTS: PhpSettings = {
  name: 'PHPSESSID',
  useStrictMode: false,
  cookieHttponly: false,
  gcMaxlifetime: 1440,
  gcProbability: 0,
  gcDivisor: 1000,
};

/** The keys the PHP shop writes into $_SESSION for the routes' `userId` and `cart`. */
const PHP_KEYS: Record<keyof SessionData, string> = { userId: 'user_id', cart: 'cart' };

/** The file's text, serialize_handler "php": `cart|a:1:{i:0;s:4:"milk";}user_id|i:152;`. */
export function phpSerialize(data: SessionData): string {
  const str = (s: string) => `s:${new TextEncoder().encode(s).length}:"${s}";`;
  let out = '';
  for (const [key, value] of Object.entries(data) as [keyof SessionData, unknown][]) {
    const name = PHP_KEYS[key];
    if (typeof value === 'number') out += `${name}|i:${value};`;
    else if (Array.isArray(value)) {
      const items = value.map((v, i) => `i:${i};${str(String(v))}`).join('');
      out += `${name}|a:${value.length}:{${items}}`;
    }
  }
  return out;
}

/** The app's data in a row, without the cookie block, in the order it was written. */
export function dataOf(row: GuestBookRow): SessionData {
  const data: SessionData & { cookie?: unknown } = { ...row.payload };
  delete data.cookie;
  return data;
}
