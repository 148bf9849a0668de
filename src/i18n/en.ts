/** English messages. Tags like <sid>…</sid> mark glossary terms (see ui/glossary.tsx). */
export const en = {
  app: {
    title: 'Session Guestbook',
    tagline: 'How a server remembers you: sessions, step by step',
    skip: 'Skip to the lesson',
    about: 'About this simulation',
    aboutBody:
      'Everything here runs in your browser: the shop, its server and the visitors are simulated. Page scripts may not send a Cookie header or read Set-Cookie (the Fetch standard forbids both), so each simulated visitor keeps its own cookie jar and the headers travel in a form the page may read. You always see them under their real names, exactly as they would cross the network. The server is express-session 1.19 with its MemoryStore, and a test runs the real library side by side with this one to keep them alike. Where the lesson simplifies: the shop speaks HTTPS itself (no proxy in front); connection headers such as Connection and Keep-Alive are left out; server and browsers share one clock; and the guest book’s ip_address, user_agent and last_activity columns come from Laravel’s sessions table — express-session keeps only the session data (open “data” on a row), and here those columns show the request that last wrote the row.',
    close: 'Close',
    startingNetwork: 'Starting the simulated network…',
    networkWorker: 'Requests go through a service worker in your browser, like real fetches.',
    networkInPage:
      'No service worker could start here (some private windows, a plain-http address other than localhost, or an old browser), so the server runs inside the page. The lesson works the same. For the full experience, open the site over http://localhost or https.',
    networkError:
      'Something went wrong in the simulation: {{message}}. Your place is kept; try the step again.',
  },
  common: {
    lookHere: 'Look here',
  },
  controls: {
    next: 'Next step',
    prev: 'Previous step',
    first: 'First step',
    last: 'Last step',
    play: 'Play',
    pause: 'Pause',
    speed: 'Speed',
    stepOf: 'Step {{n}} of {{total}}',
    contents: 'Contents',
    presenter: 'Presenter mode',
    fullscreen: 'Full screen',
    shortcuts: 'Keyboard shortcuts',
    language: 'Language',
    motion: 'Animation',
    motionSystem: 'As system',
    motionReduce: 'Reduced',
    motionFull: 'Full',
    restart: 'Start over',
    exportHar: 'Export HAR',
    freePlay: 'You changed the world by hand. Next step goes on from here.',
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    next: 'Next step',
    prev: 'Previous step',
    first: 'First step',
    last: 'Last step',
    presenter: 'Presenter mode on/off',
    fullscreen: 'Full screen on/off',
    help: 'This list',
    play: 'Play / pause',
  },
  regions: {
    browser: 'Browser',
    wire: 'The wire',
    server: 'Server',
  },
  chapters: {
    life: "A visitor's life",
    crowd: 'Many visitors',
    security: 'Security',
    expiry: 'When sessions end',
    storage: 'Where sessions live',
    cluster: 'Many servers',
  },
  steps: {
    welcome: {
      title: 'Welcome to the shop',
      body: 'This is a tiny online shop and its server. On the right is the server’s <book>guest book</book>: the <store>session store</store>, one row per visitor. It is empty, because nobody has come yet. HTTP itself is <stateless>stateless</stateless>: every request stands alone. Watch how a cookie and a session let the server remember you.',
    },
    'first-visit': {
      title: 'First visit',
      body: 'Chrome asks for the home page. It has never been here, so the request carries no <cookie>Cookie</cookie> header: to the server this is a stranger. Follow the request across the wire and watch the server’s steps light up.',
    },
    'row-created': {
      title: 'A new row in the guest book',
      body: 'Finding no cookie, the server created a session and wrote a row: a random <sid>session ID</sid>, the visitor’s IP address, the time and the User-Agent. <userid>user_id</userid> is NULL: this is an anonymous guest.',
    },
    'set-cookie': {
      title: 'The server hands out a number ticket',
      body: 'The response carries <setcookie>Set-Cookie</setcookie>: connect.sid holds the session ID, signed with the server’s secret (s: + ID + . + signature, URL-encoded). <httponly>HttpOnly</httponly> means page scripts cannot read it. The <expires>Expires</expires> date is 30 minutes from now: this shop sets cookie.maxAge to 30 minutes, and express-session turns maxAge into Expires.',
    },
    'jar-stores': {
      title: 'The browser keeps the cookie',
      body: 'Chrome stored the cookie in its jar, as DevTools shows under Application → Cookies: name, value, domain, path, expiry and flags. Only the ID lives here; everything else stays on the server.',
    },
    'cookie-returns': {
      title: 'The cookie comes back by itself',
      body: 'Three minutes later Chrome asks for the home page again. The browser adds <cookie>Cookie: connect.sid=…</cookie> to the request on its own: no code on the page did it. The server now knows who this is.',
    },
    'last-activity': {
      title: 'The server recognises the visitor',
      body: 'The server checked the signature and found the session by its ID: no new row, the same session goes on. Because the shop sets rolling: true, the response carries Set-Cookie again, with an Expires 30 minutes from now, and the store’s copy of cookie.expires moves too (express-session calls this a touch). Each request restarts the 30 minutes: an <idle>idle timeout</idle>. The <lastactivity>last_activity</lastactivity> column shows when the store last wrote the row.',
    },
    login: {
      title: 'Logging in',
      body: 'Mina logs in. The server checks the password, then <regenerate>renews the session ID</regenerate>: the old row is deleted and a new one is written with <userid>user_id</userid> 152. A new Set-Cookie replaces the old cookie. Renewing the ID on login is what OWASP asks, and it stops <fixation>session fixation</fixation>.',
    },
    me: {
      title: 'Pages that need a login just work',
      body: 'My page needs a logged-in user. Mina does not type her password again: the cookie brings the session ID, the row says user_id 152, and the server answers 200. This is <auth>session-based authentication</auth>.',
    },
    idle: {
      title: 'Half an hour passes',
      body: 'Mina leaves for lunch: the clock jumps 31 minutes. Her cookie’s Expires has passed, so Chrome threw the cookie away (look at the jar). On the server the session’s cookie.expires has passed too, and the row is marked expired. This is express-session’s <idle>idle timeout</idle>: cookie.maxAge, renewed on every response (rolling).',
    },
    expired: {
      title: 'The session is over',
      body: 'Mina opens My page. Chrome has no cookie left to send, so to the server she is a new visitor: a new anonymous session and <status401>401</status401>, “please log in”. express-session cannot tell an expired session from a first visit, so the shop cannot honestly say “your session has expired”. Mina’s old row is still in the guest book: MemoryStore deletes an expired session only when something reads it.',
    },
    'lazy-expiry': {
      title: 'Expired rows linger',
      body: 'Nobody will ask for Mina’s old session again, so MemoryStore would keep it in memory for good (express-session warns that MemoryStore leaks and is not for production). Here the shop lists its sessions with store.all(): reading each one, MemoryStore drops the expired row. Real stores clean up by themselves: Redis deletes a key when its TTL runs out, Laravel runs a garbage-collection lottery.',
    },
    'login-again': {
      title: 'Log in again',
      body: 'Mina logs in once more. Again the ID is renewed and user_id 152 is bound to the new row.',
    },
    logout: {
      title: 'Logging out',
      body: 'Logout has two halves. The server deletes the row (express-session’s destroy()), and the app overwrites the cookie with an empty value and an Expires in 1970, so the browser throws it away. The server cannot reach into the browser: it can only ask with Set-Cookie.',
    },
    'after-logout': {
      title: 'After logout',
      body: 'The jar is empty, so the request goes out without a Cookie. My page answers 401: log in first. A new anonymous session begins.',
    },
    stateless: {
      title: 'A second browser',
      body: 'Safari opens the same shop. It has its own cookie jar and nothing in it, so the server cannot tell it apart from anyone else until it hands out a new session ID. Each browser gets its own row.',
    },
    'second-browser': {
      title: 'The guest book fills up',
      body: 'Chrome comes back and Edge arrives. Three browsers, three IDs, three rows: the server tells them apart only by the cookie each one sends.',
    },
    'two-logins': {
      title: 'Who is logged in?',
      body: 'Joon logs in on Edge and Mina on Chrome. Now the guest book looks like the one in the course notes: some rows have a user_id (logged in), some have NULL (guests).',
    },
    'own-jars': {
      title: 'Each browser, its own jar',
      body: 'Edge sees Joon’s page; Safari, which never logged in, gets 401. Switch between the browser tabs and open Application → Cookies: every jar holds a different ID.',
    },
    httponly: {
      title: 'HttpOnly keeps scripts out',
      body: 'A script on the page runs document.cookie. The session cookie is <httponly>HttpOnly</httponly>, so the script sees nothing, even though the browser sends the cookie with every request. This is what stops an <xss>XSS</xss> attack from reading the session ID.',
    },
    tamper: {
      title: 'Editing the cookie by hand',
      body: 'Someone edits Safari’s cookie to a made-up ID. The server checks the <signature>signature</signature>, sees that it does not match, and treats the request as having no session: 401 and a fresh anonymous session. No error, no crash, and no way in.',
    },
    stolen: {
      title: 'A stolen cookie is as good as a login',
      body: 'An attacker copies Chrome’s cookie into Firefox. Firefox asks for My page and gets Mina’s page, without any password: the server only sees a valid session ID. This is <hijack>session hijacking</hijack>. Look at the row: it now shows the attacker’s IP.',
    },
    'logout-public-pc': {
      title: 'Why you log out on a public PC',
      body: 'Mina logs out. The server deletes the row, so the stolen copy is worthless: Firefox now gets 401. Logging out is what ends a session for everyone who holds its ID. <secure>Secure</secure> (HTTPS only) makes stealing the cookie on the network much harder.',
    },
    fixation: {
      title: 'Session fixation, and how renewal stops it',
      body: 'The attacker gets an anonymous ID and plants it in Mina’s browser. Mina logs in… but the server <regenerate>renews the ID</regenerate> at login, so the planted ID is deleted. The attacker’s request gets 401.',
    },
    'memory-cookie': {
      title: 'A cookie until the browser closes',
      body: 'Many apps leave cookie.maxAge out: it is express-session’s default. The shop now does the same, and Mina logs in again. The Set-Cookie has no Expires, so it is a <memcookie>session (memory) cookie</memcookie>. Without maxAge the session on the server has no expiry either.',
    },
    'close-browser': {
      title: 'Closing the browser',
      body: 'Mina closes Chrome. Its cookie had no Expires, so the browser forgets it (a browser that restores your tabs on start-up may restore such cookies too). Chrome comes back as a stranger and gets 401. Look at the guest book: Mina’s old row is still there, and with no maxAge it never expires: MemoryStore keeps it until the server restarts. The server cannot know that a browser closed. That is why real stores set a TTL (connect-redis: one day by default).',
    },
    'remember-me': {
      title: 'A persistent cookie (“remember me”)',
      body: 'The server now sets cookie.maxAge to 7 days with rolling on again, plus Secure and SameSite=Lax. After login the Set-Cookie has an <expires>Expires</expires> date: a <persistent>persistent cookie</persistent> that the browser writes to disk. (express-session turns maxAge into Expires.)',
    },
    reopen: {
      title: 'Closing the browser again',
      body: 'Mina closes Chrome and reopens it an hour later. This time the cookie survives, because it has an Expires, and My page works at once.',
    },
    restart: {
      title: 'The server restarts',
      body: 'The session store was the server’s memory. Memory is fast but <volatile>volatile</volatile>: when the server restarts, every row is gone and everyone is logged out. Mina’s cookie still arrives, but it points to nothing. This is why real sites keep sessions in a store such as <redis>Redis</redis>.',
    },
    'busy-day': {
      title: 'A busy day',
      body: 'A thousand visitors arrive. This shop stores sessions nobody wrote anything into (saveUninitialized: true), so every one of them costs a row in the server’s memory, even if they never log in. With saveUninitialized: false only those who log in or fill a cart would. Many sessions cost memory; with several servers they must also be shared through a central store, or each server would forget the users the others logged in.',
    },
    'two-servers': {
      title: 'Two servers, two memories',
      body: 'The shop grows: two servers, A and B, now stand behind a <lb>load balancer</lb> that hands each request to the next server in turn. Each server keeps sessions in its own memory. Mina logs in; server A answers and writes her row in A’s memory.',
    },
    'lost-login': {
      title: 'The login gets lost',
      body: 'Mina opens My page. This time the load balancer sends the request to server B, which has never seen her session ID: 401. B even starts a new session and sends a new cookie that replaces the one A knew. With per-server memory, logins get lost.',
    },
    sticky: {
      title: 'Sticky sessions',
      body: 'With <sticky>sticky sessions</sticky> the load balancer sends a visitor to the same server every time. Mina logs in on A and stays on A, so My page keeps working. But if A goes down, everyone pinned to it is logged out, and the load is spread less evenly.',
    },
    replication: {
      title: 'Session replication',
      body: 'With <replication>replication</replication> every server keeps a copy of every session. Mina logs in on A, the row is copied to B, and B recognises her. It works, but every server holds every session: memory grows with the number of servers.',
    },
    'central-store': {
      title: 'One central session store',
      body: 'All servers read and write sessions in one shared store such as <redis>Redis</redis>. There is one copy, and any server can answer. This is what most large sites do; in express-session it is one option: store: new RedisStore({ client }).',
    },
    frameworks: {
      title: 'The same idea, other names',
      body: 'You have seen express-session at work. The server’s options are shown as code under the guest book (express-session options). Other stacks use other names for the same thing: Java’s <jsessionid>JSESSIONID</jsessionid> (HttpSession), PHP’s PHPSESSID, and Laravel’s sessions table, whose columns this guest book borrows. Flask is different by default: its session is a signed cookie that carries the data itself, with no row on the server.',
    },
  },
  challenges: {
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
  },
  challenge: {
    label: 'Challenge',
    start: 'Try the challenge',
    hint: 'Hint',
    nextHint: 'Another hint',
    noMoreHints: 'No more hints.',
    showMe: 'Show me',
    back: 'Back to the lesson',
    again: 'Try again',
    solvedTitle: 'Solved!',
    contents: 'Challenges',
    done: 'solved',
    goal: 'Goal',
    playing: 'Playing the solution…',
  },
  quizUi: {
    label: 'Quiz',
    start: 'Take the chapter quiz',
    questionOf: 'Question {{n}} of {{total}}',
    chooseHelp: 'Choose one answer.',
    orderHelp: 'Move the items into the right order with their Up and Down buttons.',
    spotHelp: 'Choose the line that is wrong.',
    moveUp: 'Up',
    moveDown: 'Down',
    moveUpItem: 'Move up: {{item}}',
    moveDownItem: 'Move down: {{item}}',
    moved: '“{{item}}” is now number {{n}}.',
    line: 'line {{n}}',
    check: 'Check the answer',
    next: 'Next question',
    finish: 'See the recap',
    right: 'Right!',
    wrong: 'Not quite.',
    answerIs: 'The answer: {{answer}}',
    yourAnswer: 'Your answer: {{answer}}',
    rightOrder: 'The right order:',
    recap: 'Recap',
    score: 'You got {{score}} of {{total}} right.',
    answers: 'Question by question',
    revisit: 'Worth another look',
    allRight: 'Every answer right: nothing to revisit.',
    retry: 'Take the quiz again',
    back: 'Back to the lesson',
    best: 'best {{score}}/{{total}}',
    contents: 'Challenges and quiz',
    notTaken: 'not taken yet',
    resultRight: 'right',
    chosenWrong: 'your answer, not right',
    misplaced: 'out of place',
    resultWrong: 'wrong',
  },
  quiz: {
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
      prompt: 'What does the HttpOnly flag do to the session cookie?',
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
        'Without the server’s secret nobody can sign an ID. A bad signature counts as no cookie at all: a fresh anonymous session and, for My page, 401. No error, and no way in.',
    },
    'security-stolen': {
      prompt: 'An attacker has copied Mina’s session cookie. What makes the copy worthless?',
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
        'SameSite=None lets other sites’ requests carry the cookie, and browsers accept it only together with Secure. Without Secure, Chrome drops the session cookie and the next page does not know Mina.',
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
        'express-session names its cookie connect.sid by default and signs it, so the value starts with s%3A. JSESSIONID is the session cookie of Java servlet servers such as Tomcat.',
    },
  },
  trace: {
    title: 'Inside the server',
    empty: 'No request yet.',
    receive: 'Request arrives: {{method}} {{path}}',
    'parse-cookie-found': 'Cookie header has {{name}}',
    'parse-cookie-missing': 'No {{name}} cookie: a new visitor',
    'verify-ok': 'Signature checks out',
    'verify-bad-signature': 'Signature does not match: ignore the cookie',
    'verify-not-signed': 'Cookie is not signed: ignore it',
    'lookup-found': 'Guest book: row {{id}} found',
    'lookup-missing': 'Guest book: no row {{id}}',
    'lookup-expired': 'MemoryStore: session {{id}} has expired and is deleted as it is read',
    create: 'New session {{id}}',
    'check-password-ok': 'Password for “{{username}}” is right',
    'check-password-bad': 'Wrong user name or password',
    regenerate: 'Renew the ID: {{oldId}} → {{newId}}',
    'bind-user': 'Bind user_id = {{userId}}',
    'require-login-ok': 'Page needs login: logged in',
    'require-login-bad': 'Page needs login: not logged in → 401',
    'add-to-cart': 'Add “{{item}}” to the cart',
    destroy: 'Delete row {{id}}',
    'clear-cookie': 'Clear the {{name}} cookie',
    'save-insert': 'Insert row {{id}}',
    'save-update': 'Update row {{id}}',
    'save-touch': 'Touch session {{id}}: cookie.expires renewed',
    'skip-save': 'Nothing stored: no row, no cookie (saveUninitialized: false)',
    'skip-session': '{{path}} is not under cookie.path: no session for this request',
    'set-cookie': 'Send Set-Cookie: {{name}}',
    'skip-set-cookie': 'The cookie is Secure but the request is not HTTPS: no Set-Cookie',
    'reject-input': 'Refuse the {{field}}: {{reason}} → 400',
    'reason-empty': 'empty',
    'reason-too-long': 'too long',
    'too-large-headers':
      'The request’s headers are over 16 KB: refused before the app sees it → 431',
    'too-large-body':
      'The form is over 100 KB: the body parser refuses it before the session is read → 413',
    respond: 'Respond {{status}}',
  },
  guestBook: {
    title: 'Guest book (session store)',
    caption: 'The server’s session store: one row per session.',
    empty: 'No sessions. The guest book is empty.',
    rows_one: '{{count}} session · about {{kb}} KB of memory',
    rows_other: '{{count}} sessions · about {{kb}} KB of memory',
    inserted: 'new',
    updated: 'changed',
    deleted: 'deleted',
    idle: 'idle {{minutes}} min',
    expiredMark: 'expired',
    showMore: 'Show all {{count}} rows',
    showData: 'data',
    hideData: 'hide',
    payloadNote:
      'What the store keeps for this session: req.session as JSON. Only the ID travels; this stays on the server.',
    neverExpires: 'never expires',
    expiresAt: 'expires {{time}}',
    expiredAt: 'expired at {{time}}',
  },
  clock: {
    label: 'Server clock',
    plus5: '+5 min',
    plus30: '+30 min',
    gc: 'store.all(): drop expired sessions',
    gcHint:
      'MemoryStore deletes an expired session only when it is read; store.all() reads every one. (Redis deletes by TTL, Laravel by a lottery.)',
    idleTimeout: 'Sessions end after {{duration}} idle (cookie.maxAge, rolling)',
    fixedLifetime: 'Sessions end {{duration}} after their cookie was set (cookie.maxAge)',
    neverExpires: 'Sessions never expire (no cookie.maxAge)',
    restart: 'Restart the server',
    servers: 'Servers',
    oneServer: 'one server',
    cluster: {
      'per-server': 'two servers, each with its own memory',
      sticky: 'two servers, sticky sessions',
      replicated: 'two servers, replicated sessions',
      central: 'two servers, one central store',
    },
  },
  wire: {
    server: 'server',
    request: 'Request',
    response: 'Response',
    noCookie: 'no Cookie header',
    noSetCookie: 'no Set-Cookie',
    idle: 'Nothing on the wire yet. Take the next step.',
    bytes: '{{bytes}} bytes',
    via: 'via {{transport}}',
    serviceWorker: 'service worker',
    inPage: 'in-page server',
    refused: 'The browser refused {{name}}: {{reason}}.',
    withheld: '{{name}} was not sent: {{reason}}.',
  },
  shop: {
    name: 'Mini Shop',
    home: 'Home',
    myPage: 'My page',
    login: 'Log in',
    logout: 'Log out',
    username: 'User name',
    password: 'Password',
    demoUsers: 'Demo accounts: mina / sesame, joon / tiger',
    welcomeGuest: 'Welcome, guest!',
    welcomeUser: 'Welcome back, {{name}}!',
    myPageTitle: "{{name}}'s page",
    cart: 'Cart',
    cartEmpty: 'Your cart is empty.',
    addToCart: 'Add to cart',
    item: 'Item',
    notVisited: 'A blank tab. Take a step, or open a page of the shop.',
    loggedOut: 'You have logged out.',
    errors: {
      'bad-credentials': 'Wrong user name or password.',
      'login-required': 'Please log in to see this page. (401)',
      empty: 'Please fill in the {{field}}.',
      'too-long': 'The {{field}} is too long.',
      refused:
        'The server refused the request before the shop saw it ({{status}}). Open DevTools → Network to see why.',
    },
    fields: { username: 'user name', password: 'password', item: 'item' },
    notFound: 'Page not found (404).',
    cookies_one: '{{count}} cookie',
    cookies_other: '{{count}} cookies',
    closed: 'Browser closed',
  },
  visitors: {
    title: 'Visitors',
    add: 'Add a visitor',
    addBrowser: 'Add {{browser}}',
    remove: 'Remove {{browser}}',
    close: 'Close {{browser}}',
    max: 'At most {{max}} visitors.',
    tab: '{{browser}} · {{ip}}',
  },
  devtools: {
    title: 'DevTools',
    network: 'Network',
    application: 'Application → Cookies',
    console: 'Console',
    noRequests: 'No requests yet.',
    name: 'Name',
    value: 'Value',
    domain: 'Domain',
    path: 'Path',
    expires: 'Expires / Max-Age',
    httpOnly: 'HttpOnly',
    secure: 'Secure',
    sameSite: 'SameSite',
    size: 'Size',
    session: 'Session',
    noCookies: 'No cookies for this site.',
    edit: 'Edit value',
    save: 'Save',
    cancel: 'Cancel',
    editHelp: 'Change the value and send a request: what does the server do?',
    status: 'Status',
    method: 'Method',
    path2: 'Path',
    headers: 'Headers',
    requestHeaders: 'Request',
    responseHeaders: 'Response',
    consoleInput: 'document.cookie',
    consoleResult: 'A script on this page reads document.cookie:',
    consoleEmpty: '"" (empty: HttpOnly cookies are hidden from scripts)',
    tooLong: 'A cookie value may be at most {{max}} characters.',
    yes: 'Yes',
    no: 'No',
    passwordMasked:
      'Password masked (••••••). The server got what was typed, but it is not shown here, saved with your place or written to the HAR file.',
    addCookie: 'Add a cookie',
    add: 'Add',
    paste: 'Paste',
    copy: 'Copy',
    copied: 'Copied',
    delete: 'Delete',
    addHelp:
      'Type a name and a value to put a cookie in this browser’s jar, as a person with DevTools can.',
    badName: 'A name may use letters, digits and ! # $ % & * + - . ^ _ ` | ~.',
    badValue:
      'A value may not hold ; or control characters, nor begin or end with a space, and may be at most {{max}} characters.',
  },
  attributes: {
    Path: 'Path=/ — sent for every page of the site.',
    Expires:
      'Expires — the date the browser forgets the cookie. Without it, the cookie dies with the browser.',
    'Max-Age': 'Max-Age — seconds until the browser forgets the cookie.',
    HttpOnly: 'HttpOnly — page scripts cannot read it (document.cookie), which blunts XSS.',
    Secure: 'Secure — only sent over HTTPS.',
    SameSite: 'SameSite — whether other sites’ requests may carry it (CSRF defence).',
    Domain: 'Domain — which hosts receive it.',
    value: 's%3A = “s:” URL-encoded: a signed value. ID, a dot, then the HMAC-SHA256 signature.',
  },
  settings: {
    title: 'express-session options',
    code: 'The server’s code',
    note: 'Change an option, then send a request from the shop: the next exchange follows it. (Try saveUninitialized off, then a new visitor.)',
    resave: 'save the session again even when nothing changed',
    saveUninitialized: 'store a new, empty session and send its cookie',
    rolling: 'send the cookie again on every response, restarting its maxAge (an idle timeout)',
    httpOnly: 'hide the cookie from page scripts',
    secure: 'HTTPS only: over plain HTTP express-session sends no cookie at all',
    unset: 'not set',
    sessionCookie: 'not set (session cookie)',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    name: 'the cookie’s name',
    nameHint: 'Java calls it JSESSIONID, PHP PHPSESSID.',
    nameInvalid:
      "A cookie name may use letters, digits and ! # $ % & ' * + - . ^ _ ` | ~ (1 to 64 characters), and may not be a name every JavaScript object already has, such as constructor: express-session would fail on every request.",
    apply: 'Apply',
  },
  cookieRules: {
    refused: {
      invalid: 'it is not a valid Set-Cookie line',
      'too-large': 'its name and value are over 4,096 bytes',
      domain: 'its Domain is not this site',
      'secure-over-http': 'it is Secure, and this response came over plain HTTP',
      'overwrites-secure': 'plain HTTP may not overwrite a Secure cookie of the same name',
      'samesite-none-insecure': 'SameSite=None needs Secure',
      'cross-site-samesite': 'a SameSite cookie may not be set from another site',
      prefix: 'it breaks the rules of its __Secure- or __Host- prefix',
    },
    withheld: {
      'secure-over-http': 'it is Secure, and this request is plain HTTP',
      'samesite-strict': 'SameSite=Strict, and this request comes from another site',
      'samesite-lax': 'SameSite=Lax, and this is not a top-level GET from another site',
      'samesite-lax-by-default': 'it has no SameSite, which this browser treats as Lax',
    },
  },
  glossary: {
    book: 'Guest book: the server’s list of sessions. Each row is one visitor (one browser).',
    store: 'Session store: where the server keeps sessions — memory, Redis, or a database table.',
    stateless:
      'Stateless: HTTP keeps nothing between requests. Each request must say who it is from.',
    cookie:
      'Cookie: a small name=value the browser keeps and sends back to the same site with every request, in the Cookie header.',
    sid: 'Session ID: a long random, unguessable number that names one row in the guest book. The browser holds only this.',
    userid: 'user_id: which account is logged in on this session. NULL means a guest.',
    setcookie:
      'Set-Cookie: the response header with which a server asks the browser to store a cookie.',
    httponly:
      'HttpOnly: a cookie flag. Scripts on the page cannot read the cookie; the browser still sends it.',
    memcookie:
      'Session (memory) cookie: a cookie without Expires or Max-Age. The browser drops it when it closes, unless it restores the last session on start-up, as many browsers can.',
    lastactivity:
      'last_activity: a column of Laravel’s sessions table, the time the session was last written. express-session keeps no such field: a touch rewrites the session’s cookie.expires. Here it shows when the store last wrote the row.',
    regenerate:
      'Renewing the ID (regenerate): express-session deletes the old session and starts an empty one under a new ID. The app then binds the user again; this shop also carries the cart across.',
    fixation:
      'Session fixation: an attacker makes the victim use an ID the attacker knows, then waits for the login.',
    auth: 'Session-based authentication: the server remembers that a session logged in. The cookie proves only that the browser holds the session’s ID: whoever holds it is treated as that user.',
    idle: 'Idle timeout: the session ends after some time without a request. In express-session it is cookie.maxAge with rolling: true; Java, PHP and Laravel have a server setting for it.',
    status401: '401 Unauthorized: the page needs a login and this request does not have one.',
    xss: 'XSS (cross-site scripting): an attacker’s script runs on the page and can read what scripts can read.',
    signature:
      'Signature: an HMAC of the ID made with the server’s secret. Without the secret nobody can make a valid one.',
    hijack: 'Session hijacking: using someone else’s session ID to act as them.',
    secure:
      'Secure: a cookie flag. The browser sends the cookie over HTTPS only. express-session does not even set a Secure cookie on a plain-HTTP request.',
    expires: 'Expires: the date after which the browser deletes the cookie.',
    persistent:
      'Persistent cookie: a cookie with Expires or Max-Age. It survives closing the browser.',
    volatile: 'Volatile: memory loses its contents when the power goes or the process restarts.',
    redis: 'Redis: a fast in-memory database that many servers can share as their session store.',
    lb: 'Load balancer: sits in front of several servers and hands each request to one of them.',
    sticky: 'Sticky sessions: the load balancer always sends the same visitor to the same server.',
    replication: 'Session replication: every server keeps a copy of every session.',
    jsessionid:
      'JSESSIONID: the session cookie of Java servlet servers such as Tomcat and Jetty. Spring Session names its cookie SESSION.',
  },
  cluster: {
    title: 'Load balancer',
    mode: {
      'per-server': 'each server keeps its own sessions in memory',
      sticky: 'sticky sessions: a visitor always reaches the same server',
      replicated: 'replication: every server holds a copy of every session',
      central: 'one central store (Redis) shared by all servers',
    },
    server: 'Server {{name}}',
    answered: 'answered the latest request',
    route: '{{browser}} → load balancer → server {{name}}',
    shared: 'Redis: the shared session store',
    noMemory: 'No sessions in this server’s memory: they live in Redis.',
  },
  console: {
    title: 'Console',
  },
  recovery: {
    restoreFailed: 'Your saved place could not be restored, so this step starts fresh.',
    dismiss: 'Dismiss',
    crashTitle: 'Something went wrong while drawing the lesson',
    crashBody:
      'Your saved place may be damaged. Start over clears it and opens the lesson again at the first step.',
    startOver: 'Start over',
    details: 'Details',
  },
};

export type Messages = typeof en;
