/**
 * PHP 8.2's session module with its `files` save handler, as Debian's php-cli runs it (its
 * php.ini: sid_length 26, sid_bits_per_character 5, gc_probability 0, gc_divisor 1000,
 * gc_maxlifetime 1440, cookie_httponly and use_strict_mode off). The app calls session_start()
 * first, session_regenerate_id(true) on login, session_destroy() and setcookie() on logout.
 * Each decision below follows php_session_start / php_session_initialize / php_session_gc and
 * mod_files.c, and `php-session.diff.test.ts` runs the real php beside it.
 */
import type { HeaderList } from '../../http/wire';
import { header } from '../../http/wire';
import {
  deleteRow,
  findRow,
  nativeCrowd,
  putRow,
  type GuestBook,
  type GuestBookRow,
  type SessionData,
} from '../guest-book';
import type { AppSession, SessionEngine } from './engine';
import { dataOf, PHP_DEFAULTS, phpSerialize, type PhpSettings } from './php-file';

export { dataOf, PHP_DEFAULTS, phpSerialize, type PhpSettings };

export const PHP_VERSION = '8.2.36';

/** sid_bits_per_character = 5: the characters bin_to_readable() writes. */
const SID_CHARS = '0123456789abcdefghijklmnopqrstuv';
export const PHP_SID_LENGTH = 26;
export const PHP_SID_SHAPE = /^[0-9a-v]{26}$/;

/** php_session_create_id(): 26 characters of 5 random bits each (130 bits). */
export function phpSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(PHP_SID_LENGTH));
  return Array.from(bytes, (b) => SID_CHARS[b & 31]).join('');
}

/**
 * php_session_valid_key() allows up to 256 of these characters, but the file system allows a
 * name of 255 bytes: open("sess_" + id) fails past 250 characters, and so does session_start().
 */
const VALID_KEY = /^[a-zA-Z0-9,-]{1,250}$/;
/** Characters php_session_start() drops an ID for, as if none was sent. */
const UNSAFE = /[\r\n\t <>'"\\]/;

/** `$_COOKIE`: the first cookie of a name wins; values are URL-decoded ('+' is a space). */
function phpCookie(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const pair of cookieHeader.split(';')) {
    const eq = pair.indexOf('=');
    const key = (eq < 0 ? pair : pair.slice(0, eq)).trimStart();
    if (key !== name) continue;
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    return raw
      .replace(/\+/g, ' ')
      .replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return undefined;
}

/** The headers session_start() adds with session.cache_limiter = nocache. */
const NOCACHE: HeaderList = [
  ['Expires', 'Thu, 19 Nov 1981 08:52:00 GMT'],
  ['Cache-Control', 'no-store, no-cache, must-revalidate'],
  ['Pragma', 'no-cache'],
];

/** Whether a file is old enough for ps_files_cleanup_dir() (whole seconds, as time() counts). */
export function isStale(row: GuestBookRow, now: number): boolean {
  const native = row.native;
  if (native?.engine !== 'php') return false;
  return Math.floor(native.mtime / 1000) < Math.floor(now / 1000) - native.maxLifetimeMs / 1000;
}

/** session_gc() / Debian's sessionclean: deletes every file whose mtime is gc_maxlifetime old. */
export function collectPhpGarbage(book: GuestBook, now: number): GuestBook {
  return book.filter((r) => !isStale(r, now));
}

export const phpSession: SessionEngine<PhpSettings> = {
  async run(state, req, ctx, trace, app) {
    const ini = state.options;
    let book = state.guestBook;
    const headers: HeaderList = [];
    const cookieLine = (value: string, extra = '') =>
      `${ini.name}=${value}${extra}; path=/${ini.cookieHttponly ? '; HttpOnly' : ''}`;
    // php_session_send_cookie() first removes a session cookie already in the headers.
    const sendSessionCookie = (id: string) => {
      const prefix = `${ini.name}=`;
      for (let i = headers.length - 1; i >= 0; i--) {
        const [n, v] = headers[i]!;
        if (n === 'Set-Cookie' && v.startsWith(prefix)) headers.splice(i, 1);
      }
      headers.push(['Set-Cookie', cookieLine(id)]);
      trace.push({ kind: 'set-cookie', name: ini.name });
    };
    const res = {
      // The PHP manual's logout: setcookie(session_name(), '', time() - 42000, path…).
      clearSessionCookie() {
        headers.push([
          'Set-Cookie',
          cookieLine('deleted', '; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0'),
        ]);
        trace.push({ kind: 'clear-cookie', name: ini.name });
      },
    };
    const newId = ctx.newId ?? phpSessionId;

    // --- session_start() ---
    let id = phpCookie(header(req.headers, 'Cookie'), ini.name);
    trace.push({ kind: 'parse-cookie', name: ini.name, found: id !== undefined });
    if (id !== undefined && UNSAFE.test(id)) {
      trace.push({ kind: 'invalid-id', outcome: 'new-id' });
      id = undefined;
    }
    let fromCookie = id !== undefined && id !== '';
    if (fromCookie && !VALID_KEY.test(id!)) {
      // ps_files_open() refuses the name: "Session ID is too long or contains illegal
      // characters", the read fails and session_start() returns false. No session, no cookie.
      trace.push({ kind: 'invalid-id', outcome: 'no-session' });
      const answer = await app(null, res);
      return { guestBook: book, appCookies: [], sessionCookie: null, answer, headers };
    }
    let found = fromCookie ? findRow(book, id!) : undefined;
    if (fromCookie) {
      trace.push({ kind: 'lookup', id: id!, result: found ? 'found' : 'missing' });
      if (!found && ini.useStrictMode) fromCookie = false;
      else if (!found) trace.push({ kind: 'adopt-id', id: id! });
    }
    if (!fromCookie) {
      id = newId();
      found = undefined;
      trace.push({ kind: 'create', id });
      sendSessionCookie(id);
    }
    headers.push(...NOCACHE);
    let current = id!;
    // ps_files_open() creates the file (empty) when it does not exist yet.
    const readData: SessionData = found ? structuredClone(dataOf(found)) : {};
    // What the open file holds, and whether this request created it.
    let fileText = phpSerialize(readData);
    let created = !found;
    const row = (sid: string, mtime: number, data: SessionData): GuestBookRow => ({
      id: sid,
      ip_address: ctx.remoteIp,
      last_activity: mtime,
      user_agent: header(req.headers, 'User-Agent') ?? '',
      user_id: data.userId ?? null,
      payload: {
        cookie: { originalMaxAge: null, expires: null, httpOnly: ini.cookieHttponly, path: '/' },
        ...data,
      },
      native: { engine: 'php', mtime, maxLifetimeMs: ini.gcMaxlifetime * 1000 },
    });
    if (!found) book = putRow(book, row(current, ctx.now, {}));

    // "GC must be done after read": the data is already read, even from a file GC now deletes.
    let lost = false;
    const chance =
      ini.gcProbability > 0 ? Math.floor(ini.gcDivisor * (ctx.random ?? Math.random)()) : 0;
    if (ini.gcProbability > 0 && chance < ini.gcProbability) {
      const kept = collectPhpGarbage(book, ctx.now);
      trace.push({ kind: 'gc', deleted: book.length - kept.length });
      // The open file of this request is unlinked too: what it writes later goes nowhere.
      lost = !findRow(kept, current);
      book = kept;
    }

    let data = readData;
    let active = true;
    const session: AppSession = {
      get id() {
        return active ? current : '';
      },
      get data() {
        return data;
      },
      async regenerate() {
        if (!active) return;
        // session_regenerate_id(true): the old file is deleted, the data moves to a new ID.
        book = deleteRow(book, current);
        const renewed = newId();
        trace.push({ kind: 'regenerate', oldId: current, newId: renewed });
        current = renewed;
        lost = false;
        created = true;
        fileText = '';
        book = putRow(book, row(current, ctx.now, {}));
        sendSessionCookie(current);
      },
      destroy() {
        if (!active) return;
        book = deleteRow(book, current);
        trace.push({ kind: 'destroy', id: current });
        active = false;
        // $_SESSION keeps its values for the rest of the script; nothing is written.
        data = structuredClone(data);
      },
    };
    const answer = await app(session, res);

    // --- session_write_close() at the end of the script, lazy_write on ---
    if (active && lost) {
      trace.push({ kind: 'php-file', id: current, op: 'lost' });
    } else if (active) {
      // Unchanged data only touches the file's mtime; changed data is written.
      const text = phpSerialize(data);
      book = putRow(book, row(current, ctx.now, data));
      const op = created ? 'create' : text === fileText ? 'touch' : 'write';
      trace.push({ kind: 'php-file', id: current, op });
    }
    return { guestBook: book, appCookies: [], sessionCookie: null, answer, headers };
  },
};

/** A crowd of anonymous visitors as PHP keeps them: one empty file each. */
export function phpCrowd(rows: GuestBookRow[], ini: PhpSettings): GuestBookRow[] {
  return nativeCrowd(rows, phpSessionId, ini.cookieHttponly, (r) => ({
    engine: 'php',
    mtime: r.last_activity,
    maxLifetimeMs: ini.gcMaxlifetime * 1000,
  }));
}
