/**
 * What many sessions cost: the bytes a store keeps for one session (the JSON express-session
 * hands to MemoryStore or to Redis, measured, not guessed), times the sessions, times the
 * servers that each keep a copy. Replication puts every session on every server; one central
 * store keeps each session once.
 */
import { bookFigure } from './book-figures';
import type { GuestBookRow } from './guest-book';

/** UTF-8 bytes of a string, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A surrogate pair is one character of four bytes; a lone surrogate is written as U+FFFD.
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Sizes already measured, by session data: the world is never changed in place, so a row an
 * exchange left alone keeps its payload object, and a guest book of 100,000 rows is weighed again
 * only where it changed.
 */
const measured = new WeakMap<object, number>();

/** UTF-8 bytes of the JSON the store keeps for this session. */
export function storedBytes(row: GuestBookRow): number {
  const known = measured.get(row.payload);
  if (known !== undefined) return known;
  const bytes = utf8Length(JSON.stringify(row.payload));
  measured.set(row.payload, bytes);
  return bytes;
}

/**
 * UTF-8 bytes of every session in a guest book, weighed once per book and from the book before
 * where it can (the guest book's size and the capacity panel both show it, and a busy day's book
 * holds 100,000 rows).
 */
export const bookBytes: (book: readonly GuestBookRow[]) => number = bookFigure(
  (book) => book.reduce((n, row) => n + storedBytes(row), 0),
  (bytes, { removed, added }) =>
    bytes -
    removed.reduce((n, row) => n + storedBytes(row), 0) +
    added.reduce((n, row) => n + storedBytes(row), 0),
);

export interface Capacity {
  /** One copy of every session. */
  once: number;
  /** Replication: what each server holds (every session)… */
  perServer: number;
  /** …and all servers together. */
  replicated: number;
}

export function capacity(bytesPerSession: number, sessions: number, servers: number): Capacity {
  const once = bytesPerSession * sessions;
  return { once, perServer: once, replicated: once * servers };
}

/** The steps of the "how many visitors?" slider: 1, 2, 5, 10 … up to a million. */
export const CROWD_SIZES: readonly number[] = Array.from({ length: 6 }, (_, p) => 10 ** p)
  .flatMap((n) => [n, 2 * n, 5 * n])
  .concat(1_000_000);
