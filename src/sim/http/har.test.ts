import { describe, expect, it } from 'vitest';
import { toHar } from './har';
import { PASSWORD_MASK } from './mask';

describe('HAR export', () => {
  it('writes HAR 1.2 entries with headers and parsed cookies', () => {
    const har = toHar(
      [
        {
          at: Date.UTC(2026, 2, 2),
          visitor: 'Chrome',
          request: {
            method: 'POST',
            url: 'https://shop.example/login',
            headers: [
              ['Host', 'shop.example'],
              ['Content-Type', 'application/x-www-form-urlencoded'],
              ['Cookie', 'connect.sid=s%3Aabc.def'],
            ],
            body: 'username=mina&password=sesame',
          },
          response: {
            status: 200,
            statusText: 'OK',
            headers: [
              ['Content-Type', 'application/json; charset=utf-8'],
              [
                'Set-Cookie',
                'connect.sid=s%3Axyz.sig; Path=/; Expires=Mon, 09 Mar 2026 00:00:00 GMT; HttpOnly',
              ],
            ],
            body: '{"page":"me"}',
          },
        },
      ],
      '0.1.0',
    );
    expect(har.log.version).toBe('1.2');
    const [entry] = har.log.entries;
    expect(entry!.startedDateTime).toBe('2026-03-02T00:00:00.000Z');
    expect(entry!.request.cookies).toEqual([{ name: 'connect.sid', value: 's%3Aabc.def' }]);
    // The typed password stays out of the file; the size is what was sent.
    expect(entry!.request.postData).toEqual({
      mimeType: 'application/x-www-form-urlencoded',
      text: 'username=mina&password=••••••',
    });
    expect(entry!.request.bodySize).toBe(29);
    expect(entry!.response.cookies).toEqual([
      {
        name: 'connect.sid',
        value: 's%3Axyz.sig',
        path: '/',
        expires: '2026-03-09T00:00:00.000Z',
        httpOnly: true,
        secure: false,
      },
    ]);
    expect(entry!.response.content).toMatchObject({
      mimeType: 'application/json; charset=utf-8',
      size: 13,
    });
  });

  it('never writes what was typed into a password field, whatever it was', () => {
    const typed = ['hunter2', 'p@ss w0rd&=%', '비밀번호', ''];
    const har = toHar(
      typed.map((password, i) => ({
        at: Date.UTC(2026, 2, 2, 9, i),
        visitor: 'Chrome',
        request: {
          method: 'POST',
          url: 'https://shop.example/login',
          headers: [['Content-Type', 'application/x-www-form-urlencoded']],
          body: new URLSearchParams({ username: 'mina', password }).toString(),
        },
        response: { status: 401, statusText: 'Unauthorized', headers: [], body: '' },
      })),
      '0.1.0',
    );
    const file = JSON.stringify(har);
    for (const password of typed.filter(Boolean)) {
      expect(file).not.toContain(password);
      expect(file).not.toContain(new URLSearchParams({ password }).toString());
    }
    expect(har.log.entries.map((e) => [...new URLSearchParams(e.request.postData!.text)])).toEqual(
      typed.map(() => [
        ['username', 'mina'],
        ['password', PASSWORD_MASK],
      ]),
    );
  });
});
