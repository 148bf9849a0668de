/**
 * English texts of the other server stacks (PHP, Tomcat): shown only once a student switches
 * the shop to one, so they load right after the first paint (see i18n.ts).
 */
export const stacksEn = {
  stacks: {
    about:
      'The server stack can also be PHP 8.2 (its session module with session files, as Debian’s php.ini sets it up) or Tomcat 10 (its session manager, in memory): tests run the real php and the real Tomcat beside the simulated ones. Where those simplify: the wire shows the headers the session and the app write, not the web server’s own (such as Connection), and a request too large for the server is refused as Node would refuse it (431, 413) on every stack.',
    aboutFlask:
      'It can also run on Flask 2.2: its own session, the whole session signed into the cookie (itsdangerous, HMAC-SHA1, not encrypted), or Flask-Session 0.3.2’s files. A test runs the real Flask beside the simulated one with the same secret key and the same clock, and compares every cookie byte for byte. Flask’s wire shows all of its development server’s headers (Server, Connection); on the other stacks, the web server’s own are left out.',
    aboutLaravel:
      'It can also run on Laravel 8.83: the laravel_session cookie encrypted with the app’s APP_KEY (AES-256-CBC, with a MAC), a 40-character ID, one row per session in the database’s sessions table, and old rows deleted by a [2, 100] lottery. A test runs the real Illuminate code (EncryptCookies, StartSession, DatabaseSessionHandler on SQLite, SessionGuard) beside the simulated one with the same APP_KEY and the same clock. Where it simplifies: the shop’s Laravel app runs without the VerifyCsrfToken middleware, so there is no XSRF-TOKEN cookie and no form is checked against _token.',
    central: {
      mode: {
        php: 'one shared store: every server reads and writes the same session files (a folder on a network disk)',
        tomcat:
          'one shared store: every server keeps its sessions in the same store, expiring by Tomcat’s rules',
        laravel: 'one shared store: every server uses the same database and its sessions table',
        'flask-cookie':
          'nothing to share: Flask keeps the whole session in the cookie, so any server can read it',
        'flask-filesystem':
          'one shared store: every server reads and writes the same Flask-Session files (a folder on a network disk)',
      },
      store: {
        php: 'Session files in the shared folder',
        tomcat: 'Tomcat’s shared session store',
        laravel: 'The database’s sessions table',
        'flask-cookie': 'No store on the server (the session is in the cookie)',
        'flask-filesystem': 'Flask-Session files in the shared folder',
      },
      noMemory: 'No sessions in this server’s memory: they live in the shared store.',
      redisOnly:
        'Redis, with its commands on their own wire, is shown for express-session (connect-redis) only.',
    },
    trace: {
      'adopt-id':
        'PHP: adopts the unknown ID the client sent ({{id}}) as a new session: session fixation works (use_strict_mode is off)',
      'invalid-id-new-id': 'PHP: the ID has unsafe characters: treated as none, a new ID is made',
      'invalid-id-no-session':
        'PHP: “Session ID is too long or contains illegal characters”: session_start() fails, no session',
      gc: 'PHP’s garbage collection ran: {{count}} old session file(s) deleted',
      'php-file-create': 'Create the file sess_{{id}}',
      'php-file-write': 'Write the changed data into sess_{{id}}',
      'php-file-touch': 'Data unchanged (lazy_write): only the mtime of sess_{{id}} is renewed',
      'php-file-lost': 'sess_{{id}} was deleted by GC during this request: nothing is kept',
      'tomcat-access':
        'Tomcat: lastAccessedTime of {{id}} is now; it expires after {{minutes}} min idle (maxInactiveInterval)',
      'flask-cookie-read':
        'Flask: the session is read from the cookie itself once its signature checks out; no store is asked',
      'flask-cookie-expired':
        'Flask: the signature is older than PERMANENT_SESSION_LIFETIME: refused, an empty session',
      'flask-cookie-write':
        'Flask: the whole session goes back in Set-Cookie, signed but not encrypted',
      'flask-cookie-keep':
        'Flask: the session did not change: no Set-Cookie, the browser keeps its cookie',
      'flask-cookie-delete': 'Flask: session.clear() left it empty: Flask deletes the cookie',
      'flask-file-adopt':
        'Flask-Session: no file for {{id}}: the ID the client sent becomes a new session (session fixation works)',
      'flask-file-write':
        'Flask-Session: the session is pickled into its file (flask_session/md5("session:{{id}}"))',
      'flask-file-skip': 'Flask-Session: the session is empty: no file, no cookie',
      'flask-no-regenerate-cookie':
        'No ID to renew: a cookie session has none. The signed cookie changes with its data anyway',
      'flask-no-regenerate-filesystem':
        'Flask-Session 0.3.2 has no call that renews the ID: the ID from before the login stays',
      'laravel-decrypt-ok':
        'EncryptCookies: laravel_session decrypts with APP_KEY and its MAC checks out: the session ID is inside',
      'laravel-decrypt-bad':
        'EncryptCookies: laravel_session does not decrypt with APP_KEY (or its MAC is wrong): it counts as no cookie',
      'laravel-expired':
        'Row {{id}} is older than lifetime: it reads as empty (logged out), but the same ID is used again',
      'laravel-adopt':
        'No row {{id}}: the ID in the (genuine, encrypted) cookie becomes a new session',
      'laravel-gc': 'The lottery drew this request: {{count}} row(s) older than lifetime deleted',
      'laravel-lost':
        'GC deleted row {{id}} during this request: the UPDATE at the end writes nothing',
    },
    guestBook: {
      phpTitle: 'Guest book (session files in /var/lib/php/sessions)',
      phpNote:
        'What PHP’s files store keeps for this session: the file sess_<ID> holding $_SESSION in PHP’s serialize format. Only the ID travels; this stays on the server.',
      staleMark: 'GC may delete',
      staleAt: 'past gc_maxlifetime at {{time}}: still served until GC deletes the file',
      staleFrom: 'GC may delete the file from {{time}}',
      tomcatTitle: 'Guest book (Tomcat’s session manager, in memory)',
      tomcatNote:
        'What Tomcat’s StandardManager holds for this session: its times and attributes, in the server’s memory. Only the ID travels; this stays on the server.',
      flaskTitle: 'Guest book (Flask-Session files in flask_session/)',
      flaskNote:
        'What Flask-Session’s filesystem store keeps for this session: the file’s expiry and the session dict, pickled. Only the ID travels; this stays on the server.',
      flaskCookieTitle: 'Guest book (empty: Flask keeps the session in the cookie)',
      flaskCookieEmpty:
        'No rows, and there will be none: Flask’s own session is not kept on the server at all. The whole session travels in the signed cookie “session”, and anyone holding the cookie can read it.',
      flaskCookieNone: 'The browser that just asked has no cookie holding the session.',
      flaskCookieRead: '{{browser}}’s cookie named session, base64 undone (no key needed):',
      flaskCookieCompressed: '(zlib-compressed: one more step to read it)',
      flaskCookieSigned:
        'signed at {{time}}; the signature (HMAC-SHA1 with the secret key) only proves the server wrote it',
      laravelTitle: 'Guest book (the sessions table in the database)',
      laravelNote:
        'This row’s payload column decoded: the session as PHP’s serialize() writes it, with the CSRF token (_token), the last URL (_previous) and the logged-in user (login_web_…); below, the column as stored, in base64. Only the encrypted ID travels; this stays on the server.',
    },
    clock: {
      tomcatGc: 'backgroundProcess(): expire idle sessions',
      tomcatGcHint:
        'Tomcat expires an idle session as soon as a request asks for it, and its background thread sweeps the rest about once a minute.',
      tomcatLifetime:
        'Sessions end after {{duration}} idle (maxInactiveInterval, kept on the server; the cookie itself has no expiry)',
      phpGc: 'session_gc(): delete files past gc_maxlifetime',
      phpGcHint:
        'PHP deletes old session files only when garbage collection runs: by chance on session_start() (gc_probability / gc_divisor, 0 in Debian’s php.ini), or by Debian’s cron job every 30 minutes.',
      phpLifetime:
        'GC may delete a session file {{duration}} after its last use (gc_maxlifetime); until then it is still served',
      flaskCookieLifetime:
        'Nothing expires on the server: there is nothing there. A signed cookie older than {{duration}} (PERMANENT_SESSION_LIFETIME) is refused',
      flaskFileLifetime:
        'A session file stays valid for {{duration}} after its last write (PERMANENT_SESSION_LIFETIME)',
      flaskGc: 'cachelib: delete expired files',
      flaskGcHint:
        'Flask-Session’s filesystem store deletes expired files only once there are more than 500 of them (SESSION_FILE_THRESHOLD); until then an expired file is simply not read.',
      laravelGc: 'gc(): delete rows past lifetime',
      laravelGcHint:
        'Laravel deletes old rows by a lottery: each request has a 2 in 100 chance (lottery [2, 100]) to run DELETE FROM sessions WHERE last_activity <= now − lifetime.',
      laravelLifetime:
        'Sessions end after {{duration}} idle (lifetime: the row’s last_activity, and the cookie’s Max-Age)',
    },
    settings: {
      laravelTitle: 'Laravel session settings (config/session.php)',
      laravelNote:
        'Change a setting, then send a request from the shop. (Change one character of laravel_session in DevTools: the MAC check fails and Laravel starts a new session.)',
      lifetime: 'minutes a session may stay idle; the cookie’s Max-Age too',
      lottery: 'the chance that a request deletes old rows',
      laravelRegenerate:
        'on login, after Auth::attempt(): a new ID and a new CSRF token (Auth::login() already migrates the ID)',
      laravelCode: {
        env: 'encrypts every cookie (AES-256-CBC)',
        driver: 'one row per session in the sessions table',
        lifetime: 'minutes idle; also the cookie’s Max-Age',
        lottery: 'a {{wins}} in {{of}} chance per request to delete old rows',
        start:
          "the 'web' middleware group (EncryptCookies, StartSession) decrypts laravel_session, reads the row, and sends the cookie on every response",
        login: 'Auth::login() has already changed the ID (migrate(true)) and deleted the old row',
        regenerate: 'a new ID once more, and a new CSRF token',
        logout: 'deletes the row; a new, empty session with a new ID',
        token: 'a new CSRF token',
      },
      tomcatTitle: 'Tomcat session settings (web.xml)',
      tomcatNote:
        'Change a setting, then send a request from the shop: a new session follows it. (Try a made-up JSESSIONID in DevTools: Tomcat never adopts it.)',
      useHttpOnly: 'hide JSESSIONID from page scripts (on by default)',
      maxInactiveInterval: 'how long a session may stay idle',
      javaCode: {
        timeout: 'minutes of idleness before the server expires the session',
        httpOnly: 'page scripts cannot read JSESSIONID',
        noHttpOnly: 'page scripts can read JSESSIONID',
        getSession: 'reads JSESSIONID; an unknown ID gets a new session and a new ID',
        login: 'a new ID, the same attributes; the old ID is dead',
        logout: 'the session is gone from the manager',
        clear: 'the app clears the cookie itself',
      },
      phpTitle: 'PHP session settings (php.ini)',
      phpNote:
        'Change a setting, then send a request from the shop: the next exchange follows it. (Try a made-up PHPSESSID in DevTools with use_strict_mode off, then on.)',
      useStrictMode: 'refuse a session ID this server never made (off by default: PHP adopts it)',
      cookieHttponly: 'hide PHPSESSID from page scripts (off by default)',
      phpCode: {
        ini: 'Debian’s php.ini: files in /var/lib/php/sessions, IDs of 26 characters',
        strictOff: 'off: an ID the client makes up becomes a session (fixation)',
        strictOn: 'on: an unknown ID is refused and replaced',
        httponlyOff: 'off: document.cookie shows PHPSESSID',
        httponlyOn: 'on: page scripts cannot read PHPSESSID',
        gc: 'GC after {{minutes}} min idle; gc_probability {{probability}} / {{divisor}}',
        start: 'reads PHPSESSID, opens sess_<ID>, sends Set-Cookie for a new one',
        login: 'a new ID, the same data; the old file is deleted',
        logout: 'deletes sess_<ID>, but sends no cookie',
        clear: 'the app clears the cookie itself',
      },
      flaskTitle: 'Flask session settings (app.config)',
      flaskNote:
        'Change a setting, then send a request from the shop. (When the session lives in the cookie, paste that cookie from DevTools into any base64 decoder: the cart and user_id are right there. With files on the server, the cookie holds only an ID.)',
      sessionType: 'where the session lives',
      sessionTypeCookie: 'in a signed cookie (Flask’s own)',
      sessionTypeFilesystem: 'in files on the server (Flask-Session)',
      permanentOnLogin: 'make the session permanent on login: a cookie with Expires, 31 days',
      sessionPermanent: 'every session permanent (Flask-Session’s default)',
      useSigner: 'sign the session ID in the cookie (off by default)',
      pyCode: {
        secret: 'signs the cookie; whoever knows it can forge any session',
        cookie:
          'no SESSION_TYPE: Flask’s own session, JSON signed into the cookie, nothing stored here',
        filesystem: 'Flask-Session: the session in files, only a uuid4 ID in the cookie',
        permanent: 'Flask-Session makes every session permanent unless told otherwise',
        signer: 'True also signs the ID in the cookie',
        login: 'there is no ID to renew: nothing like regenerate() exists',
        loginFiles: 'Flask-Session 0.3.2 cannot renew the ID: the one from before the login stays',
        permanentLogin: 'Expires = now + PERMANENT_SESSION_LIFETIME (31 days)',
        logout: 'an empty session: Flask deletes the cookie itself',
      },
    },
  },
};

export type StackMessages = typeof stacksEn;
