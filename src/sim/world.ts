/**
 * The simulated world: the clock, the server with its guest book, the visitors and the
 * exchanges between them. A world is plain data; `applyAction` returns a new one, so every
 * lesson step can keep an exact snapshot.
 */
import { MINUTE } from './clock';
import { LESSON_START } from './clock';
import { header, headerValues, type WireRequest, type WireResponse } from './http/wire';
import { dropSessionCookies, editCookieValue, storeSetCookies } from './browser/cookie-jar';
import { buildRequest, newVisitor, type BrowserName, type Visitor } from './browser/visitor';
import type { Transport, TransportKind } from './network/transport';
import { diffGuestBook, NO_CHANGE, type GuestBookDiff, type GuestBookRow } from './server/guest-book';
import { defaultOptions, type SessionOptions } from './server/options';
import { newSecret, newSessionId } from './server/session-id';
import { handleRequest, type ServerState, type ShopPage } from './server/shop';
import type { TraceStep } from './trace';

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
  /** Set-Cookie lines the jar refused (e.g. a Secure cookie over http). */
  rejectedCookies: string[];
}

export interface World {
  now: number;
  server: ServerState;
  visitors: Visitor[];
  exchanges: Exchange[];
  /** What the latest action did to the guest book, for the UI's marks. */
  lastDiff: GuestBookDiff;
  nextVisitorNumber: number;
}

export type Action =
  | { type: 'request'; visitorId: string; method: 'GET' | 'POST'; path: string; form?: Record<string, string> }
  | { type: 'advance-clock'; ms: number }
  | { type: 'add-visitor'; browser: BrowserName }
  | { type: 'remove-visitor'; visitorId: string }
  | { type: 'edit-cookie'; visitorId: string; name: string; value: string }
  | { type: 'close-browser'; visitorId: string }
  | { type: 'restart-server' }
  | { type: 'set-options'; options: Partial<Omit<SessionOptions, 'secret'>> }
  | { type: 'crowd'; count: number };

export const MAX_VISITORS = 6;

export function createWorld(options: Partial<SessionOptions> = {}): World {
  return {
    now: LESSON_START,
    server: { options: { ...defaultOptions(newSecret()), ...options }, guestBook: [] },
    visitors: [newVisitor('Chrome', 'v1')],
    exchanges: [],
    lastDiff: NO_CHANGE,
    nextVisitorNumber: 2,
  };
}

export function visitorById(world: World, id: string): Visitor | undefined {
  return world.visitors.find((v) => v.id === id);
}

function updateVisitor(world: World, id: string, change: (v: Visitor) => Visitor): World {
  return { ...world, visitors: world.visitors.map((v) => (v.id === id ? change(v) : v)) };
}

function parsePage(body: string): ShopPage | null {
  try {
    return JSON.parse(body) as ShopPage;
  } catch {
    return null;
  }
}

async function sendRequest(
  world: World,
  action: Extract<Action, { type: 'request' }>,
  transport: Transport,
): Promise<World> {
  const visitor = visitorById(world, action.visitorId);
  if (!visitor) return world;
  const { request, jar } = buildRequest(visitor, action.method, action.path, action.form, world.now);
  let server = world.server;
  const answer = await transport.deliver(request, async (req) => {
    const reply = await handleRequest(server, req, { now: world.now, remoteIp: visitor.ip });
    server = reply.state;
    return { response: reply.response, trace: reply.trace };
  });
  const { jar: nextJar, rejected } = storeSetCookies(
    jar,
    request.url,
    headerValues(answer.response.headers, 'Set-Cookie'),
    world.now,
  );
  const diff = diffGuestBook(world.server.guestBook, server.guestBook);
  const exchange: Exchange = {
    id: world.exchanges.length + 1,
    visitorId: visitor.id,
    at: world.now,
    request,
    response: answer.response,
    trace: answer.trace,
    diff,
    transport: transport.kind,
    rejectedCookies: rejected,
  };
  const next = updateVisitor(world, visitor.id, (v) => ({
    ...v,
    jar: nextJar,
    page: parsePage(answer.response.body),
    status: answer.response.status,
    path: action.path,
  }));
  return { ...next, server, exchanges: [...world.exchanges, exchange], lastDiff: diff };
}

/** A busy day: many anonymous sessions at once, to show what sessions cost the server. */
function crowdRows(world: World, count: number): GuestBookRow[] {
  const agents = ['Chrome', 'Safari', 'Edge', 'Firefox'] as const;
  return Array.from({ length: count }, (_, i) => {
    const browser = agents[i % agents.length] ?? 'Chrome';
    return {
      id: newSessionId(),
      ip_address: `198.51.100.${(i % 250) + 1}`,
      last_activity: world.now - (i % 29) * MINUTE,
      user_agent: browser,
      user_id: null,
      payload: { cookie: { originalMaxAge: null, expires: null } },
    };
  });
}

export async function applyAction(world: World, action: Action, transport: Transport): Promise<World> {
  const quiet = { ...world, lastDiff: NO_CHANGE };
  switch (action.type) {
    case 'request':
      return sendRequest(world, action, transport);
    case 'advance-clock':
      return { ...quiet, now: world.now + Math.max(0, action.ms) };
    case 'add-visitor': {
      if (world.visitors.length >= MAX_VISITORS) return quiet;
      const visitor = newVisitor(action.browser, `v${world.nextVisitorNumber}`);
      return { ...quiet, visitors: [...world.visitors, visitor], nextVisitorNumber: world.nextVisitorNumber + 1 };
    }
    case 'remove-visitor':
      if (world.visitors.length <= 1) return quiet;
      return { ...quiet, visitors: world.visitors.filter((v) => v.id !== action.visitorId) };
    case 'edit-cookie':
      return updateVisitor(quiet, action.visitorId, (v) => ({
        ...v,
        jar: editCookieValue(v.jar, action.name, action.value),
      }));
    case 'close-browser':
      return updateVisitor(quiet, action.visitorId, (v) => ({
        ...v,
        jar: dropSessionCookies(v.jar),
        page: null,
        status: null,
      }));
    case 'restart-server': {
      // The memory store lives in the process: a restart forgets every session.
      const server = { ...world.server, guestBook: [] };
      return { ...world, server, lastDiff: diffGuestBook(world.server.guestBook, []) };
    }
    case 'set-options':
      return {
        ...quiet,
        server: { ...world.server, options: { ...world.server.options, ...action.options } },
      };
    case 'crowd': {
      const rows = crowdRows(world, Math.max(0, Math.min(action.count, 5000)));
      const guestBook = [...world.server.guestBook, ...rows];
      return {
        ...world,
        server: { ...world.server, guestBook },
        lastDiff: { inserted: rows.map((r) => r.id), updated: [], deleted: [] },
      };
    }
  }
}

/** The cookie value a visitor's latest request carried, for the wire's envelope. */
export function cookieSent(exchange: Exchange): string | undefined {
  return header(exchange.request.headers, 'Cookie');
}
