/**
 * English texts of the chapter "The same idea everywhere" (src/lessons/chapters/everywhere/):
 * its title and narration, which join the core `chapters` and `steps` (its challenges and quiz
 * are with the others' in activities-en.ts).
 */
export const everywhereEn = {
  chapters: {
    everywhere: 'The same idea everywhere',
  },
  steps: {
    everywhere: {
      title: 'One login, many stacks',
      body: 'The same shop, the same Mina, the same login, first on express-session. Look at three things in the response and the guest book: the cookie’s name (connect.sid), the ID’s shape (32 characters, signed as s:…) and where the session is kept (a row in the server’s memory). The next steps run exactly this login on other stacks.',
      beat1:
        'Chrome opens the home page with no cookie. express-session writes a row and sets connect.sid: s: and a 32-character ID, signed.',
      beat2:
        'Mina logs in. The ID is renewed: the old row is deleted, a new one says user_id 152, and connect.sid changes.',
    },
    'everywhere-php': {
      title: 'PHP: PHPSESSID and a file',
      body: 'The stack is PHP 8.2 now. The cookie is PHPSESSID, the ID 26 characters of 0–9 and a–v, not signed. The session is a file, sess_<ID>, and the login calls session_regenerate_id(true): a new ID, the old file deleted. The same idea under other names.',
      beat1:
        'PHP answers with PHPSESSID: 26 characters, no signature. The session is a new file, named sess_ and the ID.',
      beat2:
        'The login calls session_regenerate_id(true): a new PHPSESSID, and the old file is deleted.',
    },
    'everywhere-tomcat': {
      title: 'Java: JSESSIONID in the server’s memory',
      body: 'On Tomcat 10 the cookie is JSESSIONID, 32 upper-case hexadecimal characters. The session manager keeps the session in memory, and the login calls request.changeSessionId(). The idle limit (30 minutes) lives on the server: the cookie itself has no expiry.',
      beat1:
        'Tomcat sets JSESSIONID: 32 upper-case hex characters, HttpOnly, no Expires. The idle limit is kept on the server.',
      beat2:
        'The login calls request.changeSessionId(): the same session now sits under a new JSESSIONID.',
    },
    'everywhere-laravel': {
      title: 'Laravel: a sessions table and an encrypted cookie',
      body: 'On Laravel 8 the cookie is laravel_session, and its value is encrypted: the 40-character session ID is inside, but the browser sees only ciphertext. The session is a row of the sessions table, the very columns this guest book borrows, with the data in payload. The login calls Auth::login(), which moves the session to a new ID.',
      beat1:
        'Laravel sets laravel_session, a long encrypted value. The session ID is hidden inside; the sessions table’s row shows it.',
      beat2:
        'Auth::login() moves the session to a new ID: a new row, the old one gone, and new ciphertext in the cookie.',
    },
    'everywhere-flask': {
      title: 'Flask: the session is the cookie',
      body: 'Flask’s own session breaks the pattern. The guest book stays empty: the server keeps nothing. The whole session, {"user_id":152}, travels in the cookie named session, in base64 with a timestamp and a signature. Signed is not encrypted: anyone holding the cookie can read it, as the panel under the guest book does. And there is no ID to renew at login.',
      beat1:
        'Flask has nothing to remember yet, so it sends no cookie, and the guest book stays empty.',
      beat2:
        'Mina logs in. Set-Cookie carries the session itself: {"user_id":152} in base64, a timestamp and a signature. Still no row.',
    },
    'everywhere-flask-files': {
      title: 'Flask-Session: a row again, and an ID that stays',
      body: 'With Flask-Session and SESSION_TYPE = "filesystem", Flask is like the others again: a row per session, and only a uuid4 ID in the cookie. But version 0.3.2 has no call that renews the ID: the trace shows the ID from before the login staying. Whoever planted that ID would be logged in too (session fixation).',
      beat1:
        'Flask-Session writes a row and sets the session ID cookie to a uuid4 ID: the cookie holds the ID only.',
      beat2:
        'Mina logs in. The row gets user_id 152, but the ID in the cookie stays the same: nothing renews it.',
    },
    'everywhere-compare': {
      title: 'The same idea, six ways',
      body: 'Every stack did the same things for each request: read the cookie, find the session, run the app, save the session, send a cookie back when needed. What changed is the cookie’s name, the ID’s shape and signature, where the data lives, who ends an idle session, and whether the login renews the ID. Open the settings under the guest book to read each stack’s code, and switch the Server stack to compare.',
    },
  },
};

export type EverywhereMessages = typeof everywhereEn;
