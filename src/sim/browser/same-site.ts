/**
 * Where a request comes from, and what that means for cookies (RFC 6265bis §5.2, "Same-site and
 * Cross-site Requests"): the site is the scheme plus the registrable domain ("schemeful
 * same-site"), computed with the same public suffix list tough-cookie uses for `Domain`.
 */
import { getPublicSuffix } from 'tough-cookie';
import type { BrowserName } from './visitor';

/** tough-cookie's names for the three same-site contexts (its `sameSiteContext` option). */
export type SameSiteContext = 'strict' | 'lax' | 'none';

/** How a browser treats a cookie that has no (or an unknown) SameSite attribute. */
export interface BrowserPolicy {
  /**
   * "Lax by default" (RFC 6265bis's Default enforcement mode as Chrome and Edge ship it): such a
   * cookie is neither sent with nor set by a cross-site request unless it is a top-level
   * navigation. Off (Firefox, Safari): the cookie behaves as `SameSite=None`.
   */
  laxByDefault: boolean;
  /**
   * "Lax-allowing-unsafe" (RFC 6265bis §5.6.7.2, Chrome's "Lax+POST"): for this many ms after its
   * creation a lax-by-default cookie still rides a cross-site top-level navigation with an unsafe
   * method (a form POST). 0: never. Only meaningful with `laxByDefault`.
   */
  laxAllowingUnsafeMs: number;
}

/** Chrome's Lax+POST window: two minutes. */
export const LAX_ALLOWING_UNSAFE_MS = 2 * 60 * 1000;

export const BROWSER_POLICIES: Record<BrowserName, BrowserPolicy> = {
  Chrome: { laxByDefault: true, laxAllowingUnsafeMs: LAX_ALLOWING_UNSAFE_MS },
  Edge: { laxByDefault: true, laxAllowingUnsafeMs: LAX_ALLOWING_UNSAFE_MS },
  Firefox: { laxByDefault: false, laxAllowingUnsafeMs: 0 },
  Safari: { laxByDefault: false, laxAllowingUnsafeMs: 0 },
};

/** One request, as far as cookies care. */
export interface CookieRequest {
  /**
   * The URL of the page that makes the request (`https://evil.example/` for a form on another
   * site); null when the browser itself starts it (address bar, bookmark), which is same-site.
   */
  initiator: string | null;
  /** A top-level navigation (link, form, address bar) rather than a subresource (img, fetch). */
  topLevel: boolean;
  /** The HTTP method. */
  method: string;
  /** The browser's handling of cookies without SameSite. */
  policy: BrowserPolicy;
}

/** What the optional last parameter of the jar's functions accepts: any part of a request. */
export type CookieRequestInit = Partial<CookieRequest>;

/** The default: the shop's own page navigating to the shop, in Chrome. */
export function requestFor(target: string, init: CookieRequestInit = {}): CookieRequest {
  return {
    initiator: init.initiator === undefined ? target : init.initiator,
    topLevel: init.topLevel ?? true,
    method: (init.method ?? 'GET').toUpperCase(),
    policy: init.policy ?? BROWSER_POLICIES.Chrome,
  };
}

/** RFC 9110 §9.2.1 safe methods (RFC 6265bis cites the list). */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function bareHost(url: URL): string {
  return url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.+$/, '')
    .toLowerCase();
}

/** The registrable domain (eTLD+1); the host itself for IP addresses and bare suffixes. */
export function registrableDomain(host: string): string {
  if (IPV4.test(host) || host.includes(':')) return host;
  return getPublicSuffix(host, { allowSpecialUseDomain: true, ignoreError: true }) ?? host;
}

/** A site: scheme and registrable domain, e.g. `https://shop.example`. */
export function siteOf(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${registrableDomain(bareHost(u))}`;
}

/** Schemeful same-site: same scheme and same registrable domain. */
export function isSameSite(a: string, b: string): boolean {
  return siteOf(a) === siteOf(b);
}

/**
 * A "secure" connection for cookies: https/wss, or a loopback host (`localhost`, `*.localhost`,
 * 127.0.0.0/8, `[::1]`), which Chrome, Firefox and tough-cookie all treat as potentially
 * trustworthy.
 */
export function isSecureUrl(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'https:' || u.protocol === 'wss:') return true;
  const host = bareHost(u);
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    (IPV4.test(host) && host.startsWith('127.'))
  );
}

/** Whether the request is same-site with its target. */
export function isSameSiteRequest(target: string, request: CookieRequest): boolean {
  return request.initiator === null || isSameSite(request.initiator, target);
}

/**
 * The context for sending cookies (RFC 6265bis §5.8.3 step 1): same-site requests may carry
 * Strict cookies; a cross-site top-level navigation with a safe method may carry Lax ones; any
 * other cross-site request (subresources, unsafe methods) only SameSite=None ones.
 */
export function retrievalContext(target: string, request: CookieRequest): SameSiteContext {
  if (isSameSiteRequest(target, request)) return 'strict';
  return request.topLevel && isSafeMethod(request.method) ? 'lax' : 'none';
}

/**
 * The context for storing cookies (RFC 6265bis §5.7, the storage model's SameSite step): a
 * same-site response may set any cookie; the response to a cross-site top-level navigation too,
 * whatever its method; any other cross-site response only SameSite=None ones.
 */
export function storageContext(target: string, request: CookieRequest): SameSiteContext {
  if (isSameSiteRequest(target, request)) return 'strict';
  return request.topLevel ? 'lax' : 'none';
}
