/**
 * The lesson as data: chapters of steps. Entering a step applies its actions to the world of
 * the step before; the narration lives in i18n under `steps.<id>`; `focus` says which part of
 * the screen the step is about.
 */
import { MINUTE } from '../sim/clock';
import type { Action } from '../sim/world';

export type ChapterId = 'life' | 'crowd' | 'security' | 'expiry' | 'storage' | 'cluster';

export type Focus =
  | 'shop'
  | 'request'
  | 'response'
  | 'trace'
  | 'guest-book'
  | 'jar'
  | 'clock'
  | 'console'
  | 'cluster'
  | 'settings';

export interface Step {
  /** Stable slug: names the narration keys and reads well in a URL. */
  id: string;
  chapter: ChapterId;
  actions: Action[];
  focus: Focus[];
  /** The visitor the step is about (its browser tab is shown). */
  visitor: string;
}

export const CHAPTERS: ChapterId[] = ['life', 'crowd', 'security', 'expiry', 'storage', 'cluster'];

const CHROME = 'v1';
const get = (path: string, visitorId = CHROME): Action => ({
  type: 'request',
  visitorId,
  method: 'GET',
  path,
});
const post = (path: string, form: Record<string, string> = {}, visitorId = CHROME): Action => ({
  type: 'request',
  visitorId,
  method: 'POST',
  path,
  form,
});
const wait = (minutes: number): Action => ({ type: 'advance-clock', ms: minutes * MINUTE });
const MINA = { username: 'mina', password: 'sesame' };
const JOON = { username: 'joon', password: 'tiger' };

const step = (
  id: string,
  chapter: ChapterId,
  actions: Action[],
  focus: Focus[],
  visitor = CHROME,
): Step => ({ id, chapter, actions, focus, visitor });

export const STEPS: Step[] = [
  // 1. One visitor's life, from the first request to logout.
  step('welcome', 'life', [], ['shop', 'guest-book']),
  step('first-visit', 'life', [get('/')], ['request', 'trace']),
  step('row-created', 'life', [], ['guest-book']),
  step('set-cookie', 'life', [], ['response']),
  step('jar-stores', 'life', [], ['jar']),
  step('cookie-returns', 'life', [wait(3), get('/')], ['request']),
  step('last-activity', 'life', [], ['guest-book', 'trace']),
  step('login', 'life', [wait(1), post('/login', MINA)], ['trace', 'guest-book', 'response']),
  step('me', 'life', [wait(2), get('/me')], ['shop', 'trace']),
  step('idle', 'life', [wait(31)], ['clock', 'jar']),
  step('expired', 'life', [get('/me')], ['request', 'shop', 'guest-book']),
  // MemoryStore drops an expired session only when it reads it; all() reads every one.
  step('lazy-expiry', 'life', [{ type: 'collect-garbage' }], ['guest-book', 'clock']),
  step('login-again', 'life', [post('/login', MINA)], ['guest-book', 'jar']),
  step('logout', 'life', [wait(2), post('/logout')], ['trace', 'response', 'guest-book', 'jar']),
  step('after-logout', 'life', [get('/me')], ['request', 'shop']),

  // 2. Many visitors at once: the guest book of the course notes.
  step(
    'stateless',
    'crowd',
    [{ type: 'add-visitor', browser: 'Safari' }, get('/', 'v2')],
    ['request', 'guest-book'],
    'v2',
  ),
  step(
    'second-browser',
    'crowd',
    [wait(1), get('/'), { type: 'add-visitor', browser: 'Edge' }, get('/', 'v3')],
    ['guest-book'],
    'v3',
  ),
  step(
    'two-logins',
    'crowd',
    [wait(1), post('/login', JOON, 'v3'), post('/login', MINA)],
    ['guest-book'],
    'v3',
  ),
  step('own-jars', 'crowd', [wait(1), get('/me', 'v3'), get('/me', 'v2')], ['jar', 'shop'], 'v2'),

  // 3. Security: what the cookie proves, and how it is protected.
  step('httponly', 'security', [], ['console', 'jar']),
  step(
    'tamper',
    'security',
    [
      {
        type: 'edit-cookie',
        visitorId: 'v2',
        name: 'connect.sid',
        value: 's%3Aforged-by-hand.AAAA',
      },
      get('/me', 'v2'),
    ],
    ['request', 'trace'],
    'v2',
  ),
  step(
    'stolen',
    'security',
    [
      { type: 'add-visitor', browser: 'Firefox' },
      { type: 'copy-cookie', from: CHROME, to: 'v4', name: 'connect.sid' },
      get('/me', 'v4'),
    ],
    ['request', 'shop', 'guest-book'],
    'v4',
  ),
  step(
    'logout-public-pc',
    'security',
    [post('/logout'), get('/me', 'v4')],
    ['trace', 'shop'],
    'v4',
  ),
  step(
    'fixation',
    'security',
    [
      get('/', 'v4'),
      { type: 'copy-cookie', from: 'v4', to: CHROME, name: 'connect.sid' },
      post('/login', MINA),
      get('/me', 'v4'),
    ],
    ['trace', 'guest-book'],
    'v4',
  ),

  // 4. Expiry: memory cookies, persistent cookies and rows that linger.
  step(
    'memory-cookie',
    'expiry',
    [
      // express-session's own default: no maxAge, so a session cookie and a session that never expires.
      {
        type: 'set-options',
        options: { rolling: false, cookie: { path: '/', httpOnly: true, secure: false } },
      },
      post('/login', MINA),
    ],
    ['settings', 'response'],
  ),
  step(
    'close-browser',
    'expiry',
    [{ type: 'close-browser', visitorId: CHROME }, get('/me')],
    ['jar', 'guest-book'],
  ),
  step(
    'remember-me',
    'expiry',
    [
      {
        type: 'set-options',
        options: {
          rolling: true,
          cookie: {
            path: '/',
            httpOnly: true,
            secure: true,
            sameSite: 'lax',
            maxAge: 7 * 24 * 60 * MINUTE,
          },
        },
      },
      post('/login', MINA),
    ],
    ['response', 'jar'],
  ),
  step(
    'reopen',
    'expiry',
    [{ type: 'close-browser', visitorId: CHROME }, wait(60), get('/me')],
    ['jar', 'shop'],
  ),

  // 5. Where sessions live: memory, restarts, many sessions.
  step('restart', 'storage', [{ type: 'restart-server' }, get('/me')], ['guest-book', 'shop']),
  step('busy-day', 'storage', [{ type: 'crowd', count: 1000 }], ['guest-book']),

  // 6. Many servers: where sessions must live so that any server can answer.
  step(
    'two-servers',
    'cluster',
    [{ type: 'set-cluster', mode: 'per-server' }, post('/login', MINA)],
    ['cluster', 'trace'],
  ),
  step('lost-login', 'cluster', [get('/me')], ['cluster', 'shop', 'response']),
  step(
    'sticky',
    'cluster',
    [{ type: 'set-cluster', mode: 'sticky' }, post('/login', MINA), get('/me'), get('/me')],
    ['cluster', 'shop'],
  ),
  step(
    'replication',
    'cluster',
    [{ type: 'set-cluster', mode: 'replicated' }, post('/login', MINA), get('/me')],
    ['cluster', 'guest-book'],
  ),
  step(
    'central-store',
    'cluster',
    [{ type: 'set-cluster', mode: 'central' }, post('/login', MINA), get('/me')],
    ['cluster', 'guest-book'],
  ),
  step('frameworks', 'cluster', [], ['settings']),
];

export const stepIndexById = (id: string) => STEPS.findIndex((s) => s.id === id);
