import { describe, expect, it } from 'vitest';
import { LESSON_START, MINUTE } from '../clock';
import {
  cookieHeaderFor,
  dropSessionCookies,
  editCookieValue,
  listCookies,
  scriptVisibleCookies,
  storeSetCookies,
} from './cookie-jar';

const URL_ = 'https://shop.example/';

describe('cookie jar', () => {
  it('stores a Set-Cookie and sends it back in the Cookie header', () => {
    const { jar } = storeSetCookies(
      null,
      URL_,
      ['connect.sid=s%3Aabc.def; Path=/; HttpOnly'],
      LESSON_START,
    );
    expect(cookieHeaderFor(jar, 'https://shop.example/me', LESSON_START).header).toBe(
      'connect.sid=s%3Aabc.def',
    );
    expect(cookieHeaderFor(jar, 'https://other.example/', LESSON_START).header).toBe('');
    expect(listCookies(jar, LESSON_START)).toMatchObject([
      {
        name: 'connect.sid',
        domain: 'shop.example',
        path: '/',
        httpOnly: true,
        secure: false,
        expires: null,
      },
    ]);
  });

  it('hides HttpOnly cookies from scripts', () => {
    const { jar } = storeSetCookies(
      null,
      URL_,
      ['connect.sid=s%3Aabc.def; Path=/; HttpOnly', 'theme=dark; Path=/'],
      LESSON_START,
    );
    expect(scriptVisibleCookies(jar, URL_, LESSON_START)).toBe('theme=dark');
  });

  it('forgets a persistent cookie at its Expires on the simulated clock', () => {
    const { jar } = storeSetCookies(
      null,
      URL_,
      ['id=1; Path=/; Expires=Mon, 02 Mar 2026 01:00:00 GMT'],
      LESSON_START,
    );
    expect(cookieHeaderFor(jar, URL_, LESSON_START + 59 * MINUTE).header).toBe('id=1');
    expect(cookieHeaderFor(jar, URL_, LESSON_START + 60 * MINUTE).header).toBe('');
  });

  it('removes the cookie when the server overwrites it with an expired one (logout)', () => {
    const { jar } = storeSetCookies(
      null,
      URL_,
      ['connect.sid=s%3Aabc.def; Path=/; HttpOnly'],
      LESSON_START,
    );
    const { jar: after } = storeSetCookies(
      jar,
      URL_,
      ['connect.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT'],
      LESSON_START,
    );
    expect(listCookies(after, LESSON_START)).toEqual([]);
  });

  it('refuses a Secure cookie from an insecure page', () => {
    const { rejected, jar } = storeSetCookies(
      null,
      'http://shop.example/',
      ['a=1; Secure'],
      LESSON_START,
    );
    expect(rejected).toEqual(['a=1; Secure']);
    expect(listCookies(jar, LESSON_START)).toEqual([]);
  });

  it('closing the browser drops memory cookies and keeps persistent ones', () => {
    const { jar } = storeSetCookies(
      null,
      URL_,
      ['sid=1; Path=/', 'remember=1; Path=/; Expires=Tue, 03 Mar 2026 00:00:00 GMT'],
      LESSON_START,
    );
    expect(listCookies(dropSessionCookies(jar), LESSON_START).map((c) => c.name)).toEqual([
      'remember',
    ]);
  });

  it('lets a person edit a cookie value, as DevTools does', () => {
    const { jar } = storeSetCookies(
      null,
      URL_,
      ['connect.sid=s%3Aabc.def; Path=/; HttpOnly'],
      LESSON_START,
    );
    const edited = editCookieValue(jar, 'connect.sid', 's%3Aabc.forged');
    expect(cookieHeaderFor(edited, URL_, LESSON_START).header).toBe('connect.sid=s%3Aabc.forged');
  });
});
