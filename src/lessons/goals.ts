/** Questions a challenge's goal asks of the world, in the lesson's words. */
import type { Exchange, World } from '../sim/world';
import { findRow, isExpired } from '../sim/server/guest-book';

/** The exchanges the student caused since the challenge began. */
export const exchangesSince = (world: World, start: World): Exchange[] =>
  world.exchanges.slice(start.exchanges.length);

export const isRequest = (e: Exchange, method: string, path: string) =>
  e.request.method === method && new URL(e.request.url).pathname === path;

/** The user whose page the response showed, if any. */
export function pageUser(e: Exchange): number | null {
  try {
    const page = JSON.parse(e.response.body) as { page?: string; user?: { id?: number } | null };
    return page.page === 'me' ? (page.user?.id ?? null) : null;
  } catch {
    return null;
  }
}

/** The session ID a visitor's cookie names (`s:<id>.<signature>`), if it holds one. */
export function sessionIdOf(world: World, visitorId: string): string | null {
  const visitor = world.visitors.find((v) => v.id === visitorId);
  const cookie = visitor?.cookies.find((c) => c.name === world.server.options.name);
  if (!cookie) return null;
  let value = cookie.value;
  try {
    value = decodeURIComponent(value);
  } catch {
    return null;
  }
  const match = /^s:(.+)\.[^.]+$/.exec(value);
  return match?.[1] ?? null;
}

/** The user logged in on the live session a visitor's cookie names, or null. */
export function loggedInUser(world: World, visitorId: string): number | null {
  const id = sessionIdOf(world, visitorId);
  const row = id === null ? undefined : findRow(world.server.guestBook, id);
  return row && !isExpired(row, world.now) ? row.user_id : null;
}

/** The session cookie's name: cookie-session's own, or express-session's option. */
export const sessionCookieName = (world: World): string =>
  world.server.engine === 'cookie-session' ? 'session' : world.server.options.name;

/** The value of the session cookie a request carried, if any. */
export function sentSessionCookie(world: World, e: Exchange): string | null {
  const line = e.request.headers.find(([n]) => n.toLowerCase() === 'cookie')?.[1] ?? '';
  const name = `${sessionCookieName(world)}=`;
  const pair = line.split(/;\s*/).find((p) => p.startsWith(name));
  return pair ? pair.slice(name.length) : null;
}

/** The value of the session cookie a response set (not a clearing one), if any. */
export function setSessionCookie(world: World, e: Exchange): string | null {
  const name = `${sessionCookieName(world)}=`;
  for (const [n, line] of e.response.headers) {
    if (n.toLowerCase() !== 'set-cookie' || !line.startsWith(name)) continue;
    const value = line.slice(name.length).split(';')[0] ?? '';
    if (value !== '') return value;
  }
  return null;
}

/** The visitor the server first handed this session cookie value to, if any. */
export const issuedTo = (world: World, value: string): string | null =>
  world.exchanges.find((e) => setSessionCookie(world, e) === value)?.visitorId ?? null;

/** A visitor's successful logins since the challenge began. */
export const loginsSince = (world: World, start: World, visitorId: string): Exchange[] =>
  exchangesSince(world, start).filter(
    (e) => e.visitorId === visitorId && isRequest(e, 'POST', '/login') && pageUser(e) !== null,
  );

/** The session ID inside a cookie value (`s:<id>.<signature>`, percent-encoded), if any. */
export function idInCookie(value: string | null): string | null {
  if (value === null) return null;
  try {
    return /^s:(.+)\.[^.]+$/.exec(decodeURIComponent(value))?.[1] ?? null;
  } catch {
    return null;
  }
}
