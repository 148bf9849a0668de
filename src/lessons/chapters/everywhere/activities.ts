/** The challenges and quiz of "The same idea everywhere": a challenge per stack, by acting. */
import type { Exchange, World } from '../../../sim/world';
import { exchangesSince, isRequest } from '../../goals';
import { MINUTE } from '../../../sim/clock';
import { LARAVEL_DEFAULTS } from '../../../sim/server/session/laravel-file';
import { choose, CHROME, get, order, wait, type ChapterActivities } from '../../model';

const MINA_ID = 152;

/** Joon's user_id in a Flask session cookie, base64 as a student would type it (unsigned). */
export const FORGED_FLASK_COOKIE = `${btoa('{"user_id":214}').replace(/=+$/, '')}.aaTTAA.forged`;

/** The value of a cookie a request carried. */
function sent(e: Exchange, name: string): string | null {
  const line = e.request.headers.find(([n]) => n.toLowerCase() === 'cookie')?.[1] ?? '';
  const pair = line.split(/;\s*/).find((p) => p.startsWith(`${name}=`));
  return pair === undefined ? null : pair.slice(name.length + 1);
}

/** The values the server gave a cookie of this name in an exchange's Set-Cookie lines. */
const setValues = (e: Exchange, name: string): string[] =>
  e.response.headers
    .filter(([n, v]) => n.toLowerCase() === 'set-cookie' && v.startsWith(`${name}=`))
    .map(([, v]) => v.slice(name.length + 1).split(';')[0]!);

const traced = (e: Exchange, kind: string) => e.trace.some((s) => s.kind === kind);

/**
 * Requests since the start that carried a made-up value of the cookie: one the server had not
 * issued before that request (a server that adopts it issues it right after).
 */
const madeUp = (world: World, start: World, name: string): Exchange[] => {
  const ours = new Set<string>();
  return world.exchanges.filter((e, i) => {
    const value = sent(e, name);
    const made = i >= start.exchanges.length && value !== null && value !== '' && !ours.has(value);
    for (const v of setValues(e, name)) ours.add(v);
    return made;
  });
};

/** The user_id a Flask cookie's payload claims once base64 is undone, if it reads as JSON. */
function claimedUser(value: string | null): number | null {
  if (!value) return null;
  try {
    const payload = value.split('.')[0]!.replace(/-/g, '+').replace(/_/g, '/');
    const json = JSON.parse(atob(payload + '='.repeat((4 - (payload.length % 4)) % 4))) as {
      user_id?: unknown;
    };
    return typeof json.user_id === 'number' ? json.user_id : null;
  } catch {
    return null;
  }
}

export const activities: ChapterActivities = {
  challenges: [
    {
      // PHP adopts any ID it is sent unless use_strict_mode is on.
      id: 'php-strict',
      after: 'everywhere-php',
      setup: [],
      visitor: CHROME,
      goal: (world, start) =>
        world.server.php?.useStrictMode === true &&
        madeUp(world, start, 'PHPSESSID').some(
          (e) => traced(e, 'create') && !traced(e, 'adopt-id'),
        ),
      nudge: (world, start) =>
        madeUp(world, start, 'PHPSESSID').some((e) => traced(e, 'adopt-id')) ? 'adopted' : null,
      hints: 3,
      solution: [
        { type: 'set-php', settings: { useStrictMode: true } },
        { type: 'edit-cookie', visitorId: CHROME, name: 'PHPSESSID', value: 'madeupbyattacker' },
        get('/'),
      ],
    },
    {
      // Tomcat ends an idle session on the server; the browser's cookie is still sent.
      id: 'tomcat-idle',
      after: 'everywhere-tomcat',
      setup: [],
      visitor: CHROME,
      goal: (world, start) =>
        exchangesSince(world, start).some(
          (e) =>
            isRequest(e, 'GET', '/me') &&
            e.response.status === 401 &&
            sent(e, 'JSESSIONID') !== null &&
            e.trace.some((s) => s.kind === 'lookup' && s.result === 'expired'),
        ),
      nudge: (world, start) =>
        exchangesSince(world, start).some((e) => isRequest(e, 'POST', '/logout'))
          ? 'logged-out'
          : null,
      hints: 2,
      solution: [wait(30), get('/me')],
    },
    {
      // Laravel's expired rows stay in the table until a lottery draw deletes them.
      id: 'laravel-lottery',
      after: 'everywhere-laravel',
      setup: [],
      visitor: CHROME,
      goal: (world, start) =>
        exchangesSince(world, start).some((e) =>
          e.trace.some((s) => s.kind === 'laravel' && s.op === 'gc' && (s.count ?? 0) > 0),
        ) && !world.server.guestBook.some((r) => r.user_id === MINA_ID),
      nudge: (world, start) => {
        const lifetime = (world.server.laravel ?? LARAVEL_DEFAULTS).lifetime * MINUTE;
        const stale = world.server.guestBook.some(
          (r) => r.user_id === MINA_ID && r.last_activity + lifetime <= world.now,
        );
        return stale && exchangesSince(world, start).length > 0 ? 'still-there' : null;
      },
      hints: 3,
      solution: [{ type: 'set-laravel', settings: { lottery: [1, 1] } }, wait(150), get('/')],
    },
    {
      // Flask's cookie is readable by anyone, but an edited one fails its signature.
      id: 'flask-forge',
      after: 'everywhere-flask',
      setup: [],
      visitor: CHROME,
      goal: (world, start) =>
        exchangesSince(world, start).some(
          (e) =>
            isRequest(e, 'GET', '/me') &&
            claimedUser(sent(e, 'session')) === 214 &&
            e.response.status === 401 &&
            e.trace.some((s) => s.kind === 'verify-signature' && !s.ok),
        ),
      hints: 3,
      solution: [
        { type: 'edit-cookie', visitorId: CHROME, name: 'session', value: FORGED_FLASK_COOKIE },
        get('/me'),
      ],
    },
    {
      // Flask-Session adopts a made-up ID, as PHP does, unless the ID is signed.
      id: 'flask-signer',
      after: 'everywhere-flask-files',
      setup: [],
      visitor: CHROME,
      goal: (world, start) =>
        world.server.flask?.useSigner === true &&
        madeUp(world, start, 'session').some(
          (e) => traced(e, 'create') && e.trace.some((s) => s.kind === 'verify-signature' && !s.ok),
        ),
      nudge: (world, start) =>
        madeUp(world, start, 'session').some((e) =>
          e.trace.some((s) => s.kind === 'flask-file' && s.op === 'adopt'),
        )
          ? 'adopted'
          : null,
      hints: 3,
      solution: [
        { type: 'set-flask', settings: { useSigner: true } },
        { type: 'edit-cookie', visitorId: CHROME, name: 'session', value: 'made-up-by-attacker' },
        get('/'),
      ],
    },
  ],
  quiz: [
    choose(
      'everywhere-tomcat-name',
      ['connect-sid', 'PHPSESSID', 'JSESSIONID', 'session'],
      'JSESSIONID',
      'everywhere-tomcat',
    ),
    choose(
      'everywhere-renew-php',
      ['regenerate', 'change-session-id', 'clear', 'none'],
      'regenerate',
      'everywhere-php',
    ),
    choose('everywhere-no-row', ['express', 'php', 'tomcat', 'flask'], 'flask', 'everywhere-flask'),
    choose('everywhere-readable', ['read', 'change', 'nothing'], 'read', 'everywhere-flask'),
    choose('everywhere-adopt', ['php', 'flask-files', 'tomcat'], 'tomcat', 'everywhere-tomcat'),
    order(
      'everywhere-same-steps',
      ['read-cookie', 'find-session', 'run-app', 'save-session', 'send-cookie'],
      'everywhere',
    ),
  ],
};
