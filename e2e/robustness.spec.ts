/**
 * Issue "Fast, robust and ready to host" — Robustness: what a student notices when they click
 * around at random, type hostile text, tamper with cookies, lose the service worker or reload.
 */
import { isStorableCookieValue } from '../src/sim/browser/cookie-value';
import type { Locator, Page } from '@playwright/test';
import { CHALLENGES } from '../src/lessons/activities';
import { STEPS, stepIndexById } from '../src/lessons/steps';
import { SERVER_NAMES } from '../src/sim/server/cluster';
import type { World } from '../src/sim/world';
import {
  atRest,
  expect,
  expectStep,
  forgiveWorkerUpdateRace,
  guestBook,
  jar,
  nextStep,
  openLesson,
  requestEnvelope,
  responseEnvelope,
  test,
} from './fixtures';

// Tracing every one of the random walk's 500+ actions makes it four times slower; the walk's
// seed (printed, WALK_SEED) and the other tests' plain steps reproduce a failure instead.
test.use({ trace: 'off' });

const worldOf = (page: Page): Promise<World> => page.evaluate(() => window.guestbook!.world());

/** Cookie values the lesson's own steps type in by hand (the "tamper" step). */
const SCRIPTED_EDITS = STEPS.flatMap((s) =>
  s.actions.flatMap((a) => (a.type === 'edit-cookie' ? [a.value] : [])),
);
/** From this step on, a step may have copied one visitor's cookie into another's jar. */
const FIRST_COPY_STEP = STEPS.findIndex((s) => s.actions.some((a) => a.type === 'copy-cookie'));
/** Rows the guest book table draws before "show all". */
const FIRST_ROWS = 60;

/**
 * Invariant (b): every cookie in every jar is unexpired at the simulated now, and its value came
 * from that visitor's own Set-Cookie, from a hand edit, or (once a step has copied a cookie,
 * "stolen") from another visitor's Set-Cookie.
 */
function checkJars(snap: Snapshot, edits: Set<string>, context: string) {
  const every = new Set(snap.visitors.flatMap((v) => v.setCookies));
  for (const v of snap.visitors) {
    for (const c of v.cookies) {
      expect(
        c.expires === null || c.expires > snap.now,
        `${v.id} (${v.browser}) keeps ${c.name} past its expiry (${c.expires} ≤ now ${snap.now})\n${context}`,
      ).toBe(true);
      const explained =
        v.setCookies.includes(c.value) ||
        edits.has(c.value) ||
        SCRIPTED_EDITS.includes(c.value) ||
        (snap.step >= FIRST_COPY_STEP && every.has(c.value));
      expect(
        explained,
        `${v.id} (${v.browser}) holds ${c.name}=${JSON.stringify(c.value).slice(0, 120)}: no Set-Cookie sent it there and nobody typed it\n${context}`,
      ).toBe(true);
    }
  }
}

/** mulberry32: a tiny seeded PRNG, so a failing walk can be replayed with WALK_SEED. */
function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
type Random = ReturnType<typeof prng>;

/** What the walk sees after each action: the facts it checks and the choices a student has. */
interface Snapshot {
  step: number;
  total: number;
  url: string;
  now: number;
  /**
   * Each guest book table on screen (one, or one per server of a cluster) with the row IDs it
   * shows and the first rows of the store it stands for; and how many such tables there are.
   */
  books: { table: string; onScreen: string[]; store: string[] }[];
  tables: number;
  visitors: {
    id: string;
    browser: string;
    cookies: { name: string; value: string; expires: number | null }[];
    /** Values this visitor was sent in Set-Cookie. */
    setCookies: string[];
  }[];
  shownCookies: number;
  /** Values the DevTools cookie table shows (null when another DevTools tab is open), and the
   * values in the shown visitor's jar. */
  jarOnScreen: string[] | null;
  jarOfShown: string[];
  loginForm: boolean;
  /** Next (Previous) walks a request of this step (a beat), not to another step. */
  more: boolean;
  back: boolean;
  /** The shop's own page is in the tab (not another site's). */
  shop: boolean;
  logout: boolean;
  cartForm: boolean;
  cookiesPanel: boolean;
  menuOpen: boolean;
  lang: string;
  presenter: boolean;
  /** What the student is doing: the guided lesson, a challenge or the sandbox. */
  mode: 'guided' | 'challenge' | 'sandbox';
  canUndo: boolean;
  canRedo: boolean;
  /** Sandbox history entries on screen. */
  history: number;
  /** IDs of the challenges the narration invites to. */
  invites: string[];
  quizInvite: boolean;
  /** A quiz question or its recap is open. */
  quiz: boolean;
  hint: boolean;
  /** The "something went wrong in the simulation" notice, if shown. */
  error: string | null;
}

/**
 * A step that has challenges invites to them in the step bar, whenever the lesson is guided and
 * nothing else holds the bar (a prediction, a quiz): a walk that never finds them fails here, not
 * by quietly starting none.
 */
async function checkInvites(page: Page, p: Snapshot, context: () => string) {
  const wanted = CHALLENGES.filter((c) => c.after === STEPS[p.step]?.id)
    .map((c) => c.id)
    .sort();
  if (wanted.length === 0 || p.mode !== 'guided' || p.quiz) return;
  await expect
    .poll(
      async () =>
        page.evaluate(() =>
          document.querySelector('.prediction, [data-testid="quiz"], [data-testid="sandbox"]')
            ? 'held'
            : [...document.querySelectorAll('[data-testid="start-challenge"]')]
                .map((b) => b.getAttribute('data-challenge') ?? '')
                .sort()
                .join(','),
        ),
      { message: `challenge invitations at ${STEPS[p.step]!.id}\n${context()}` },
    )
    .toMatch(new RegExp(`^(held|${wanted.join(',')})$`));
}

/** Reads the world and the screen in one go, once every queued step and action has finished. */
function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(
    async ({ limit, serverNames, stepCount }) => {
      // A lesson that never comes to rest is a failure to report, not a wait without end.
      const since = performance.now();
      while (!window.guestbook || window.guestbook.busy()) {
        if (performance.now() - since > 30_000)
          throw new Error(
            window.guestbook ? 'the lesson stayed busy for 30 s' : 'the lesson never started',
          );
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const g = window.guestbook;
      const w = g.world();
      const shownId = document
        .querySelector('.visitor-tabs [aria-selected="true"]')
        ?.getAttribute('data-visitor');
      const panel = document.querySelector('.devtools-panel');
      const setCookiesOf = (id: string) =>
        w.exchanges
          .filter((e) => e.visitorId === id)
          .flatMap((e) => e.response.headers)
          .filter(([name]) => name.toLowerCase() === 'set-cookie')
          .map(([, line]) => {
            const pair = line.split(';')[0]!;
            return pair.slice(pair.indexOf('=') + 1);
          });
      // One server: one guest book. A cluster: each server's memory, or the one central store.
      const stores: [string, World['server']['guestBook']][] =
        !w.cluster || w.cluster.mode === 'central'
          ? [['guest-book', w.server.guestBook]]
          : w.cluster.memories.map((book, i) => [
              i === 0 ? 'guest-book' : `guest-book-${serverNames[i] ?? i + 1}`,
              book,
            ]);
      return {
        step: g.step(),
        // The step bar counts the steps (the sandbox hides it: then the course's own count).
        total: Number(
          document.querySelector('.step-controls progress')?.getAttribute('max') ?? stepCount,
        ),
        url: location.href,
        now: w.now,
        books: stores.map(([table, book]) => ({
          table,
          onScreen: [
            ...document.querySelectorAll(
              `[data-testid="${table}"] tbody tr:not([data-mark="deleted"])`,
            ),
          ].map((tr) => tr.getAttribute('data-session-id') ?? ''),
          store: book.slice(0, limit).map((r) => r.id),
        })),
        tables: document.querySelectorAll('table[data-testid^="guest-book"]').length,
        visitors: w.visitors.map((v) => ({
          id: v.id,
          browser: v.browser,
          cookies: v.cookies.map(({ name, value, expires }) => ({ name, value, expires })),
          setCookies: setCookiesOf(v.id),
        })),
        shownCookies: w.visitors.find((v) => v.id === shownId)?.cookies.length ?? 0,
        jarOnScreen: document.querySelector('#devtools-tab-application[aria-selected="true"]')
          ? [...document.querySelectorAll('[data-testid="cookie-jar"] tbody tr')].map(
              (tr) => tr.querySelector('code.value')?.textContent ?? '',
            )
          : null,
        jarOfShown: w.visitors.find((v) => v.id === shownId)?.cookies.map((c) => c.value) ?? [],
        loginForm: document.querySelector('.login-form') !== null,
        shop: document.querySelector('.shop-header nav') !== null,
        more: g.beat().more,
        back: g.beat().back,
        logout: [...document.querySelectorAll('.shop-header nav button')].some((b) =>
          /Log out|로그아웃/.test(b.textContent ?? ''),
        ),
        cartForm: document.querySelector('.cart-form') !== null,
        cookiesPanel: panel !== null && getComputedStyle(panel).display !== 'none',
        menuOpen: document.querySelector('details.visitor-menu[open]') !== null,
        lang: document.documentElement.lang,
        presenter: document.querySelector('.app')?.getAttribute('data-presenter') === 'true',
        mode: document.querySelector('[data-testid="sandbox"]')
          ? ('sandbox' as const)
          : document.querySelector('[data-testid="challenge"]')
            ? ('challenge' as const)
            : ('guided' as const),
        canUndo: document.querySelector('[data-testid="undo"]:not(:disabled)') !== null,
        canRedo: document.querySelector('[data-testid="redo"]:not(:disabled)') !== null,
        history: document.querySelectorAll('.sandbox-history button').length,
        invites: [...document.querySelectorAll('[data-testid="start-challenge"]')].map(
          (b) => b.getAttribute('data-challenge') ?? '',
        ),
        quizInvite: document.querySelector('[data-testid="start-quiz"]') !== null,
        quiz: document.querySelector('[data-testid="quiz"], [data-testid="quiz-recap"]') !== null,
        hint:
          document.querySelector(
            '[data-testid="challenge"] [data-testid="hint"]:not(:disabled)',
          ) !== null,
        error: document.querySelector('.notice.error')?.textContent ?? null,
      };
    },
    { limit: FIRST_ROWS, serverNames: SERVER_NAMES, stepCount: STEPS.length },
  );
}

/**
 * A snapshot taken once the lesson is idle and the screen has caught up with the store (a frame
 * or two), checking invariant (a): the guest book on screen is the server's first rows; and the
 * DevTools cookie table shows the shown visitor's jar.
 */
async function settledSnapshot(page: Page, context: () => string): Promise<Snapshot> {
  // At rest first, however long a loaded machine takes (End replays every step): bounded by
  // snapshot's own 30 s, not by the 5 s the screen then has to catch up with the store.
  await snapshot(page);
  let snap: Snapshot | undefined;
  await expect
    .poll(
      async () => {
        snap = await snapshot(page);
        const wrong: Record<string, unknown> = {};
        for (const book of snap.books) {
          if (book.onScreen.join(' ') !== book.store.join(' ')) wrong[book.table] = book;
        }
        if (snap.tables !== snap.books.length)
          wrong.tables = { onScreen: snap.tables, stores: snap.books.length };
        if (snap.jarOnScreen && snap.jarOnScreen.join('\n') !== snap.jarOfShown.join('\n'))
          wrong.cookieTable = { onScreen: snap.jarOnScreen, jar: snap.jarOfShown };
        return Object.keys(wrong).length ? wrong : 'same';
      },
      { message: `the screen shows the server's guest book and the jar\n${context()}` },
    )
    .toBe('same');
  return snap!;
}

/** What the page shows when an action could not be done: enough to tell a lost click from a hidden part. */
function pageState(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      const menu = document.querySelector('details.visitor-menu');
      const box = menu?.querySelector('.menu')?.getBoundingClientRect();
      return JSON.stringify({
        live: document.documentElement.hasAttribute('data-live'),
        lang: document.documentElement.lang,
        pressedLang: document
          .querySelector('.lang-switch [aria-pressed="true"]')
          ?.getAttribute('lang'),
        busy: window.guestbook?.busy(),
        step: window.guestbook?.step(),
        menus: document.querySelectorAll('details.visitor-menu').length,
        menuOpen: menu?.hasAttribute('open'),
        menuBox: box && [box.x, box.y, box.width, box.height].map(Math.round),
        stage: document.querySelector('.stage')?.getAttribute('data-wide'),
        hidden: [...document.querySelectorAll('.browser-region, .wire-region, .server-region')]
          .filter((el) => !el.checkVisibility())
          .map((el) => el.className),
        scrollY: Math.round(scrollY),
        focus: document.activeElement?.outerHTML.slice(0, 120),
        error: document.querySelector('.notice.error')?.textContent ?? null,
      });
    })
    .catch((e: unknown) => `unreadable (${String(e)})`);
}

/** Odd but plausible things a student types into DevTools' cookie value editor. */
function cookieValue(r: Random, p: Snapshot): string {
  const base64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const word = (n: number, alphabet = base64url) =>
    Array.from({ length: n }, () => alphabet[r.int(alphabet.length)]).join('');
  switch (r.int(8)) {
    case 0:
      return `s%3A${word(32)}.${word(43)}`;
    case 1: {
      const others = p.visitors.flatMap((v) => v.cookies.map((c) => c.value));
      return others.length ? r.pick(others) : 'stolen?';
    }
    case 2:
      return word(r.int(30), ' !#$%&()*+-./:<=>?@[]^_`{|}~;,"\'\\ab');
    case 3:
      return '';
    case 4:
      return r.pick(['<b>bold</b>', '%FF%FE', 's:unsigned', '쿠키🍪', '\u202etxt.exe', '   ']);
    case 5:
      return 'x'.repeat(4097 + r.int(1000)); // too long: refused with a message
    default:
      return word(1 + r.int(60));
  }
}

interface Action {
  name: string;
  weight: number;
  when?: (p: Snapshot) => boolean;
  /** Runs the action; returns the step the student should land on. */
  run: (p: Snapshot) => Promise<number>;
}

test('a 1,000-action random walk through every mode keeps the screen, the guest book and the jars consistent', async ({
  page,
  pageErrors,
}) => {
  const seed = Number(process.env.WALK_SEED ?? Date.now() % 2 ** 31);
  const count = Number(process.env.WALK_ACTIONS ?? 1000);
  // Bounded by its actions, not by the clock: a busy machine makes it slower, never wrong.
  test.setTimeout(60_000 + count * 3_000);
  console.log(`random walk: WALK_SEED=${seed} WALK_ACTIONS=${count}`);
  test.info().annotations.push({ type: 'seed', description: `WALK_SEED=${seed}` });
  const r = prng(seed);
  const edits = new Set<string>();
  const done: string[] = [];
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  const menu = page.locator('details.visitor-menu');
  const menuButtons = menu.locator('.menu button');
  const openMenu = async (p: Snapshot) => {
    if (!p.menuOpen) await menu.locator('summary').click();
  };
  const shopNav = page.locator('.shop-header nav button');
  // One click each: a step of several requests is walked one request at a time.
  const clickNext = () => page.getByRole('button', { name: /^(Next step|다음 단계)/ }).click();
  const clickPrev = () => page.getByRole('button', { name: /^(Previous step|이전 단계)/ }).click();
  const loginForm = page.locator('.login-form');
  // The narration's heading: the step's, the challenge's or the sandbox's (keys go to the page).
  const focusNarration = () => page.locator('#narration h2').first().click();
  const login = async (username: string, password: string) => {
    await loginForm.locator('input[name="username"]').fill(username);
    await loginForm.locator('input[name="password"]').fill(password);
    await loginForm.locator('button[type="submit"]').click();
  };

  const actions: Action[] = [
    {
      name: 'next',
      weight: 8,
      when: (p) => (p.step < p.total - 1 || p.more) && p.mode !== 'sandbox' && !p.quiz,
      run: async (p) => (await clickNext(), p.more ? p.step : p.step + 1),
    },
    {
      name: 'previous',
      weight: 4,
      when: (p) => (p.step > 0 || p.back) && p.mode !== 'sandbox' && !p.quiz,
      run: async (p) => (await clickPrev(), p.back ? p.step : p.step - 1),
    },
    {
      name: 'deep link',
      weight: 2,
      run: async (p) => {
        const to = r.int(p.total);
        const url = new URL(page.url());
        for (const name of ['sandbox', 'actions', 'challenge', 'quiz'])
          url.searchParams.delete(name);
        url.searchParams.set('step', STEPS[to]!.id);
        done[done.length - 1] += ` ?step=${STEPS[to]!.id}`;
        await page.goto(url.href);
        return to;
      },
    },
    {
      name: 'contents',
      weight: 2,
      run: async (p) => {
        const to = r.int(p.total);
        done[done.length - 1] += ` → ${STEPS[to]!.id}`;
        await page.locator('.toolbar > button:has(svg[data-icon="menu"])').click();
        await page.locator('dialog.contents a[href*="step="]').nth(to).click();
        return to;
      },
    },
    {
      name: 'Home key',
      weight: 1,
      when: (p) => p.mode !== 'sandbox' && !p.quiz,
      run: async () => (await focusNarration(), await page.keyboard.press('Home'), 0),
    },
    {
      name: 'End key',
      weight: 1,
      when: (p) => p.mode !== 'sandbox' && !p.quiz,
      run: async (p) => (await focusNarration(), await page.keyboard.press('End'), p.total - 1),
    },
    {
      name: 'add visitor',
      weight: 3,
      when: (p) => p.visitors.length < 6,
      run: async (p) => {
        const browser = r.int(4);
        done[done.length - 1] += ` #${browser}`;
        await openMenu(p);
        await menuButtons.nth(browser).click();
        return p.step;
      },
    },
    {
      name: 'remove visitor',
      weight: 2,
      when: (p) => p.visitors.length > 1,
      run: async (p) => (await openMenu(p), await menuButtons.nth(5).click(), p.step),
    },
    {
      name: 'close browser',
      weight: 1,
      run: async (p) => {
        await openMenu(p);
        await menuButtons.nth(4).click(); // "Close" closes the menu too
        return p.step;
      },
    },
    {
      name: 'switch tab',
      weight: 4,
      when: (p) => p.visitors.length > 1,
      run: async (p) => {
        const tab = r.int(p.visitors.length);
        done[done.length - 1] += ` #${tab}`;
        await page.locator('.visitor-tabs [role="tab"]').nth(tab).click();
        return p.step;
      },
    },
    {
      name: 'shop Home',
      weight: 4,
      when: (p) => p.shop,
      run: async (p) => (await shopNav.nth(0).click(), p.step),
    },
    {
      name: 'shop My page',
      weight: 4,
      when: (p) => p.shop,
      run: async (p) => (await shopNav.nth(1).click(), p.step),
    },
    {
      name: 'shop Log out',
      weight: 3,
      when: (p) => p.logout,
      run: async (p) => (await shopNav.filter({ hasText: /Log out|로그아웃/ }).click(), p.step),
    },
    {
      name: 'log in (right password)',
      weight: 3,
      when: (p) => p.loginForm,
      run: async (p) => {
        const [u, pw] = r.pick([
          ['mina', 'sesame'],
          ['joon', 'tiger'],
        ] as const);
        await login(u, pw);
        return p.step;
      },
    },
    {
      name: 'log in (wrong password)',
      weight: 2,
      when: (p) => p.loginForm,
      run: async (p) => {
        const [u, pw] = r.pick([
          ['mina', 'tiger'],
          ['nobody', 'sesame'],
          ['joon', ''],
          ['', ''],
        ] as const);
        await login(u, pw);
        return p.step;
      },
    },
    {
      name: 'add to cart',
      weight: 4,
      when: (p) => p.cartForm,
      run: async (p) => {
        await page.locator('.cart-form input[name="item"]').fill(r.pick(['socks', 'tea', '']));
        await page.locator('.cart-form button[type="submit"]').click();
        return p.step;
      },
    },
    {
      name: 'edit cookie',
      weight: 4,
      when: (p) => p.shownCookies > 0 && p.cookiesPanel,
      run: async (p) => {
        const value = cookieValue(r, p);
        done[done.length - 1] += ` ${JSON.stringify(value.slice(0, 40))} (${value.length})`;
        await page.locator('#devtools-tab-application').click();
        await page.locator('[data-testid="cookie-jar"] tbody tr button.small').first().click();
        const editor = page.locator('.cookie-value form');
        const input = editor.locator('input');
        await input.fill(value);
        if (value.length > 4096 || !isStorableCookieValue(value)) {
          await expect(editor.getByRole('alert')).toContainText(/4096/);
          await expect(editor.locator('button[type="submit"]')).toBeDisabled();
          await expectKept(input, value, 'a too-long cookie value');
          await editor.locator('button[type="button"]').click(); // Cancel
        } else {
          edits.add(await input.inputValue());
          await editor.locator('button[type="submit"]').click();
        }
        return p.step;
      },
    },
    {
      name: 'clock +5 min',
      weight: 3,
      run: async (p) => (await page.locator('.clock-panel button').nth(0).click(), p.step),
    },
    {
      name: 'clock +30 min',
      weight: 2,
      run: async (p) => (await page.locator('.clock-panel button').nth(1).click(), p.step),
    },
    {
      name: 'language',
      weight: 2,
      run: async (p) => {
        const to = p.lang === 'ko' ? 'en' : 'ko';
        await page.locator(`.lang-switch button[lang="${to}"]`).click();
        // The first switch loads that language's six files first: under CI's load one took > 5 s.
        await expect(page.locator('html')).toHaveAttribute('lang', to, { timeout: 15_000 });
        return p.step;
      },
    },
    {
      name: 'presenter (P key)',
      weight: 1,
      // Inside a quiz the keys answer it.
      when: (p) => !p.quiz,
      run: async (p) => {
        await focusNarration();
        await page.keyboard.press('p');
        await expect(page.locator('.app')).toHaveAttribute('data-presenter', String(!p.presenter));
        return p.step;
      },
    },
    {
      name: 'presenter (button)',
      weight: 1,
      run: async (p) => {
        await page.locator('.toolbar button[aria-keyshortcuts="P"]').click();
        await expect(page.locator('.app')).toHaveAttribute('data-presenter', String(!p.presenter));
        return p.step;
      },
    },
    // The other modes: the sandbox, challenges, quizzes, the speaker view.
    {
      name: 'sandbox (S key)',
      weight: 2,
      when: (p) => p.mode !== 'sandbox' && !p.quiz,
      run: async (p) => {
        await focusNarration();
        await page.keyboard.press('s');
        await expect(page.getByTestId('sandbox')).toBeVisible();
        return p.step;
      },
    },
    {
      name: 'sandbox undo',
      weight: 3,
      when: (p) => p.canUndo,
      run: async (p) => (await page.getByTestId('undo').click(), p.step),
    },
    {
      name: 'sandbox redo (keys)',
      weight: 2,
      when: (p) => p.canRedo,
      run: async (p) => {
        await focusNarration();
        await page.keyboard.press('Control+Shift+Z');
        return p.step;
      },
    },
    {
      name: 'sandbox history',
      weight: 1,
      when: (p) => p.history > 1,
      run: async (p) => {
        const at = r.int(p.history);
        done[done.length - 1] += ` #${at}`;
        await page.locator('.sandbox-history button').nth(at).click();
        return p.step;
      },
    },
    {
      name: 'sandbox crowd',
      weight: 1,
      // Projected, the sandbox hides these to leave the stage room.
      when: (p) => p.mode === 'sandbox' && !p.presenter,
      run: async (p) => (await page.locator('.sandbox-world button').first().click(), p.step),
    },
    {
      name: 'back to the lesson',
      weight: 1,
      when: (p) => p.mode !== 'guided',
      run: async (p) => {
        await page.getByTestId('mode-lesson').click();
        await expect(page.getByTestId('sandbox').or(page.getByTestId('challenge'))).toHaveCount(0);
        return p.step;
      },
    },
    {
      name: 'start challenge',
      weight: 3,
      when: (p) => p.invites.length > 0 && !p.quiz,
      run: async (p) => {
        const id = r.pick(p.invites);
        done[done.length - 1] += ` ${id}`;
        await page.locator(`[data-testid="start-challenge"][data-challenge="${id}"]`).click();
        await expect(page.getByTestId('challenge')).toBeVisible();
        return stepIndexById(CHALLENGES.find((c) => c.id === id)!.after);
      },
    },
    {
      name: 'challenge hint',
      weight: 1,
      when: (p) => p.hint,
      run: async (p) => (await page.getByTestId('hint').click(), p.step),
    },
    {
      name: 'start quiz',
      weight: 2,
      when: (p) => p.quizInvite && !p.quiz,
      run: async (p) => {
        await page.getByTestId('start-quiz').click();
        await expect(page.getByTestId('quiz')).toBeVisible();
        return p.step;
      },
    },
    {
      name: 'quiz answer',
      weight: 4,
      when: (p) => p.quiz,
      run: async (p) => {
        const quiz = page.getByTestId('quiz').or(page.getByTestId('quiz-recap'));
        const options = quiz.locator('input[type="radio"]:not(:disabled)');
        const n = await options.count();
        if (n) await options.nth(r.int(n)).check();
        const check = quiz.locator('button[type="submit"]:not(:disabled)');
        const onward = quiz.locator('.challenge-actions button.primary');
        if (await check.count()) await check.click();
        else await onward.first().click();
        return p.step;
      },
    },
    {
      name: 'leave quiz',
      weight: 1,
      when: (p) => p.quiz,
      run: async (p) => {
        await page.locator('.narration .challenge-actions button:not(.primary)').last().click();
        await expect(page.locator('[data-quiz]')).toHaveCount(0);
        return p.step;
      },
    },
    {
      name: 'speaker view',
      weight: 1,
      run: async (p) => {
        const [speaker] = await Promise.all([
          page.waitForEvent('popup'),
          page.getByTestId('open-speaker-view').click(),
        ]);
        await expect(speaker.locator('body')).not.toBeEmpty();
        await speaker.close();
        return p.step;
      },
    },
  ];

  await openLesson(page);
  const context = () => `WALK_SEED=${seed}; last actions:\n  ${done.slice(-15).join('\n  ')}`;
  const t0 = performance.now();
  const counts = new Map(actions.map((a) => [a.name, 0]));
  let p = await settledSnapshot(page, context);
  for (let i = 0; i < count; i++) {
    const open = actions.filter((a) => a.when?.(p) ?? true);
    let roll = r.next() * open.reduce((n, a) => n + a.weight, 0);
    const action = open.find((a) => (roll -= a.weight) < 0) ?? open[0]!;
    done.push(`${i + 1}. [step ${STEPS[p.step]?.id ?? p.step + 1}] ${action.name}`);
    counts.set(action.name, counts.get(action.name)! + 1);
    const expected = await action.run(p).catch(async (e: unknown) => {
      throw new Error(
        `"${action.name}" could not be done\n${context()}\npage: ${await pageState(page)}\npage errors: ${JSON.stringify(pageErrors)}`,
        { cause: e },
      );
    });
    p = await settledSnapshot(page, context);
    expect(p.step, `step after "${action.name}"\n${context()}`).toBe(expected);
    expect(p.url, `the address bar names the step\n${context()}`).toMatch(
      new RegExp(`[?&]step=${STEPS[p.step]!.id}(&|$)`),
    );
    checkJars(p, edits, context());
    await checkInvites(page, p, context);
    expect(p.error, `simulation error\n${context()}`).toBeNull();
    forgiveWorkerUpdateRace(pageErrors);
    expect(pageErrors, `page errors\n${context()}`).toEqual([]);
    expect(dialogs, `dialogs\n${context()}`).toEqual([]);
    if ((i + 1) % 100 === 0)
      console.log(`${i + 1} actions, ${Math.round(performance.now() - t0)} ms`);
  }
  const tally = [...counts].map(([name, n]) => `${name} ×${n}`).join(', ');
  console.log(`random walk: ${tally}`);
  test.info().annotations.push({ type: 'actions', description: tally });
});

/** Text a student might paste anywhere: markup, scripts, huge, control, emoji, RTL, blank. */
const HOSTILE: [label: string, value: string][] = [
  ['an img tag with onerror', '<img src=x onerror=alert(1)>'],
  ['a script element', '<script>alert(1)</script>'],
  ['100,000 characters', 'ab<'.repeat(33_333) + 'c'],
  ['control characters', '\u0000\u0007\u001b'],
  ['an emoji family', '👩‍👩‍👧‍👦'],
  ['right-to-left override', 'user\u202egnp.exe'],
  ['whitespace only', ' \t  '],
  ['nothing', ''],
];
const isBlank = (v: string) => v.trim() === '';

/** The field still holds exactly what was typed (without printing 100,000 characters). */
async function expectKept(field: Locator, typed: string, what: string) {
  await expect
    .poll(
      async () => {
        if ((await field.count()) === 0) return 'the field is gone';
        const now = await field.inputValue();
        return now === typed
          ? 'kept'
          : `changed to ${JSON.stringify(now.slice(0, 60))} (${now.length} chars)`;
      },
      { message: `${what}: the field keeps what was typed`, timeout: 5000 },
    )
    .toBe('kept');
}

/**
 * express.urlencoded()'s default limit: a form body over 100 KB is refused with 413 before the
 * shop (or the session) sees it, and the shop page says so.
 */
const FORM_LIMIT_BYTES = 100 * 1024;
const overFormLimit = (form: Record<string, string>) =>
  new TextEncoder().encode(new URLSearchParams(form).toString()).length > FORM_LIMIT_BYTES;
const REFUSED_413 =
  /The server refused the request before the shop saw it \(413\)\. Open DevTools → Network to see why\./;

/** Fails the test if a dialog opens or markup typed by the student became an element. */
function watchForInjection(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return async (what: string) => {
    expect(dialogs, `no dialog after ${what}`).toEqual([]);
    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) =>
        s.textContent?.includes('alert(1)'),
      ).length,
    }));
    expect(injected, `no injected element after ${what}`).toEqual({ images: 0, scripts: 0 });
  };
}

test('hostile text in the login form is kept, refused clearly or shown as text', async ({
  page,
}) => {
  const checkClean = watchForInjection(page);
  await openLesson(page);
  await page.locator('.shop-header nav button').first().click(); // the shop's Home: login form
  await atRest(page);
  const form = page.locator('.login-form');
  const user = form.locator('input[name="username"]');
  const password = form.locator('input[name="password"]');
  const message = page.locator('.shop-body [role="alert"]');
  for (const field of ['username', 'password'] as const) {
    for (const [label, value] of HOSTILE) {
      const what = `${label} as the ${field}`;
      await user.fill(field === 'username' ? value : 'mina');
      await password.fill(field === 'password' ? value : 'not-the-password');
      const typedUser = await user.inputValue();
      const typedPassword = await password.inputValue();
      await form.locator('button[type="submit"]').click();
      await atRest(page);
      const name = field === 'username' ? 'user name' : 'password';
      if (overFormLimit({ username: typedUser, password: typedPassword })) {
        await expect(message, what).toHaveText(REFUSED_413);
      } else if (isBlank(value)) {
        await expect(message, what).toHaveText(new RegExp(`Please fill in the ${name}\\.`));
      } else if (value.length > 1000) {
        await expect(message, what).toHaveText(new RegExp(`the ${name} is too long\\.`, 'i'));
      } else {
        await expect(message, what).toHaveText(/Wrong user name or password\./);
      }
      // Nothing typed is lost: both fields still hold what the student typed.
      await expectKept(user, typedUser, what);
      await expectKept(password, typedPassword, what);
      await checkClean(what);
    }
  }
});

test('hostile text as a cart item is shown as text, exactly', async ({ page }) => {
  const checkClean = watchForInjection(page);
  await openLesson(page);
  await page.locator('.shop-header nav button').first().click();
  await page.locator('.login-form input[name="username"]').fill('mina');
  await page.locator('.login-form input[name="password"]').fill('sesame');
  await page.locator('.login-form button[type="submit"]').click();
  await expect(page.locator('#browser-page')).toContainText("Mina's page");
  const item = page.locator('.cart-form input[name="item"]');
  const accepted = HOSTILE.filter(([, v]) => !isBlank(v) && v.length <= 40);
  for (const [label, value] of accepted) {
    await item.fill(value);
    await page.locator('.cart-form button[type="submit"]').click();
    await atRest(page);
    const items = await page
      .locator('ul.cart li')
      .evaluateAll((lis) => lis.map((li) => li.textContent));
    expect(items.at(-1), `${label} in the cart`).toBe(value);
    await checkClean(label);
  }
  expect(await page.locator('ul.cart li').count()).toBe(accepted.length);
});

test('a refused cart item keeps the student on the cart, logged in, with the text kept', async ({
  page,
}) => {
  const checkClean = watchForInjection(page);
  await openLesson(page);
  await page.locator('.shop-header nav button').first().click();
  await page.locator('.login-form input[name="username"]').fill('mina');
  await page.locator('.login-form input[name="password"]').fill('sesame');
  await page.locator('.login-form button[type="submit"]').click();
  await expect(page.locator('#browser-page')).toContainText("Mina's page");
  for (const [label, value] of HOSTILE.filter(([, v]) => isBlank(v) || v.length > 40)) {
    const item = page.locator('.cart-form input[name="item"]');
    await item.fill(value);
    const typed = await item.inputValue();
    await page.locator('.cart-form button[type="submit"]').click();
    await atRest(page);
    await expect(page.locator('.shop-body [role="alert"]'), label).toHaveText(
      overFormLimit({ item: typed })
        ? REFUSED_413
        : isBlank(value)
          ? /Please fill in the item\./
          : /the item is too long\./i,
    );
    // Still logged in: the cart form with the typed text, and the Log out button.
    await expectKept(item, typed, label);
    await expect(
      page.locator('.shop-header nav button', { hasText: /Log out|로그아웃/ }),
      label,
    ).toHaveCount(1);
    await checkClean(label);
  }
});

test('hostile text in the cookie editor is stored and shown as text, or refused clearly', async ({
  page,
}) => {
  const checkClean = watchForInjection(page);
  await openLesson(page, 'lang=en&step=first-visit');
  await atRest(page);
  for (const [label, value] of HOSTILE) {
    await page.locator('#devtools-tab-application').click();
    await page.getByRole('button', { name: 'Edit value: connect.sid' }).click();
    const editor = page.locator('.cookie-value form');
    const input = editor.getByRole('textbox');
    await input.fill(value);
    const typed = await input.inputValue();
    if (typed.length > 4096 || !isStorableCookieValue(typed)) {
      // DevTools refuses what a browser could not keep as typed, and says why.
      await expect(editor.getByRole('alert'), label).toHaveText(
        'A value may not hold ; or control characters, nor begin or end with a space, and may be at most 4096 characters.',
      );
      await expect(editor.getByRole('button', { name: 'Save' }), label).toBeDisabled();
      await editor.getByRole('button', { name: 'Save' }).click({ force: true }); // no effect
      await expectKept(input, typed, label);
      await editor.getByRole('button', { name: 'Cancel' }).click();
      await checkClean(label);
      continue;
    }
    await editor.getByRole('button', { name: 'Save' }).click();
    await atRest(page);
    const shown = page.locator('[data-testid="cookie-jar"] tr[data-cookie="connect.sid"] code');
    expect(await shown.evaluate((c) => c.textContent), label).toBe(typed);
    // Sending it: the Cookie header carries it as text, the server just starts a new session.
    await page.locator('.shop-header nav button').nth(1).click();
    await atRest(page);
    await expect(page.locator('.address-bar .status'), label).toHaveText('401');
    const cookieLine = await requestEnvelope(page)
      .locator('code.wrap')
      .evaluate((c) => c.textContent);
    expect(cookieLine, label).toBe(`connect.sid=${typed}`);
    await checkClean(label);
  }
});

test('a hand-edited cookie of odd bytes is no session: 401, a new anonymous row, no crash', async ({
  page,
}) => {
  // Mina is logged in and her page answers 200.
  await openLesson(page, 'lang=en&step=me');
  await atRest(page);
  await expect(page.locator('.address-bar .status')).toHaveText('200');
  const [mina] = await guestBook(page);
  expect(mina!.userId).toBe('152');
  const good = (await jar(page))[0]!.value;
  const odd = [
    `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`, // one signature character changed
    `${good.slice(0, good.lastIndexOf('.'))}.`, // the right ID, no signature
    `s%3A${mina!.id}`, // the right ID, not even a dot
    `s%3A${'A'.repeat(32)}.${good.slice(good.lastIndexOf('.') + 1)}`, // Mina's signature, another ID
    mina!.id, // a bare ID, unsigned
    '%FF%FE%00%', // broken percent-encoding
    '\u00ff\u00fe\u0001\u007f', // bytes no cookie should hold
    '"quoted"; Path=/; connect.sid=x', // trying to smuggle attributes
    '쿠키🍪',
    '',
  ];
  for (const value of odd) {
    const what = `connect.sid=${JSON.stringify(value)}`;
    const before = (await guestBook(page)).map((r) => r.id);
    await page.getByRole('tab', { name: 'Application → Cookies' }).click();
    await page.getByRole('button', { name: 'Edit value: connect.sid' }).click();
    await page.locator('.cookie-value form').getByRole('textbox').fill(value);
    if (!isStorableCookieValue(value)) {
      // Bytes a browser would not keep as typed: DevTools refuses them, and nothing changes.
      await expect(page.locator('.cookie-value form').getByRole('alert'), what).toBeVisible();
      await expect(
        page.locator('.cookie-value form').getByRole('button', { name: 'Save' }),
        what,
      ).toBeDisabled();
      await page.locator('.cookie-value form').getByRole('button', { name: 'Cancel' }).click();
      continue;
    }
    await page.locator('.cookie-value form').getByRole('button', { name: 'Save' }).click();
    await atRest(page);
    await page.locator('.shop-header nav button').nth(1).click(); // My page
    await atRest(page);

    await expect(page.locator('.address-bar .status'), what).toHaveText('401');
    await expect(page.locator('#browser-page'), what).toContainText(
      'Please log in to see this page. (401)',
    );
    await expect(responseEnvelope(page), what).toContainText('401 Unauthorized');
    // The trace: the cookie is found, its signature does not check out, a new session starts.
    // An empty value is no cookie at all to express-session (`if (raw)`): nothing to verify.
    const trace = page.getByTestId('trace');
    await expect(trace.locator('li[data-kind="parse-cookie"]'), what).toHaveCount(1);
    if (value === '') {
      await expect(trace.locator('li[data-kind="verify-signature"]'), what).toHaveCount(0);
    } else {
      await expect(trace.locator('li[data-kind="verify-signature"]'), what).toHaveClass(/bad/);
      await expect(trace.locator('li[data-kind="verify-signature"]'), what).toContainText(
        /Signature does not match|not signed/,
      );
    }
    await expect(trace.locator('li[data-kind="create"]'), what).toHaveCount(1);
    // A new anonymous row; Mina's row is untouched; the jar holds the new signed ID.
    const after = await guestBook(page);
    const added = after.filter((r) => !before.includes(r.id));
    expect(added, what).toHaveLength(1);
    expect(added[0]!.userId, what).toBe('NULL');
    expect(after.find((r) => r.id === mina!.id)?.userId, what).toBe('152');
    const [cookie] = await jar(page);
    expect(cookie!.value, what).toMatch(new RegExp(`^s%3A${added[0]!.id.replace(/-/g, '\\-')}\\.`));
  }
  // The real cookie still works: put Mina's back and her page answers 200 again.
  await page.getByRole('button', { name: 'Edit value: connect.sid' }).click();
  await page.locator('.cookie-value form').getByRole('textbox').fill(good);
  await page.locator('.cookie-value form').getByRole('button', { name: 'Save' }).click();
  await page.locator('.shop-header nav button').nth(1).click();
  await atRest(page);
  await expect(page.locator('.address-bar .status')).toHaveText('200');
  await expect(page.locator('#browser-page')).toContainText("Mina's page");
});

test.describe('when no service worker can start', () => {
  test.use({ serviceWorkers: 'block' });

  for (const [lang, notice] of [
    ['en', 'The simulated network cannot start here'],
    ['ko', '시뮬레이션 네트워크를 띄울 수 없어서'],
  ] as const) {
    test(`the lesson runs in the page and says so (${lang})`, async ({ page }) => {
      await openLesson(page, `lang=${lang}`);
      const status = page.getByTestId('network-status');
      await expect(status).toHaveAttribute('data-network', 'in-page');
      await expect(status).toContainText(notice);
      await expect(status).toBeVisible();
      for (const id of ['first-visit', 'row-created', 'set-cookie']) {
        await nextStep(page);
        await expectStep(page, id);
      }
      await atRest(page);
      const rows = await guestBook(page);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.userId).toBe('NULL');
      const w = await worldOf(page);
      expect(w.exchanges.map((e) => e.transport)).toEqual(['in-page']);
      expect((await jar(page))[0]!.value).toMatch(new RegExp(`^s%3A`));
      await expect(requestEnvelope(page)).toBeVisible();
    });
  }
});

for (const [lang, notice] of [
  ['en', 'The simulated network stopped answering'],
  ['ko', '시뮬레이션 네트워크가 응답하지 않아서'],
] as const) {
  test(`a worker that stops answering holds nothing up: the page answers, once, and says so (${lang})`, async ({
    page,
    pageErrors,
  }) => {
    // The worker starts as usual, then the page never hears of a request it catches (as when a
    // browser's worker is stuck): msw's own listener comes after this one and misses them.
    await page.addInitScript(() => {
      navigator.serviceWorker?.addEventListener('message', (event: MessageEvent) => {
        if ((event.data as { type?: string } | null)?.type === 'REQUEST')
          event.stopImmediatePropagation();
      });
    });
    await openLesson(page, `lang=${lang}`);
    const status = page.getByTestId('network-status');
    await expect(status).toHaveAttribute('data-network', /service-worker|stalled/);
    for (const id of ['first-visit', 'row-created', 'set-cookie']) {
      await nextStep(page);
      await expectStep(page, id);
    }
    await atRest(page);
    await expect(status).toHaveAttribute('data-network', 'stalled');
    await expect(status).toContainText(notice);
    await expect(status).toBeVisible();
    // One request, answered in the page, its row written once, its cookie kept.
    const rows = await guestBook(page);
    expect(rows).toHaveLength(1);
    const w = await worldOf(page);
    expect(w.exchanges.map((e) => e.transport)).toEqual(['in-page']);
    expect((await jar(page))[0]!.value).toMatch(
      new RegExp(`^s%3A${rows[0]!.id.replace(/-/g, '\\-')}\\.`),
    );
    // From now on the page answers at once: the next request waits for no worker.
    const before = w.exchanges.length;
    const t0 = Date.now();
    await page.locator('.shop-header nav button').first().click();
    await page.waitForFunction(
      (n) => window.guestbook!.world().exchanges.length > n && !window.guestbook!.busy(),
      before,
    );
    expect(Date.now() - t0).toBeLessThan(3_000);
    expect(pageErrors).toEqual([]);
  });
}

test('a reload at any step keeps the place: same step, same guest book IDs, same jars', async ({
  page,
  pageErrors,
}) => {
  // Two loads per step: bounded by the course's length.
  test.setTimeout(60_000 + STEPS.length * 6_000);
  await openLesson(page);
  const total = Number(await page.locator('.step-controls progress').getAttribute('max'));
  expect(total).toBe(STEPS.length);
  for (const [i, { id }] of STEPS.entries()) {
    if (i > 0) await nextStep(page);
    await expectStep(page, id);
    await atRest(page);
    const world = await worldOf(page);
    const rows = await guestBook(page);
    const cookies = await jar(page);
    await page.reload();
    await atRest(page);
    await expectStep(page, id);
    expect(await guestBook(page), `guest book after a reload at step ${id}`).toEqual(rows);
    expect(await jar(page), `jar after a reload at step ${id}`).toEqual(cookies);
    expect(await worldOf(page), `world after a reload at step ${id}`).toEqual(world);
  }
  forgiveWorkerUpdateRace(pageErrors);
});

test('a reload keeps hand-made changes (free play), and the lesson goes on from them', async ({
  page,
  pageErrors,
}) => {
  await openLesson(page, 'lang=en&step=me');
  await atRest(page);
  // Free play: a second visitor opens My page, its cookie is edited, the clock jumps.
  await page.locator('details.visitor-menu summary').click();
  await page.getByRole('button', { name: 'Add Safari' }).click();
  await page.getByRole('tab', { name: /Safari/ }).click();
  await page.locator('.shop-header nav button').nth(1).click();
  await atRest(page);
  await page.getByRole('tab', { name: 'Application → Cookies' }).click();
  await page.getByRole('button', { name: 'Edit value: connect.sid' }).click();
  await page.locator('.cookie-value form').getByRole('textbox').fill('made-by-hand');
  await page.locator('.cookie-value form').getByRole('button', { name: 'Save' }).click();
  await page.locator('.clock-panel button').first().click();
  await atRest(page);
  await expect(page.locator('.free-play')).toBeVisible();
  const world = await worldOf(page);
  const rows = await guestBook(page);
  expect(world.visitors.map((v) => v.browser)).toEqual(['Chrome', 'Safari']);

  await page.reload();
  await atRest(page);
  await expectStep(page, 'me');
  await expect(page.locator('.free-play')).toBeVisible();
  expect(await guestBook(page)).toEqual(rows);
  expect(await worldOf(page)).toEqual(world);
  await expect(page.getByTestId('clock')).toHaveText('2026-03-02 09:11:00');
  await page.getByRole('tab', { name: /Safari/ }).click();
  expect(await jar(page)).toEqual([
    expect.objectContaining({ name: 'connect.sid', value: 'made-by-hand' }),
  ]);

  // Next step goes on from the hand-made world: Safari and its exchange are still there.
  await nextStep(page);
  await expectStep(page, 'idle');
  await atRest(page);
  const after = await worldOf(page);
  expect(after.visitors.map((v) => v.browser)).toEqual(['Chrome', 'Safari']);
  expect(after.exchanges.slice(0, world.exchanges.length)).toEqual(world.exchanges);
  expect(after.now).toBe(world.now + 31 * 60_000);
  forgiveWorkerUpdateRace(pageErrors);
});

test('a reload keeps the visitor tab the student was looking at', async ({ page }) => {
  await openLesson(page, 'lang=en&step=second-browser');
  await atRest(page);
  const tabs = page.locator('.visitor-tabs [role="tab"]');
  await expect(tabs).toHaveCount(3);
  await tabs.nth(0).click();
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  const cookies = await jar(page);
  await page.reload();
  await atRest(page);
  await expectStep(page, 'second-browser');
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  expect(await jar(page)).toEqual(cookies);
});
