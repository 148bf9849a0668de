/**
 * The page ships the Public Suffix List's default rule in place of the list (public-suffix.ts).
 * Here tough-cookie runs twice over the same Set-Cookie lines: once with the real list (tldts),
 * once with what the page ships; the jar must keep or refuse every cookie alike.
 */
import { CookieJar as RealJar } from 'tough-cookie';
import { describe, expect, it, vi } from 'vitest';
import { SITE_ORIGIN } from '../http/wire';
import { getDomain } from './public-suffix';

/** The hosts the simulated world has: every one under a special-use name. */
const HOSTS = [new URL(SITE_ORIGIN).hostname, 'evil.example'];

const DOMAINS = [
  ...HOSTS,
  'example',
  '.shop.example',
  'www.shop.example',
  'co.kr',
  'shop.co.kr',
  'com',
  'example.com',
  'evil.com',
  'github.io',
  'someone.github.io',
  'blogspot.com',
  'localhost',
  'invalid',
  '127.0.0.1',
  '[::1]',
  'xn--9t4b11yi5a.com',
  '',
  '.',
  'a..b',
  'shop.example.',
];

async function outcomes(Jar: typeof RealJar) {
  const seen: string[] = [];
  for (const host of HOSTS) {
    for (const domain of DOMAINS) {
      const jar = new Jar(null, { prefixSecurity: 'strict' });
      const line = `sid=1; Path=/; Domain=${domain}`;
      try {
        await jar.setCookie(line, `https://${host}/`);
        const kept = await jar.getCookies(`https://${host}/`);
        seen.push(`${host} ${domain}: kept ${kept.map((c) => c.domain).join(',')}`);
      } catch {
        // The jar's reason text is mapped to one reason the student sees ('domain').
        seen.push(`${host} ${domain}: refused`);
      }
    }
  }
  return seen;
}

describe('the public suffix rule the page ships', () => {
  it('keeps and refuses the same cookies as the real Public Suffix List', async () => {
    const real = await outcomes(RealJar);
    vi.resetModules();
    vi.doMock('tldts', () => ({ getDomain }));
    const { CookieJar: ShippedJar } = await import('tough-cookie');
    expect(ShippedJar).not.toBe(RealJar);
    const shipped = await outcomes(ShippedJar);
    vi.doUnmock('tldts');
    expect(shipped).toEqual(real);
    // The lines above really exercise both kinds of answer.
    expect(real.some((o) => o.includes('kept'))).toBe(true);
    expect(real.some((o) => o.includes('refused'))).toBe(true);
  });

  it('is asked about no host of the simulated world', () => {
    const SPECIAL_USE = ['example', 'test', 'localhost', 'invalid', 'local'];
    for (const host of HOSTS) expect(SPECIAL_USE).toContain(host.split('.').pop());
  });
});
