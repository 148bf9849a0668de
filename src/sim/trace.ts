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
  | { kind: 'add-to-cart'; item: string }
  | { kind: 'destroy'; id: string }
  | { kind: 'clear-cookie'; name: string }
  | { kind: 'save'; id: string; op: 'insert' | 'touch' | 'update' }
  | { kind: 'skip-save'; id: string }
  | { kind: 'set-cookie'; name: string }
  /** The middleware did not run: the request path is outside cookie.path. */
  | { kind: 'skip-session'; reason: 'path-mismatch'; path: string }
  /** A Secure session cookie is not sent in answer to a plain-HTTP request. */
  | { kind: 'skip-set-cookie'; reason: 'not-secure' }
  | { kind: 'reject-input'; field: string; reason: 'empty' | 'too-long' }
  /** Refused before any app code: Node's header limit, or the body parser's. */
  | { kind: 'too-large'; part: 'headers' | 'body' }
  | { kind: 'respond'; status: number };
