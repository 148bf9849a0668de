/** The server's options as the express-session code that sets them up, shown beside the form. */
import { MINUTE } from '../../sim/clock';
import type { SessionOptions } from '../../sim/server/options';
import type { StoreKind } from '../../sim/server/session/session-store';

/** A JavaScript string literal in single quotes, whatever the text holds. */
export function jsString(text: string): string {
  const escaped = JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${escaped}'`;
}

const MAX_AGE_COMMENT = (ms: number) =>
  ms % (24 * 60 * MINUTE) === 0 ? `${ms / (24 * 60 * MINUTE)} days` : `${ms / MINUTE} minutes`;

/** connect-redis's setup, as its readme writes it; the URL comes from the environment. */
const REDIS_SETUP = [
  "const { RedisStore } = require('connect-redis');",
  "const { createClient } = require('redis');",
  '',
  'const redisClient = createClient({ url: process.env.REDIS_URL });',
  'redisClient.connect().catch(console.error);',
];

/** The server's options as the express-session code that would set them up. */
export function expressSessionCode(o: SessionOptions, store: StoreKind = 'memory'): string {
  const redis = store === 'redis';
  const c = o.cookie;
  const cookie = [
    `    path: ${jsString(c.path)},`,
    `    httpOnly: ${c.httpOnly},`,
    `    secure: ${c.secure === 'auto' ? "'auto'" : c.secure},`,
    ...(c.sameSite ? [`    sameSite: ${jsString(c.sameSite)},`] : []),
    ...(c.maxAge !== undefined
      ? [`    maxAge: ${c.maxAge}, // ms: ${MAX_AGE_COMMENT(c.maxAge)}`]
      : []),
    ...(c.domain ? [`    domain: ${jsString(c.domain)},`] : []),
    ...(c.partitioned ? ['    partitioned: true,'] : []),
    ...(c.priority ? [`    priority: ${jsString(c.priority)},`] : []),
  ];
  return [
    "const session = require('express-session');",
    ...(redis ? REDIS_SETUP : []),
    '',
    'app.use(session({',
    ...(redis ? ['  store: new RedisStore({ client: redisClient }),'] : []),
    '  secret: process.env.SESSION_SECRET, // never in the code, never sent',
    `  name: ${jsString(o.name)},`,
    `  resave: ${o.resave},`,
    `  saveUninitialized: ${o.saveUninitialized},`,
    `  rolling: ${o.rolling},`,
    '  cookie: {',
    ...cookie,
    '  },',
    '}));',
  ].join('\n');
}

/** The shop's login route as an express app writes it, with or without renewing the ID. */
export function loginRouteCode(regenerateOnLogin: boolean): string {
  const bind = regenerateOnLogin
    ? [
        '  req.session.regenerate(() => { // a new session ID at login',
        '    req.session.userId = user.id;',
        "    res.json({ page: 'me', user });",
        '  });',
      ]
    : [
        '  // no regenerate(): the ID the browser came with stays',
        '  req.session.userId = user.id;',
        "  res.json({ page: 'me', user });",
      ];
  return [
    "app.post('/login', (req, res) => {",
    '  const user = checkPassword(req.body); // 401 when wrong',
    ...bind,
    '});',
  ].join('\n');
}

/** A cookie name must be an HTTP token (RFC 6265 → RFC 7230). */
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,64}$/;

/**
 * A name express-session can use: an HTTP token, and not a property every JavaScript object
 * has (`constructor`, `__proto__`…), which makes express-session 1.19 fail on every request.
 */
export const isUsableCookieName = (name: string) =>
  COOKIE_NAME.test(name) && !(name in Object.prototype);
