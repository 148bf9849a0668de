/** Security: what the cookie proves, and how it is protected. */
import {
  CHROME,
  get,
  MINA,
  post,
  predict,
  step,
  type Chapter,
  choose,
  order,
  spotHeader,
} from '../model';
import { exchangesSince, isRequest, pageUser, sentSessionCookie } from '../goals';

export const security: Chapter = {
  id: 'security',
  steps: [
    step('httponly', [], ['console', 'jar']),
    step(
      'tamper',
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
      predict('tamper-status', 'status', ['200', '401'], '401'),
    ),
    step(
      'stolen',
      [
        { type: 'add-visitor', browser: 'Firefox' },
        { type: 'copy-cookie', from: CHROME, to: 'v4', name: 'connect.sid' },
        get('/me', 'v4'),
      ],
      ['request', 'shop', 'guest-book'],
      'v4',
      predict('stolen-user', 'user', ['152', 'none'], '152'),
    ),
    step(
      'logout-public-pc',
      [post('/logout'), get('/me', 'v4')],
      ['trace', 'shop'],
      'v4',
      predict('logout-public-pc-status', 'status', ['200', '401'], '401'),
    ),
    step(
      'fixation',
      [
        get('/', 'v4'),
        { type: 'copy-cookie', from: 'v4', to: CHROME, name: 'connect.sid' },
        post('/login', MINA),
        get('/me', 'v4'),
      ],
      ['trace', 'guest-book'],
      'v4',
      predict('fixation-status', 'status', ['200', '401'], '401'),
    ),
  ],
  challenges: [
    {
      // Session hijacking by hand: copy the cookie in DevTools, paste it in another browser.
      id: 'steal-without-password',
      after: 'httponly',
      setup: [{ type: 'add-visitor', browser: 'Firefox' }],
      visitor: 'v4',
      goal: (world, start) => {
        const since = exchangesSince(world, start).filter((e) => e.visitorId === 'v4');
        return (
          !since.some((e) => isRequest(e, 'POST', '/login') && e.request.body.includes('mina')) &&
          since.some((e) => isRequest(e, 'GET', '/me') && pageUser(e) === 152)
        );
      },
      nudge: (world, start) =>
        exchangesSince(world, start).some(
          (e) => e.visitorId === 'v4' && isRequest(e, 'POST', '/login'),
        )
          ? 'password'
          : null,
      hints: 3,
      solution: [
        { type: 'copy-cookie', from: CHROME, to: 'v4', name: 'connect.sid' },
        get('/me', 'v4'),
      ],
    },
    {
      id: 'stolen-worthless',
      after: 'stolen',
      setup: [],
      visitor: 'v4',
      goal: (world, start) => {
        const stolen = start.visitors
          .find((v) => v.id === 'v4')
          ?.cookies.find((c) => c.name === world.server.options.name)?.value;
        return exchangesSince(world, start).some(
          (e) =>
            e.visitorId === 'v4' &&
            isRequest(e, 'GET', '/me') &&
            e.response.status === 401 &&
            stolen !== undefined &&
            sentSessionCookie(world, e) === stolen,
        );
      },
      nudge: (world, start) => {
        const before = start.visitors.find((v) => v.id === 'v4')?.cookies;
        const now = world.visitors.find((v) => v.id === 'v4')?.cookies;
        return JSON.stringify(before?.map((c) => c.value)) !==
          JSON.stringify(now?.map((c) => c.value))
          ? 'thief-side'
          : null;
      },
      hints: 2,
      solution: [post('/logout'), get('/me', 'v4')],
    },
  ],
  quiz: [
    choose(
      'security-httponly',
      ['https', 'scripts', 'encrypt', 'other-sites'],
      'scripts',
      'httponly',
    ),
    choose(
      'security-tamper',
      ['new-session', 'error', 'enters', 'blocked'],
      'new-session',
      'tamper',
    ),
    choose(
      'security-stolen',
      ['close-tab', 'clear-own', 'logout', 'new-ip'],
      'logout',
      'logout-public-pc',
    ),
    order('security-fixation', ['get-id', 'plant', 'login', 'renew', 'refused'], 'fixation'),
    spotHeader(
      'security-samesite-none',
      [
        'HTTP/1.1 302 Found',
        'Location: /me',
        'Set-Cookie: theme=dark; Path=/; SameSite=Lax',
        'Set-Cookie: connect.sid=s%3AF4xq…Zs.p2Lw…; Path=/; HttpOnly; SameSite=None',
        'Cache-Control: no-store',
      ],
      3,
      'logout-public-pc',
    ),
  ],
};
