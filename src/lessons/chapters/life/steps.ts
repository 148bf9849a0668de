/** One visitor's life, from the first request to logout. */
import { get, MINA, post, predict, step, wait, CHROME } from '../../model';
import type { ChapterSteps } from '../../model';

export const life: ChapterSteps = {
  id: 'life',
  steps: [
    step('welcome', [], ['shop', 'guest-book']),
    step(
      'first-visit',
      [get('/')],
      ['request', 'trace'],
      CHROME,
      predict('first-visit-row', 'guest-book', ['added', 'same'], 'added'),
    ),
    step('row-created', [], ['guest-book']),
    step('set-cookie', [], ['response']),
    step('jar-stores', [], ['jar']),
    step(
      'cookie-returns',
      [wait(3), get('/')],
      ['request'],
      CHROME,
      predict('cookie-returns-sent', 'cookie-sent', ['yes', 'no'], 'yes'),
    ),
    step('last-activity', [], ['guest-book', 'trace']),
    step(
      'login',
      [wait(1), post('/login', MINA)],
      ['trace', 'guest-book', 'response'],
      CHROME,
      predict('login-row', 'guest-book', ['same', 'replaced', 'added'], 'replaced'),
    ),
    step(
      'me',
      [wait(2), get('/me')],
      ['shop', 'trace'],
      CHROME,
      predict('me-status', 'status', ['200', '401'], '200'),
    ),
    step('idle', [wait(31)], ['clock', 'jar']),
    step(
      'expired',
      [get('/me')],
      ['request', 'shop', 'guest-book'],
      CHROME,
      predict('expired-sent', 'cookie-sent', ['yes', 'no'], 'no'),
    ),
    // MemoryStore drops an expired session only when it reads it; all() reads every one.
    step(
      'lazy-expiry',
      [{ type: 'collect-garbage' }],
      ['guest-book', 'clock'],
      CHROME,
      predict('lazy-expiry-row', 'guest-book', ['removed', 'same'], 'removed'),
    ),
    step('login-again', [post('/login', MINA)], ['guest-book', 'jar']),
    step(
      'logout',
      [wait(2), post('/logout')],
      ['trace', 'response', 'guest-book', 'jar'],
      CHROME,
      predict('logout-row', 'guest-book', ['removed', 'same'], 'removed'),
    ),
    step(
      'after-logout',
      [get('/me')],
      ['request', 'shop'],
      CHROME,
      predict('after-logout-status', 'status', ['200', '401'], '401'),
    ),
  ],
};
