/**
 * A session engine: everything a framework does around the app's routes to give them
 * `req.session` — read the cookie, check it, load the session from the store, and, as the
 * response leaves, save or touch it and send Set-Cookie. The shop's routes see only
 * `AppSession`, so another engine (another store, another framework) fits without touching them.
 */
import type { WireRequest } from '../../http/wire';
import type { TraceStep } from '../../trace';
import type { GuestBook, SessionData } from '../guest-book';
import type { SessionOptions } from '../options';

export interface RequestContext {
  /** Simulated epoch ms. */
  now: number;
  /** The visitor's address as the server's socket sees it. */
  remoteIp: string;
  /** Makes session IDs; tests pass a predictable one to compare with a real server. */
  newId?: () => string;
}

/** `req.session` as the routes use it. */
export interface AppSession {
  readonly id: string;
  /** The app's data, changed in place like `req.session.userId = 152`. */
  readonly data: SessionData;
  /** A new ID and an empty session; the old one is deleted from the store. */
  regenerate(): Promise<void>;
  /** Deletes the session from the store; it is not saved again and no cookie is sent for it. */
  destroy(): void;
}

/** What the framework's response object offers the routes for the session cookie. */
export interface SessionResponse {
  /** `res.clearCookie(name, { path })`: an expired, empty cookie that makes the browser forget it. */
  clearSessionCookie(): void;
}

export interface EngineResult<T> {
  guestBook: GuestBook;
  /** Set-Cookie lines the routes asked for (`res.clearCookie`), in order. */
  appCookies: string[];
  /** The session cookie the middleware adds as the headers leave, if any. */
  sessionCookie: string | null;
  answer: T;
}

export interface SessionEngine {
  run<T>(
    state: { options: SessionOptions; guestBook: GuestBook },
    req: WireRequest,
    ctx: RequestContext,
    trace: TraceStep[],
    app: (session: AppSession | null, res: SessionResponse) => Promise<T>,
  ): Promise<EngineResult<T>>;
}
