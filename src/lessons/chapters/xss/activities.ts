/** XSS by hand: its challenges and quiz (loaded after the first paint). */
import { exchangesSince, isRequest, loggedInUser, pageUser, sentSessionCookie } from '../../goals';
import { CHROME, choose, get, MINA, order, post, spotHeader } from '../../model';
import type { ChapterActivities } from '../../model';
import { cookiesInAddress, type EvilRequest } from '../../../sim/browser/page-scripts';
import { readMarkup } from '../../../sim/browser/page-markup';
import type { World } from '../../../sim/world';
import { ATTACKER, PAYLOAD, sessionCookie } from './steps';

/** What evil.example received since the challenge began. */
const receivedSince = (world: World, start: World): EvilRequest[] =>
  (world.evilLog ?? []).slice(start.evilLog?.length ?? 0);

/** The session cookie's values in one request evil.example received. */
const stolenSessions = (world: World, r: EvilRequest): string[] =>
  cookiesInAddress(r.url)
    .filter((c) => c.name === world.server.options.name)
    .map((c) => c.value);

const escaping = (world: World) => world.server.app?.escapeOutput !== false;

/** Mina's browser opened the review page since the challenge began. */
const minaReadReviews = (world: World, start: World) =>
  exchangesSince(world, start).filter(
    (e) => e.visitorId === CHROME && new URL(e.request.url).pathname === '/reviews',
  );

const minaCookieHttpOnly = (world: World) =>
  world.visitors
    .find((v) => v.id === CHROME)
    ?.cookies.find((c) => c.name === world.server.options.name)?.httpOnly === true;

export const activities: ChapterActivities = {
  challenges: [
    {
      // The whole attack by hand: plant, let Mina read, use what evil.example received.
      id: 'xss-steal-session',
      after: 'xss-reviews',
      setup: [],
      visitor: ATTACKER,
      goal: (world, start) => {
        const stolen = receivedSince(world, start)
          .filter((r) => r.visitorId === CHROME)
          .flatMap((r) => stolenSessions(world, r));
        return exchangesSince(world, start).some(
          (e) =>
            e.visitorId === ATTACKER &&
            isRequest(e, 'GET', '/me') &&
            pageUser(e) === 152 &&
            stolen.includes(sentSessionCookie(world, e) ?? ''),
        );
      },
      nudge: (world, start) => {
        const received = receivedSince(world, start);
        const mine = exchangesSince(world, start).filter((e) => e.visitorId === ATTACKER);
        if (mine.some((e) => isRequest(e, 'GET', '/me') && pageUser(e) !== 152) && received.length)
          return 'own-cookie';
        if (received.some((r) => r.visitorId === CHROME)) return null;
        const planted = (world.server.reviews ?? []).some((r) =>
          readMarkup(r.text).runs.some((run) => run.readsCookie && run.sendsTo),
        );
        if (planted) return 'wait-for-mina';
        const ran = mine.some((e) => isRequest(e, 'POST', '/reviews') && e.response.status === 200);
        return ran ? 'not-understood' : null;
      },
      hints: 3,
      solution: [
        post('/reviews', { review: PAYLOAD }, ATTACKER),
        get('/reviews'),
        { type: 'copy-cookie', from: CHROME, to: ATTACKER, name: 'connect.sid' },
        get('/me', ATTACKER),
      ],
    },
    {
      // HttpOnly: the script still runs, but document.cookie no longer shows the session.
      id: 'xss-httponly-stops-theft',
      after: 'xss-hijack',
      setup: [],
      visitor: CHROME,
      goal: (world, start) => {
        if (escaping(world) || loggedInUser(world, CHROME) !== 152) return false;
        const fromMina = receivedSince(world, start).filter((r) => r.visitorId === CHROME);
        const last = fromMina.at(-1);
        return (
          last !== undefined &&
          minaReadReviews(world, start).length > 0 &&
          stolenSessions(world, last).length === 0 &&
          minaCookieHttpOnly(world)
        );
      },
      nudge: (world, start) => {
        if (escaping(world)) return 'code-changed';
        const last = receivedSince(world, start)
          .filter((r) => r.visitorId === CHROME)
          .at(-1);
        if (last && stolenSessions(world, last).length > 0 && world.server.options.cookie.httpOnly)
          return 'old-cookie';
        if (last && loggedInUser(world, CHROME) !== 152) return 'logged-out';
        return null;
      },
      hints: 3,
      solution: [sessionCookie(true), post('/login', MINA), get('/reviews')],
    },
    {
      // Escaping: the review arrives as text, and nothing in it runs.
      id: 'xss-escape-output',
      after: 'xss-hijack',
      setup: [],
      visitor: CHROME,
      goal: (world, start) => {
        const seen = minaReadReviews(world, start).at(-1);
        if (!seen || !escaping(world)) return false;
        const page = JSON.parse(seen.response.body) as { reviews?: { html: string }[] };
        const reviews = page.reviews ?? [];
        // The planted review is still there, shown as text, and nothing in the page runs.
        return (
          reviews.some((r) => r.html.includes('&lt;')) &&
          reviews.every((r) => readMarkup(r.html).runs.length === 0)
        );
      },
      nudge: (world, start) =>
        !escaping(world) &&
        world.server.options.cookie.httpOnly &&
        minaReadReviews(world, start).length
          ? 'still-runs'
          : null,
      hints: 2,
      solution: [{ type: 'set-app', app: { escapeOutput: true } }, get('/reviews')],
    },
  ],
  quiz: [
    choose(
      'xss-what-runs',
      ['img-onerror', 'bold', 'escaped', 'onclick'],
      'img-onerror',
      'xss-payload',
    ),
    choose(
      'xss-httponly-does',
      ['runs-without-cookie', 'nothing-runs', 'still-steals', 'refused'],
      'runs-without-cookie',
      'xss-httponly',
    ),
    choose(
      'xss-escape-does',
      ['shown-as-text', 'removed', 'runs-later', 'cookie-hidden'],
      'shown-as-text',
      'xss-escape',
    ),
    order(
      'xss-attack-order',
      ['plant', 'victim-opens', 'browser-sends', 'thief-uses'],
      'xss-victim',
    ),
    spotHeader(
      'xss-evil-request',
      [
        'GET /?c=connect.sid=s%3AkP9w… HTTP/1.1',
        'Host: evil.example',
        'Referer: https://shop.example/',
        'Cookie: connect.sid=s%3AkP9w…',
        'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/142.0.0.0',
      ],
      3,
      'xss-victim',
    ),
  ],
};
