/** Session IDs as express-session makes them (uid-safe): 24 bytes from the CSPRNG, base64url. */

export const SESSION_ID_BYTES = 24;

export function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** 192 bits of entropy: far above OWASP's 64-bit minimum. */
export function newSessionId(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(SESSION_ID_BYTES)));
}

/** A server secret for signing, different for every lesson world. */
export function newSecret(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(18)));
}
