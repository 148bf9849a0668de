/**
 * A session engine: everything a framework does around the app's routes to give them
 * `req.session` — read the cookie, check it, load the session from the store, and, as the
 * response leaves, save or touch it and send Set-Cookie. The shop's routes see only
 * `AppSession`, so another engine (another store, another framework) fits without touching them.
 */
import type { HeaderList, WireRequest } from '../../http/wire';
import type { TraceStep } from '../../trace';
import type { GuestBook, SessionData } from '../guest-book';
import type { SessionOptions } from '../options';
import type { StoreKind } from './session-store';

export interface RequestContext {
  /** Simulated epoch ms. */
  now: number;
  /** The visitor's address as the server's socket sees it. */
  remoteIp: string;
  /** Makes session IDs; tests pass a predictable one to compare with a real server. */
  newId?: () => string;
  /** express-session's store: the process's memory (the default) or a Redis server. */
  store?: StoreKind;
  /** A number in [0, 1) for an engine's chance decisions (PHP's probabilistic GC). */
  random?: () => number;
}

/** The stacks the shop can run on; each has its own engine and its own settings. */
export type EngineName =
  'express-session' | 'php' | 'tomcat' | 'laravel' | 'cookie-session' | 'flask';

export const ENGINE_NAMES: readonly EngineName[] = [
  'express-session',
  'php',
  'tomcat',
  'laravel',
  'cookie-session',
  'flask',
];

/** `req.session` as the routes use it. */
export interface AppSession {
  readonly id: string;
  /** The app's data, changed in place like `req.session.userId = 152`. */
  readonly data: SessionData;
  /**
   * A new ID; the old one is deleted from the store. express-session's regenerate() empties the
   * session, PHP's session_regenerate_id() and Tomcat's changeSessionId() keep its data.
   */
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
  /** Engines whose session travels in several cookies (cookie-session's value and `.sig`). */
  sessionCookies?: string[];
  answer: T;
  /**
   * Engines that write their own headers as the app runs (PHP, Tomcat): the session module's
   * headers in the order they leave, the app's Set-Cookie lines among them.
   */
  headers?: HeaderList;
}

/** `O`: the engine's own settings (express-session's options, PHP's ini, Tomcat's context). */
export interface SessionEngine<O = SessionOptions> {
  run<T>(
    state: { options: O; guestBook: GuestBook },
    req: WireRequest,
    ctx: RequestContext,
    trace: TraceStep[],
    app: (session: AppSession | null, res: SessionResponse) => Promise<T>,
  ): Promise<EngineResult<T>>;
}
