/** The server's options as the express-session code that sets them up, shown beside the form. */
import { MINUTE } from '../../sim/clock';
import type { SessionOptions } from '../../sim/server/options';
import type { StoreKind } from '../../sim/server/session/session-store';
import type { CodeComment } from './php-session-code';

/** A JavaScript string literal in single quotes, whatever the text holds. */
export function jsString(text: string): string {
  const escaped = JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${escaped}'`;
}

/** "ms: 30 minutes", "ms: 7 days", in the student's language. */
const maxAgeComment = (ms: number, c: CodeComment) =>
  ms % (24 * 60 * MINUTE) === 0
    ? c('maxAgeDays', { count: ms / (24 * 60 * MINUTE) })
    : c('maxAgeMinutes', { count: ms / MINUTE });

/** connect-redis's setup, as its readme writes it; the URL comes from the environment. */
const REDIS_SETUP = [
  "const { RedisStore } = require('connect-redis');",
  "const { createClient } = require('redis');",
  '',
  'const redisClient = createClient({ url: process.env.REDIS_URL });',
  'redisClient.connect().catch(console.error);',
];

/**
 * The server's options as the express-session code that would set them up, with comments in the
 * student's language (`c`).
 */
export function expressSessionCode(
  o: SessionOptions,
  c: CodeComment,
  store: StoreKind = 'memory',
): string {
  const redis = store === 'redis';
  const k = o.cookie;
  const cookie = [
    `    path: ${jsString(k.path)},`,
    `    httpOnly: ${k.httpOnly},`,
    `    secure: ${k.secure === 'auto' ? "'auto'" : k.secure},`,
    ...(k.sameSite ? [`    sameSite: ${jsString(k.sameSite)},`] : []),
    ...(k.maxAge !== undefined
      ? [`    maxAge: ${k.maxAge}, // ${maxAgeComment(k.maxAge, c)}`]
      : []),
    ...(k.domain ? [`    domain: ${jsString(k.domain)},`] : []),
    ...(k.partitioned ? ['    partitioned: true,'] : []),
    ...(k.priority ? [`    priority: ${jsString(k.priority)},`] : []),
  ];
  return [
    "const session = require('express-session');",
    ...(redis ? REDIS_SETUP : []),
    '',
    'app.use(session({',
    ...(redis ? ['  store: new RedisStore({ client: redisClient }),'] : []),
    `  secret: process.env.SESSION_SECRET, // ${c('secret')}`,
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
export function loginRouteCode(regenerateOnLogin: boolean, c: CodeComment): string {
  const bind = regenerateOnLogin
    ? [
        `  req.session.regenerate(() => { // ${c('regenerate')}`,
        '    req.session.userId = user.id;',
        "    res.json({ page: 'me', user });",
        '  });',
      ]
    : [
        `  // ${c('noRegenerate')}`,
        '  req.session.userId = user.id;',
        "  res.json({ page: 'me', user });",
      ];
  return [
    "app.post('/login', (req, res) => {",
    `  const user = checkPassword(req.body); // ${c('wrongPassword')}`,
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
