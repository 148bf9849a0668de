/**
 * The same idea everywhere: Mina's login walked on each stack the shop can run on. The cookie's
 * name, the ID's shape, where the session is kept and how the ID is renewed change; the idea
 * (the server remembers, the browser carries a key back) does not, except where the session
 * itself rides in the cookie (Flask's own). A challenge per stack, solved by acting.
 */
import { CHROME, get, MINA, post, step, type ChapterSteps } from '../../model';

const sameLogin = [get('/'), post('/login', MINA)];

export const everywhere: ChapterSteps = {
  id: 'everywhere',
  steps: [
    step(
      'everywhere',
      [
        { type: 'set-cluster', mode: null },
        { type: 'set-engine', engine: 'express-session' },
        ...sameLogin,
      ],
      ['response', 'guest-book'],
    ),
    step(
      'everywhere-php',
      [{ type: 'set-engine', engine: 'php' }, ...sameLogin],
      ['response', 'guest-book'],
    ),
    step(
      'everywhere-tomcat',
      [{ type: 'set-engine', engine: 'tomcat' }, ...sameLogin],
      ['response', 'guest-book'],
    ),
    step(
      'everywhere-laravel',
      [{ type: 'set-engine', engine: 'laravel' }, ...sameLogin],
      ['response', 'guest-book'],
    ),
    step(
      'everywhere-flask',
      [{ type: 'set-engine', engine: 'flask' }, ...sameLogin],
      ['response', 'guest-book'],
    ),
    step(
      'everywhere-flask-files',
      [
        { type: 'set-flask', settings: { sessionType: 'filesystem' } },
        // The signed cookie of the step before would be taken for an ID: Chrome starts clean.
        { type: 'delete-cookie', visitorId: CHROME, name: 'session' },
        ...sameLogin,
      ],
      ['trace', 'guest-book'],
    ),
    step('everywhere-compare', [], ['settings']),
  ],
};
