/**
 * The client the differential suites drive their two servers with (the simulator and the real
 * library): the project's cookie jar decides the Cookie header, as a browser would, and session
 * IDs are predictable so that both sides can be compared key for key. Node only (tests).
 */
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { cookieHeaderFor, type MaybeJar } from '../../browser/cookie-jar';
import { BROWSER_IDENTITIES } from '../../browser/visitor';
import type { HeaderList, WireRequest } from '../../http/wire';
import { defaultOptions, type CookieOptions, type SessionOptions } from '../options';

export type Scheme = 'https' | 'http';

export const USER_AGENT = BROWSER_IDENTITIES.Chrome.userAgent;
export const REMOTE_IP = BROWSER_IDENTITIES.Chrome.ip;

/** Predictable session IDs shaped like uid-safe's (32 base64url characters). */
export function idMaker(): () => string {
  let n = 0;
  return () => createHash('sha256').update(`session ${++n}`).digest('base64url').slice(0, 32);
}

export interface ClientStep {
  method: 'GET' | 'POST';
  path: string;
  form?: Record<string, string>;
}

/** The request a browser sends, with the Cookie header its jar decides (like engine.buildRequest). */
export function clientRequest(
  jar: MaybeJar,
  scheme: Scheme,
  step: ClientStep,
  now: number,
): { request: WireRequest; jar: MaybeJar; cookie: string } {
  const url = `${scheme}://shop.example${step.path}`;
  const { header: cookie, jar: next } = cookieHeaderFor(jar, url, now);
  const body = step.form ? new URLSearchParams(step.form).toString() : '';
  const headers: HeaderList = [
    ['Host', 'shop.example'],
    ['User-Agent', USER_AGENT],
    ['Accept', step.method === 'GET' ? 'application/json' : '*/*'],
  ];
  if (step.method === 'POST') {
    headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
    headers.push(['Content-Length', String(Buffer.byteLength(body))]);
  }
  if (cookie) headers.push(['Cookie', cookie]);
  return { request: { method: step.method, url, headers, body }, jar: next, cookie };
}

/** The secret both express-session suites sign with. */
export const SECRET = 'keyboard cat';

/** express-session options a scenario changes from the defaults. */
export interface OptionChange {
  resave?: boolean;
  saveUninitialized?: boolean;
  rolling?: boolean;
  secret?: string | string[];
  name?: string;
  cookie?: Partial<CookieOptions>;
}

/** express-session's defaults with `change` on top. */
export function withOptions(
  change: OptionChange = {},
  secret: string | string[] = SECRET,
): SessionOptions {
  const base = defaultOptions(SECRET);
  return { ...base, secret, ...change, cookie: { ...base.cookie, ...change.cookie } };
}

/** A scenario's request step; each suite adds its own fields (a visitor, a cookie to send). */
export interface RequestStep extends ClientStep {
  do: 'request';
}

type StepExtra<R extends RequestStep> = Partial<Omit<R, 'do' | 'method' | 'path'>>;

/** `get(path)` and `post(path, form)` for a suite's own request step type. */
export function stepMakers<R extends RequestStep>() {
  return {
    get: (path: string, extra: StepExtra<R> = {}): R =>
      ({ do: 'request', method: 'GET', path, ...extra }) as R,
    post: (path: string, form: Record<string, string> = {}, extra: StepExtra<R> = {}): R =>
      ({ do: 'request', method: 'POST', path, form, ...extra }) as R,
  };
}

export interface RealResponse {
  status: number;
  statusText: string;
  /** Every header in the order and spelling it left the server (node's rawHeaders). */
  headers: HeaderList;
  body: string;
}

/**
 * Sends a request to a real server on 127.0.0.1:`port`, headers as listed (plus `extra`).
 * node:http rather than fetch: fetch's Headers sort and merge names, and the order the headers
 * leave the server in is part of what the simulator reproduces.
 */
export function sendOverHttp(
  port: number,
  req: WireRequest,
  extra: Record<string, string> = {},
): Promise<RealResponse> {
  const url = new URL(req.url);
  const headers: Record<string, string> = {};
  for (const [name, value] of req.headers) headers[name] = value;
  Object.assign(headers, extra);
  return new Promise<RealResponse>((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: req.method,
        path: url.pathname + url.search,
        headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const raw = res.rawHeaders;
          const list: HeaderList = [];
          for (let i = 0; i + 1 < raw.length; i += 2) list.push([raw[i]!, raw[i + 1]!]);
          resolve({
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? '',
            headers: list,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(req.body === '' ? undefined : req.body);
  });
}
