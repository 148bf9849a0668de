import { getPublicSuffix } from 'tough-cookie';
import { describe, expect, it } from 'vitest';
import {
  BROWSER_POLICIES,
  isSameSite,
  isSecureUrl,
  requestFor,
  retrievalContext,
  siteOf,
  storageContext,
} from './same-site';

describe('sites (RFC 6265bis §5.2, schemeful same-site)', () => {
  it.each([
    ['https://shop.example/cart', 'https://shop.example'],
    ['https://www.shop.example/', 'https://shop.example'],
    ['http://shop.example/', 'http://shop.example'],
    ['https://shop.example:8443/', 'https://shop.example'],
    ['https://www.bbc.co.uk/', 'https://bbc.co.uk'],
    ['https://a.github.io/', 'https://a.github.io'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1'],
    ['http://localhost:5173/', 'http://localhost'],
  ])('%s is on the site %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it('takes registrable domains from the same public suffix list as tough-cookie', () => {
    for (const host of ['www.shop.example', 'www.bbc.co.uk', 'a.github.io', 'x.y.evil.example']) {
      expect(siteOf(`https://${host}/`)).toBe(
        `https://${getPublicSuffix(host, { allowSpecialUseDomain: true })}`,
      );
    }
  });

  it.each([
    ['https://shop.example/', 'https://shop.example/me', true],
    ['https://www.shop.example/', 'https://shop.example/', true],
    ['https://evil.example/', 'https://shop.example/', false],
    ['http://shop.example/', 'https://shop.example/', false],
    ['https://a.github.io/', 'https://b.github.io/', false],
    ['https://shop.example:8443/', 'https://shop.example/', true],
  ])('%s and %s same-site: %s', (a, b, same) => {
    expect(isSameSite(a, b)).toBe(same);
  });

  it.each([
    ['https://shop.example/', true],
    ['wss://shop.example/', true],
    ['http://shop.example/', false],
    ['ws://shop.example/', false],
    ['http://localhost:3000/', true],
    ['http://shop.localhost/', true],
    ['http://127.0.0.1/', true],
    ['http://[::1]/', true],
    ['http://10.0.0.1/', false],
  ])('%s is a secure connection for cookies: %s', (url, secure) => {
    expect(isSecureUrl(url)).toBe(secure);
  });
});

describe('same-site contexts', () => {
  const TARGET = 'https://shop.example/cart';
  const chrome = BROWSER_POLICIES.Chrome;
  // [initiator, topLevel, method, context for sending, context for storing]
  it.each([
    [null, true, 'GET', 'strict', 'strict'],
    ['https://shop.example/', true, 'POST', 'strict', 'strict'],
    ['https://shop.example/', false, 'POST', 'strict', 'strict'],
    ['https://www.shop.example/', false, 'GET', 'strict', 'strict'],
    ['https://evil.example/', true, 'GET', 'lax', 'lax'],
    ['https://evil.example/', true, 'HEAD', 'lax', 'lax'],
    ['https://evil.example/', true, 'POST', 'none', 'lax'],
    ['https://evil.example/', true, 'PUT', 'none', 'lax'],
    ['https://evil.example/', false, 'GET', 'none', 'none'],
    ['https://evil.example/', false, 'POST', 'none', 'none'],
    ['http://shop.example/', true, 'GET', 'lax', 'lax'],
    ['http://shop.example/', false, 'GET', 'none', 'none'],
  ] as const)(
    'from %s, top-level %s, %s: send %s, store %s',
    (initiator, topLevel, method, send, store) => {
      const request = requestFor(TARGET, { initiator, topLevel, method, policy: chrome });
      expect(retrievalContext(TARGET, request)).toBe(send);
      expect(storageContext(TARGET, request)).toBe(store);
    },
  );

  it('defaults to the shop navigating to itself in Chrome', () => {
    expect(requestFor(TARGET)).toEqual({
      initiator: TARGET,
      topLevel: true,
      method: 'GET',
      policy: BROWSER_POLICIES.Chrome,
    });
  });

  it('models lax-by-default and Lax+POST for Chrome and Edge only', () => {
    expect(BROWSER_POLICIES.Chrome).toEqual({ laxByDefault: true, laxAllowingUnsafeMs: 120_000 });
    expect(BROWSER_POLICIES.Edge).toEqual(BROWSER_POLICIES.Chrome);
    expect(BROWSER_POLICIES.Firefox.laxByDefault).toBe(false);
    expect(BROWSER_POLICIES.Safari.laxByDefault).toBe(false);
  });
});
