/**
 * The session middleware's options, with express-session's names and meanings. Nothing here
 * exists only in the simulator: every field is an express-session option, so the code panel
 * can show all of them.
 */
export interface SessionOptions {
  /**
   * Signs the session ID cookie. Never leaves the server. An array rotates secrets: the first
   * signs, every one is tried when checking.
   */
  secret: string | string[];
  /** Cookie name; express-session's default is `connect.sid`. */
  name: string;
  /** Save the session back to the store on every request, even when unchanged. */
  resave: boolean;
  /** Store (and send a cookie for) a new session nobody wrote anything into. */
  saveUninitialized: boolean;
  /** Send Set-Cookie on every response of a known session, restarting the maxAge countdown. */
  rolling: boolean;
  cookie: CookieOptions;
}

export type SameSiteOption = 'strict' | 'lax' | 'none';

export interface CookieOptions {
  /** The middleware runs only for request paths under this path, and the cookie is scoped to it. */
  path: string;
  httpOnly: boolean;
  /** `'auto'`: Secure when the request came over HTTPS. */
  secure: boolean | 'auto';
  sameSite?: SameSiteOption;
  /** Unset: a browser-session ("memory") cookie with no Expires, and a session that never expires. */
  maxAge?: number;
  domain?: string;
  partitioned?: boolean;
  priority?: 'low' | 'medium' | 'high';
}

const MINUTE = 60_000;

/** How long the shop lets a visitor stay idle: the cookie's maxAge, renewed by `rolling`. */
export const SHOP_IDLE_MS = 30 * MINUTE;

/**
 * The shop's express-session set-up: an idle timeout of 30 minutes is `cookie.maxAge` renewed
 * on every response (`rolling`). express-session's own defaults differ: `resave` is true
 * (deprecated when left out), `saveUninitialized` true, `rolling` false and no maxAge, which
 * means a session that never expires.
 */
export function defaultOptions(secret: string): SessionOptions {
  return {
    secret,
    name: 'connect.sid',
    resave: false,
    saveUninitialized: true,
    rolling: true,
    cookie: { path: '/', httpOnly: true, secure: false, maxAge: SHOP_IDLE_MS },
  };
}

/** The secret that signs new cookies. */
export const signingSecret = (o: SessionOptions): string =>
  Array.isArray(o.secret) ? (o.secret[0] ?? '') : o.secret;

/** Every secret a cookie may have been signed with. */
export const verifyingSecrets = (o: SessionOptions): string[] =>
  Array.isArray(o.secret) ? o.secret : [o.secret];
