/**
 * The driver the PHP and Tomcat differential suites share: both servers make their own random
 * IDs and keep their own sessions, so one scenario runs the same requests on the real server and
 * on the simulator, each side with its own cookie jar, and after every request compares status,
 * body, the response header names in order, every Set-Cookie line and the server's sessions.
 * IDs of the engine's shape are compared as tokens (`<id#n>`) in order of appearance on each
 * side. A wait sleeps 3 real seconds (the real server runs with a 2-second idle limit) while the
 * simulator's clock moves past its own limit. Node only (tests).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieHeaderFor, storeSetCookies, type MaybeJar } from '../../browser/cookie-jar';
import { LESSON_START } from '../../clock';
import { headerValues, SITE_ORIGIN, type HeaderList, type WireRequest } from '../../http/wire';
import type { GuestBook } from '../guest-book';
import { handleRequest, type ServerState } from '../shop';
import { stepMakers, type RequestStep } from './diff-client';

export interface NativeRequest extends RequestStep {
  /** Replaces the jar's Cookie header; `$JAR` is the jar's session ID, `$SAVED` a saved one. */
  cookie?: string;
  /** Remember the jar's session ID before this request (to replay it later). */
  save?: boolean;
}

/** A request, or idle past the idle limit: 3 real seconds, the simulator's clock further. */
export type NativeStep = NativeRequest | { do: 'wait' };

export const { get, post } = stepMakers<NativeRequest>();
export const login = (extra: Partial<NativeRequest> = {}) =>
  post('/login', { username: 'mina', password: 'sesame' }, extra);
export const wait: NativeStep = { do: 'wait' };

/** Cart, login, my page, another item, logout, my page: the shop's whole visit on each stack. */
export const JOURNEY: NativeStep[] = [
  get('/'),
  post('/cart', { item: 'milk' }),
  login(),
  get('/me'),
  post('/cart', { item: '김치' }),
  post('/logout'),
  get('/me'),
];

/** A page that needs login, a wrong password, an empty name. */
export const WRONG_LOGIN: NativeStep[] = [
  get('/me'),
  post('/login', { username: 'mina', password: 'nope' }),
  post('/login', { username: '', password: 'x' }),
];

export const waits = (steps: NativeStep[]) => steps.some((s) => s.do === 'wait');

/** One client and what it has seen: its cookie jar, a saved ID, the tokens given to IDs. */
export interface Side {
  jar: MaybeJar;
  saved?: string;
  tokens: Map<string, string>;
}

interface Response {
  status: number;
  headers: HeaderList;
  body: string;
}

export interface NativeDiff<Store> {
  /** PHPSESSID, JSESSIONID. */
  cookieName: string;
  /** The shape of the engine's own IDs; anything else is compared as it is. */
  idShape: RegExp;
  /** The session ID in a cookie's value, for an engine that encrypts it (Laravel). */
  cookieId?: (value: string) => string;
  /** The web server's own response headers, not the session module's: not compared. */
  ignoredHeaders: string[];
  /** How far the simulator's clock moves while the real server sleeps. */
  simulatedWait: number;
  /** How long the real server sleeps for a wait (3.1 s); 0 for one that reads the lesson's clock. */
  realWaitMs?: number;
  /** The simulator's session IDs, when the real server's can be made the same (Flask). */
  newId?: () => string;
  /** The simulated shop as the scenario sets it up (its guest book is the runner's). */
  simState: Omit<ServerState, 'guestBook'>;
  /** `now`: the lesson's clock, for a real server that can be told the time (Flask). */
  sendReal(req: WireRequest, now: number): Promise<Response>;
  realStore(): Promise<Store> | Store;
  simStore(book: GuestBook, now: number): Store;
  /** Expectations on the IDs each side made, before anything is compared. */
  checkIds(real: Store, book: GuestBook): void;
  /** The store as compared, IDs through `token`; read after the cookies have taken theirs. */
  viewStore(store: Store, token: (id: string) => string): Record<string, unknown>;
}

const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Runs one scenario on both sides and expects them to agree after every request. */
export async function runNativeScenario<Store>(
  steps: NativeStep[],
  d: NativeDiff<Store>,
): Promise<void> {
  const token = (side: Side, id: string): string => {
    if (!d.idShape.test(id)) return id;
    let t = side.tokens.get(id);
    if (!t) side.tokens.set(id, (t = `<id#${side.tokens.size + 1}>`));
    return t;
  };
  const idInCookie = new RegExp(`^${d.cookieName}=([^;]*)`);
  const jarValue = (side: Side, now: number) =>
    new RegExp(`${d.cookieName}=([^;]*)`).exec(
      cookieHeaderFor(side.jar, SITE_ORIGIN + '/', now).header,
    )?.[1] ?? '';
  const buildRequest = (side: Side, step: NativeRequest, now: number): WireRequest => {
    const url = SITE_ORIGIN + step.path;
    const jarCookie = cookieHeaderFor(side.jar, url, now).header;
    if (step.save) side.saved = jarValue(side, now);
    const cookie =
      step.cookie === undefined
        ? jarCookie
        : step.cookie.replace('$JAR', jarValue(side, now)).replace('$SAVED', side.saved ?? '');
    const body = step.form ? new URLSearchParams(step.form).toString() : '';
    const headers: HeaderList = [
      ['Host', 'shop.example'],
      ['User-Agent', 'differential-test'],
    ];
    if (step.method === 'POST') {
      headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
      headers.push(['Content-Length', String(Buffer.byteLength(body))]);
    }
    if (cookie) headers.push(['Cookie', cookie]);
    return { method: step.method, url, headers, body };
  };
  /** What both sides must agree on, IDs as tokens. */
  const observe = (side: Side, res: Response, store: Store) => {
    const names = res.headers.map(([n]) => n).filter((n) => !d.ignoredHeaders.includes(n));
    const setCookie = headerValues(res.headers, 'Set-Cookie').map((line) =>
      line.replace(
        idInCookie,
        (_, id: string) => `${d.cookieName}=${token(side, d.cookieId ? d.cookieId(id) : id)}`,
      ),
    );
    const stored = d.viewStore(store, (id) => token(side, id));
    return { status: res.status, body: res.body, headers: names, setCookie, ...stored };
  };

  const real: Side = { jar: null, tokens: new Map() };
  const sim: Side = { jar: null, tokens: new Map() };
  let now = LESSON_START;
  let book: GuestBook = [];
  const log: string[] = [];
  for (const step of steps) {
    if (step.do === 'wait') {
      await new Promise((r) => setTimeout(r, d.realWaitMs ?? 3100));
      now += d.simulatedWait;
      log.push('wait');
      continue;
    }
    const realReq = buildRequest(real, step, now);
    const simReq = buildRequest(sim, step, now);
    const realRes = await d.sendReal(realReq, now);
    const reply = await handleRequest({ ...d.simState, guestBook: book }, simReq, {
      now,
      remoteIp: '127.0.0.1',
      ...(d.newId ? { newId: d.newId } : {}),
    });
    book = reply.state.guestBook;
    for (const side of [real, sim]) {
      const res = side === real ? realRes : reply.response;
      side.jar = storeSetCookies(
        side.jar,
        realReq.url,
        headerValues(res.headers, 'Set-Cookie'),
        now,
      ).jar;
    }
    const realStore = await d.realStore();
    d.checkIds(realStore, book);
    expect(headerValues(realRes.headers, 'Date')[0]).toMatch(HTTP_DATE);
    const want = observe(real, realRes, realStore);
    const got = observe(sim, reply.response, d.simStore(book, now));
    log.push(`${step.method} ${step.path}`);
    expect(got, `after ${log.join(' → ')}`).toEqual(want);
  }
}

/**
 * The suite around the scenarios: the real server started once, a test per scenario, and the
 * report line `<label>: N scenarios, M matched`. Without the server, a skipped test says why.
 */
export function describeNativeDiff<
  Server extends { stop(): Promise<void> },
  S extends { name: string },
>(o: {
  title: string;
  label: string;
  available: boolean;
  missing: string;
  start: () => Promise<Server>;
  startTimeout: number;
  stopTimeout?: number;
  scenarios: S[];
  run: (server: Server, scenario: S) => Promise<void>;
}): void {
  let server: Server | undefined;
  let matched = 0;
  describe.skipIf(!o.available)(o.title, () => {
    beforeAll(async () => {
      server = await o.start();
    }, o.startTimeout);
    afterAll(async () => {
      console.log(`${o.label}: ${o.scenarios.length} scenarios, ${matched} matched`);
      await server?.stop();
    }, o.stopTimeout);

    it.each(o.scenarios.map((s) => [s.name, s] as const))(
      '%s',
      async (_name, scenario) => {
        await o.run(server!, scenario);
        matched++;
      },
      30_000,
    );
  });

  if (!o.available) {
    describe(o.title, () => {
      it.skip(o.missing, () => {});
    });
  }
}
