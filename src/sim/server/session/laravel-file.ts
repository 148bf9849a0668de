/**
 * What the UI needs of Laravel's sessions without the engine: config/session.php's settings, the
 * app's key, and a `sessions` row's payload as PHP's serialize() writes it. Small, because the
 * guest book on the first screen uses it.
 */
import type { GuestBookRow } from '../guest-book';

/** The config/session.php settings the lesson lets a student see and change. */
export interface LaravelSettings {
  /** 'lifetime', in minutes: a row idle this long is expired, and the cookie lives this long. */
  lifetime: number;
  /** 'lottery': each request collects garbage with the chance lottery[0] / lottery[1]. */
  lottery: [number, number];
}

/** A new Laravel 8 app's config/session.php (SESSION_DRIVER=database). */
export const LARAVEL_DEFAULTS: LaravelSettings = { lifetime: 120, lottery: [2, 100] };

/** The shop's .env APP_KEY: 32 bytes for AES-256-CBC, as `php artisan key:generate` writes it. */
export const APP_KEY = 'base64:c2Vzc2lvbi1ndWVzdGJvb2stbGFyYXZlbC1rZXkhISE=';

export const LARAVEL_COOKIE = 'laravel_session';

/** SessionGuard's key for the logged-in user's ID: 'login_web_' . sha1(SessionGuard::class). */
export const LOGIN_KEY = 'login_web_59ba36addc2b2f9401580f014c7f58ea4e30989d';

/** A PHP value as Laravel's session keeps it: arrays with string keys are objects here. */
export type PhpValue = string | number | boolean | null | PhpValue[] | PhpArray;
export interface PhpArray {
  [key: string]: PhpValue;
}

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** PHP's serialize() for the values a session holds. */
export function serialize(value: PhpValue): string {
  if (value === null) return 'N;';
  if (typeof value === 'boolean') return `b:${value ? 1 : 0};`;
  if (typeof value === 'number') return `i:${value};`;
  if (typeof value === 'string') return `s:${bytes(value)}:"${value}";`;
  const entries: [string | number, PhpValue][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  const body = entries
    .map(([k, v]) => (typeof k === 'number' ? `i:${k};` : serialize(k)) + serialize(v))
    .join('');
  return `a:${entries.length}:{${body}}`;
}

/** The `payload` column: base64 of the serialized attributes. */
export function payloadColumn(attributes: PhpArray): string {
  const raw = new TextEncoder().encode(serialize(attributes));
  let text = '';
  for (const b of raw) text += String.fromCharCode(b);
  return btoa(text);
}

/** A row's attributes, or null for a row another engine wrote. */
export function laravelAttributes(row: GuestBookRow): PhpArray | null {
  return row.native?.engine === 'laravel' ? row.native.attributes : null;
}
