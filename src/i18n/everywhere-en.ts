/**
 * English texts of the chapter "The same idea everywhere" (src/lessons/chapters/everywhere.ts):
 * its narration, challenges and quiz, in the shape the course's later chapters use.
 */
export const everywhereEn = {
  chapters: {
    everywhere: 'The same idea everywhere',
  },
  steps: {
    everywhere: {
      title: 'One login, many stacks',
      body: 'The same shop, the same Mina, the same login, first on express-session. Look at three things in the response and the guest book: the cookie’s name (connect.sid), the ID’s shape (32 characters, signed as s:…) and where the session is kept (a row in the server’s memory). The next steps run exactly this login on other stacks.',
    },
    'everywhere-php': {
      title: 'PHP: PHPSESSID and a file',
      body: 'The stack is PHP 8.2 now. The cookie is PHPSESSID, the ID 26 characters of 0–9 and a–v, not signed. The session is a file, sess_<ID>, and the login calls session_regenerate_id(true): a new ID, the old file deleted. The same idea under other names.',
    },
    'everywhere-tomcat': {
      title: 'Java: JSESSIONID in the server’s memory',
      body: 'On Tomcat 10 the cookie is JSESSIONID, 32 upper-case hexadecimal characters. The session manager keeps the session in memory, and the login calls request.changeSessionId(). The idle limit (30 minutes) lives on the server: the cookie itself has no expiry.',
    },
    'everywhere-laravel': {
      title: 'Laravel: a sessions table and an encrypted cookie',
      body: 'On Laravel 8 the cookie is laravel_session, and its value is encrypted: the 40-character session ID is inside, but the browser sees only ciphertext. The session is a row of the sessions table, the very columns this guest book borrows, with the data in payload. The login calls Auth::login(), which moves the session to a new ID.',
    },
    'everywhere-flask': {
      title: 'Flask: the session is the cookie',
      body: 'Flask’s own session breaks the pattern. The guest book stays empty: the server keeps nothing. The whole session, {"user_id":152}, travels in the cookie named session, in base64 with a timestamp and a signature. Signed is not encrypted: anyone holding the cookie can read it, as the panel under the guest book does. And there is no ID to renew at login.',
    },
    'everywhere-flask-files': {
      title: 'Flask-Session: a row again, and an ID that stays',
      body: 'With Flask-Session and SESSION_TYPE = "filesystem", Flask is like the others again: a row per session, and only a uuid4 ID in the cookie. But version 0.3.2 has no call that renews the ID: the trace shows the ID from before the login staying. Whoever planted that ID would be logged in too (session fixation).',
    },
    'everywhere-compare': {
      title: 'The same idea, six ways',
      body: 'Every stack did the same things for each request: read the cookie, find the session, run the app, save the session, send a cookie back when needed. What changed is the cookie’s name, the ID’s shape and signature, where the data lives, who ends an idle session, and whether the login renews the ID. Open the settings under the guest book to read each stack’s code, and switch the Server stack to compare.',
    },
  },
  challenges: {
    'php-strict': {
      title: 'Refuse a made-up PHPSESSID',
      goal: 'PHP took whatever PHPSESSID it was sent. Make it refuse a made-up one: change a setting, then send a request with an ID you invent.',
      hints: {
        '0': 'Look at the PHP session settings under the guest book.',
        '1': 'session.use_strict_mode refuses an ID this server never made.',
        '2': 'Turn it on, change PHPSESSID in DevTools → Application → Cookies to any letters and digits, then open the home page.',
      },
      solved:
        'With use_strict_mode on, PHP answered your made-up ID with a new one of its own. With it off, PHP adopts yours, and that is how session fixation starts.',
      nudges: {
        adopted:
          'PHP adopted your made-up ID (see the trace): the setting that refuses it is still off.',
      },
    },
    'tomcat-idle': {
      title: 'Let Tomcat end the session',
      goal: 'Make Tomcat end Mina’s session without logging out, and show it: My page must answer 401 while the browser still sends JSESSIONID.',
      hints: {
        '0': 'Tomcat ends a session that has been idle for maxInactiveInterval.',
        '1': 'Move the server clock forward 30 minutes, then open My page.',
      },
      solved:
        'The browser still sent JSESSIONID, but Tomcat had expired the session on the server after 30 idle minutes. The cookie itself never had an expiry: the server decides.',
      nudges: {
        'logged-out': 'Logging out ends it too, but the goal is to let it run out by itself.',
      },
    },
    'flask-forge': {
      title: 'Become Joon in Flask’s cookie',
      goal: 'Mina’s Flask cookie says {"user_id":152}. Edit it to say 214 (Joon’s ID) and open My page. Does the server believe you?',
      hints: {
        '0': 'The part before the first dot is the session itself, in base64.',
        '1': '{"user_id":214} in base64 is eyJ1c2VyX2lkIjoyMTR9.',
        '2': 'In DevTools → Application → Cookies, put that before the first dot of session (keep the rest), then open My page.',
      },
      solved:
        'Reading was easy, forging was not. The signature is an HMAC of the data with the secret key: change one byte and it no longer matches, so Flask starts an empty session and My page answers 401.',
    },
    'flask-signer': {
      title: 'Refuse a made-up Flask-Session ID',
      goal: 'Flask-Session took whatever session ID it was sent, as PHP did. Make it refuse a made-up one, then send one.',
      hints: {
        '0': 'Look at the Flask session settings under the guest book.',
        '1': 'SESSION_USE_SIGNER signs the ID in the cookie.',
        '2': 'Turn it on, change the session cookie to any text in DevTools, then open the home page.',
      },
      solved:
        'Signed, an ID can only come from the server: yours failed the signature, and Flask-Session started a new session under its own ID. Unsigned, it would have adopted yours.',
      nudges: {
        adopted:
          'Flask-Session adopted your made-up ID (see the trace): nothing checks where an ID came from yet.',
      },
    },
  },
  quiz: {
    'everywhere-tomcat-name': {
      prompt: 'Which cookie carries the session ID on Tomcat?',
      options: {
        'connect.sid': 'connect.sid',
        PHPSESSID: 'PHPSESSID',
        JSESSIONID: 'JSESSIONID',
        session: 'session',
      },
      explain:
        'Java servlet servers call it JSESSIONID. connect.sid is express-session’s, PHPSESSID PHP’s, and session is Flask’s, which in its default form carries the data itself.',
    },
    'everywhere-renew-php': {
      prompt: 'Which call gives PHP’s session a new ID at login?',
      options: {
        regenerate: 'session_regenerate_id(true)',
        'change-session-id': 'request.changeSessionId()',
        clear: 'session.clear()',
        none: 'None: PHP cannot renew the ID',
      },
      explain:
        'session_regenerate_id(true) moves the data to a new ID and deletes the old file. changeSessionId() is Java’s; session.clear() is Flask’s, and it empties the session without a new ID.',
    },
    'everywhere-no-row': {
      prompt: 'On which stack did Mina’s login leave no row in the guest book?',
      options: {
        express: 'express-session',
        php: 'PHP',
        tomcat: 'Tomcat',
        flask: 'Flask, with its own session',
      },
      explain:
        'Flask’s own session is the cookie: the data travels with every request and the server keeps nothing. The others keep the data and send only an ID.',
    },
    'everywhere-readable': {
      prompt:
        'Someone copies Mina’s Flask session cookie. Without the secret key, what can they do with what is inside?',
      options: {
        read: 'Read it: base64 hides nothing',
        change: 'Change user_id to someone else’s and be believed',
        nothing: 'Nothing: it is encrypted',
      },
      explain:
        'The cookie is signed, not encrypted: anyone can read it, nobody without the key can change it unnoticed. (They can still send it as it is: a stolen cookie works until it expires.)',
    },
    'everywhere-adopt': {
      prompt: 'Which of these never starts a session under an ID the client made up?',
      options: {
        php: 'PHP with its defaults',
        'flask-files': 'Flask-Session 0.3.2 without a signer',
        tomcat: 'Tomcat',
      },
      explain:
        'Tomcat answers an unknown JSESSIONID with a new session and a new ID of its own. PHP (without use_strict_mode) and Flask-Session (without SESSION_USE_SIGNER) adopt the ID they are sent.',
    },
    'everywhere-same-steps': {
      prompt: 'Put in order what every stack did for each request.',
      options: {
        'read-cookie': 'Read the session cookie',
        'find-session': 'Find the session (in a store, or in the cookie itself)',
        'run-app': 'Run the app’s code',
        'save-session': 'Save the session',
        'send-cookie': 'Send Set-Cookie when needed',
      },
      explain:
        'The same five moves on every stack; only the names, the ID and the place the data lives change.',
    },
  },
};

export type EverywhereMessages = typeof everywhereEn;
