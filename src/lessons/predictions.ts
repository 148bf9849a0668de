/**
 * Predict, then reveal: what a step's prediction asks, read off the worlds before and after the
 * step. The lesson's data states each answer; a test holds it to this reading of the world.
 */
import { cookiesInAddress } from '../sim/browser/page-scripts';
import type { World } from '../sim/world';
import { pageUser, sentSessionCookie, sessionCookieName } from './goals';
import type { Prediction } from './model';
import { STEPS } from './steps';

/** The steps that ask for a prediction, in lesson order. */
export const PREDICTED = STEPS.filter((s) => s.predict).map((s) => s.predict!);

/** What actually happened, as one of the prediction's option IDs (or a value outside them). */
export function outcome(prediction: Prediction, before: World, after: World): string {
  if (prediction.asks === 'guest-book') {
    const was = new Set(before.server.guestBook.map((r) => r.id));
    const is = new Set(after.server.guestBook.map((r) => r.id));
    const added = [...is].some((id) => !was.has(id));
    const removed = [...was].some((id) => !is.has(id));
    return added && removed ? 'replaced' : added ? 'added' : removed ? 'removed' : 'same';
  }
  if (prediction.asks === 'stolen') {
    const received = (after.evilLog ?? []).slice(before.evilLog?.length ?? 0);
    const name = sessionCookieName(after);
    return received.some((r) => cookiesInAddress(r.url).some((c) => c.name === name))
      ? 'yes'
      : 'no';
  }
  const exchange = after.exchanges.slice(before.exchanges.length).at(-1);
  if (!exchange) return 'none';
  switch (prediction.asks) {
    case 'status':
      return String(exchange.response.status);
    case 'cookie-sent':
      return sentSessionCookie(after, exchange) === null ? 'no' : 'yes';
    case 'set-cookie': {
      const name = `${sessionCookieName(after)}=`;
      const sets = exchange.response.headers.some(
        ([n, v]) => n.toLowerCase() === 'set-cookie' && v.startsWith(name),
      );
      return sets ? 'yes' : 'no';
    }
    case 'user':
      return String(pageUser(exchange) ?? 'none');
  }
}
