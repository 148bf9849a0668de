/**
 * A CSRF token in the shop's forms: the synchronizer token pattern as the npm package csrf-sync
 * implements it for express-session. The token lives in the session (`req.session.csrfToken`,
 * made once per session, as csrf-sync's generateToken does), every page's forms send it back as
 * `_csrf`, and a POST whose token is missing or not the session's own gets 403 before any route
 * runs. A page on another site can make the browser send the cookie, but it cannot read the
 * shop's pages, so it cannot know the token.
 */
import type { WireRequest } from '../http/wire';
import type { TraceStep } from '../trace';
import type { SessionData } from './guest-book';
import type { AppSession } from './session/engine';
import type { PublicUser, ShopPage } from './shop';
import { userById } from './users';

/** The session as the shop's code keeps it, with the token beside the user and the cart. */
type ShopSession = SessionData & { csrfToken?: string };

/** 32 random bytes in hex: csrf-sync's randomBytes(size).toString('hex') with `size: 32`. */
function newCsrfToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The token a shop page's forms carry, when the shop has the CSRF token on. */
export function csrfTokenOf(page: ShopPage | null): string | undefined {
  const token = (page as { csrfToken?: unknown } | null)?.csrfToken;
  return typeof token === 'string' ? token : undefined;
}

function publicUser(id: number | undefined): PublicUser | null {
  const user = id === undefined ? undefined : userById(id);
  return user ? { id: user.id, name: user.displayName } : null;
}

/** The 403 in the routes' own shape (it changes nothing the routes would report). */
interface Refused {
  status: number;
  page: ShopPage;
  reviews?: undefined;
}

/**
 * Runs the shop's routes behind the token check when `on`, and puts the session's token into
 * every page it answers (no token for a session the route destroyed, at logout).
 */
export async function withCsrfToken<A extends { status: number; page: ShopPage }>(
  on: boolean,
  req: WireRequest,
  session: AppSession | null,
  trace: TraceStep[],
  routes: () => Promise<A>,
): Promise<A | Refused> {
  if (!on) return routes();
  const data = session?.data as ShopSession | undefined;
  if (req.method === 'POST') {
    const sent = new URLSearchParams(req.body).get('_csrf');
    const ok = typeof data?.csrfToken === 'string' && sent === data.csrfToken;
    trace.push({ kind: 'check-csrf', ok });
    if (!ok) return { status: 403, page: { page: 'csrf-refused', user: publicUser(data?.userId) } };
  }
  const answer = await routes();
  const loggedOut = answer.page.page === 'home' && answer.page.loggedOut === true;
  if (!session || loggedOut) return answer;
  // regenerate() at login empties the session: the new one gets a token of its own.
  const fresh = session.data as ShopSession;
  const made = fresh.csrfToken === undefined;
  fresh.csrfToken ??= newCsrfToken();
  trace.push({ kind: 'csrf-token', token: fresh.csrfToken, made });
  return { ...answer, page: { ...answer.page, csrfToken: fresh.csrfToken } };
}
