/** SameSite and CSRF: what the jar sends from evil.example, by the real rules, and the token. */
import { describe, expect, it } from 'vitest';
import { isAction } from '../../sim/actions';
import { CookieJar } from 'tough-cookie';
import { headerValues, SITE_ORIGIN } from '../../sim/http/wire';
import { createWorld, type Action, type World } from '../../sim/world';
import { CHALLENGES } from '../activities';
import { loggedInUser, sentSessionCookie, sessionIdOf } from '../goals';
import { CHROME, get, MINA, post, wait } from '../model';
import { STEPS, stepIndexById } from '../steps';
import {
  cookieWith,
  evilForm,
  evilImage,
  evilLink,
  FORGED_ITEM,
  openEvil,
} from './cross-site/steps';
import { run, worldAfter } from '../replay-for-tests';

const last = (w: World) => w.exchanges.at(-1)!;
const chrome = (w: World) => w.visitors.find((v) => v.id === CHROME)!;
/** The cart of the session Chrome's cookie names now. */
const chromeCart = (w: World) =>
  w.server.guestBook.find((r) => r.id === sessionIdOf(w, CHROME))?.payload.cart ?? [];
const cartOf = (w: World, id: string) => w.server.guestBook.find((r) => r.id === id)?.payload.cart;
const byId = (id: string) => CHALLENGES.find((c) => c.id === id)!;

describe('SameSite and CSRF', () => {
  it('a saved or shared action names only evil.example, and an image only as `subresource: true`', () => {
    for (const action of [...openEvil(), evilForm(), evilLink()])
      expect(isAction(action)).toBe(true);
    expect(isAction({ ...evilForm(), from: 'other.example' })).toBe(false);
    expect(isAction({ ...evilImage(), subresource: false })).toBe(false);
    expect(isAction({ type: 'open-site', visitorId: CHROME, site: null })).toBe(true);
    expect(isAction({ type: 'open-site', visitorId: CHROME, site: 'shop.example' })).toBe(false);
  });

  it('the image from evil.example goes without the cookie in Chrome (Lax by default), and the tab stays there', async () => {
    const world = await worldAfter('cross-site-evil');
    const e = last(world);
    expect(headerValues(e.request.headers, 'Sec-Fetch-Dest')).toEqual(['image']);
    expect(sentSessionCookie(world, e)).toBeNull();
    expect(e.withheldCookies).toEqual([{ name: 'connect.sid', reason: 'samesite-lax-by-default' }]);
    expect(e.response.status).toBe(401);
    expect(chrome(world).site).toBe('evil.example');
    expect(loggedInUser(world, CHROME)).toBe(152);
    const closed = await run(world, [{ type: 'close-browser', visitorId: CHROME }]);
    expect(chrome(closed).site).toBeUndefined();
  });

  it('the forged form rides Chrome’s Lax+POST window with a fresh cookie: the gift card lands in Mina’s cart', async () => {
    const world = await worldAfter('cross-site-form');
    const e = last(world);
    expect(e.request.method).toBe('POST');
    expect(headerValues(e.request.headers, 'Origin')).toEqual(['https://evil.example']);
    expect(sentSessionCookie(world, e)).not.toBeNull();
    expect(loggedInUser(world, CHROME)).toBe(152);
    expect(chromeCart(world)).toEqual([FORGED_ITEM]);
    // A form navigates: the tab now shows the shop's answer.
    expect(chrome(world).site).toBeUndefined();
  });

  it('five minutes later the window is closed: the cookie stays home, and the answer logs Mina out', async () => {
    const before = await worldAfter('cross-site-form');
    const mina = sessionIdOf(before, CHROME)!;
    const world = await run(before, STEPS[stepIndexById('cross-site-later')]!.actions);
    const e = last(world);
    expect(sentSessionCookie(world, e)).toBeNull();
    expect(e.withheldCookies.map((w) => w.reason)).toEqual(['samesite-lax-by-default']);
    expect(cartOf(world, mina)).toEqual([FORGED_ITEM]);
    // The shop answered a stranger with a new session, and a top-level navigation may set a
    // Lax-by-default cookie: Mina's session cookie was replaced, she is logged out in Chrome.
    expect(e.diff.inserted).toHaveLength(1);
    expect(sessionIdOf(world, CHROME)).toBe(e.diff.inserted[0]);
    expect(loggedInUser(world, CHROME)).toBeNull();
  });

  it('SameSite=None (with Secure) sends the cookie with the image and the form', async () => {
    const world = await worldAfter('cross-site-none');
    const [image, form] = world.exchanges.slice(-2);
    expect(chrome(world).cookies.find((c) => c.name === 'connect.sid')).toMatchObject({
      sameSite: 'none',
      secure: true,
    });
    expect(sentSessionCookie(world, image!)).not.toBeNull();
    expect(image!.response.status).toBe(200);
    expect(sentSessionCookie(world, form!)).not.toBeNull();
    // One more gift card in the cart of Mina's session (login carried the stranger's cart over).
    expect(form!.trace).toContainEqual({ kind: 'add-to-cart', item: FORGED_ITEM });
    expect(loggedInUser(world, CHROME)).toBe(152);
  });

  it('the CSRF token: the forged form carries the cookie but no token, and gets 403', async () => {
    const world = await worldAfter('cross-site-token');
    const e = last(world);
    expect(sentSessionCookie(world, e)).not.toBeNull();
    expect(e.response.status).toBe(403);
    expect(e.trace).toContainEqual({ kind: 'check-csrf', ok: false });
    expect(e.trace.some((s) => s.kind === 'add-to-cart')).toBe(false);
    const cart = chromeCart(world);
    // The shop's own page carries the token; sent back with the form, the POST goes through.
    const page = await run(world, [get('/me')]);
    const token = (chrome(page).page as { csrfToken?: string }).csrfToken!;
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    // The trace says where the token came from: made once for the session, then kept.
    const made = world.exchanges.find(
      (x) => x.request.url.endsWith('/me') && x.trace.some((t) => t.kind === 'csrf-token'),
    )!;
    expect(made.trace).toContainEqual({ kind: 'csrf-token', token, made: true });
    expect(last(page).trace).toContainEqual({ kind: 'csrf-token', token, made: false });
    const own = await run(page, [post('/cart', { item: 'apple', _csrf: token })]);
    expect(last(own).response.status).toBe(200);
    expect(chromeCart(own)).toEqual([...cart, 'apple']);
  });

  it('express-session keeps the cookie settings with the session: a changed sameSite needs a new one', async () => {
    const start = await worldAfter('cross-site-none');
    const same = await run(start, [cookieWith('strict'), get('/me')]);
    expect(headerValues(last(same).response.headers, 'Set-Cookie')[0]).toContain('SameSite=None');
    const renewed = await run(start, [cookieWith('strict'), post('/login', MINA)]);
    expect(headerValues(last(renewed).response.headers, 'Set-Cookie')[0]).toContain(
      'SameSite=Strict',
    );
  });

  it('a link from evil.example keeps the login with Lax, loses it with Strict', async () => {
    const start = await worldAfter('cross-site-none');
    const lax = await run(start, [
      cookieWith('lax'),
      post('/login', MINA),
      ...openEvil(),
      evilLink(),
    ]);
    expect(last(lax).response.status).toBe(200);
    const strict = await run(start, [
      cookieWith('strict'),
      post('/login', MINA),
      ...openEvil(),
      evilLink(),
    ]);
    expect(last(strict).response.status).toBe(401);
    expect(last(strict).withheldCookies.map((w) => w.reason)).toEqual(['samesite-strict']);
    // Lax keeps the cookie off the image.
    const image = await run(start, [cookieWith('lax'), post('/login', MINA), evilImage()]);
    expect(sentSessionCookie(image, last(image))).toBeNull();
  });

  it('Firefox (not Lax by default) sends a cookie without SameSite with the forged form, at any age', async () => {
    let world = await worldAfter('cross-site-login');
    world = await run(world, [{ type: 'add-visitor', browser: 'Firefox' }]);
    const firefox = world.visitors.at(-1)!.id;
    world = await run(world, [post('/login', MINA, firefox), wait(29), ...openEvil(firefox)]);
    expect(sentSessionCookie(world, last(world))).not.toBeNull();
    world = await run(world, [evilForm(firefox)]);
    expect(sentSessionCookie(world, last(world))).not.toBeNull();
  });

  it('forged-form-fails: changing the option alone is not enough, the session must be new', async () => {
    const c = byId('forged-form-fails');
    const start = await run(await worldAfter(c.after), c.setup);
    const stale = await run(start, [cookieWith('strict'), get('/me'), ...openEvil(), evilForm()]);
    expect(c.goal(stale, start)).toBe(false);
    expect(c.nudge!(stale, start)).toBe('old-cookie');
    expect(c.goal(await run(start, c.solution), start)).toBe(true);
  });

  it('links-stay: Strict stops the form but also the link, and says so', async () => {
    const c = byId('links-stay');
    const start = await run(await worldAfter(c.after), c.setup);
    const strict = await run(start, [
      cookieWith('strict'),
      post('/login', MINA),
      ...openEvil(),
      evilLink(),
      ...openEvil(),
      evilForm(),
    ]);
    expect(c.goal(strict, start)).toBe(false);
    expect(c.nudge!(strict, start)).toBe('strict');
    expect(c.goal(await run(start, c.solution), start)).toBe(true);
  });

  it('token-stops: SameSite changed instead of the token is a word, not a solve', async () => {
    const c = byId('token-stops');
    const start = await run(await worldAfter(c.after), c.setup);
    const lax = await run(start, [
      cookieWith('lax'),
      post('/login', MINA),
      ...openEvil(),
      evilForm(),
    ]);
    expect(c.goal(lax, start)).toBe(false);
    expect(c.nudge!(lax, start)).toBe('samesite');
    expect(c.goal(await run(start, c.solution), start)).toBe(true);
  });
});

/*
 * The engine gives the jar the right request for each thing evil.example does. Every decision
 * below is the RFC 6265bis table (an image and a form POST are "none" contexts, a link is "lax")
 * and is also asked of a plain tough-cookie jar holding the very Set-Cookie line the shop sent,
 * given that context. A browser that is lax by default treats a cookie without SameSite as Lax.
 * SameSite alone: Firefox's and Safari's third-party cookie partitioning and blocking are not
 * simulated (the About dialog says so).
 */
describe('what evil.example’s requests carry, by RFC 6265bis and by tough-cookie', () => {
  type Kind = 'image' | 'form' | 'link';
  const ACTIONS: Record<Kind, (visitorId: string) => Action> = {
    image: evilImage,
    form: evilForm,
    link: evilLink,
  };
  const CONTEXT: Record<Kind, 'none' | 'lax'> = { image: 'none', form: 'none', link: 'lax' };
  // [SameSite option, browser, kind, sent] — past Chrome's two-minute Lax+POST window.
  const TABLE: ['none' | 'lax' | 'strict' | undefined, 'Chrome' | 'Firefox', Kind, boolean][] = [
    ['none', 'Chrome', 'image', true],
    ['none', 'Chrome', 'form', true],
    ['none', 'Chrome', 'link', true],
    ['lax', 'Chrome', 'image', false],
    ['lax', 'Chrome', 'form', false],
    ['lax', 'Chrome', 'link', true],
    ['strict', 'Chrome', 'image', false],
    ['strict', 'Chrome', 'form', false],
    ['strict', 'Chrome', 'link', false],
    [undefined, 'Chrome', 'image', false],
    [undefined, 'Chrome', 'form', false],
    [undefined, 'Chrome', 'link', true],
    [undefined, 'Firefox', 'image', true],
    [undefined, 'Firefox', 'form', true],
    [undefined, 'Firefox', 'link', true],
    ['strict', 'Firefox', 'link', false],
  ];

  it.each(TABLE)('SameSite %s in %s, the %s: sent %s', async (sameSite, browser, kind, sent) => {
    let world = await run(createWorld(), [{ type: 'add-visitor', browser }, cookieWith(sameSite)]);
    const visitor = world.visitors.at(-1)!.id;
    world = await run(world, [post('/login', MINA, visitor), wait(5), ACTIONS[kind](visitor)]);
    const exchange = last(world);
    expect(sentSessionCookie(world, exchange) !== null).toBe(sent);
    // The same decision from tough-cookie, given the RFC's context for this request.
    const line = headerValues(world.exchanges.at(-2)!.response.headers, 'Set-Cookie')[0]!;
    const laxByDefault = sameSite === undefined && browser === 'Chrome';
    const tough = new CookieJar();
    tough.setCookieSync(laxByDefault ? `${line}; SameSite=Lax` : line, SITE_ORIGIN, { http: true });
    const header = tough.getCookieStringSync(exchange.request.url, {
      sameSiteContext: CONTEXT[kind],
      // The line's Expires is on the simulated clock; tough-cookie would read the real one.
      expire: false,
    });
    expect(header !== '').toBe(sent);
  });
});
