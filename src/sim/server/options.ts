/** The session middleware's options, with express-session's names, meanings and defaults. */
export interface SessionOptions {
  /** Signs the session ID cookie. Never leaves the server. */
  secret: string;
  /** Cookie name; express-session's default is `connect.sid`. */
  name: string;
  /** Save the session back to the store on every request, even when unchanged. */
  resave: boolean;
  /** Store (and send a cookie for) a new session nobody wrote anything into. */
  saveUninitialized: boolean;
  /** Send Set-Cookie on every response, renewing the cookie's expiry. */
  rolling: boolean;
  cookie: CookieOptions;
  /**
   * Idle timeout enforced on the server, in ms (OWASP; Laravel's `lifetime`). In express-session
   * itself this comes from `cookie.maxAge` or the store's TTL (connect-redis `ttl`).
   */
  idleTimeoutMs: number;
}

export interface CookieOptions {
  path: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: 'strict' | 'lax' | 'none';
  /** Unset: a browser-session ("memory") cookie with no Expires. */
  maxAge?: number;
}

export function defaultOptions(secret: string): SessionOptions {
  return {
    secret,
    name: 'connect.sid',
    resave: false,
    saveUninitialized: true,
    rolling: false,
    cookie: { path: '/', httpOnly: true, secure: false },
    idleTimeoutMs: 30 * 60_000,
  };
}
