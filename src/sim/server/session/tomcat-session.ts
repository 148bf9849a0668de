/**
 * Tomcat 10's sessions (StandardManager in memory, Debian's tomcat10 package) around a servlet
 * that calls request.getSession() on every request, changeSessionId() on login and
 * invalidate() on logout. The decisions follow CoyoteAdapter.parseSessionCookiesId,
 * Request.doGetSession, StandardSession.isValid and Response.addSessionCookieInternal, and
 * `tomcat-session.diff.test.ts` runs the real Tomcat beside it.
 */
import { header, type HeaderList } from '../../http/wire';
import {
  deleteRow,
  findRow,
  isExpired,
  nativeCrowd,
  putRow,
  type GuestBookRow,
  type SessionData,
} from '../guest-book';
import type { AppSession, SessionEngine } from './engine';
import { dataOf } from './php-file';
import { TOMCAT_DEFAULTS, type TomcatSettings } from './tomcat-file';

export { TOMCAT_DEFAULTS, type TomcatSettings };

export const TOMCAT_SID_SHAPE = /^[0-9A-F]{32}$/;
const NAME = 'JSESSIONID';

/** StandardSessionIdGenerator: 16 random bytes as 32 upper-case hex characters. */
export function tomcatSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/** Every JSESSIONID value in the Cookie header, in order (Rfc6265CookieProcessor). */
function sessionCookies(cookieHeader: string | undefined): string[] {
  if (!cookieHeader) return [];
  return cookieHeader
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.slice(0, pair.indexOf('=')).trim() === NAME)
    .map((pair) => pair.slice(pair.indexOf('=') + 1).trim());
}

export const tomcatSession: SessionEngine<TomcatSettings> = {
  async run(state, req, ctx, trace, app) {
    const ctxSettings = state.options;
    let book = state.guestBook;
    const headers: HeaderList = [];
    const httpOnly = ctxSettings.useHttpOnly ? '; HttpOnly' : '';
    // addSessionCookieInternal(): a JSESSIONID line already in the response is replaced in place.
    const sendSessionCookie = (id: string) => {
      const line = `${NAME}=${id}; Path=/${httpOnly}`;
      const i = headers.findIndex(([n, v]) => n === 'Set-Cookie' && v.startsWith(`${NAME}=`));
      if (i >= 0) headers[i] = ['Set-Cookie', line];
      else headers.push(['Set-Cookie', line]);
      trace.push({ kind: 'set-cookie', name: NAME });
    };
    const res = {
      // new Cookie("JSESSIONID", "") with setMaxAge(0), Path=/ and HttpOnly, as the servlet adds it.
      clearSessionCookie() {
        headers.push([
          'Set-Cookie',
          `${NAME}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:10 GMT; Path=/; HttpOnly`,
        ]);
        trace.push({ kind: 'clear-cookie', name: NAME });
      },
    };
    const newId = ctx.newId ?? tomcatSessionId;

    // parseSessionCookiesId(): the first JSESSIONID naming a valid session wins.
    const candidates = sessionCookies(header(req.headers, 'Cookie'));
    trace.push({ kind: 'parse-cookie', name: NAME, found: candidates.length > 0 });
    let found: GuestBookRow | undefined;
    for (const id of candidates) {
      const row = findRow(book, id);
      if (row && isExpired(row, ctx.now)) {
        // isValid(): idle past maxInactiveInterval, the session expires as it is looked up.
        book = deleteRow(book, row.id);
        trace.push({ kind: 'lookup', id, result: 'expired' });
      } else if (row) {
        trace.push({ kind: 'lookup', id, result: 'found' });
        found = row;
        break;
      } else {
        trace.push({ kind: 'lookup', id, result: 'missing' });
      }
    }

    // getSession(): a new session under a new ID (an unknown ID is never adopted).
    let current: string;
    let creationTime = ctx.now;
    let maxInactiveInterval = ctxSettings.maxInactiveInterval;
    let data: SessionData;
    if (found) {
      current = found.id;
      data = structuredClone(dataOf(found));
      if (found.native?.engine === 'tomcat') {
        creationTime = found.native.creationTime;
        maxInactiveInterval = found.native.maxInactiveInterval;
      }
    } else {
      current = newId();
      data = {};
      trace.push({ kind: 'create', id: current });
      sendSessionCookie(current);
    }
    const row = (id: string): GuestBookRow => ({
      id,
      ip_address: ctx.remoteIp,
      last_activity: ctx.now,
      user_agent: header(req.headers, 'User-Agent') ?? '',
      user_id: data.userId ?? null,
      payload: {
        cookie: {
          originalMaxAge: null,
          expires: null,
          httpOnly: ctxSettings.useHttpOnly,
          path: '/',
        },
        ...data,
      },
      native: { engine: 'tomcat', creationTime, lastAccessedTime: ctx.now, maxInactiveInterval },
    });
    // The manager holds a new session from the moment it is made.
    if (!found) book = putRow(book, row(current));
    let active = true;
    const session: AppSession = {
      get id() {
        return current;
      },
      get data() {
        return data;
      },
      async regenerate() {
        if (!active) return;
        // changeSessionId(): the same session object, its attributes kept, under a new ID.
        const renewed = newId();
        book = deleteRow(book, current);
        trace.push({ kind: 'regenerate', oldId: current, newId: renewed });
        current = renewed;
        book = putRow(book, row(current));
        sendSessionCookie(current);
      },
      destroy() {
        if (!active) return;
        book = deleteRow(book, current);
        trace.push({ kind: 'destroy', id: current });
        active = false;
      },
    };
    const answer = await app(session, res);

    // endAccess(): the idle countdown starts again from the end of this request.
    if (active) {
      book = putRow(book, row(current));
      trace.push({ kind: 'tomcat-access', id: current, maxInactiveInterval });
    }
    return { guestBook: book, appCookies: [], sessionCookie: null, answer, headers };
  },
};

/** A crowd of anonymous visitors as Tomcat keeps them: one empty session each. */
export function tomcatCrowd(rows: GuestBookRow[], s: TomcatSettings): GuestBookRow[] {
  return nativeCrowd(rows, tomcatSessionId, s.useHttpOnly, (r) => ({
    engine: 'tomcat',
    creationTime: r.last_activity,
    lastAccessedTime: r.last_activity,
    maxInactiveInterval: s.maxInactiveInterval,
  }));
}
