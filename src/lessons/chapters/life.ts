/** One visitor's life, from the first request to logout. */
import { get, MINA, post, step, wait, type Chapter } from '../model';

export const life: Chapter = {
  id: 'life',
  steps: [
    step('welcome', [], ['shop', 'guest-book']),
    step('first-visit', [get('/')], ['request', 'trace']),
    step('row-created', [], ['guest-book']),
    step('set-cookie', [], ['response']),
    step('jar-stores', [], ['jar']),
    step('cookie-returns', [wait(3), get('/')], ['request']),
    step('last-activity', [], ['guest-book', 'trace']),
    step('login', [wait(1), post('/login', MINA)], ['trace', 'guest-book', 'response']),
    step('me', [wait(2), get('/me')], ['shop', 'trace']),
    step('idle', [wait(31)], ['clock', 'jar']),
    step('expired', [get('/me')], ['request', 'shop', 'guest-book']),
    // MemoryStore drops an expired session only when it reads it; all() reads every one.
    step('lazy-expiry', [{ type: 'collect-garbage' }], ['guest-book', 'clock']),
    step('login-again', [post('/login', MINA)], ['guest-book', 'jar']),
    step('logout', [wait(2), post('/logout')], ['trace', 'response', 'guest-book', 'jar']),
    step('after-logout', [get('/me')], ['request', 'shop']),
  ],
  challenges: [],
};
