/**
 * The same idea everywhere: Mina's login walked on each stack the shop can run on. The cookie's
 * name, the ID's shape, where the session is kept and how the ID is renewed change; the idea
 * (the server remembers, the browser carries a key back) does not, except where the session
 * itself rides in the cookie (Flask's own). A challenge per stack, solved by acting.
 */
import type { Action } from '../../../sim/world';
import { CHROME, get, MINA, post, step, type ChapterSteps } from '../../model';

const sameLogin = [get('/'), post('/login', MINA)];

/** Chrome forgets the last stack's cookie, so each request shows only the new stack's. */
const forget = (...names: string[]): Action[] =>
  names.map((name) => ({ type: 'delete-cookie', visitorId: CHROME, name }));

export const everywhere: ChapterSteps = {
  id: 'everywhere',
  steps: [
    step(
      'everywhere',
      [
        { type: 'set-cluster', mode: null },
        { type: 'set-engine', engine: 'express-session' },
        ...forget('connect.sid', 'session', 'session.sig'),
        ...sameLogin,
      ],
      ['response', 'guest-book'],
    ),
    step(
      'everywhere-php',
      [{ type: 'set-engine', engine: 'php' }, ...forget('connect.sid'), ...sameLogin],
      ['response', 'guest-book'],
    ),
    step(
      'everywhere-tomcat',
      [{ type: 'set-engine', engine: 'tomcat' }, ...forget('PHPSESSID'), ...sameLogin],
      ['response', 'guest-book'],
    ),
    step(
      'everywhere-laravel',
      [{ type: 'set-engine', engine: 'laravel' }, ...forget('JSESSIONID'), ...sameLogin],
      ['response', 'guest-book'],
    ),
    step(
      'everywhere-flask',
      [{ type: 'set-engine', engine: 'flask' }, ...forget('laravel_session'), ...sameLogin],
      ['response', 'guest-book'],
    ),
    step(
      'everywhere-flask-files',
      [
        { type: 'set-flask', settings: { sessionType: 'filesystem' } },
        // The signed cookie of the step before would be taken for an ID: Chrome starts clean.
        ...forget('session'),
        ...sameLogin,
      ],
      ['trace', 'guest-book'],
    ),
    step('everywhere-compare', [], ['settings']),
  ],
};
