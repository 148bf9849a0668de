/**
 * Differential suite: the REAL express + `cookie-session` 2.1.1 runs beside the simulator's
 * cookie store, with the same keys, the same clock and the same visits, each side with its own
 * browser jar (tough-cookie, as the lesson's visitors). After every request both answers must
 * agree: status, body, every Set-Cookie line byte for byte and the headers in order (Node's
 * Connection / Keep-Alive left out, Date compared by format: see express-session.diff.test.ts).
 * Tampered cookies are sent to both and must be refused the same way.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listCookies, storeSetCookies, type MaybeJar } from '../../browser/cookie-jar';
import { LESSON_START, MINUTE } from '../../clock';
import { headerValues, type HeaderList, type WireRequest } from '../../http/wire';
import { handleRequest, type ServerState } from '../shop';
import { cookieSessionSettings, decodeSession, encodeSession } from './cookie-session';
import { clientRequest, REMOTE_IP, SECRET, withOptions, type ClientStep } from './diff-client';
import { realCookieShop } from './real-cookie-session-app';
import { startRealServer, type RealServer } from './real-express-app';

/** keygrip's signature, computed the package's way (Node crypto), to forge or re-sign cookies. */
const keygrip = (data: string, key = SECRET) =>
  createHmac('sha1', key)
    .update(data)
    .digest('base64')
    .replace(/\/|\+|=/g, (x) => (x === '/' ? '_' : x === '+' ? '-' : ''));
const signed = (value: string, key = SECRET) =>
  `session=${value}; session.sig=${keygrip(`session=${value}`, key)}`;
const b64 = (text: string) => Buffer.from(text).toString('base64');

type Step =
  | (ClientStep & { do: 'request'; visitor?: 0 | 1; cookie?: (jar: JarCookies) => string })
  | { do: 'wait'; ms: number }
  /** DevTools: a person copies both cookies from one browser into the other. */
  | { do: 'copy'; from: 0 | 1; to: 0 | 1 };

/** The session cookie's value and signature in a jar, for hand-made Cookie headers. */
interface JarCookies {
  value: string;
  sig: string;
}

const get = (path: string, extra: Partial<Extract<Step, { do: 'request' }>> = {}): Step => ({
  do: 'request',
  method: 'GET',
  path,
  ...extra,
});
const post = (path: string, form: Record<string, string>, extra = {}): Step => ({
  do: 'request',
  method: 'POST',
  path,
  form,
  ...extra,
});
const login = (username = 'mina', password = 'sesame') => post('/login', { username, password });
const wait = (ms: number): Step => ({ do: 'wait', ms });

/** The data in the jar's cookie, edited: what a student types in DevTools. */
const edited = (change: (data: Record<string, unknown>) => void) => (c: JarCookies) => {
  const data = decodeSession(c.value) ?? {};
  change(data);
  return `session=${encodeSession(data)}; session.sig=${c.sig}`;
};

const SCENARIOS: Record<string, Step[]> = {
  'a browsing session: look, fill the cart, log in, idle, log out': [
    get('/'),
    get('/me'),
    post('/cart', { item: 'apple' }),
    get('/'),
    post('/cart', { item: 'pear' }),
    login(),
    get('/me'),
    wait(20 * MINUTE),
    get('/me'),
    post('/cart', { item: 'plum' }),
    wait(31 * MINUTE),
    get('/me'),
    login('joon', 'tiger'),
    post('/logout', {}),
    get('/me'),
  ],
  'bad input and a wrong password change nothing': [
    post('/cart', { item: '' }),
    post('/cart', { item: 'x'.repeat(500) }),
    login('mina', 'wrong'),
    login('', 'sesame'),
    get('/nowhere'),
    post('/cart', { item: 'apple' }),
    login('mina', 'wrong'),
  ],
  'the cart edited in the cookie: the signature refuses it': [
    post('/cart', { item: 'apple' }),
    get('/', { cookie: edited((d) => (d.cart = ['free TV'])) }),
    post('/cart', { item: 'pear' }, { cookie: edited((d) => (d.cart = ['free TV'])) }),
  ],
  'user_id edited to Joon: refused, not logged in': [
    login(),
    get('/me', { cookie: edited((d) => (d.userId = 214)) }),
    get('/me'),
    post('/cart', { item: 'pear' }, { cookie: edited((d) => (d.userId = 214)) }),
  ],
  'hand-made cookies: no .sig, another key, a forged .sig, garbage': [
    login(),
    get('/me', { cookie: (c) => `session=${c.value}` }),
    get('/me', { cookie: (c) => signed(c.value, 'another key') }),
    get('/me', { cookie: (c) => `session=${c.value}; session.sig=AAAAAAAAAAAAAAAAAAAAAAAAAAA` }),
    get('/me', { cookie: () => 'session=%%garbage!!; session.sig=x' }),
    get('/me', { cookie: () => 'session=; session.sig=' }),
    get('/me', { cookie: (c) => `session.sig=${c.sig}` }),
    get('/me', { cookie: (c) => `session="${c.value}"; session.sig=${c.sig}` }),
    get('/me', { cookie: (c) => `theme=dark;  session=${c.value}; session.sig=${c.sig}` }),
  ],
  'signed but odd inside (only the key holder could send these)': [
    get('/me', { cookie: () => signed(b64('{"userId":152,"cart":["a"]}')) }),
    post('/cart', { item: 'b' }, { cookie: () => signed(b64('{"userId":152,"cart":["a"]}')) }),
    get('/me', { cookie: () => signed(b64('{ "userId": 152 }')) }),
    get('/', { cookie: () => signed(b64('{ "userId": 152 }')) }),
    post('/cart', { item: 'c' }, { cookie: () => signed(b64('not json')) }),
    post('/cart', { item: 'c' }, { cookie: () => signed(b64('"ab"')) }),
    post('/cart', { item: 'c' }, { cookie: () => signed(b64('{"constructor":1,"isNew":2}')) }),
    get('/me', { cookie: () => signed(Buffer.from('{"userId":152}').toString('base64url')) }),
    post('/logout', {}, { cookie: () => signed(b64('{"userId":152}')) }),
  ],
  'the admin page: 401, 403 for Joon, 200 for Sora; an edited user_id is refused': [
    get('/admin'),
    login('joon', 'tiger'),
    get('/admin'),
    get('/admin', { cookie: edited((d) => (d.userId = 7)) }),
    login('sora', 'owl'),
    get('/admin'),
  ],
  'a copy taken before logout still logs in: the server keeps no list to revoke': [
    login(),
    { do: 'copy', from: 0, to: 1 },
    post('/logout', {}),
    get('/me'),
    get('/me', { visitor: 1 }),
    wait(31 * MINUTE),
    get('/me', { visitor: 1 }),
  ],
};

const IMF_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/;

const comparable = (headers: HeaderList, side: 'sim' | 'real', now: number): HeaderList =>
  headers
    .filter(([n]) => side === 'sim' || !['connection', 'keep-alive'].includes(n.toLowerCase()))
    .map(([n, v]): [string, string] =>
      n.toLowerCase() !== 'date'
        ? [n, v]
        : [
            n,
            (side === 'sim' ? v === new Date(now).toUTCString() : IMF_DATE.test(v)) ? '<date>' : v,
          ],
    );

function jarCookies(jar: MaybeJar, now: number): JarCookies {
  const cookies = listCookies(jar, now);
  return {
    value: cookies.find((c) => c.name === 'session')?.value ?? '',
    sig: cookies.find((c) => c.name === 'session.sig')?.value ?? '',
  };
}

const withCookie = (req: WireRequest, cookie: string): WireRequest => ({
  ...req,
  headers: [...req.headers.filter(([n]) => n !== 'Cookie'), ['Cookie', cookie]],
});

let server: RealServer;
let scenarioCount = 0;
let matchedCount = 0;

describe('cookie-session differential: the simulated cookie store against the real package', () => {
  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    server = await startRealServer();
  });
  afterAll(async () => {
    await server.close();
    vi.useRealTimers();
    console.log(`cookie-session differential: ${scenarioCount} scenarios, ${matchedCount} matched`);
  });

  for (const [name, steps] of Object.entries(SCENARIOS)) {
    it(name, async () => {
      scenarioCount++;
      server.mount(realCookieShop(cookieSessionSettings(SECRET)));
      let state: ServerState = { options: withOptions(), guestBook: [], engine: 'cookie-session' };
      const jars: Record<'sim' | 'real', MaybeJar[]> = { sim: [null, null], real: [null, null] };
      let now = LESSON_START;
      for (const [i, step] of steps.entries()) {
        if (step.do === 'wait') {
          now += step.ms;
          continue;
        }
        if (step.do === 'copy') {
          for (const side of ['sim', 'real'] as const) {
            const lines = listCookies(jars[side][step.from] ?? null, now).map(
              (c) => `${c.name}=${c.value}; Path=/`,
            );
            const url = 'https://shop.example/';
            jars[side][step.to] = storeSetCookies(jars[side][step.to] ?? null, url, lines, now).jar;
          }
          continue;
        }
        vi.setSystemTime(now);
        const v = step.visitor ?? 0;
        const sim = clientRequest(jars.sim[v] ?? null, 'https', step, now);
        const real = clientRequest(jars.real[v] ?? null, 'https', step, now);
        let simReq = sim.request;
        let realReq = real.request;
        if (step.cookie) {
          simReq = withCookie(simReq, step.cookie(jarCookies(jars.sim[v] ?? null, now)));
          realReq = withCookie(realReq, step.cookie(jarCookies(jars.real[v] ?? null, now)));
        }
        expect(simReq, `request ${i}`).toEqual(realReq);
        const reply = await handleRequest(state, simReq, { now, remoteIp: REMOTE_IP });
        state = reply.state;
        const answer = await server.send(realReq, 'https');
        const where = `step ${i}: ${step.method} ${step.path}`;
        expect(reply.response.status, where).toBe(answer.status);
        expect(reply.response.body, where).toBe(answer.body);
        expect(headerValues(reply.response.headers, 'Set-Cookie'), where).toEqual(
          headerValues(answer.headers, 'Set-Cookie'),
        );
        expect(comparable(reply.response.headers, 'sim', now), where).toEqual(
          comparable(answer.headers, 'real', now),
        );
        // The server keeps nothing: the data lives in the cookie.
        expect(state.guestBook).toEqual([]);
        const url = simReq.url;
        jars.sim[v] = storeSetCookies(
          sim.jar,
          url,
          headerValues(reply.response.headers, 'Set-Cookie'),
          now,
        ).jar;
        jars.real[v] = storeSetCookies(
          real.jar,
          url,
          headerValues(answer.headers, 'Set-Cookie'),
          now,
        ).jar;
      }
      matchedCount++;
    });
  }

  it('writes the data as base64 JSON beside a keygrip signature, and refuses an edit', async () => {
    server.mount(realCookieShop(cookieSessionSettings(SECRET)));
    vi.setSystemTime(LESSON_START);
    const first = clientRequest(
      null,
      'https',
      { method: 'POST', path: '/cart', form: { item: 'apple' } },
      LESSON_START,
    );
    const answer = await server.send(first.request, 'https');
    const [value, sig] = headerValues(answer.headers, 'Set-Cookie');
    const data = /^session=([^;]*)/.exec(value ?? '')?.[1] ?? '';
    expect(Buffer.from(data, 'base64').toString()).toBe('{"cart":["apple"]}');
    expect(sig).toContain(`session.sig=${keygrip(`session=${data}`)};`);
    // The page itself answered the tampered request with an empty session (not an error).
    const tampered = withCookie(
      first.request,
      `session=${b64('{"cart":["TV"]}')}; session.sig=${keygrip(`session=${data}`)}`,
    );
    const refused = await server.send(
      {
        ...tampered,
        method: 'GET',
        url: 'https://shop.example/me',
        body: '',
        headers: tampered.headers.filter(([n]) => !n.startsWith('Content')),
      },
      'https',
    );
    expect(refused.status).toBe(401);
    expect(headerValues(refused.headers, 'Set-Cookie')[0]).toMatch(
      /^session\.sig=; path=\/; expires=Thu, 01 Jan 1970/,
    );
  });
});
