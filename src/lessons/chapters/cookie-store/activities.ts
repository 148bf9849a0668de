/**
 * Cookie vs session: the same shop on a client-side cookie store (the npm package
 * `cookie-session`): the data itself travels in the cookie, signed but readable, and the
 * server's guest book stays empty.
 */
import { choose, CHROME, get, order, post, spotHeader } from '../../model';
import { exchangesSince, isRequest, pageUser } from '../../goals';
import type { Exchange, World } from '../../../sim/world';
import type { ChapterActivities } from '../../model';
import { FORGED_SESSION } from './steps';

/** Mina's user_id (src/sim/server/users.ts). */
const MINA_ID = 152;

/** Firefox, opened in the security chapter: a second browser on a shared PC. */
const FIREFOX = 'v4';

/** The value of a cookie a request carried. */
function sentCookie(e: Exchange, name: string): string | null {
  const line = e.request.headers.find(([n]) => n.toLowerCase() === 'cookie')?.[1] ?? '';
  const pair = line.split(/;\s*/).find((p) => p.startsWith(`${name}=`));
  return pair === undefined ? null : pair.slice(name.length + 1);
}

/** Every `session` value the server itself wrote in a Set-Cookie. */
const writtenByServer = (world: World): Set<string> =>
  new Set(
    world.exchanges.flatMap((e) =>
      e.response.headers
        .filter(([n, v]) => n.toLowerCase() === 'set-cookie' && v.startsWith('session='))
        .map(([, v]) => v.slice('session='.length).split(';')[0]!),
    ),
  );

const refused = (e: Exchange) => e.trace.some((s) => s.kind === 'verify-signature' && !s.ok);

export const activities: ChapterActivities = {
  challenges: [
    {
      // Tampering: the data is readable and editable, but the signature refuses the edit.
      id: 'edit-the-cookie',
      after: 'cookie-store-login',
      setup: [],
      visitor: CHROME,
      goal: (world, start) => {
        const server = writtenByServer(world);
        return exchangesSince(world, start).some((e) => {
          const sent = sentCookie(e, 'session');
          return sent !== null && sent !== '' && !server.has(sent) && refused(e);
        });
      },
      nudge: (world, start) =>
        exchangesSince(world, start).some((e) => {
          const sent = sentCookie(e, 'session');
          return sent !== null && writtenByServer(world).has(sent) && refused(e);
        })
          ? 'sig-only'
          : null,
      hints: 3,
      solution: [
        { type: 'edit-cookie', visitorId: CHROME, name: 'session', value: FORGED_SESSION },
        get('/me'),
      ],
    },
    {
      // A cookie store cannot be revoked: a copy made before logout still logs in.
      id: 'outlive-logout',
      after: 'cookie-store-login',
      setup: [],
      visitor: CHROME,
      goal: (world, start) => {
        const since = exchangesSince(world, start);
        const logout = since.findIndex(
          (e) => e.visitorId === CHROME && isRequest(e, 'POST', '/logout'),
        );
        // Another browser on Mina's page after her logout, with no password typed there.
        const typed = new Set(
          since.filter((e) => isRequest(e, 'POST', '/login')).map((e) => e.visitorId),
        );
        return (
          logout >= 0 &&
          since
            .slice(logout + 1)
            .some(
              (e) =>
                e.visitorId !== CHROME &&
                !typed.has(e.visitorId) &&
                isRequest(e, 'GET', '/me') &&
                pageUser(e) === MINA_ID,
            )
        );
      },
      nudge: (world, start) =>
        exchangesSince(world, start).some(
          (e) => e.visitorId !== CHROME && isRequest(e, 'POST', '/login') && pageUser(e) !== null,
        )
          ? 'password'
          : null,
      hints: 3,
      solution: [
        { type: 'copy-cookie', from: CHROME, to: FIREFOX, name: 'session' },
        { type: 'copy-cookie', from: CHROME, to: FIREFOX, name: 'session.sig' },
        post('/logout'),
        get('/me', FIREFOX),
      ],
    },
  ],
  quiz: [
    choose(
      'cookie-store-where',
      ['server-memory', 'cookie', 'both', 'redis'],
      'cookie',
      'cookie-store-cart',
    ),
    choose(
      'cookie-store-signing',
      ['hides', 'detects-change', 'encrypts-id', 'expires'],
      'detects-change',
      'cookie-store-read',
    ),
    choose(
      'cookie-store-edit',
      ['joon-page', 'error-500', 'empty-session', 'mina-page'],
      'empty-session',
      'cookie-store-tamper',
    ),
    choose(
      'cookie-store-grows',
      ['session-id', 'cookie-store', 'both', 'neither'],
      'cookie-store',
      'cookie-store-bytes',
    ),
    choose(
      'cookie-store-revoke',
      ['session-id', 'cookie-store', 'both', 'neither'],
      'session-id',
      'cookie-store-compare',
    ),
    order(
      'cookie-store-request',
      ['cookie', 'signature', 'base64', 'json', 'route'],
      'cookie-store-read',
    ),
    spotHeader(
      'cookie-store-key',
      [
        'HTTP/1.1 200 OK',
        'Content-Type: application/json; charset=utf-8',
        'Set-Cookie: session=eyJ1c2VySWQiOjE1Mn0=; path=/; secure; httponly',
        'Set-Cookie: session.sig=mZ6kJrI0cHq3bFvYwKXcXw0sUGo; path=/; secure; httponly',
        'Set-Cookie: session.key=keyboard%20cat; path=/; secure; httponly',
      ],
      4,
      'cookie-store-read',
    ),
  ],
};
