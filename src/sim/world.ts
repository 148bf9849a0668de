/**
 * The simulated world: the clock, the server with its guest book, the visitors and the
 * exchanges between them. A world is plain data, so every lesson step keeps an exact
 * snapshot; `engine.ts` computes the next world from an action. This module stays light
 * (no cookie library) so the first screen can draw a world before the engine loads.
 */
import { LESSON_START } from './clock';
import type { WireRequest, WireResponse } from './http/wire';
import type { CookieRefusal, WithheldCookie } from './browser/cookie-jar';
import { newVisitor, type BrowserName, type Visitor } from './browser/visitor';
import type { TransportKind } from './network/transport';
import { NO_CHANGE, type GuestBookDiff } from './server/guest-book';
import { defaultOptions, type SessionOptions } from './server/options';
import { newSecret } from './server/session-id';
import type { ClusterMode, ClusterState } from './server/cluster';
import type { ServerState, ShopAppChoices } from './server/shop';
import type { EngineName } from './server/session/engine';
import type { PhpSettings } from './server/session/php-session';
import type { TomcatSettings } from './server/session/tomcat-file';
import type { LaravelSettings } from './server/session/laravel-file';
import type { FlaskSettings } from './server/session/flask-file';
import type { TraceStep } from './trace';
import type { EvilRequest } from './browser/page-scripts';

export interface Exchange {
  id: number;
  visitorId: string;
  /** Simulated epoch ms when the request left. */
  at: number;
  request: WireRequest;
  response: WireResponse;
  trace: TraceStep[];
  diff: GuestBookDiff;
  transport: TransportKind;
  /** Set-Cookie lines the browser refused, and why (a Secure cookie over http, a bad prefix…). */
  refusedCookies: CookieRefusal[];
  /** Cookies the browser held back from this request, and why (SameSite, Secure over http). */
  withheldCookies: WithheldCookie[];
  /** Which server of the cluster answered (absent with a single server). */
  node?: number;
}

export interface World {
  now: number;
  /** The server's options and its session store (with a cluster in 'central' mode: the shared store). */
  server: ServerState;
  /** Several servers behind a load balancer, or null for one server. */
  cluster: ClusterState | null;
  visitors: Visitor[];
  exchanges: Exchange[];
  /** What the latest action did to the guest book, for the UI's marks. */
  lastDiff: GuestBookDiff;
  nextVisitorNumber: number;
  /** What evil.example's server received, oldest first (absent: nothing yet). */
  evilLog?: EvilRequest[];
}

export type Action =
  | {
      type: 'request';
      visitorId: string;
      method: 'GET' | 'POST';
      path: string;
      form?: Record<string, string>;
      /** Plain http (a link that says http://, e.g. on a café's Wi-Fi page); https when absent. */
      scheme?: 'http';
      /** Started by a page on another site (a forged form, an image, a link), not the shop's own. */
      from?: CrossSite;
      /** A subresource (an `<img>`), not a navigation: the tab stays on the page that asked. */
      subresource?: true;
    }
  /** The visitor's tab shows another site (null: back to the shop); no request reaches the shop. */
  | { type: 'open-site'; visitorId: string; site: CrossSite | null }
  | { type: 'advance-clock'; ms: number }
  | { type: 'add-visitor'; browser: BrowserName }
  | { type: 'remove-visitor'; visitorId: string }
  | { type: 'edit-cookie'; visitorId: string; name: string; value: string }
  /** DevTools' "add cookie": a person types a cookie into this site's jar (Path=/). */
  | { type: 'add-cookie'; visitorId: string; name: string; value: string }
  | { type: 'delete-cookie'; visitorId: string; name: string }
  /** A stolen cookie: the thief's browser gets a copy of the victim's session cookie. */
  | { type: 'copy-cookie'; from: string; to: string; name: string }
  | { type: 'close-browser'; visitorId: string }
  /** The browser's cookie setting: blocked, it sends no cookie and stores none. */
  | { type: 'block-cookies'; visitorId: string; blocked: boolean }
  /** `document.cookie` typed into this browser's Console. */
  | { type: 'run-console'; visitorId: string }
  | { type: 'restart-server' }
  /** Expired rows linger until read: MemoryStore's `all()` reads (and so drops) every expired one. */
  | { type: 'collect-garbage' }
  | { type: 'set-options'; options: Partial<Omit<SessionOptions, 'secret'>> }
  /** A change in the shop's own code (e.g. regenerate on login), deployed at once. */
  | { type: 'set-app'; app: Partial<ShopAppChoices> }
  | { type: 'crowd'; count: number }
  /** Deploys several servers (all sessions start empty), or back to one with `mode: null`. */
  | { type: 'set-cluster'; mode: ClusterMode | null; size?: number }
  /** Another stack serves the shop from the next exchange on: a new server, no sessions yet. */
  | { type: 'set-engine'; engine: EngineName }
  /** php.ini's session settings change; the session files stay. */
  | { type: 'set-php'; settings: Partial<PhpSettings> }
  /** The Tomcat context's session settings change; the sessions stay. */
  | { type: 'set-tomcat'; settings: Partial<TomcatSettings> }
  /** config/session.php changes (lifetime, lottery); the rows stay. */
  | { type: 'set-laravel'; settings: Partial<LaravelSettings> }
  /** The Flask app's session settings change (SESSION_TYPE, permanence, signer). */
  | { type: 'set-flask'; settings: Partial<FlaskSettings> };

/** The other sites a visitor can open; their own servers are not simulated. */
export type CrossSite = 'evil.example';

export const MAX_VISITORS = 6;

export function createWorld(options: Partial<SessionOptions> = {}): World {
  return {
    now: LESSON_START,
    server: { options: { ...defaultOptions(newSecret()), ...options }, guestBook: [] },
    cluster: null,
    visitors: [newVisitor('Chrome', 'v1')],
    exchanges: [],
    lastDiff: NO_CHANGE,
    nextVisitorNumber: 2,
  };
}

export function visitorById(world: World, id: string): Visitor | undefined {
  return world.visitors.find((v) => v.id === id);
}
