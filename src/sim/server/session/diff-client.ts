/**
 * The client both differential suites drive their two servers with (the simulator and the real
 * library): the project's cookie jar decides the Cookie header, as a browser would, and session
 * IDs are predictable so that both sides can be compared key for key. Node only (tests).
 */
import { createHash } from 'node:crypto';
import { cookieHeaderFor, type MaybeJar } from '../../browser/cookie-jar';
import { BROWSER_IDENTITIES } from '../../browser/visitor';
import type { HeaderList, WireRequest } from '../../http/wire';

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
