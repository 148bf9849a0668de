/**
 * English texts of "predict, then reveal": before a step plays, the student guesses its outcome.
 * Like the activities' texts, they load right after the first paint (see i18n.ts).
 */
export const predictionsEn = {
  predictUi: {
    label: 'Predict',
    help: 'The screen still shows the moment before this step. Choose what will happen, then check: the step plays after you answer.',
    choose: 'Your prediction',
    check: 'Check and play',
    skip: 'Just show me',
    right: 'Right!',
    wrong: 'Not quite.',
    youChose: 'You predicted: {{answer}}',
    actual: 'What happened: {{answer}}',
    skipped: 'You skipped this prediction.',
    again: 'Predict again',
    status: {
      '200': '200 OK: the page opens',
      '401': '401: “please log in”',
    },
  },
  predictions: {
    'secure-cafe-sent': {
      prompt:
        'Mina follows the café’s http:// link to My page. Her session ID cookie has no Secure flag. Does the request carry it?',
      options: { yes: 'Yes, in plain text', no: 'No, the browser keeps it back' },
      why: 'Without Secure, the cookie goes to the shop over http and https alike. Over http nothing is encrypted: anyone on the Wi-Fi can read it.',
    },
    'secure-no-cookie-set': {
      prompt:
        'The shop sets cookie.secure: true. A browser without a cookie opens the http link. Does the response carry a Set-Cookie?',
      options: { yes: 'Yes, with Secure', no: 'No Set-Cookie at all' },
      why: 'express-session sees that the request is not secure (req.secure is false) and does not send a cookie meant for https only.',
    },
    'secure-withheld-status': {
      prompt:
        'Mina’s cookie is Secure now. She opens the café’s http link to My page. What does the server answer?',
      why: 'The browser keeps a Secure cookie off http requests. Without a cookie the server does not know her: 401.',
    },
    'kinds-pause-status': {
      prompt:
        'Mina pauses for two minutes; meanwhile the connection is closed. She opens My page. What does the server answer?',
      why: 'The login lives in the session on the server, named by the cookie, not in the connection. A new connection changes nothing: 200.',
    },
    'kinds-close-status': {
      prompt:
        'The cookie has no Max-Age. Mina closes Chrome, starts it again and opens My page. What does the server answer?',
      why: 'A cookie without Expires or Max-Age lasts one browser session. It is gone, so the request names no session: 401, although the session is still on the server.',
    },
    'kinds-idle-status': {
      prompt:
        'The cookie lasts 30 minutes, renewed on every response. Mina logs in, leaves the tab open for 31 minutes, then opens My page. What does the server answer?',
      why: 'The browser stayed open, but the login session ended after 30 idle minutes, in the jar and in the store: 401.',
    },
    'cross-site-image': {
      prompt:
        'evil.example’s image asks the shop for /me. Does Chrome send Mina’s session ID cookie with it?',
      options: { yes: 'Yes: it is a request to the shop', no: 'No: another site started it' },
      why: 'A cookie without SameSite is Lax in Chrome, and a Lax cookie never rides an image another site asked for.',
    },
    'cross-site-form-fresh': {
      prompt:
        'Mina clicks Claim: the hidden form POSTs to the shop. Does her session ID cookie go along?',
      options: { yes: 'Yes', no: 'No: it is Lax by default' },
      why: 'Her cookie is less than two minutes old, and Chrome lets such a cookie without SameSite ride a top-level POST from another site (Lax+POST).',
    },
    'cross-site-form-later': {
      prompt: 'Five minutes later she clicks Claim again. Does the cookie go along now?',
      options: { yes: 'Yes, as before', no: 'No' },
      why: 'The two-minute grace is over: the cookie is plain Lax now, and Lax stays home on a POST from another site.',
    },
    'cross-site-form-none': {
      prompt: 'Her new cookie is SameSite=None; Secure. Does it go with the forged form?',
      options: { yes: 'Yes', no: 'No' },
      why: 'None means exactly that: requests started by any site carry it.',
    },
    'cross-site-token-status': {
      prompt:
        'The shop now checks a CSRF token. The forged form carries Mina’s cookie. What does the shop answer?',
      options: { '200': '200: the gift card is added', '403': '403: refused' },
      why: 'The session is found, but the form has no _csrf token: the check refuses it before any route runs.',
    },
    'first-visit-row': {
      prompt:
        'Chrome has never been here: its jar is empty. It asks for the home page. What happens in the guest book?',
      options: {
        added: 'A new row appears',
        same: 'Nothing: nobody has logged in yet',
      },
      why: 'The server starts a session for every visitor who comes without a cookie, logged in or not (saveUninitialized: true): a row with user_id NULL.',
    },
    'cookie-returns-sent': {
      prompt:
        'Three minutes later Chrome asks for the home page again. Does the request carry the connect.sid cookie?',
      options: {
        yes: 'Yes, the browser adds it by itself',
        no: 'No, a script on the page would have to send it',
      },
      why: 'The browser sends every cookie that matches the site and path with each request; no code on the page is needed.',
    },
    'login-row': {
      prompt:
        'Mina logs in with the right password. What happens to Chrome’s row in the guest book?',
      options: {
        same: 'The same row gets user_id 152',
        replaced: 'The row is deleted, and a new row with a new ID gets user_id 152',
        added: 'A second row appears beside the old one',
      },
      why: 'On login the server renews the session ID (regenerate): the old row goes and a new one holds user_id 152. That stops session fixation.',
    },
    'me-status': {
      prompt: 'Mina opens My page without typing her password again. What does the server answer?',
      why: 'The cookie brings the session ID and its row says user_id 152, so the server knows her: 200.',
    },
    'expired-sent': {
      prompt:
        'Thirty-one minutes have passed without a request. Mina opens My page. Does Chrome’s request carry the session ID cookie?',
      options: {
        yes: 'Yes, it is still in the jar',
        no: 'No, the jar no longer has it',
      },
      why: 'The cookie’s Expires (30 minutes, renewed by each response) has passed, so Chrome threw it away: the request goes out without it and gets 401.',
    },
    'lazy-expiry-row': {
      prompt:
        'Mina’s expired row is still in the guest book. Now the shop lists every session (store.all()). What happens to that row?',
      options: {
        removed: 'It is deleted',
        same: 'It stays until the server restarts',
      },
      why: 'MemoryStore deletes an expired session when something reads it, and all() reads every one.',
    },
    'logout-row': {
      prompt: 'Mina presses Log out. What happens to her row in the guest book?',
      options: {
        removed: 'It is deleted',
        same: 'It stays, with user_id back to NULL',
      },
      why: 'Logout calls destroy(): the row is deleted, and a Set-Cookie asks the browser to throw the cookie away.',
    },
    'after-logout-status': {
      prompt: 'After logging out, Mina opens My page again. What does the server answer?',
      why: 'The jar is empty and the row is gone: the server does not know her, so 401.',
    },
    'stateless-sent': {
      prompt:
        'Safari opens the same shop for the first time, while Chrome holds a session ID cookie. Does Safari’s request carry one?',
      options: {
        yes: 'Yes, the one Chrome got',
        no: 'No, Safari’s jar is empty',
      },
      why: 'Every browser has its own cookie jar. Safari has never been here, so it sends nothing and gets a session of its own.',
    },
    'own-jars-user': {
      prompt:
        'Joon logged in on Edge, Mina on Chrome; Safari never logged in. Safari opens My page. Whose page comes back?',
      options: {
        '152': 'Mina’s (user_id 152)',
        '214': 'Joon’s (user_id 214)',
        none: 'Nobody’s: 401',
      },
      why: 'Safari sends only its own cookie, and its row says user_id NULL: 401. A login stays in the browser that made it.',
    },
    'tamper-status': {
      prompt:
        'Someone edits Safari’s cookie by hand to a made-up session ID, then opens My page. What does the server answer?',
      why: 'The signature no longer matches the value, so the server ignores the cookie: 401 and a fresh anonymous session.',
    },
    'stolen-user': {
      prompt:
        'An attacker copies Chrome’s cookie into Firefox and opens My page, with no password. Whose page comes back?',
      options: {
        '152': 'Mina’s (user_id 152)',
        none: 'Nobody’s: 401, it is another browser',
      },
      why: 'The server sees a valid session ID, not which browser sent it: the copy works like the login itself. That is session hijacking.',
    },
    'logout-public-pc-status': {
      prompt:
        'Mina logs out on Chrome. Firefox still holds the copied cookie and opens My page. What does the server answer?',
      why: 'Logout deleted the row the copy points to, so the stolen cookie is worthless now: 401.',
    },
    'fixation-status': {
      prompt:
        'The attacker plants their own session ID in Chrome, and Mina logs in. Then the attacker opens My page with that ID. What does the server answer?',
      why: 'Login renews the session ID, so the planted ID is deleted: the attacker gets 401.',
    },
    'close-browser-sent': {
      prompt:
        'The cookie has no Expires now. Mina closes Chrome, starts it again and opens My page. Does the request carry the cookie?',
      options: {
        yes: 'Yes, the jar keeps it',
        no: 'No, it is gone',
      },
      why: 'A cookie without Expires lives only in the browser’s memory: closing the browser threw it away.',
    },
    'reopen-status': {
      prompt:
        'Now the cookie expires in 7 days. Mina closes Chrome, comes back an hour later and opens My page. What does the server answer?',
      why: 'A persistent cookie is kept on disk until its Expires: it comes back with the request, the session is still alive, and the answer is 200.',
    },
    'restart-status': {
      prompt:
        'The server restarts. Chrome still holds Mina’s cookie and opens My page. What does the server answer?',
      why: 'The sessions lived in the server’s memory, which the restart wiped: the cookie points at nothing, so 401.',
    },
    'lost-login-status': {
      prompt:
        'Two servers, each with its own memory; Mina logged in on A. The load balancer hands her next request, My page, to B. What does B answer?',
      why: 'B has never seen her session ID: it lives in A’s memory only. So 401.',
    },
    'sticky-status': {
      prompt:
        'With sticky sessions the load balancer sends each visitor to one server every time. Mina logs in and opens My page twice. What does the second My page answer?',
      why: 'Every request of Mina’s goes to the server that holds her session: 200.',
    },
    'cookie-store-first-cookie': {
      prompt:
        'The shop now keeps sessions in the cookie (cookie-session). Chrome, with no such cookie yet, opens the home page. Does the response set a cookie holding the session?',
      options: {
        yes: 'Yes: every new visitor gets one',
        no: 'No: there is nothing to store yet',
      },
      why: 'cookie-session writes the cookie only when the session has something in it (or changed). An empty session costs nothing, and the server keeps nothing either.',
    },
    'cookie-store-row': {
      prompt: 'Chrome puts an apple in the cart. What happens in the guest book?',
      options: {
        added: 'A new row appears, holding the cart',
        same: 'Nothing: the cart goes into the cookie',
      },
      why: 'With a cookie store the server writes nothing down: the cart travels back to Chrome in the cookie named session, signed in session.sig.',
    },
    'cookie-store-tamper-status': {
      prompt:
        'Chrome’s cookie is edited to say userId 214 (Joon), the old session.sig kept. What does My page answer?',
      why: 'The signature no longer matches the value: the server ignores the cookie, starts an empty session, and My page needs a login: 401.',
    },
    'authz-guest-status': {
      prompt: 'Chrome, logged out, asks for the shop’s admin page. What does the server answer?',
      options: { '200': '200: the page', '401': '401: log in first', '403': '403: not allowed' },
      why: 'No logged-in user is in the session, so the server does not know who is asking: 401, log in first.',
    },
    'authz-user-status': {
      prompt: 'Joon logs in and asks for the admin page. His account is not an admin. What now?',
      options: { '200': '200: the page', '401': '401: log in first', '403': '403: not allowed' },
      why: 'The server knows it is Joon (authenticated), but his account may not open this page (not authorized): 403.',
    },
    'stateless-again-row': {
      prompt: 'Safari opens the home page again. What happens in the guest book now?',
      options: { added: 'Another new row', same: 'Nothing: the server knows Safari already' },
      why: 'Nothing in the request says it is the same Safari: no cookie came back. Another stranger, another row.',
    },
    'stateless-login-status': {
      prompt:
        'Mina logs in on Safari with the right password, then opens My page. What does My page answer?',
      why: 'The session that holds her login has an ID Safari never kept. My page comes without it: 401.',
    },
    'xss-victim-stolen': {
      prompt:
        'Mina (logged in) opens the review page with the planted review. Does her session ID cookie reach evil.example?',
      options: {
        yes: 'Yes: her browser sends it',
        no: 'No: the shop’s cookie stays with the shop',
      },
      why: 'The script runs as part of the shop’s page, and without HttpOnly document.cookie shows connect.sid.',
    },
    'xss-hijack-user': {
      prompt:
        'Firefox now holds the connect.sid evil.example received and opens My page. Whose page comes back?',
      options: { '152': 'Mina’s (user_id 152)', none: 'Nobody’s: a login is asked' },
      why: 'The session ID is all the server checks. Whoever sends it is Mina.',
    },
    'xss-httponly-stolen': {
      prompt:
        'The shop turns cookie.httpOnly on, and Mina logs in again and opens the reviews. Does her session ID cookie reach evil.example?',
      options: { yes: 'Yes: the script still runs', no: 'No: the script runs, but cannot see it' },
      why: 'The request to evil.example still goes, but document.cookie leaves out HttpOnly cookies.',
    },
  },
};

export type PredictionMessages = typeof predictionsEn;
