/**
 * Cookie store vs session ID, weighed: a visitor's requests as they went (the data in the
 * cookie) beside the same requests replayed, at the same times, on the shop with express-session
 * (only an ID in the cookie). Both sides are real simulated requests, measured as on the wire.
 */
import { applyAction } from './engine';
import { byteLength, requestText, type WireRequest } from './http/wire';
import { newVisitor, type Visitor } from './browser/visitor';
import { inPageTransport } from './network/transport';
import { createWorld, type Action, type Exchange } from './world';

export interface RequestWeight {
  method: string;
  path: string;
  /** The request's bytes as it was sent (head and body). */
  sent: number;
  /** The bytes of the same request on express-session. */
  withSessionId: number;
}

const formOf = (req: WireRequest): Record<string, string> | undefined =>
  req.method === 'POST' ? Object.fromEntries(new URLSearchParams(req.body)) : undefined;

/**
 * Replays already done, by the browser and the exchanges replayed: a replay draws new random
 * session IDs (whose escaped signatures vary in length), so a request weighed once keeps its
 * weight as the list grows, rather than changing a little at every step.
 */
const replayed = new Map<
  string,
  { world: ReturnType<typeof createWorld>; weight: RequestWeight }
>();
const REPLAYS_KEPT = 500;

/** Replays `exchanges` (one visitor's, in order) on a new express-session shop and weighs both. */
export async function weighAgainstSessionId(
  exchanges: Exchange[],
  visitor: Pick<Visitor, 'browser'>,
): Promise<RequestWeight[]> {
  let world = createWorld();
  world = { ...world, visitors: [newVisitor(visitor.browser, 'v1')] };
  const weights: RequestWeight[] = [];
  let now = exchanges[0]?.at ?? world.now;
  world = { ...world, now };
  let key = visitor.browser;
  for (const e of exchanges) {
    key += `\n${e.id}@${e.at} ${e.request.method} ${e.request.url} ${e.request.body}`;
    const known = replayed.get(key);
    if (known) {
      ({ world } = known);
      now = e.at;
      weights.push(known.weight);
      continue;
    }
    const wait: Action = { type: 'advance-clock', ms: Math.max(0, e.at - now) };
    now = e.at;
    const url = new URL(e.request.url);
    const request: Action = {
      type: 'request',
      visitorId: 'v1',
      method: e.request.method,
      path: url.pathname + url.search,
      ...(formOf(e.request) ? { form: formOf(e.request) } : {}),
    };
    world = await applyAction(
      await applyAction(world, wait, inPageTransport),
      request,
      inPageTransport,
    );
    const weight: RequestWeight = {
      method: e.request.method,
      path: url.pathname,
      sent: byteLength(requestText(e.request)),
      withSessionId: byteLength(requestText(world.exchanges.at(-1)!.request)),
    };
    if (replayed.size >= REPLAYS_KEPT) replayed.clear();
    replayed.set(key, { world, weight });
    weights.push(weight);
  }
  return weights;
}
