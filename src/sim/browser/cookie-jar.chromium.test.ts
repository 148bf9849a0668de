/**
 * The jar against the real thing: the system's Chromium, driven by playwright-core, talks to a
 * local server that answers for https://shop.example, http://shop.example and
 * https://evil.example (mapped to 127.0.0.1, self-signed certificate). Every case runs in
 * Chromium and in our jar (with Chrome's policy) and must come out the same: which cookies are
 * stored, which are sent, and why Chromium refused or withheld the others (its DevTools reasons).
 * Skipped where there is no Chromium or no openssl.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LESSON_START, MINUTE } from '../clock';

const SECOND = 1000;
import {
  BROWSER_POLICIES,
  cookieHeaderFor,
  storeSetCookies,
  type CookieRefusalReason,
  type CookieRequestInit,
  type CookieWithholdReason,
  type MaybeJar,
} from './cookie-jar';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const OPENSSL = ['/usr/bin/openssl', '/bin/openssl'].find((p) => existsSync(p));

/** Chromium's DevTools reasons for refusing a Set-Cookie, in our words. */
const SET_REASONS: Record<string, CookieRefusalReason> = {
  SameSiteNoneInsecure: 'samesite-none-insecure',
  SecureOnly: 'secure-over-http',
  InvalidPrefix: 'prefix',
  NameValuePairExceedsMaxSize: 'too-large',
  InvalidDomain: 'domain',
  OverwriteSecure: 'overwrites-secure',
  SchemefulSameSiteStrict: 'cross-site-samesite',
  SchemefulSameSiteLax: 'cross-site-samesite',
  SchemefulSameSiteUnspecifiedTreatedAsLax: 'cross-site-samesite',
  SameSiteStrict: 'cross-site-samesite',
  SameSiteLax: 'cross-site-samesite',
  SameSiteUnspecifiedTreatedAsLax: 'cross-site-samesite',
  SyntaxError: 'invalid',
  DisallowedCharacter: 'invalid',
  NoCookieContent: 'invalid',
};

/** Chromium's reasons for leaving a cookie out of a request, in our words (null: not ours). */
const SEND_REASONS: Record<string, CookieWithholdReason | null> = {
  SecureOnly: 'secure-over-http',
  SchemefulSameSiteStrict: 'samesite-strict',
  SameSiteStrict: 'samesite-strict',
  SchemefulSameSiteLax: 'samesite-lax',
  SameSiteLax: 'samesite-lax',
  SchemefulSameSiteUnspecifiedTreatedAsLax: 'samesite-lax-by-default',
  SameSiteUnspecifiedTreatedAsLax: 'samesite-lax-by-default',
  NotOnPath: null,
  DomainMismatch: null,
};

type Kind = 'address bar' | 'link' | 'form POST' | 'img' | 'fetch POST';

/** What each way of making a request means to the jar. */
const KIND_INIT: Record<Kind, Omit<CookieRequestInit, 'initiator' | 'policy'>> = {
  'address bar': { topLevel: true, method: 'GET' },
  link: { topLevel: true, method: 'GET' },
  'form POST': { topLevel: true, method: 'POST' },
  img: { topLevel: false, method: 'GET' },
  'fetch POST': { topLevel: false, method: 'POST' },
};

interface Hit {
  id: string;
  cookie: string;
}

class Lab {
  private dir = mkdtempSync(join(tmpdir(), 'jar-chromium-'));
  private servers: http.Server[] = [];
  private hits: Hit[] = [];
  private urls = new Map<string, string>();
  private blockedSets = new Map<string, { line: string; reasons: string[] }[]>();
  private blockedSends = new Map<string, { name: string; reasons: string[] }[]>();
  private next = 0;
  context!: BrowserContext;
  page!: Page;
  https!: number;
  http!: number;

  constructor(private features: string[] = []) {}

  shop = () => `https://shop.example:${this.https}`;
  insecureShop = () => `http://shop.example:${this.http}`;
  evil = () => `https://evil.example:${this.https}`;

  async start(): Promise<void> {
    const key = join(this.dir, 'key.pem');
    const cert = join(this.dir, 'cert.pem');
    execFileSync(OPENSSL!, [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
      '-keyout', key, '-out', cert, '-subj', '/CN=shop.example',
      '-addext', 'subjectAltName=DNS:shop.example,DNS:evil.example',
    ], { stdio: 'ignore' }); // prettier-ignore
    const handler: http.RequestListener = (req, res) => {
      const url = new URL(req.url ?? '/', 'https://shop.example');
      const id = url.searchParams.get('id') ?? '';
      if (url.pathname === '/set') res.setHeader('Set-Cookie', url.searchParams.getAll('c'));
      if (url.pathname === '/page') {
        res.setHeader('Content-Type', 'text/html');
        res.end(url.searchParams.get('html'));
        return;
      }
      this.hits.push({ id, cookie: req.headers.cookie ?? '' });
      res.end('ok');
    };
    const secure = https.createServer(
      { key: readFileSync(key), cert: readFileSync(cert) },
      handler,
    );
    const plain = http.createServer(handler);
    for (const server of [secure, plain]) {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      this.servers.push(server);
    }
    this.https = (secure.address() as AddressInfo).port;
    this.http = (plain.address() as AddressInfo).port;
    // A normal profile that allows third-party cookies, so that only SameSite decides.
    const profile = join(this.dir, 'profile');
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }),
    );
    this.context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      ignoreHTTPSErrors: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--host-resolver-rules=MAP shop.example 127.0.0.1, MAP evil.example 127.0.0.1',
        ...this.features,
      ],
    });
    this.page = this.context.pages()[0] ?? (await this.context.newPage());
    const cdp: CDPSession = await this.context.newCDPSession(this.page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => this.urls.set(e.requestId, e.request.url));
    cdp.on('Network.responseReceivedExtraInfo', (e) => {
      const blocked = e.blockedCookies.map((b) => ({
        line: b.cookieLine,
        reasons: b.blockedReasons,
      }));
      this.blockedSets.set(e.requestId, blocked);
    });
    cdp.on('Network.requestWillBeSentExtraInfo', (e) => {
      const blocked = e.associatedCookies
        .filter((c) => c.blockedReasons.length > 0)
        .map((c) => ({ name: c.cookie.name, reasons: c.blockedReasons }));
      this.blockedSends.set(e.requestId, blocked);
    });
  }

  async stop(): Promise<void> {
    await this.context?.close();
    for (const server of this.servers) server.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Makes a request of the given kind to `target` from a page at `from` (null: address bar). */
  async request(kind: Kind, from: string | null, target: string): Promise<string> {
    const id = `r${++this.next}`;
    const url = `${target}${target.includes('?') ? '&' : '?'}id=${id}`;
    const markup: Record<Kind, string> = {
      'address bar': '',
      link: `<a id="go" href="${url}">go</a><script>document.getElementById('go').click()</script>`,
      'form POST': `<form method="post" action="${url}"></form><script>document.forms[0].submit()</script>`,
      img: `<img src="${url}">`,
      'fetch POST': `<script>fetch(${JSON.stringify(url)}, { method: 'POST', credentials: 'include', mode: 'no-cors' })</script>`,
    };
    if (kind === 'address bar') await this.page.goto(url);
    else await this.page.goto(`${from}/page?html=${encodeURIComponent(markup[kind])}`);
    await expect.poll(() => this.hits.some((h) => h.id === id), { timeout: 5000 }).toBe(true);
    // The DevTools events may trail the request by a moment.
    await expect
      .poll(
        () =>
          [...this.urls].some(([rid, u]) => u.includes(`id=${id}`) && this.blockedSends.has(rid)),
        {
          timeout: 2000,
        },
      )
      .toBe(true)
      .catch(() => {});
    await this.page.waitForTimeout(50);
    return id;
  }

  header(id: string): string {
    return this.hits.find((h) => h.id === id)?.cookie ?? '';
  }

  private requestIds(id: string): string[] {
    return [...this.urls].filter(([, u]) => u.includes(`id=${id}`)).map(([rid]) => rid);
  }

  refusals(id: string): { line: string; reasons: string[] }[] {
    return this.requestIds(id).flatMap((rid) => this.blockedSets.get(rid) ?? []);
  }

  withheld(id: string): { name: string; reasons: string[] }[] {
    return this.requestIds(id).flatMap((rid) => this.blockedSends.get(rid) ?? []);
  }

  async stored(): Promise<string[]> {
    return (await this.context.cookies()).map((c) => `${c.name}=${c.value}`).sort();
  }
}

const setUrl = (origin: string, lines: string[]) =>
  `${origin}/set?${lines.map((l) => `c=${encodeURIComponent(l)}`).join('&')}`;

const CHROME = BROWSER_POLICIES.Chrome;

/** The jar's stored cookies as `name=value`, sorted (what `context.cookies()` gives). */
function ourStored(jar: MaybeJar, origin: string): string[] {
  // Read them back over https from the shop itself, paths included.
  const { header } = cookieHeaderFor(jar, `${origin.replace('http:', 'https:')}/set`, LESSON_START);
  return header ? header.split('; ').sort() : [];
}

describe.skipIf(!CHROMIUM || !OPENSSL)('the jar against Chromium', { timeout: 20_000 }, () => {
  const lab = new Lab();
  beforeAll(() => lab.start(), 60_000);
  afterAll(() => lab.stop());

  describe('storing', () => {
    // [what, page that answers ('https' | 'http'), earlier lines set over https, the lines]
    const CASES: [string, 'https' | 'http', string[], string[]][] = [
      ['plain cookies', 'https', [], ['a=1; Path=/', 'b=2; Path=/; HttpOnly; SameSite=Strict']],
      ['SameSite=None without Secure', 'https', [], ['a=1; SameSite=None']],
      ['SameSite=None with Secure', 'https', [], ['a=1; SameSite=None; Secure']],
      ['Secure from http', 'http', [], ['a=1; Secure']],
      ['Secure from https', 'https', [], ['a=1; Secure']],
      ['shadowing a Secure cookie from http', 'http', ['sid=1; Path=/; Secure'], ['sid=2; Path=/']],
      ['another name beside a Secure cookie, from http', 'http', ['sid=1; Path=/; Secure'], ['other=2; Path=/']],
      ['__Secure- without Secure', 'https', [], ['__Secure-a=1']],
      ['__Secure- with Secure', 'https', [], ['__Secure-a=1; Secure']],
      ['__Host- without Path', 'https', [], ['__Host-a=1; Secure']],
      ['__Host- with Domain', 'https', [], ['__Host-a=1; Secure; Path=/; Domain=shop.example']],
      ['__Host- as promised', 'https', [], ['__Host-a=1; Secure; Path=/']],
      ['__secure- in lower case', 'https', [], ['__secure-a=1']],
      ['__HOST- in upper case', 'https', [], ['__HOST-a=1; Secure']],
      ['4096 octets', 'https', [], [`a=${'x'.repeat(4095)}`]],
      ['4097 octets', 'https', [], [`a=${'x'.repeat(4096)}`]],
      ['4097 octets of UTF-8', 'https', [], [`a=${'é'.repeat(2048)}`]],
      ['4097 octets and a Domain the host is not in', 'https', [], [`a=${'x'.repeat(4096)}; Domain=evil.example`]],
      ['a Domain the host is not in', 'https', [], ['a=1; Domain=evil.example']],
      ['a Domain that is a public suffix', 'https', [], ['a=1; Domain=example']],
    ]; // prettier-ignore

    it.each(CASES)('%s', async (_what, scheme, earlier, lines) => {
      await lab.context.clearCookies();
      const origin = scheme === 'https' ? lab.shop() : lab.insecureShop();
      let jar: MaybeJar = null;
      if (earlier.length) {
        await lab.request('address bar', null, setUrl(lab.shop(), earlier));
        jar = storeSetCookies(null, `${lab.shop()}/set`, earlier, LESSON_START).jar;
      }
      const id = await lab.request('address bar', null, setUrl(origin, lines));
      const ours = storeSetCookies(jar, `${origin}/set?id=${id}`, lines, LESSON_START, {
        initiator: null,
        policy: CHROME,
      });
      expect(ourStored(ours.jar, lab.shop())).toEqual(await lab.stored());
      const chrome = lab.refusals(id).map((r) => r.reasons.map((x) => SET_REASONS[x] ?? x));
      expect(ours.refusals.length).toBe(chrome.length);
      ours.refusals.forEach((refusal, i) => expect(chrome[i]).toContain(refusal.reason));
    });

    // A cross-site response: only a top-level navigation may set Lax, Strict or default cookies.
    const LINES = [
      's=1; Path=/; Secure; SameSite=Strict',
      'l=1; Path=/; Secure; SameSite=Lax',
      'n=1; Path=/; Secure; SameSite=None',
      'd=1; Path=/; Secure',
    ];
    it.each(['link', 'form POST', 'img', 'fetch POST'] as const)(
      'a cross-site %s that sets cookies',
      async (kind) => {
        await lab.context.clearCookies();
        const id = await lab.request(kind, lab.evil(), setUrl(lab.shop(), LINES));
        const ours = storeSetCookies(null, `${lab.shop()}/set?id=${id}`, LINES, LESSON_START, {
          ...KIND_INIT[kind],
          initiator: `${lab.evil()}/page`,
          policy: CHROME,
        });
        expect(ourStored(ours.jar, lab.shop())).toEqual(await lab.stored());
        const chrome = lab.refusals(id).map((r) => r.reasons.map((x) => SET_REASONS[x] ?? x));
        expect(ours.refusals.map((r) => r.reason)).toEqual(
          chrome.map((reasons) => reasons.find((r) => r === 'cross-site-samesite') ?? reasons[0]),
        );
      },
    );
  });

  describe('sending', () => {
    const LINES = [
      's=1; Path=/; Secure; SameSite=Strict',
      'l=1; Path=/; Secure; SameSite=Lax',
      'n=1; Path=/; Secure; SameSite=None',
      'd=1; Path=/; Secure',
      'p=1; Path=/admin; Secure',
      'h=1; Path=/',
    ];
    const REQUESTS: [Kind, 'shop' | 'evil', 'https' | 'http'][] = [
      ['address bar', 'shop', 'https'],
      ['address bar', 'shop', 'http'],
      ['link', 'shop', 'https'],
      ['form POST', 'shop', 'https'],
      ['img', 'shop', 'https'],
      ['fetch POST', 'shop', 'https'],
      ['link', 'evil', 'https'],
      ['form POST', 'evil', 'https'],
      ['img', 'evil', 'https'],
      ['fetch POST', 'evil', 'https'],
    ];

    /** Compares one request in Chromium and in the jar, `age` ms after the cookies were set. */
    async function compare(
      target: Lab,
      [kind, from, scheme]: (typeof REQUESTS)[number],
      age: number,
    ): Promise<void> {
      await target.context.clearCookies();
      await target.request('address bar', null, setUrl(target.shop(), LINES));
      const { jar } = storeSetCookies(null, `${target.shop()}/set`, LINES, LESSON_START);
      const to = `${scheme === 'https' ? target.shop() : target.insecureShop()}/echo`;
      const origin = from === 'shop' ? target.shop() : target.evil();
      const id = await target.request(kind, origin, to);
      const ours = cookieHeaderFor(jar, `${to}?id=${id}`, LESSON_START + age, {
        ...KIND_INIT[kind],
        initiator: kind === 'address bar' ? null : `${origin}/page`,
        policy: CHROME,
      });
      expect(ours.header).toBe(target.header(id));
      const chrome = target
        .withheld(id)
        .map((w) => ({ name: w.name, reasons: w.reasons.map((r) => SEND_REASONS[r]) }))
        .filter((w) => !w.reasons.includes(null));
      expect(ours.withheld.map((w) => w.name).sort()).toEqual(chrome.map((w) => w.name).sort());
      for (const w of ours.withheld) {
        expect(chrome.find((c) => c.name === w.name)?.reasons).toContain(w.reason);
      }
    }

    it.each(REQUESTS)(
      '%s from %s to %s, cookies a moment old (Lax+POST applies)',
      async (...request) => {
        await compare(lab, request, SECOND);
      },
    );

    describe('cookies older than two minutes (Chromium with Lax+POST switched off)', () => {
      const rigorous = new Lab(['--enable-features=SameSiteDefaultChecksMethodRigorously']);
      beforeAll(() => rigorous.start(), 60_000);
      afterAll(() => rigorous.stop());

      it.each(REQUESTS)('%s from %s to %s', async (...request) => {
        await compare(rigorous, request, 3 * MINUTE);
      });
    });
  });
});
