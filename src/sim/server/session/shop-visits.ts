/**
 * One visitor using the shop, for the engines' unit tests (PHP, Tomcat): actions played on a
 * world in order, the page's requests, and what the last answer said.
 */
import { applyAction } from '../../engine';
import { headerValues } from '../../http/wire';
import { inPageTransport } from '../../network/transport';
import { createWorld, type Action, type World } from '../../world';

export async function run(actions: Action[], world: World = createWorld()): Promise<World> {
  for (const a of actions) world = await applyAction(world, a, inPageTransport);
  return world;
}

/** Visitor v1 opens `path`, or posts `form` to it. */
export const visit = (path: string, form?: Record<string, string>): Action => ({
  type: 'request',
  visitorId: 'v1',
  method: form ? 'POST' : 'GET',
  path,
  ...(form ? { form } : {}),
});
export const login = visit('/login', { username: 'mina', password: 'sesame' });
export const last = (w: World) => w.exchanges.at(-1)!;
export const setCookies = (w: World) => headerValues(last(w).response.headers, 'Set-Cookie');
