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

test('walks a visitor from the first visit to logout', async ({ page }) => {
  await openLesson(page);
  await expectStep(page, 1);
  expect(await guestBook(page)).toEqual([]);
  expect(await jar(page)).toEqual([]);

  // 2. First visit: no Cookie header; the server writes a row and answers with Set-Cookie.
  await nextStep(page);
  await expectStep(page, 2);
  await expect(requestEnvelope(page)).toContainText('no Cookie header');
  const [first] = await guestBook(page);
  expect(first).toMatchObject({
    ip: '203.0.113.27',
    userId: 'NULL',
    lastActivity: '2026-03-02 09:00:00',
  });
  expect(first!.id).toMatch(/^[A-Za-z0-9_-]{32}$/);
  await expect(responseEnvelope(page)).toContainText(`Set-Cookie: connect.sid=s%3A${first!.id}.`);
  await expect(responseEnvelope(page)).toContainText('Path=/; HttpOnly');

  // 3–5. The same exchange seen from the guest book, the response and the jar.
  for (const n of [3, 4, 5]) {
    await nextStep(page);
    await expectStep(page, n);
    expect((await guestBook(page)).map((r) => r.id)).toEqual([first!.id]);
  }
  const stored = await jar(page);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ name: 'connect.sid', httpOnly: true });
  expect(stored[0]!.value).toMatch(signedValueFor(first!.id));

  // 6. The cookie comes back by itself; the row is touched, no new cookie.
  await nextStep(page);
  await expectStep(page, 6);
  await expect(requestEnvelope(page)).toContainText(`Cookie: connect.sid=${stored[0]!.value}`);
  await expect(responseEnvelope(page)).toContainText('no Set-Cookie');
  expect(await guestBook(page)).toEqual([{ ...first!, lastActivity: '2026-03-02 09:03:00' }]);
  await nextStep(page);
  await expectStep(page, 7);

  // 8. Login: the ID is renewed, user_id bound, the old row deleted, a new cookie set.
  await nextStep(page);
  await expectStep(page, 8);
  const [loggedIn] = await guestBook(page);
  expect(loggedIn!.userId).toBe('152');
  expect(loggedIn!.id).not.toBe(first!.id);
  expect(await deletedRows(page)).toEqual([first!.id]);
  await expect(responseEnvelope(page)).toContainText(
    `Set-Cookie: connect.sid=s%3A${loggedIn!.id}.`,
  );
  expect((await jar(page))[0]!.value).toMatch(signedValueFor(loggedIn!.id));

  // 9. My page works without logging in again.
  await nextStep(page);
  await expectStep(page, 9);
  await expect(page.locator('#browser-page')).toContainText("Mina's page");
  await expect(responseEnvelope(page)).toContainText('200 OK');

  // 10. Idle: the clock jumps past the 30-minute timeout; the row is marked expired.
  await nextStep(page);
  await expectStep(page, 10);
  await expect(page.getByTestId('clock')).toHaveText('2026-03-02 09:37:00');
  await expect(page.locator(`tr[data-session-id="${loggedIn!.id}"]`)).toContainText('expired');

  // 11. The next request is refused as expired, and a new anonymous session starts.
  await nextStep(page);
  await expectStep(page, 11);
  await expect(responseEnvelope(page)).toContainText('401 Unauthorized');
  await expect(page.locator('#browser-page')).toContainText('Your session has expired');
  const [anonymous] = await guestBook(page);
  expect(anonymous!.userId).toBe('NULL');
  expect(await deletedRows(page)).toEqual([loggedIn!.id]);
  expect((await jar(page))[0]!.value).toMatch(signedValueFor(anonymous!.id));

  // 12. Log in again.
  await nextStep(page);
  await expectStep(page, 12);
  const [again] = await guestBook(page);
  expect(again!.userId).toBe('152');

  // 13. Logout removes the row and the cookie.
  await nextStep(page);
  await expectStep(page, 13);
  expect(await guestBook(page)).toEqual([]);
  await expect(responseEnvelope(page)).toContainText(
    'Set-Cookie: connect.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
  );
  expect(await jar(page)).toEqual([]);

  // 14. Without a cookie, My page answers 401.
  await nextStep(page);
  await expectStep(page, 14);
  await expect(requestEnvelope(page)).toContainText('no Cookie header');
  await expect(responseEnvelope(page)).toContainText('401 Unauthorized');
});

test('Previous step restores the exact earlier state, IDs and all', async ({ page }) => {
  await openLesson(page);
  for (let i = 0; i < 6; i++) await nextStep(page);
  await expectStep(page, 7);
  const before = await guestBook(page);
  const jarBefore = await jar(page);
  await nextStep(page);
  await expectStep(page, 8);
  const after = await guestBook(page);
  expect(after[0]!.id).not.toBe(before[0]!.id);

  await prevStep(page);
  await expectStep(page, 7);
  expect(await guestBook(page)).toEqual(before);
  expect(await jar(page)).toEqual(jarBefore);

  // Forward again shows the same step 8 as before, not a new one.
  await nextStep(page);
  await expectStep(page, 8);
  expect(await guestBook(page)).toEqual(after);
});
