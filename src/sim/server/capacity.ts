/**
 * What many sessions cost: the bytes a store keeps for one session (the JSON express-session
 * hands to MemoryStore or to Redis, measured, not guessed), times the sessions, times the
 * servers that each keep a copy. Replication puts every session on every server; one central
 * store keeps each session once.
 */
import type { GuestBookRow } from './guest-book';

/** UTF-8 bytes of the JSON the store keeps for this session. */
export function storedBytes(row: GuestBookRow): number {
  return new TextEncoder().encode(JSON.stringify(row.payload)).length;
}

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
