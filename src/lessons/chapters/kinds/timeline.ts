/**
 * Three things called "session", for one visitor, read off the world's own exchanges:
 * - the connection: opened by a request when none is open, closed by the server after
 *   KEEP_ALIVE_MS without a request (or by closing the browser);
 * - the browser session: from the browser's first request until it is closed; a cookie without
 *   Expires or Max-Age lives exactly this long;
 * - the login session: from a login until logout or idle expiry (the session cookie's Expires,
 *   which express-session keeps equal to the session's expiry in its store); when the browser
 *   drops a memory cookie, the server still holds the logged-in session, but no browser can name it.
 */
import { headerValues } from '../../../sim/http/wire';
import type { Exchange, World } from '../../../sim/world';

/** Node's http.Server keepAliveTimeout (5 s): an idle connection is closed by the server. */
export const KEEP_ALIVE_MS = 5_000;

/** The login session as the visitor has it: logged in, lost (the server still holds it), or none. */
export type LoginState = 'in' | 'lost' | 'out';

export type MomentKind = 'request' | 'connection-closed' | 'browser-closed' | 'login-expired';

/** One point on the timeline and the three states right after it. */
export interface Moment {
  at: number;
  kind: MomentKind;
  /** The exchange, for a request. */
  exchange?: Exchange;
  /** The request opened a new connection (none was open). */
  newConnection?: boolean;
  /** The request reopened the browser (it had been closed). */
  newBrowser?: boolean;
  connection: boolean;
  browser: boolean;
  login: LoginState;
}

/** Whether the page the response showed belongs to a logged-in user. */
function loggedInAfter(e: Exchange): boolean {
  if (new URL(e.request.url).pathname === '/logout') return false;
  try {
    const page = JSON.parse(e.response.body) as { user?: { id?: number } | null };
    return typeof page.user?.id === 'number';
  } catch {
    return false;
  }
}

/** The session cookie a response set: its expiry (epoch ms) or null for a memory cookie. */
function setCookieExpiry(world: World, e: Exchange): { expires: number | null } | undefined {
  const name = `${world.server.options.name}=`;
  const line = headerValues(e.response.headers, 'Set-Cookie').find((l) => l.startsWith(name));
  if (line === undefined) return undefined;
  const attrs = line.split(';').map((a) => a.trim());
  const maxAge = attrs.find((a) => /^max-age=/i.test(a));
  if (maxAge) return { expires: e.at + Number(maxAge.split('=')[1]) * 1000 };
  const expires = attrs.find((a) => /^expires=/i.test(a));
  return { expires: expires ? Date.parse(expires.slice('expires='.length)) : null };
}

/**
 * The visitor's moments from exchange number `since` on (the chapter's first), in order, with
 * the closing of connections and the end of idle logins placed at the time they happened.
 */
export function sessionTimeline(world: World, visitorId: string, since = 0): Moment[] {
  const visitor = world.visitors.find((v) => v.id === visitorId);
  const exchanges = world.exchanges.slice(since).filter((e) => e.visitorId === visitorId);
  const closes = (visitor?.closes ?? []).filter((c) => c.after > since);
  type Event = { at: number; order: number; exchange?: Exchange };
  const events: Event[] = [
    ...exchanges.map((e) => ({ at: e.at, order: e.id - 1, exchange: e })),
    // A close comes after the exchanges the world had when it happened.
    ...closes.map((c) => ({ at: c.at, order: c.after - 0.5 })),
  ].sort((a, b) => a.at - b.at || a.order - b.order);

  const moments: Moment[] = [];
  let connection = false;
  // The browser starts with its first request, or with the first after a close at the start.
  let browser = since > 0 && !(visitor?.closes ?? []).some((c) => c.after === since);
  let login: LoginState = 'out';
  let lastRequest: number | null = null;
  // When the logged-in session ends on the server if nothing comes (null: never), and whether
  // the browser holds its cookie only in memory.
  let loginEnds: number | null = null;
  let memoryCookie = true;
  const push = (at: number, kind: MomentKind, extra: Partial<Moment> = {}) =>
    moments.push({ at, kind, connection, browser, login, ...extra });

  /** What happened on its own before `at`: the idle connection closed, the idle login expired. */
  const passTime = (at: number) => {
    const quiet: { at: number; kind: MomentKind }[] = [];
    if (connection && lastRequest !== null && at - lastRequest > KEEP_ALIVE_MS)
      quiet.push({ at: lastRequest + KEEP_ALIVE_MS, kind: 'connection-closed' });
    if (login !== 'out' && loginEnds !== null && at >= loginEnds)
      quiet.push({ at: loginEnds, kind: 'login-expired' });
    for (const q of quiet.sort((a, b) => a.at - b.at)) {
      if (q.kind === 'connection-closed') connection = false;
      else login = 'out';
      push(q.at, q.kind);
    }
  };

  for (const event of events) {
    passTime(event.at);
    const e = event.exchange;
    if (!e) {
      connection = false;
      browser = false;
      // A memory cookie goes with the browser; the server's session stays.
      if (login === 'in' && memoryCookie) login = 'lost';
      push(event.at, 'browser-closed');
      continue;
    }
    const newConnection = !connection;
    const newBrowser = !browser;
    connection = true;
    browser = true;
    if (loggedInAfter(e)) login = 'in';
    else if (login === 'in') login = 'out';
    // A lost login keeps its own end: the new cookie names another session.
    const set = login === 'lost' ? undefined : setCookieExpiry(world, e);
    if (set) {
      loginEnds = set.expires;
      memoryCookie = set.expires === null;
    }
    lastRequest = e.at;
    push(e.at, 'request', { exchange: e, newConnection, newBrowser });
  }
  passTime(world.now);
  return moments;
}
