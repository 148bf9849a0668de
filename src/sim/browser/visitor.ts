/** A simulated visitor: one browser with its own identity, cookie jar and current page. */
import type { ShopPage } from '../server/shop';
import type { CookieView, JarData } from './cookie-jar';

export type BrowserName = 'Chrome' | 'Safari' | 'Edge' | 'Firefox';

export interface Visitor {
  id: string;
  browser: BrowserName;
  /** From the documentation address ranges (RFC 5737): no real person's address. */
  ip: string;
  userAgent: string;
  /** tough-cookie's serialised jar; null until the first cookie arrives. */
  jar: JarData | null;
  /** The jar as DevTools lists it, kept current by the engine (so the UI needs no cookie library). */
  cookies: CookieView[];
  /** What the mini shop shows: the last page the server answered with. */
  page: ShopPage | null;
  status: number | null;
  path: string;
  /** The scheme of the page shown, when it is plain http (absent: https). */
  scheme?: 'http';
  /** Each time this browser was closed: the simulated time and how many exchanges the world had. */
  closes?: { at: number; after: number }[];
  /** The status of the latest request, when the server refused it before the shop saw it. */
  refused?: number;
  /** How many exchanges the world had when this browser was last closed (absent: never). */
  closedAfter?: number;
  /** Another site shown in this tab instead of the shop (absent: the shop). */
  site?: 'evil.example';
  /** The browser's setting "Block all cookies": it sends none and keeps none. */
  cookiesBlocked?: boolean;
  /** What `document.cookie` answered each time it ran in this browser's Console, oldest first. */
  consoleLog?: string[];
}

/** What a page script reads in `document.cookie`: every cookie except the HttpOnly ones. */
export const documentCookie = (cookies: CookieView[]): string =>
  cookies
    .filter((c) => !c.httpOnly)
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');

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
  return {
    id,
    browser,
    ...BROWSER_IDENTITIES[browser],
    jar: null,
    cookies: [],
    page: null,
    status: null,
    path: '/',
  };
}
