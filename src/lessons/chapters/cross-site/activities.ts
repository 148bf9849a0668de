/** SameSite and CSRF: its challenges and quiz (loaded after the first paint). */
import { exchangesSince, pageUser, sentSessionCookie, sessionCookieName } from '../../goals';
import { choose, CHROME, get, MINA, order, post, spotHeader } from '../../model';
import type { ChapterActivities } from '../../model';
import type { Exchange, World } from '../../../sim/world';
import { DEFAULT_APP } from '../../../sim/server/shop';
import { cookieWith, evilForm, evilLink, openEvil } from './steps';

/** Chrome's requests started by evil.example since the challenge began. */
const fromEvil = (world: World, start: World) =>
  exchangesSince(world, start).filter(
    (e) =>
      e.visitorId === CHROME &&
      e.request.headers.some(([n, v]) => n === 'Sec-Fetch-Site' && v === 'cross-site'),
  );
const isDest = (e: Exchange, dest: 'document' | 'image') =>
  e.request.headers.some(([n, v]) => n === 'Sec-Fetch-Dest' && v === dest);
const forgedPosts = (world: World, start: World) =>
  fromEvil(world, start).filter((e) => e.request.method === 'POST');
const links = (world: World, start: World) =>
  fromEvil(world, start).filter((e) => e.request.method === 'GET' && isDest(e, 'document'));
/** The session cookie was in the jar but stayed home. */
const heldBack = (world: World, e: Exchange) =>
  e.withheldCookies.some((w) => w.name === sessionCookieName(world));
const tokenOn = (world: World) => (world.server.app ?? DEFAULT_APP).csrfToken === true;
const sameSite = (world: World) => world.server.options.cookie.sameSite;

export const activities: ChapterActivities = {
  challenges: [
    {
      // SameSite=Strict or Lax keeps the cookie home on a cross-site POST; the shop's code stays.
      id: 'forged-form-fails',
      after: 'cross-site-none',
      setup: [],
      visitor: CHROME,
      goal: (world, start) =>
        !tokenOn(world) && forgedPosts(world, start).some((e) => heldBack(world, e)),
      nudge: (world, start) => {
        const last = forgedPosts(world, start).at(-1);
        if (tokenOn(world)) return 'code';
        if (!last || sentSessionCookie(world, last) === null) return null;
        // The option changes the next Set-Cookie; the cookie in the jar keeps its old attribute.
        return sameSite(world) === 'lax' || sameSite(world) === 'strict' ? 'old-cookie' : null;
      },
      hints: 3,
      solution: [cookieWith('strict'), post('/login', MINA), ...openEvil(), evilForm()],
    },
    {
      // Lax: a link from another site is a top-level GET and keeps the login; the POST does not.
      id: 'links-stay',
      after: 'cross-site-none',
      setup: [],
      visitor: CHROME,
      goal: (world, start) =>
        links(world, start).some((e) => pageUser(e) === 152) &&
        forgedPosts(world, start).some((e) => heldBack(world, e)),
      nudge: (world, start) =>
        links(world, start).some(
          (e) =>
            pageUser(e) !== 152 && e.withheldCookies.some((w) => w.reason === 'samesite-strict'),
        )
          ? 'strict'
          : null,
      hints: 3,
      solution: [
        cookieWith('lax'),
        post('/login', MINA),
        ...openEvil(),
        evilLink(),
        ...openEvil(),
        evilForm(),
      ],
    },
    {
      // The cookie still goes (SameSite=None), but the forged form cannot know the token: 403.
      id: 'token-stops',
      after: 'cross-site-none',
      setup: [],
      visitor: CHROME,
      goal: (world, start) =>
        tokenOn(world) &&
        sameSite(world) === 'none' &&
        forgedPosts(world, start).some(
          (e) => sentSessionCookie(world, e) !== null && e.response.status === 403,
        ),
      nudge: (world) => (sameSite(world) !== 'none' ? 'samesite' : null),
      hints: 2,
      solution: [
        { type: 'set-app', app: { csrfToken: true } },
        get('/me'),
        ...openEvil(),
        evilForm(),
      ],
    },
  ],
  quiz: [
    choose(
      'cross-site-what',
      ['forged', 'stolen', 'guessed', 'script'],
      'forged',
      'cross-site-form',
    ),
    choose('cross-site-lax', ['link', 'form', 'image', 'none'], 'link', 'cross-site-evil'),
    choose(
      'cross-site-token-why',
      ['cannot-read', 'encrypted', 'cookie', 'secret-url'],
      'cannot-read',
      'cross-site-token',
    ),
    order('cross-site-attack', ['login', 'visit', 'submit', 'cookie', 'cart'], 'cross-site-form'),
    spotHeader(
      'cross-site-strict-request',
      [
        'POST /cart HTTP/1.1',
        'Host: shop.example',
        'Origin: https://evil.example',
        'Sec-Fetch-Site: cross-site',
        'Cookie: connect.sid=s%3AkP9w…',
      ],
      4,
      'cross-site-none',
    ),
  ],
};
