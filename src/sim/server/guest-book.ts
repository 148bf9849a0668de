/**
 * The guest book: the server's session store, one row per session, with the columns of
 * Laravel's `sessions` table. `payload` is what express-session would store as JSON.
 */
export interface SessionPayload {
  cookie: { originalMaxAge: number | null; expires: number | null };
  userId?: number;
  cart?: string[];
}

export interface GuestBookRow {
  id: string;
  ip_address: string;
  /** Simulated epoch ms of the last request that used this session. */
  last_activity: number;
  user_agent: string;
  user_id: number | null;
  payload: SessionPayload;
}

export type GuestBook = GuestBookRow[];

export interface GuestBookDiff {
  inserted: string[];
  updated: string[];
  deleted: GuestBookRow[];
}

export const NO_CHANGE: GuestBookDiff = { inserted: [], updated: [], deleted: [] };

export function findRow(book: GuestBook, id: string): GuestBookRow | undefined {
  return book.find((r) => r.id === id);
}

/** Insert or replace, keeping the row's place in the book. */
export function putRow(book: GuestBook, row: GuestBookRow): GuestBook {
  const i = book.findIndex((r) => r.id === row.id);
  if (i < 0) return [...book, row];
  const next = book.slice();
  next[i] = row;
  return next;
}

export function deleteRow(book: GuestBook, id: string): GuestBook {
  return book.filter((r) => r.id !== id);
}

/** Which rows one exchange inserted, changed or removed. */
export function diffGuestBook(before: GuestBook, after: GuestBook): GuestBookDiff {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Set(after.map((r) => r.id));
  return {
    inserted: after.filter((r) => !old.has(r.id)).map((r) => r.id),
    // Untouched rows keep their identity, so most rows are told apart without serialising.
    updated: after
      .filter((r) => {
        const was = old.get(r.id);
        return was !== undefined && was !== r && JSON.stringify(was) !== JSON.stringify(r);
      })
      .map((r) => r.id),
    deleted: before.filter((r) => !now.has(r.id)),
  };
}

/** True when the session has been idle for longer than the timeout, or its cookie expired. */
export function isExpired(row: GuestBookRow, now: number, idleTimeoutMs: number): boolean {
  const { expires } = row.payload.cookie;
  return now - row.last_activity >= idleTimeoutMs || (expires !== null && expires <= now);
}

/** Rough bytes the store spends on one session, to show what many visitors cost. */
export function rowBytes(row: GuestBookRow): number {
  return JSON.stringify(row).length + 64;
}
