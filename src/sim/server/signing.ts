/**
 * Cookie signing with the scheme of the `cookie-signature` package that express-session uses:
 * `value + '.' + base64(HMAC-SHA256(value, secret))` with the trailing `=` removed.
 * WebCrypto does the HMAC, so the same code runs in the browser and in Node.
 */

const encoder = new TextEncoder();

async function hmac(value: string, secret: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(value)));
  return btoa(String.fromCharCode(...mac)).replace(/=+$/, '');
}

export async function sign(value: string, secret: string): Promise<string> {
  return `${value}.${await hmac(value, secret)}`;
}

/** The original value when the signature is right, `false` otherwise (like `cookie-signature`). */
export async function unsign(signed: string, secret: string): Promise<string | false> {
  const dot = signed.lastIndexOf('.');
  if (dot < 0) return false;
  const value = signed.slice(0, dot);
  const expected = await sign(value, secret);
  return constantTimeEqual(expected, signed) ? value : false;
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
