/** Issue "The simulated web and the first lesson": one visitor's whole session life. */
import {
  deletedRows,
  expect,
  expectStep,
  guestBook,
  jar,
  nextStep,
  openLesson,
  prevStep,
  requestEnvelope,
  responseEnvelope,
  signedValueFor,
  test,
} from './fixtures';

/** The lesson's clock starts at 2026-03-02 09:00 KST, which is 00:00 GMT. */
const expiresAt = (hh: string, mm: string) => `Expires=Mon, 02 Mar 2026 ${hh}:${mm}:00 GMT`;

test('walks a visitor from the first visit to logout', async ({ page }) => {
  await openLesson(page);
  await expectStep(page, 'welcome');
  expect(await guestBook(page)).toEqual([]);
  expect(await jar(page)).toEqual([]);

  // First visit: no Cookie header; the server writes a row and answers with Set-Cookie, which
  // (cookie.maxAge 30 min) expires half an hour from now.
  await nextStep(page);
  await expectStep(page, 'first-visit');
  await expect(requestEnvelope(page)).toContainText('no Cookie header');
  const [first] = await guestBook(page);
  expect(first).toMatchObject({
    ip: '203.0.113.27',
    userId: 'NULL',
    lastActivity: '2026-03-02 09:00:00',
  });
  expect(first!.id).toMatch(/^[A-Za-z0-9_-]{32}$/);
  await expect(responseEnvelope(page)).toContainText(`Set-Cookie: connect.sid=s%3A${first!.id}.`);
  await expect(responseEnvelope(page)).toContainText(`Path=/; ${expiresAt('00', '30')}; HttpOnly`);
  await expect(page.getByTestId('session-lifetime')).toHaveText(
    'Sessions end after 30 minutes idle (cookie.maxAge, rolling)',
  );

  // The same exchange seen from the guest book, the response and the jar.
  for (const id of ['row-created', 'set-cookie', 'jar-stores']) {
    await nextStep(page);
    await expectStep(page, id);
    expect((await guestBook(page)).map((r) => r.id)).toEqual([first!.id]);
  }
  const stored = await jar(page);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ name: 'connect.sid', httpOnly: true });
  expect(stored[0]!.value).toMatch(signedValueFor(first!.id));

  // The cookie comes back by itself; the same session goes on (no new row), and with rolling
  // the response sends the same cookie again with an Expires moved 30 minutes past now.
  await nextStep(page);
  await expectStep(page, 'cookie-returns');
  await expect(requestEnvelope(page)).toContainText(`Cookie: connect.sid=${stored[0]!.value}`);
  await expect(responseEnvelope(page)).toContainText(
    `Set-Cookie: connect.sid=${stored[0]!.value}; Path=/; ${expiresAt('00', '33')}; HttpOnly`,
  );
  expect(await guestBook(page)).toEqual([{ ...first!, lastActivity: '2026-03-02 09:03:00' }]);
  expect(await jar(page)).toEqual(stored);
  await nextStep(page);
  await expectStep(page, 'last-activity');

  // Login: the ID is renewed, user_id bound, the old row deleted, a new cookie set.
  await nextStep(page);
  await expectStep(page, 'login');
  const [loggedIn] = await guestBook(page);
  expect(loggedIn!.userId).toBe('152');
  expect(loggedIn!.id).not.toBe(first!.id);
  expect(await deletedRows(page)).toEqual([first!.id]);
  await expect(responseEnvelope(page)).toContainText(
    `Set-Cookie: connect.sid=s%3A${loggedIn!.id}.`,
  );
  expect((await jar(page))[0]!.value).toMatch(signedValueFor(loggedIn!.id));
  // The row names the browser (the whole User-Agent on hover); "data" opens what the store keeps.
  const loginRow = page.locator(`tr[data-session-id="${loggedIn!.id}"]`);
  const ua = loginRow.locator('td.ua .ua-name');
  await expect(ua).toHaveText('Chrome');
  await expect(ua).toHaveAttribute('title', /^Mozilla\/5\.0 .*Chrome\//);
  const data = page.getByTestId('session-data');
  await expect(data).toHaveCount(0);
  await loginRow.getByRole('button', { name: 'data' }).click();
  await expect(data).toContainText('"userId": 152');
  await expect(data).toContainText('"expires": "2026-03-02T00:34:00.000Z"');
  await loginRow.getByRole('button', { name: 'hide' }).click();
  await expect(data).toHaveCount(0);

  // My page works without logging in again.
  await nextStep(page);
  await expectStep(page, 'me');
  await expect(page.locator('#browser-page')).toContainText("Mina's page");
  await expect(responseEnvelope(page)).toContainText('200 OK');
  await expect(responseEnvelope(page)).toContainText(
    `Set-Cookie: connect.sid=s%3A${loggedIn!.id}.`,
  );
  const atMe = await guestBook(page);
  expect(atMe).toEqual([{ ...loggedIn!, lastActivity: '2026-03-02 09:06:00' }]);

  // Idle: the clock jumps 31 minutes, past the cookie's Expires. Chrome has thrown the cookie
  // away; on the server the row is marked expired but still there.
  await nextStep(page);
  await expectStep(page, 'idle');
  await expect(page.getByTestId('clock')).toHaveText('2026-03-02 09:37:00');
  // Beside it, the same moment as cookies write it (Expires is in GMT).
  await expect(page.getByTestId('clock-gmt')).toContainText('00:37 GMT');
  expect(await jar(page)).toEqual([]);
  const loggedInRow = page.locator(`tr[data-session-id="${loggedIn!.id}"]`);
  await expect(loggedInRow).toContainText('expired');
  expect(await guestBook(page)).toEqual(atMe);

  // The next request goes out with no cookie at all: to the server Mina is a new visitor, so a
  // new anonymous session and 401 "please log in". Her old row lingers, still marked expired.
  await nextStep(page);
  await expectStep(page, 'expired');
  await expect(requestEnvelope(page)).toContainText('GET /me');
  await expect(requestEnvelope(page)).toContainText('no Cookie header');
  await expect(responseEnvelope(page)).toContainText('401 Unauthorized');
  await expect(page.locator('#browser-page')).toContainText(
    'Please log in to see this page. (401)',
  );
  const rowsAfterExpiry = await guestBook(page);
  expect(rowsAfterExpiry.map((r) => r.id)).toContain(loggedIn!.id);
  expect(rowsAfterExpiry).toHaveLength(2);
  const anonymous = rowsAfterExpiry.find((r) => r.id !== loggedIn!.id)!;
  expect(anonymous.userId).toBe('NULL');
  await expect(loggedInRow).toContainText('expired');
  await expect(page.locator(`tr[data-session-id="${anonymous.id}"]`)).not.toContainText('expired');
  expect(await deletedRows(page)).toEqual([]);
  await expect(responseEnvelope(page)).toContainText(
    `Set-Cookie: connect.sid=s%3A${anonymous.id}.`,
  );
  expect((await jar(page))[0]!.value).toMatch(signedValueFor(anonymous.id));

  // Lazy expiry: listing the sessions (store.all()) reads Mina's old one, and MemoryStore drops it.
  await nextStep(page);
  await expectStep(page, 'lazy-expiry');
  expect(await guestBook(page)).toEqual([anonymous]);
  expect(await deletedRows(page)).toEqual([loggedIn!.id]);

  // Log in again.
  await nextStep(page);
  await expectStep(page, 'login-again');
  const [again] = await guestBook(page);
  expect(again!.userId).toBe('152');

  // Logout removes the row and the cookie.
  await nextStep(page);
  await expectStep(page, 'logout');
  expect(await guestBook(page)).toEqual([]);
  await expect(responseEnvelope(page)).toContainText(
    'Set-Cookie: connect.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
  );
  expect(await jar(page)).toEqual([]);

  // Without a cookie, My page answers 401.
  await nextStep(page);
  await expectStep(page, 'after-logout');
  await expect(requestEnvelope(page)).toContainText('no Cookie header');
  await expect(responseEnvelope(page)).toContainText('401 Unauthorized');
});

test('Previous step restores the exact earlier state, IDs and all', async ({ page }) => {
  await openLesson(page);
  for (let i = 0; i < 6; i++) await nextStep(page);
  await expectStep(page, 'last-activity');
  const before = await guestBook(page);
  const jarBefore = await jar(page);
  await nextStep(page);
  await expectStep(page, 'login');
  const after = await guestBook(page);
  expect(after[0]!.id).not.toBe(before[0]!.id);

  await prevStep(page);
  await expectStep(page, 'last-activity');
  expect(await guestBook(page)).toEqual(before);
  expect(await jar(page)).toEqual(jarBefore);

  // Forward again shows the same login step as before, not a new one.
  await nextStep(page);
  await expectStep(page, 'login');
  expect(await guestBook(page)).toEqual(after);
});
