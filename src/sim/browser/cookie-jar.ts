/**
 * A visitor's cookie jar: tough-cookie (RFC 6265) does the storing and the Domain/Path/Secure
 * matching, and is given the request's same-site context on every get and set. On top of it the
 * jar applies the browser rules of RFC 6265bis that tough-cookie leaves out (the cookie size
 * limit, SameSite=None needing Secure, case-insensitive prefixes, leaving Secure cookies alone,
 * Lax by default with Chrome's Lax+POST window), and says why it refused or withheld a cookie.
 * Expiry is judged against the simulated clock, because tough-cookie reads the real one when it
 * reads cookies back.
 */
import { isStorableCookieValue } from './cookie-value';
import { Cookie, CookieJar, domainMatch, pathMatch, type SerializedCookieJar } from 'tough-cookie';
import {
  requestFor,
  retrievalContext,
  storageContext,
  isSecureUrl,
  type CookieRequest,
  type CookieRequestInit,
  type SameSiteContext,
} from './same-site';

export {
  BROWSER_POLICIES,
  LAX_ALLOWING_UNSAFE_MS,
  isSameSite,
  isSecureUrl,
  requestFor,
  retrievalContext,
  siteOf,
  storageContext,
  type BrowserPolicy,
  type CookieRequest,
  type CookieRequestInit,
  type SameSiteContext,
} from './same-site';

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

/**
 * Why a browser ignored a `Set-Cookie` line (RFC 6265bis §5.6 and §5.7, in the order it checks):
 * - `invalid`: not a cookie (no `name=`, a control character…);
 * - `too-large`: name and value together over 4096 octets;
 * - `domain`: a `Domain` the host is not inside, or a public suffix;
 * - `secure-over-http`: `Secure` set from an insecure page;
 * - `overwrites-secure`: an insecure page setting a cookie that would shadow a Secure one of the
 *   same name ("Leave Secure Cookies Alone");
 * - `samesite-none-insecure`: `SameSite=None` without `Secure`;
 * - `cross-site-samesite`: a Strict or Lax cookie (or one Lax by default) set by a cross-site
 *   response that is not a top-level navigation;
 * - `prefix`: a `__Secure-` / `__Host-` name (any case) without what the prefix promises.
 */
export type CookieRefusalReason =
  | 'invalid'
  | 'too-large'
  | 'domain'
  | 'secure-over-http'
  | 'overwrites-secure'
  | 'samesite-none-insecure'
  | 'cross-site-samesite'
  | 'prefix'
  /** The browser is set to block all cookies. */
  | 'blocked';

export interface CookieRefusal {
  line: string;
  reason: CookieRefusalReason;
}

/**
 * Why a stored cookie that matches the URL's host and path was left out of the `Cookie` header:
 * - `secure-over-http`: a Secure cookie and an insecure URL;
 * - `samesite-strict`: a Strict cookie and a cross-site request;
 * - `samesite-lax`: a Lax cookie and a cross-site request that is not a top-level navigation
 *   with a safe method;
 * - `samesite-lax-by-default`: the same for a cookie without SameSite, in a lax-by-default
 *   browser, past the Lax+POST window.
 */
export type CookieWithholdReason =
  'secure-over-http' | 'samesite-strict' | 'samesite-lax' | 'samesite-lax-by-default';

export interface WithheldCookie {
  name: string;
  reason: CookieWithholdReason;
}

/** RFC 6265bis §5.6: the name and value of a cookie together may not exceed 4096 octets. */
export const MAX_NAME_VALUE_OCTETS = 4096;

const JAR_OPTIONS = {
  // Refuse prefix violations with an error (tough-cookie's default drops them silently).
  prefixSecurity: 'strict',
} as const;

function open(data: MaybeJar): CookieJar {
  return data
    ? CookieJar.deserializeSync({ ...data, ...JAR_OPTIONS })
    : new CookieJar(null, JAR_OPTIONS);
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

const octets = (s: string) => new TextEncoder().encode(s).length;

/** A cookie with no SameSite, or one the browser did not recognise ("Default" enforcement). */
const isDefaultSameSite = (c: Cookie) =>
  c.sameSite === undefined || !['strict', 'lax', 'none'].includes(c.sameSite);

/** Whether the cookie is enforced as Lax or Strict by this browser. */
function enforcedSameSite(c: Cookie, request: CookieRequest): SameSiteContext {
  if (isDefaultSameSite(c)) return request.policy.laxByDefault ? 'lax' : 'none';
  return c.sameSite as SameSiteContext;
}

function secureUrlFor(url: string): string {
  return url.replace(/^http:/i, 'https:').replace(/^ws:/i, 'wss:');
}

/**
 * The `Cookie` header this jar sends to `url` (empty string: no header at all), and the cookies
 * that match the URL's host and path but stay home, with the reason. `init` describes the request
 * (who starts it, top-level or not, method, browser policy); by default the shop's own page
 * navigating in Chrome, a same-site request.
 */
export function cookieHeaderFor(
  data: MaybeJar,
  url: string,
  now: number,
  init?: CookieRequestInit,
): { header: string; jar: JarData; withheld: WithheldCookie[] } {
  const request = requestFor(url, init);
  const context = retrievalContext(url, request);
  const jar = open(data);
  evictExpired(jar, now);
  const secure = isSecureUrl(url);
  // Lax+POST: a lax-by-default cookie younger than the window rides a cross-site top-level
  // navigation with an unsafe method (context "none" with topLevel means exactly that).
  const laxAllowingUnsafe = (c: Cookie) =>
    isDefaultSameSite(c) &&
    request.topLevel &&
    request.policy.laxAllowingUnsafeMs > 0 &&
    c.creation instanceof Date &&
    now - c.creation.getTime() <= request.policy.laxAllowingUnsafeMs;
  const sameSiteAllows = (c: Cookie) => {
    const enforced = enforcedSameSite(c, request);
    if (context === 'strict' || enforced === 'none') return true;
    if (enforced === 'strict') return false;
    return context === 'lax' || laxAllowingUnsafe(c);
  };
  // tough-cookie applies Domain, Path, Secure and the explicit SameSite values; the jar checks
  // Secure again and adds the browser's treatment of cookies without SameSite.
  const sent = jar
    .getCookiesSync(url, { http: true, expire: false, sort: true, sameSiteContext: context })
    .filter((c) => (!c.secure || secure) && sameSiteAllows(c));
  const sentKeys = new Set(sent.map(keyOf));
  const matching = jar.getCookiesSync(secureUrlFor(url), { http: true, expire: false, sort: true });
  // tough-cookie stamps what it reads with the real clock; the world keeps the simulated one.
  for (const c of [...sent, ...matching]) c.lastAccessed = new Date(now);
  const withheld: WithheldCookie[] = matching
    .filter((c) => !sentKeys.has(keyOf(c)))
    .map((c) => ({ name: c.key, reason: withholdReason(c, secure) }));
  const header = sent.map((c) => c.cookieString()).join('; ');
  return { header, jar: save(jar), withheld };
}

const keyOf = (c: Cookie) => `${c.domain ?? ''}|${c.path ?? ''}|${c.key}`;

function withholdReason(c: Cookie, secure: boolean): CookieWithholdReason {
  if (c.secure && !secure) return 'secure-over-http';
  if (isDefaultSameSite(c)) return 'samesite-lax-by-default';
  return c.sameSite === 'strict' ? 'samesite-strict' : 'samesite-lax';
}

/** What tough-cookie's refusal messages mean, for the refusals the jar did not foresee. */
function reasonFromError(message: string): CookieRefusalReason {
  if (/public suffix|not in this host's domain/i.test(message)) return 'domain';
  if (/Secure but this is not a secure connection/i.test(message)) return 'secure-over-http';
  if (/__Secure prefix|__Host prefix/i.test(message)) return 'prefix';
  if (/SameSite but this is a cross-origin request/i.test(message)) return 'cross-site-samesite';
  return 'invalid';
}

/** Parses and scopes a cookie in an empty, permissive jar: its domain, path and host-only flag. */
function scoped(line: string, url: string): Cookie | CookieRefusalReason {
  const scratch = new CookieJar(null, {
    prefixSecurity: 'unsafe-disabled',
    enforceSecureOriginOnStorage: false,
  });
  try {
    return scratch.setCookieSync(line, url, { http: true }) ?? 'invalid';
  } catch (error) {
    return reasonFromError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * The checks of RFC 6265bis §5.6–5.7 that tough-cookie does not make, in the RFC's order;
 * tough-cookie then makes its own (Domain, Secure origin, SameSite context, prefixes).
 */
function refusalOf(
  jar: CookieJar,
  line: string,
  url: string,
  request: CookieRequest,
): CookieRefusalReason | null {
  const parsed = Cookie.parse(line);
  if (!parsed) return 'invalid';
  if (octets(parsed.key) + octets(parsed.value) > MAX_NAME_VALUE_OCTETS) return 'too-large';
  const cookie = scoped(line, url);
  if (typeof cookie === 'string') return cookie;
  const secure = isSecureUrl(url);
  if (cookie.secure && !secure) return 'secure-over-http';
  if (!cookie.secure && !secure && shadowsSecure(jar, cookie)) return 'overwrites-secure';
  if (cookie.sameSite === 'none' && !cookie.secure) return 'samesite-none-insecure';
  if (storageContext(url, request) === 'none' && enforcedSameSite(cookie, request) !== 'none') {
    return 'cross-site-samesite';
  }
  const name = cookie.key.toLowerCase();
  if (name.startsWith('__secure-') && !cookie.secure) return 'prefix';
  if (
    name.startsWith('__host-') &&
    !(cookie.secure && cookie.hostOnly && cookie.path === '/' && !cookie.pathIsDefault)
  ) {
    return 'prefix';
  }
  return null;
}

/**
 * RFC 6265bis §5.7 ("Leave Secure Cookies Alone"): an insecure page may not set a cookie whose
 * name is that of a stored Secure cookie with an overlapping domain and a path the new one's
 * path-matches.
 */
function shadowsSecure(jar: CookieJar, cookie: Cookie): boolean {
  const domain = cookie.domain ?? '';
  const path = cookie.path ?? '/';
  return allCookies(jar).some(
    (old) =>
      old.secure &&
      old.key === cookie.key &&
      (domainMatch(domain, old.domain ?? '', false) ||
        domainMatch(old.domain ?? '', domain, false)) &&
      pathMatch(path, old.path ?? '/'),
  );
}

/**
 * Stores every `Set-Cookie` of a response to `url`; an expired one removes its cookie (logout).
 * `rejected` lists the refused lines, `refusals` the same with the reason. `init` describes the
 * request the response answers (default: a same-site top-level navigation in Chrome).
 */
export function storeSetCookies(
  data: MaybeJar,
  url: string,
  setCookies: string[],
  now: number,
  init?: CookieRequestInit,
): { jar: JarData; rejected: string[]; refusals: CookieRefusal[] } {
  const request = requestFor(url, init);
  const sameSiteContext = storageContext(url, request);
  const jar = open(data);
  const refusals: CookieRefusal[] = [];
  for (const line of setCookies) {
    let reason = refusalOf(jar, line, url, request);
    if (reason === null) {
      const before = new Map(allCookies(jar).map((c) => [keyOf(c), c.value]));
      try {
        const stored = jar.setCookieSync(line, url, {
          now: new Date(now),
          http: true,
          sameSiteContext,
        });
        if (stored) restartCreationOnNewValue(jar, stored, before.get(keyOf(stored)), now, request);
      } catch (error) {
        reason = reasonFromError(error instanceof Error ? error.message : String(error));
      }
    }
    if (reason !== null) refusals.push({ line, reason });
  }
  evictExpired(jar, now);
  return { jar: save(jar), rejected: refusals.map((r) => r.line), refusals };
}

/**
 * tough-cookie keeps a replaced cookie's creation time (RFC 6265 §5.3 step 11.3); Chromium keeps
 * it only when the value is unchanged, so a new session ID starts a new Lax+POST window there.
 */
function restartCreationOnNewValue(
  jar: CookieJar,
  stored: Cookie,
  oldValue: string | undefined,
  now: number,
  request: CookieRequest,
): void {
  if (oldValue === undefined || oldValue === stored.value || !request.policy.laxByDefault) return;
  stored.creation = new Date(now);
  jar.store.updateCookie(stored, stored, () => {});
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
  // DevTools refuses what the browser could not keep as typed; the jar stays as it was.
  if (!isStorableCookieValue(value)) return save(jar);
  for (const cookie of allCookies(jar)) {
    if (cookie.key !== name) continue;
    cookie.value = value;
    jar.store.updateCookie(cookie, cookie, () => {});
  }
  return save(jar);
}

/** DevTools' delete: the cookie goes from the jar, whatever its path. */
export function deleteCookie(data: MaybeJar, name: string): JarData {
  const jar = open(data);
  for (const cookie of allCookies(jar)) {
    if (cookie.key === name)
      jar.store.removeCookie(cookie.domain, cookie.path, cookie.key, () => {});
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
