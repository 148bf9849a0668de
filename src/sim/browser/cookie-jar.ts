/**
 * A visitor's cookie jar: tough-cookie (RFC 6265) does the storing and the Domain/Path
 * matching. Expiry is judged against the simulated clock, because tough-cookie reads the
 * real one when it reads cookies back.
 */
import { Cookie, CookieJar, type SerializedCookieJar } from 'tough-cookie';

export type JarData = SerializedCookieJar;

/** One row of DevTools' Application → Cookies. */
export interface CookieView {
  name: string;
  value: string;
  domain: string;
  path: string;
  /** Epoch ms, or null for a browser-session cookie. */
  expires: number | null;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string;
  size: number;
}

/** A visitor's jar before any cookie arrived. */
export type MaybeJar = JarData | null;

function open(data: MaybeJar): CookieJar {
  return data ? CookieJar.deserializeSync(data) : new CookieJar();
}

function save(jar: CookieJar): JarData {
  return jar.serializeSync() as JarData;
}

function expiryOf(cookie: Cookie): number | null {
  if (typeof cookie.maxAge === 'number' && cookie.creation instanceof Date) {
    return cookie.creation.getTime() + cookie.maxAge * 1000;
  }
  return cookie.expires instanceof Date ? cookie.expires.getTime() : null;
}

function allCookies(jar: CookieJar): Cookie[] {
  return (jar.serializeSync()?.cookies ?? []).flatMap((c) => Cookie.fromJSON(c) ?? []);
}

/** Removes cookies whose time has come, as a browser does before it sends any. */
function evictExpired(jar: CookieJar, now: number): void {
  for (const cookie of allCookies(jar)) {
    const expiry = expiryOf(cookie);
    if (expiry !== null && expiry <= now) {
      jar.store.removeCookie(cookie.domain, cookie.path, cookie.key, () => {});
    }
  }
}

/** The `Cookie` header this jar sends to `url` (empty string: no header at all). */
export function cookieHeaderFor(
  data: MaybeJar,
  url: string,
  now: number,
): { header: string; jar: JarData } {
  const jar = open(data);
  evictExpired(jar, now);
  const header = jar.getCookieStringSync(url, { expire: false });
  return { header, jar: save(jar) };
}

/** Stores every `Set-Cookie` of a response; an expired one removes its cookie (logout). */
export function storeSetCookies(
  data: MaybeJar,
  url: string,
  setCookies: string[],
  now: number,
): { jar: JarData; rejected: string[] } {
  const jar = open(data);
  const rejected: string[] = [];
  for (const line of setCookies) {
    try {
      jar.setCookieSync(line, url, { now: new Date(now), http: true });
    } catch {
      rejected.push(line);
    }
  }
  evictExpired(jar, now);
  return { jar: save(jar), rejected };
}

export function listCookies(data: MaybeJar, now: number): CookieView[] {
  const jar = open(data);
  evictExpired(jar, now);
  return allCookies(jar).map((c) => ({
    name: c.key,
    value: c.value,
    domain: c.domain ?? '',
    path: c.path ?? '/',
    expires: expiryOf(c),
    httpOnly: c.httpOnly,
    secure: c.secure,
    sameSite: c.sameSite ?? '',
    size: c.key.length + c.value.length,
  }));
}

/** What `document.cookie` shows a script on the page: HttpOnly cookies are hidden. */
export function scriptVisibleCookies(data: MaybeJar, url: string, now: number): string {
  const jar = open(data);
  evictExpired(jar, now);
  return jar.getCookieStringSync(url, { http: false, expire: false });
}

/** DevTools lets a person edit a cookie's value: the lesson uses it to tamper with the ID. */
export function editCookieValue(data: MaybeJar, name: string, value: string): JarData {
  const jar = open(data);
  for (const cookie of allCookies(jar)) {
    if (cookie.key !== name) continue;
    cookie.value = value;
    jar.store.updateCookie(cookie, cookie, () => {});
  }
  return save(jar);
}

/** Closing the browser forgets every cookie without Expires/Max-Age ("memory" cookies). */
export function dropSessionCookies(data: MaybeJar): JarData {
  const jar = open(data);
  for (const cookie of allCookies(jar)) {
    if (expiryOf(cookie) === null)
      jar.store.removeCookie(cookie.domain, cookie.path, cookie.key, () => {});
  }
  return save(jar);
}
