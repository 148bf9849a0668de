/** The speaker view's words and each step's notes for the instructor: loaded in that window only. */
export const speakerEn = {
  speaker: {
    title: 'Speaker view',
    now: 'Now',
    notes: 'What to say',
    nextUp: 'Next',
    lastStep: 'This is the last step.',
    timer: 'Time since the start',
    reset: 'Reset',
    connected: 'Follows the lesson window: a step taken in either window moves both.',
    waiting: 'Waiting for the lesson window. Open the lesson in this browser.',
    predicting: 'The class is answering a prediction: Next shows the answer.',
  },
  notes: {
    welcome:
      'Ask the class: “You log in to a shop. How does the next page know it is still you?” Take two or three answers before you go on; the empty guest book is where the story starts.',
    'first-visit':
      'Point at the request: it has no Cookie header. Ask: “Can the server tell who this is?” It cannot, and that is the problem sessions solve.',
    'row-created':
      'Read the new row aloud, one column at a time. Ask why user_id is NULL: nobody has logged in, yet a guest gets a session too.',
    'set-cookie':
      'Compare it to a coat check: the server keeps the coat, the visitor keeps only a numbered ticket. Ask what the part after the dot is for: a signature, so nobody can make up a ticket.',
    'jar-stores':
      'Open Application → Cookies and point at HttpOnly and Expires. Stress that the browser holds only the ID, not the user’s data.',
    'cookie-returns':
      'Before Next, ask: “Will the browser send the cookie by itself, or must the page’s code do it?” Then show the Cookie header on the request.',
    'last-activity':
      'Point out that no new row appeared: same ID, same row. Every request pushes the 30 minutes forward, so the timeout counts idle time, not time since login.',
    login:
      'Let the class guess whether the row stays the same after login. Show that the ID changed, and say this is what stops session fixation, which comes later.',
    me: 'Ask: “Did Mina send her password again?” No, only the cookie. To the server, being logged in means exactly this.',
    idle: 'Tell it as a story: Mina goes to lunch and leaves the tab open. Ask what the class expects when she comes back.',
    expired:
      'Ask why the shop cannot say “your session has expired”. The server sees a request without a valid cookie, just like a stranger’s.',
    'lazy-expiry':
      'Point out that the old row stayed until something read it. Ask what happens to a server that runs MemoryStore for months: its memory keeps growing.',
    'login-again': 'A short step: point at the new ID once more. Every login gets a fresh one.',
    logout:
      'Ask: “Can the server delete a cookie in the browser?” Not directly: it can only ask, with Set-Cookie. Point at both halves: the row deleted, the cookie overwritten.',
    'after-logout': 'Before you point at the empty jar, let the class say why this is a 401.',
    stateless:
      'Ask: “How does the server know Safari is not Chrome?” Only by the cookie; without one, every visitor looks the same.',
    'second-browser':
      'Count the rows with the class: three browsers, three rows. Ask what would happen if two browsers sent the same ID; the next chapter shows it.',
    'two-logins':
      'Compare with the sessions table in the course notes: some rows have a user_id, some NULL. Ask which rows belong to people who logged in.',
    'own-jars':
      'Click through the browser tabs and show that each jar holds a different ID. Ask: “If Safari had Edge’s cookie, whose page would it get?” Keep the answer for the stolen cookie.',
    httponly:
      'Explain XSS in one sentence: a script slipped into the page runs as if it were the page. Ask why it is enough that scripts cannot read the cookie while the browser still sends it.',
    tamper:
      'Ask the class to predict what changing one character of the cookie does. The signature no longer matches, so the server treats the visitor as a stranger: no error, no way in.',
    stolen:
      'Make it concrete: a shared PC, a leaked cookie. The server checks only that the ID is valid. Point at the row: it now shows the attacker’s IP.',
    'logout-public-pc':
      'Ask: “After Mina logs out, is the stolen cookie worth anything?” This is why you log out on a shared computer.',
    fixation:
      'Walk through it: the attacker plants an ID before the login and waits. Ask why a new ID at login defeats the attack.',
    'memory-cookie':
      'Point out that this Set-Cookie has no Expires. Ask: “When will the browser forget this cookie?”',
    'close-browser':
      'Ask whether the server knows that the browser closed. It does not: point at the row that stays, and say why real stores set a TTL.',
    'remember-me':
      'Compare it with a “Keep me logged in” box. With Expires the cookie is written to disk; ask what that means on a shared PC.',
    reopen:
      'Contrast it with closing the browser before: the same action, a different cookie, a different result.',
    restart:
      'Before Next, ask: “If the server restarts, who is still logged in?” Nobody: the memory is gone.',
    'busy-day':
      'Point at the memory figure and move the slider. Ask how saveUninitialized: false would change the count.',
    'two-servers':
      'If you can, draw the load balancer on the board. Ask which server holds Mina’s row.',
    'lost-login':
      'Let the class predict what server B answers. Then ask what this looks like to a user: logged out at random.',
    sticky:
      'Ask what happens when server A goes down. Sticky sessions hide the problem; they do not solve it.',
    replication:
      'Ask: “With ten servers, how many copies of each session are there?” Memory grows with every server.',
    'central-store':
      'Point at the Redis commands: GET, SET … EX, EXPIRE. Ask what happens if Redis goes down: one shared store is also one place that can fail.',
    frameworks:
      'Ask who has used Spring, PHP, Django or Laravel, and what their session cookie was called. Close with the idea that holds everywhere: the cookie carries an ID, the data stays on the server.',
  },
};

export type SpeakerMessages = typeof speakerEn;
