/** Computes the next world from an action: the only place the world changes. */
import { MINUTE } from './clock';
import { headerValues, SITE_ORIGIN, type HeaderList, type WireRequest } from './http/wire';
import {
  cookieHeaderFor,
  deleteCookie,
  dropSessionCookies,
  editCookieValue,
  listCookies,
  storeSetCookies,
  BROWSER_POLICIES,
  type MaybeJar,
  type WithheldCookie,
} from './browser/cookie-jar';
import {
  BROWSER_IDENTITIES,
  BROWSER_NAMES,
  documentCookie,
  newVisitor,
  type Visitor,
} from './browser/visitor';
import type { Transport } from './network/transport';
import { newCluster, pickServer, storeOf, writeBack } from './server/cluster';
import {
  diffGuestBook,
  isExpired,
  NO_CHANGE,
  type GuestBook,
  type GuestBookRow,
} from './server/guest-book';
import { MAX_CROWD } from './server/limits';
import { newSessionId } from './server/session-id';
import type { SessionOptions } from './server/options';
import { newCookie } from './server/session/express-session';
import { redisAt, redisTtl, type StoreKind } from './server/session/session-store';
import { collectPhpGarbage, PHP_DEFAULTS, phpCrowd } from './server/session/php-session';
import { TOMCAT_DEFAULTS, tomcatCrowd } from './server/session/tomcat-session';
import {
  collectLaravelGarbage,
  LARAVEL_DEFAULTS,
  laravelCrowd,
  withLifetime,
} from './server/session/laravel-session';
import { FLASK_DEFAULTS, flaskCrowd } from './server/session/flask-session';
import { DEFAULT_APP, handleRequest, type ShopPage } from './server/shop';
import { renderReviewPage } from './browser/page-scripts';
import {
  MAX_VISITORS,
  visitorById,
  type Action,
  type CrossSite,
  type Exchange,
  type World,
} from './world';

/** Builds the request a browser sends; the jar decides the Cookie header, as a browser would. */
export function buildRequest(
  visitor: Visitor,
  method: WireRequest['method'],
  path: string,
  form: Record<string, string> | undefined,
  now: number,
  scheme?: 'http',
  from?: CrossSite,
  subresource?: boolean,
): { request: WireRequest; jar: MaybeJar; withheld: WithheldCookie[] } {
  // A plain-http link reaches the same shop; the jar then holds back its Secure cookies.
  const url = (scheme === 'http' ? SITE_ORIGIN.replace(/^https:/, 'http:') : SITE_ORIGIN) + path;
  // The student acts in the shop itself: a same-site, top-level request, judged by this
  // browser's own rules (Chrome and Edge treat a cookie without SameSite as Lax).
  const {
    header: cookie,
    jar,
    withheld,
  } = cookieHeaderFor(visitor.jar, url, now, {
    policy: BROWSER_POLICIES[visitor.browser],
    // A page on another site: a cross-site request, top-level unless it is an <img>.
    ...(from && { initiator: `https://${from}/`, topLevel: !subresource, method }),
  });
  const body = form ? new URLSearchParams(form).toString() : '';
  const headers: HeaderList = [
    ['Host', new URL(SITE_ORIGIN).host],
    ['User-Agent', visitor.userAgent],
    ['Accept', method === 'GET' ? 'application/json' : '*/*'],
  ];
  if (method === 'POST') {
    headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
    headers.push(['Content-Length', String(new TextEncoder().encode(body).length)]);
  }
  // From a page on another site, as browsers send it: the Referer is its origin only
  // (strict-origin-when-cross-origin), a form POST says its Origin, and Fetch Metadata says
  // cross-site and what the response is for.
  if (from) {
    headers.push(['Referer', `https://${from}/`]);
    if (method === 'POST') headers.push(['Origin', `https://${from}`]);
    headers.push(['Sec-Fetch-Site', 'cross-site']);
    headers.push(['Sec-Fetch-Dest', subresource ? 'image' : 'document']);
  }
  if (cookie) headers.push(['Cookie', cookie]);
  return { request: { method, url, headers, body }, jar, withheld };
}

function withJar(visitor: Visitor, jar: MaybeJar, now: number): Visitor {
  return { ...visitor, jar, cookies: listCookies(jar, now) };
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
  // A browser that blocks cookies sends none, as if its jar were empty, and keeps none.
  const blocked = visitor.cookiesBlocked === true;
  const { request, jar, withheld } = buildRequest(
    blocked ? { ...visitor, jar: null } : visitor,
    action.method,
    action.path,
    action.form,
    world.now,
    action.scheme,
    action.from,
    action.subresource,
  );
  // With a cluster, the load balancer picks the server, and that server's store is used.
  const picked = world.cluster ? pickServer(world.cluster, visitor.id) : null;
  const before: GuestBook = picked
    ? storeOf(picked.cluster, picked.index, world.server.guestBook)
    : world.server.guestBook;
  let after = before;
  let reviews = world.server.reviews;
  const answer = await transport.deliver(request, async (req) => {
    const reply = await handleRequest({ ...world.server, guestBook: before }, req, {
      now: world.now,
      remoteIp: visitor.ip,
      store: storeKindOf(world),
    });
    after = reply.state.guestBook;
    reviews = reply.state.reviews;
    return { response: reply.response, trace: reply.trace };
  });
  let server = { ...world.server, guestBook: after, ...(reviews && { reviews }) };
  let cluster = world.cluster;
  if (picked) {
    const written = writeBack(picked.cluster, picked.index, after, world.server.guestBook);
    cluster = written.cluster;
    server = { ...world.server, guestBook: written.shared, ...(reviews && { reviews }) };
  }
  const setCookies = headerValues(answer.response.headers, 'Set-Cookie');
  const { jar: nextJar, refusals } = blocked
    ? {
        jar: visitor.jar,
        refusals: setCookies.map((line) => ({ line, reason: 'blocked' as const })),
      }
    : storeSetCookies(jar, request.url, setCookies, world.now, {
        policy: BROWSER_POLICIES[visitor.browser],
        ...(action.from && {
          initiator: `https://${action.from}/`,
          topLevel: !action.subresource,
          method: action.method,
        }),
      });
  const diff = diffGuestBook(before, after);
  const exchange: Exchange = {
    id: world.exchanges.length + 1,
    visitorId: visitor.id,
    at: world.now,
    request,
    response: answer.response,
    trace: answer.trace,
    diff,
    transport: answer.via ?? transport.kind,
    refusedCookies: refusals,
    withheldCookies: withheld,
    ...(picked ? { node: picked.index } : {}),
  };
  // A request refused before the shop ran (413, 431) has no shop page: the browser keeps the
  // page it had, so nothing the student typed is lost, and says what the server answered.
  const page = parsePage(answer.response.body);
  const refused = page === null && answer.response.status >= 400;
  // An image changes only the jar: the tab stays on the page that asked for it. A form or a
  // link from another site navigates the tab to the shop.
  const next = updateVisitor(world, visitor.id, (v) =>
    action.subresource
      ? withJar(v, nextJar, world.now)
      : {
          ...withJar(v, nextJar, world.now),
          page: refused ? v.page : page,
          refused: refused ? answer.response.status : undefined,
          status: answer.response.status,
          path: refused ? v.path : action.path,
          scheme: refused ? v.scheme : action.scheme,
          site: undefined,
        },
  );
  // The browser renders the page it got: a review page's markup may start a script.
  const rendered = renderReviewPage(next, visitor.id);
  return {
    ...rendered,
    server,
    cluster,
    exchanges: [...world.exchanges, exchange],
    lastDiff: diff,
  };
}

/** The central store of a cluster is Redis; otherwise sessions live in the server's memory. */
const storeKindOf = (world: World): StoreKind =>
  world.cluster?.mode === 'central' ? 'redis' : 'memory';

/** A busy day: many anonymous sessions at once, to show what sessions cost the server. */
function crowdRows(
  options: SessionOptions,
  now: number,
  count: number,
  store: StoreKind = 'memory',
): GuestBookRow[] {
  const rows = Array.from({ length: count }, (_, i): GuestBookRow => {
    const seen = now - (i % 29) * MINUTE;
    const cookie = newCookie(options.cookie, seen, true);
    return {
      id: newSessionId(),
      ip_address: `198.51.100.${(i % 250) + 1}`,
      last_activity: seen,
      user_agent: BROWSER_IDENTITIES[BROWSER_NAMES[i % BROWSER_NAMES.length]!].userAgent,
      user_id: null,
      payload: { cookie },
      // Redis: the TTL connect-redis set when that visitor's session was saved.
      ...(store === 'redis' ? { keyExpiresAt: seen + redisTtl(cookie, seen) * 1000 } : {}),
    };
  });
  // Redis no longer holds the key of a visitor whose TTL ran out before now.
  return store === 'redis' ? redisAt(rows, now) : rows;
}

export { MAX_CROWD } from './server/limits';

export async function applyAction(
  world: World,
  action: Action,
  transport: Transport,
): Promise<World> {
  const quiet: World = { ...world, lastDiff: NO_CHANGE };
  switch (action.type) {
    case 'request':
      return sendRequest(world, action, transport);
    case 'advance-clock': {
      const now = world.now + Math.max(0, action.ms);
      // Time passing lets cookies expire in every jar, and Redis drops the keys whose TTL ran out.
      const visitors = world.visitors.map((v) => withJar(v, v.jar, now));
      if (storeKindOf(world) !== 'redis') return { ...quiet, now, visitors };
      const guestBook = redisAt(world.server.guestBook, now);
      return {
        ...quiet,
        now,
        visitors,
        server: { ...world.server, guestBook },
        lastDiff: diffGuestBook(world.server.guestBook, guestBook),
      };
    }
    case 'add-visitor': {
      if (world.visitors.length >= MAX_VISITORS) return quiet;
      const visitor = newVisitor(action.browser, `v${world.nextVisitorNumber}`);
      return {
        ...quiet,
        visitors: [...world.visitors, visitor],
        nextVisitorNumber: world.nextVisitorNumber + 1,
      };
    }
    case 'remove-visitor':
      if (world.visitors.length <= 1) return quiet;
      return { ...quiet, visitors: world.visitors.filter((v) => v.id !== action.visitorId) };
    case 'edit-cookie':
      return updateVisitor(quiet, action.visitorId, (v) =>
        withJar(v, editCookieValue(v.jar, action.name, action.value), world.now),
      );
    case 'add-cookie': {
      // Typed by a person in DevTools: refused like any cookie the jar's rules refuse.
      const line = `${action.name}=${action.value}; Path=/`;
      return updateVisitor(quiet, action.visitorId, (v) =>
        withJar(v, storeSetCookies(v.jar, SITE_ORIGIN + '/', [line], world.now).jar, world.now),
      );
    }
    case 'delete-cookie':
      return updateVisitor(quiet, action.visitorId, (v) =>
        withJar(v, deleteCookie(v.jar, action.name), world.now),
      );
    case 'copy-cookie': {
      const from = visitorById(world, action.from);
      const stolen = from?.cookies.find((c) => c.name === action.name);
      if (!stolen) return quiet;
      const line = `${stolen.name}=${stolen.value}; Path=${stolen.path}${stolen.httpOnly ? '; HttpOnly' : ''}`;
      return updateVisitor(quiet, action.to, (v) =>
        withJar(v, storeSetCookies(v.jar, SITE_ORIGIN + '/', [line], world.now).jar, world.now),
      );
    }
    case 'run-console':
      return updateVisitor(quiet, action.visitorId, (v) => ({
        ...v,
        consoleLog: [...(v.consoleLog ?? []), documentCookie(v.cookies)],
      }));
    case 'block-cookies':
      return updateVisitor(quiet, action.visitorId, (v) => ({
        ...v,
        cookiesBlocked: action.blocked,
      }));
    case 'open-site':
      return updateVisitor(quiet, action.visitorId, (v) => ({
        ...v,
        site: action.site ?? undefined,
      }));
    case 'close-browser':
      return updateVisitor(quiet, action.visitorId, (v) => ({
        ...withJar(v, dropSessionCookies(v.jar), world.now),
        page: null,
        status: null,
        path: '/',
        scheme: undefined,
        // A reopened browser starts on the shop, not on the other site it showed.
        site: undefined,
        closedAfter: world.exchanges.length,
        closes: [...(v.closes ?? []), { at: world.now, after: world.exchanges.length }],
      }));
    case 'restart-server':
      // PHP keeps its sessions in files on disk: they outlive the process.
      if (world.server.engine === 'php') return quiet;
      // Laravel keeps them in its database's `sessions` table.
      if (world.server.engine === 'laravel') return quiet;
      // Flask keeps nothing in the process: its cookie is in the browser, Flask-Session's files on disk.
      if (world.server.engine === 'flask') return quiet;
      // The memory store lives in the process: a restart forgets every session. Redis is a
      // server of its own: the app servers restart, the sessions stay.
      if (storeKindOf(world) === 'redis') return quiet;
      return {
        ...world,
        server: { ...world.server, guestBook: [] },
        cluster: world.cluster && newCluster(world.cluster.mode, world.cluster.memories.length),
        lastDiff: diffGuestBook(world.server.guestBook, []),
      };
    case 'collect-garbage': {
      // PHP: session_gc(), or Debian's sessionclean job, deletes files gc_maxlifetime old.
      if (world.server.engine === 'php') {
        const guestBook = collectPhpGarbage(world.server.guestBook, world.now);
        return {
          ...world,
          server: { ...world.server, guestBook },
          lastDiff: diffGuestBook(world.server.guestBook, guestBook),
        };
      }
      // Laravel: DatabaseSessionHandler::gc() deletes rows whose last_activity is lifetime old.
      if (world.server.engine === 'laravel') {
        const { lifetime } = world.server.laravel ?? LARAVEL_DEFAULTS;
        const guestBook = collectLaravelGarbage(world.server.guestBook, world.now, lifetime);
        return {
          ...world,
          server: { ...world.server, guestBook },
          lastDiff: diffGuestBook(world.server.guestBook, guestBook),
        };
      }
      // Flask-Session: cachelib's _remove_expired() deletes the files past their expiry.
      if (world.server.engine === 'flask') {
        const guestBook = world.server.guestBook.filter((r) => !isExpired(r, world.now));
        return {
          ...world,
          server: { ...world.server, guestBook },
          lastDiff: diffGuestBook(world.server.guestBook, guestBook),
        };
      }
      // Redis has nothing to collect: an expired key is already gone.
      if (storeKindOf(world) === 'redis') return quiet;
      // MemoryStore's all() reads every session, and reading drops the expired ones.
      const keep = (book: GuestBook) => book.filter((r) => !isExpired(r, world.now));
      const guestBook = keep(world.server.guestBook);
      return {
        ...world,
        server: { ...world.server, guestBook },
        cluster: world.cluster && { ...world.cluster, memories: world.cluster.memories.map(keep) },
        lastDiff: diffGuestBook(world.server.guestBook, guestBook),
      };
    }
    case 'set-cluster':
      // A new deployment: every server (and the shared store) starts with no sessions.
      return {
        ...world,
        server: { ...world.server, guestBook: [] },
        cluster: action.mode ? newCluster(action.mode, action.size) : null,
        lastDiff: diffGuestBook(world.server.guestBook, []),
      };
    case 'set-engine': {
      // A new server on another stack: the lesson keeps its place, every store starts empty,
      // the reviews' database too.
      const server = { ...world.server, engine: action.engine, guestBook: [] };
      delete server.reviews;
      return {
        ...world,
        server,
        cluster: world.cluster && newCluster(world.cluster.mode, world.cluster.memories.length),
        lastDiff: diffGuestBook(world.server.guestBook, []),
      };
    }
    case 'set-flask': {
      const flask = { ...(world.server.flask ?? FLASK_DEFAULTS), ...action.settings };
      // Another SESSION_TYPE is another deployment: the files of the old one are not read.
      if (flask.sessionType === (world.server.flask ?? FLASK_DEFAULTS).sessionType) {
        return { ...quiet, server: { ...world.server, flask } };
      }
      return {
        ...world,
        server: { ...world.server, flask, guestBook: [] },
        lastDiff: diffGuestBook(world.server.guestBook, []),
      };
    }
    case 'set-laravel': {
      const laravel = { ...(world.server.laravel ?? LARAVEL_DEFAULTS), ...action.settings };
      // The handler reads lifetime from the config on every request: old rows follow it.
      const guestBook = withLifetime(world.server.guestBook, laravel.lifetime);
      return { ...quiet, server: { ...world.server, laravel, guestBook } };
    }
    case 'set-tomcat':
      return {
        ...quiet,
        server: {
          ...world.server,
          tomcat: { ...(world.server.tomcat ?? TOMCAT_DEFAULTS), ...action.settings },
        },
      };
    case 'set-php':
      return {
        ...quiet,
        server: {
          ...world.server,
          php: { ...(world.server.php ?? PHP_DEFAULTS), ...action.settings },
        },
      };
    case 'set-options':
      return {
        ...quiet,
        server: { ...world.server, options: { ...world.server.options, ...action.options } },
      };
    case 'set-app':
      return {
        ...quiet,
        server: { ...world.server, app: { ...DEFAULT_APP, ...world.server.app, ...action.app } },
      };
    case 'crowd': {
      const count = Math.max(0, Math.min(action.count, MAX_CROWD));
      // Only express-session's central store is Redis, with a TTL on each key; PHP's, Tomcat's
      // and Laravel's shared stores keep a row until their own garbage collection.
      const express = (world.server.engine ?? 'express-session') === 'express-session';
      const keys = express ? storeKindOf(world) : 'memory';
      const expressRows = crowdRows(world.server.options, world.now, count, keys);
      // cookie-session keeps everything in the visitors' cookies: a crowd leaves no row here.
      const rows =
        world.server.engine === 'cookie-session'
          ? []
          : world.server.engine === 'flask'
            ? flaskCrowd(expressRows, world.server.flask ?? FLASK_DEFAULTS)
            : world.server.engine === 'laravel'
              ? laravelCrowd(expressRows, world.server.laravel ?? LARAVEL_DEFAULTS)
              : world.server.engine === 'php'
                ? phpCrowd(expressRows, world.server.php ?? PHP_DEFAULTS)
                : world.server.engine === 'tomcat'
                  ? tomcatCrowd(expressRows, world.server.tomcat ?? TOMCAT_DEFAULTS)
                  : expressRows;
      const lastDiff = { inserted: rows.map((r) => r.id), updated: [], deleted: [] };
      const { cluster } = world;
      if (!cluster || cluster.mode === 'central') {
        return {
          ...world,
          server: { ...world.server, guestBook: [...world.server.guestBook, ...rows] },
          lastDiff,
        };
      }
      // The crowd comes through the load balancer: each new visitor lands on the next server in
      // turn, and replication copies every session to all of them.
      const n = cluster.memories.length;
      const memories = cluster.memories.map((book, i) => [
        ...book,
        ...(cluster.mode === 'replicated'
          ? rows
          : rows.filter((_, j) => (cluster.next + j) % n === i)),
      ]);
      return {
        ...world,
        cluster: { ...cluster, memories, next: (cluster.next + count) % n },
        lastDiff,
      };
    }
  }
}
