/** A simulated visitor: one browser with its own identity, cookie jar and current page. */
import type { HeaderList, WireRequest } from '../http/wire';
import type { ShopPage } from '../server/shop';
import { SITE_ORIGIN } from '../server/shop';
import { cookieHeaderFor, emptyJar, type JarData } from './cookie-jar';

export type BrowserName = 'Chrome' | 'Safari' | 'Edge' | 'Firefox';

export interface Visitor {
  id: string;
  browser: BrowserName;
  /** From the documentation address ranges (RFC 5737): no real person's address. */
  ip: string;
  userAgent: string;
  jar: JarData;
  /** What the mini shop shows: the last page the server answered with. */
  page: ShopPage | null;
  status: number | null;
  path: string;
}

export const BROWSER_IDENTITIES: Record<BrowserName, { ip: string; userAgent: string }> = {
  Chrome: {
    ip: '203.0.113.27',
    userAgent:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  },
  Safari: {
    ip: '198.51.100.28',
    userAgent:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 15_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15',
  },
  Edge: {
    ip: '192.0.2.30',
    userAgent:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0',
  },
  Firefox: {
    ip: '203.0.113.29',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0',
  },
};

export const BROWSER_NAMES = Object.keys(BROWSER_IDENTITIES) as BrowserName[];

export function newVisitor(browser: BrowserName, id: string): Visitor {
  return { id, browser, ...BROWSER_IDENTITIES[browser], jar: emptyJar(), page: null, status: null, path: '/' };
}

/** Builds the request this browser sends; the jar decides the Cookie header, as a browser would. */
export function buildRequest(
  visitor: Visitor,
  method: WireRequest['method'],
  path: string,
  form: Record<string, string> | undefined,
  now: number,
): { request: WireRequest; jar: JarData } {
  const url = SITE_ORIGIN + path;
  const { header: cookie, jar } = cookieHeaderFor(visitor.jar, url, now);
  const body = form ? new URLSearchParams(form).toString() : '';
  const headers: HeaderList = [
    ['Host', new URL(SITE_ORIGIN).host],
    ['User-Agent', visitor.userAgent],
    ['Accept', method === 'GET' ? 'application/json' : '*/*'],
  ];
  if (method === 'POST') {
    headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
    headers.push(['Content-Length', String(new TextEncoder().encode(body).length)]);
  }
  if (cookie) headers.push(['Cookie', cookie]);
  return { request: { method, url, headers, body }, jar };
}
