/** The "many servers" chapter and the express-session options a student can change. */
import {
  expect,
  expectStep,
  guestBook,
  jar,
  nextStep,
  openLesson,
  responseEnvelope,
  test,
} from './fixtures';

test('many servers: lost login, sticky sessions, replication, a central store', async ({
  page,
}) => {
  await openLesson(page, 'step=two-servers&lang=en');
  await expectStep(page, 'two-servers');
  const serverA = page.getByTestId('guest-book');
  const serverB = page.getByTestId('guest-book-B');
  await expect(page.getByTestId('cluster-route')).toHaveText('Chrome → load balancer → server A');
  await expect(serverA.locator('tbody tr')).toHaveCount(1);
  await expect(serverA.locator('tbody tr td').last()).toHaveText('152');
  await expect(serverB.locator('tbody tr')).toHaveCount(0);

  // The next request reaches B, which has never seen the session: 401 and a new cookie.
  await nextStep(page);
  await expect(page.getByTestId('cluster-route')).toHaveText('Chrome → load balancer → server B');
  await expect(responseEnvelope(page)).toContainText('401 Unauthorized');
  await expect(serverB.locator('tbody tr td').last()).toHaveText('NULL');

  // Sticky: every request of the visitor reaches A.
  await nextStep(page);
  await expect(page.getByTestId('cluster-route')).toHaveText('Chrome → load balancer → server A');
  await expect(responseEnvelope(page)).toContainText('200 OK');
  await expect(page.locator('#browser-page')).toContainText("Mina's page");

  // Replication: both servers hold the same row, so B answers 200.
  await nextStep(page);
  await expect(page.getByTestId('cluster-route')).toHaveText('Chrome → load balancer → server B');
  await expect(responseEnvelope(page)).toContainText('200 OK');
  const idA = await serverA.locator('tbody tr').getAttribute('data-session-id');
  await expect(serverB.locator('tbody tr')).toHaveAttribute('data-session-id', idA!);

  // A central store: one copy in Redis, the servers' memories are empty.
  await nextStep(page);
  await expect(responseEnvelope(page)).toContainText('200 OK');
  await expect(page.getByText('Redis: the shared session store')).toBeVisible();
  expect((await guestBook(page)).map((r) => r.userId)).toEqual(['152']);
  await expect(page.getByTestId('guest-book-B')).toHaveCount(0);
  await expect(page.locator('.cluster-server')).toHaveCount(2);

  // What the answering server said to Redis for GET /me: it read Mina's session by its key.
  const redis = page.getByTestId('redis-wire');
  const id = (await guestBook(page))[0]!.id;
  const read = redis.locator('li[data-command="GET"]');
  await expect(read).toContainText(`GET sess:${id.slice(0, 8)}…`);
  await expect(read).toContainText('"userId":152');
  // The express-session code names the store.
  const code = page.locator('details.settings-code');
  if ((await code.getAttribute('open')) === null) await code.locator('summary').click();
  await expect(code.locator('pre code').first()).toContainText(
    'store: new RedisStore({ client: redisClient }),',
  );
});

test('changing express-session options changes the next exchange', async ({ page }) => {
  // The step that closes "Many servers" opens express-session's options beside its code.
  const last = 'frameworks';
  await openLesson(page, `step=${last}&lang=en`);
  await expectStep(page, last);
  const options = page.locator('details.settings-code');
  await expect(options).toHaveAttribute('open', '');

  // An invalid cookie name is refused with a reason, and what was typed stays.
  const name = options.getByRole('textbox', { name: /the cookie’s name/ });
  await name.fill('my cookie<script>');
  await expect(options.getByRole('alert')).toContainText('A cookie name may use letters');
  await expect(options.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await expect(name).toHaveValue('my cookie<script>');
  await name.fill('JSESSIONID');
  await options.getByRole('button', { name: 'Apply' }).click();
  await expect(options.locator('pre code').first()).toContainText("name: 'JSESSIONID',");

  // saveUninitialized off: a new visitor's first visit stores nothing and gets no cookie.
  const saveUninitialized = options.getByRole('checkbox', { name: /saveUninitialized/ });
  await saveUninitialized.click();
  await expect(saveUninitialized).not.toBeChecked();
  await expect(options.locator('pre code').first()).toContainText('saveUninitialized: false,');
  await page.locator('details.visitor-menu summary').click();
  await page.getByRole('button', { name: 'Add Firefox' }).click();
  // The new window comes to the front, named apart from the Firefox already open.
  await expect(
    page.getByRole('tablist', { name: 'Visitors' }).getByRole('tab', { selected: true }),
  ).toHaveText(/Firefox #\d+/);
  const before = await page.evaluate(() => window.guestbook!.world().server.guestBook.length);
  await page.locator('#browser-page').getByRole('button', { name: 'Home' }).click();
  await expect(responseEnvelope(page)).toContainText('no Set-Cookie');
  await expect(page.locator('[data-testid="trace"] li[data-kind="skip-save"]')).toBeVisible();
  expect(await page.evaluate(() => window.guestbook!.world().server.guestBook.length)).toBe(before);

  // Logging in stores something, so now a row and a JSESSIONID cookie appear.
  const shop = page.locator('#browser-page');
  await shop.getByRole('textbox', { name: 'User name' }).fill('joon');
  await shop.getByLabel('Password').fill('tiger');
  await shop.getByRole('button', { name: 'Log in' }).click();
  await expect(responseEnvelope(page)).toContainText('Set-Cookie: JSESSIONID=s%3A');
});

test('expired rows linger until garbage collection deletes them', async ({ page }) => {
  // The browser was closed: its cookie (no maxAge, no Expires) is gone, and Chrome came back as
  // a stranger. The other visitors' sessions still carry cookie.maxAge 30 min; Mina's has none.
  await openLesson(page, 'step=close-browser&lang=en');
  await expectStep(page, 'close-browser');
  await expect(page.getByTestId('session-lifetime')).toHaveText(
    'Sessions never expire (no cookie.maxAge)',
  );
  const gc = page.getByRole('button', { name: 'store.all(): drop expired sessions' });
  await expect(gc).toBeDisabled();
  const before = await guestBook(page);
  const mina = before.filter((r) => r.userId === '152');
  expect(mina).toHaveLength(1); // Mina's row outlived her closed browser
  await expect(page.locator('#browser-page')).toContainText('Please log in to see this page.');
  for (const cookie of await jar(page)) expect(cookie.value).not.toContain(mina[0]!.id);
  // Which sessions have an expiry at all (a maxAge when their cookie was last set).
  const mortal = await page.evaluate(() =>
    window
      .guestbook!.world()
      .server.guestBook.filter((r) => r.payload.cookie.expires !== null)
      .map((r) => r.id),
  );
  expect(mortal.length).toBeGreaterThan(0);
  expect(mortal).not.toContain(mina[0]!.id);

  // Half an hour later the sessions with a maxAge have expired: marked, still in the store.
  await page.getByRole('button', { name: '+30 min' }).click();
  const expired = page.locator('[data-testid="guest-book"] tbody tr.expired');
  await expect(expired).toHaveCount(mortal.length);
  expect(await guestBook(page)).toHaveLength(before.length);
  await expect(page.locator(`tr[data-session-id="${mina[0]!.id}"]`)).not.toHaveClass(/expired/);

  // store.all() reads every session, and MemoryStore drops the expired ones as it reads them.
  // Those without a maxAge never expire: they stay until the server restarts.
  await gc.click();
  const left = before.length - mortal.length;
  await expect(page.getByTestId('guest-book-summary')).toContainText(
    `${left} session${left === 1 ? '' : 's'}`,
  );
  await expect(
    page.locator('[data-testid="guest-book"] tbody tr[data-mark="deleted"]'),
  ).toHaveCount(mortal.length);
  expect((await guestBook(page)).map((r) => r.id)).toContain(mina[0]!.id);
  await expect(expired).toHaveCount(0);
  await expect(gc).toBeDisabled();
});
