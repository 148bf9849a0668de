/** What happened inside the server during one exchange, in order, for the UI to replay. */
export type TraceStep =
  | { kind: 'receive'; method: string; path: string }
  | { kind: 'parse-cookie'; name: string; found: boolean }
  | { kind: 'verify-signature'; ok: boolean; reason?: 'bad-signature' | 'not-signed' | 'malformed' }
  | { kind: 'lookup'; id: string; result: 'found' | 'missing' | 'expired' }
  | { kind: 'create'; id: string }
  | { kind: 'check-password'; username: string; ok: boolean }
  | { kind: 'regenerate'; oldId: string; newId: string }
  | { kind: 'bind-user'; userId: number }
  | { kind: 'require-login'; ok: boolean }
  /** Authorization: the logged-in account has (or lacks) the role the page needs. */
  | { kind: 'require-role'; role: 'admin'; ok: boolean }
  | { kind: 'add-to-cart'; item: string }
  /** csrf-sync's check: the form's `_csrf` against the session's token. */
  | { kind: 'check-csrf'; ok: boolean }
  /** csrf-sync's generateToken: the session's token (made now, or kept) goes into every form. */
  | { kind: 'csrf-token'; token: string; made: boolean }
  | { kind: 'destroy'; id: string }
  | { kind: 'clear-cookie'; name: string }
  /** `expire`: Redis's touch, which renews the key's TTL and leaves the stored JSON as it was. */
  | {
      kind: 'save';
      id: string;
      op: 'insert' | 'touch' | 'update' | 'expire';
      /** A touch of a session whose cookie has no maxAge: nothing to renew, the row is rewritten. */
      noExpiry?: true;
    }
  | { kind: 'skip-save'; id: string }
  /** `signed`: cookie-session's pair, the cookie and its `.sig` beside it (two headers). */
  | { kind: 'set-cookie'; name: string; signed?: true }
  /** cookie-session: the session's data read from the cookie (JSON), a new one, written, cleared. */
  | { kind: 'cookie-data'; op: 'read' | 'new' | 'unreadable' | 'write' | 'clear'; data: string }
  /** The middleware did not run: the request path is outside cookie.path. */
  | { kind: 'skip-session'; reason: 'path-mismatch'; path: string }
  /** A Secure session cookie is not sent in answer to a plain-HTTP request. */
  | { kind: 'skip-set-cookie'; reason: 'not-secure' }
  | { kind: 'reject-input'; field: string; reason: 'empty' | 'too-long' }
  /** Refused before any app code: Node's header limit, or the body parser's. */
  | { kind: 'too-large'; part: 'headers' | 'body' }
  | { kind: 'respond'; status: number }
  /** A command the session store sent to Redis, and Redis's reply as redis-cli prints it. */
  | { kind: 'store-command'; command: string[]; reply: string }
  /** PHP without use_strict_mode: the unknown ID the client sent becomes a session. */
  | { kind: 'adopt-id'; id: string }
  /** PHP: an ID with unsafe characters counts as none; one the files store refuses fails session_start(). */
  | { kind: 'invalid-id'; outcome: 'new-id' | 'no-session' }
  /** PHP's garbage collection ran in this request and deleted this many old files. */
  | { kind: 'gc'; deleted: number }
  /** PHP's files store at the end of the script: the file created, written, touched, or lost to GC. */
  | { kind: 'php-file'; id: string; op: 'create' | 'write' | 'touch' | 'lost' }
  /** Tomcat's endAccess(): lastAccessedTime is now, the idle countdown (seconds) restarts. */
  | { kind: 'tomcat-access'; id: string; maxInactiveInterval: number }
  /**
   * Laravel: the cookie decrypted or refused, an expired row read as empty, an unknown ID
   * adopted, the lottery's GC (`count` rows), a row GC deleted during the request.
   */
  | {
      kind: 'laravel';
      op: 'decrypt-ok' | 'decrypt-bad' | 'expired' | 'adopt' | 'gc' | 'lost';
      id?: string;
      count?: number;
    }
  /** Flask's signed-cookie session: read from the cookie, refused as too old, signed and sent, left as it was, deleted. */
  | { kind: 'flask-cookie'; op: 'read' | 'expired' | 'write' | 'keep' | 'delete' }
  /** Flask-Session's files: an unknown ID adopted, the file written, an empty session not saved. */
  | { kind: 'flask-file'; id: string; op: 'adopt' | 'write' | 'skip' }
  /** Flask has no call that renews the session ID: the shop's regenerate() does nothing there. */
  | { kind: 'flask-no-regenerate'; store: 'cookie' | 'filesystem' };
