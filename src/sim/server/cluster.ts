/**
 * Several servers behind a load balancer. Where the sessions live decides whether a login
 * made on one server is known to the next: each server's own memory, the same server every
 * time (sticky sessions), a copy on every server (replication), or one central store (Redis).
 */
import type { GuestBook } from './guest-book';

export type ClusterMode = 'per-server' | 'sticky' | 'replicated' | 'central';

export interface ClusterState {
  mode: ClusterMode;
  /** Each server's in-memory store (unused in 'central' mode, where the shared store is used). */
  memories: GuestBook[];
  /** Round-robin position of the load balancer. */
  next: number;
  /** Sticky sessions: the server each visitor is pinned to. */
  pins: Record<string, number>;
  /** How many requests each server has answered since the deployment (absent in older saves). */
  served?: number[];
}

export const SERVER_NAMES = ['A', 'B', 'C'] as const;

export function newCluster(mode: ClusterMode, size = 2): ClusterState {
  const n = Math.max(2, Math.min(size, SERVER_NAMES.length));
  return {
    mode,
    memories: Array.from({ length: n }, () => []),
    next: 0,
    pins: {},
    served: Array.from({ length: n }, () => 0),
  };
}

/** The load balancer's choice: round robin, or the visitor's pinned server when sticky. */
export function pickServer(
  cluster: ClusterState,
  visitorId: string,
): { index: number; cluster: ClusterState } {
  const n = cluster.memories.length;
  const served = (index: number) =>
    cluster.memories.map((_, i) => (cluster.served?.[i] ?? 0) + (i === index ? 1 : 0));
  const pinned = cluster.mode === 'sticky' ? cluster.pins[visitorId] : undefined;
  if (pinned !== undefined)
    return { index: pinned, cluster: { ...cluster, served: served(pinned) } };
  const index = cluster.next % n;
  const pins = cluster.mode === 'sticky' ? { ...cluster.pins, [visitorId]: index } : cluster.pins;
  return { index, cluster: { ...cluster, next: (index + 1) % n, pins, served: served(index) } };
}

/** The store server `index` reads: its own memory, or the shared one. */
export function storeOf(cluster: ClusterState, index: number, shared: GuestBook): GuestBook {
  return cluster.mode === 'central' ? shared : (cluster.memories[index] ?? []);
}

/** Writes back what server `index` left in its store; replication copies it to every server. */
export function writeBack(
  cluster: ClusterState,
  index: number,
  book: GuestBook,
  shared: GuestBook,
): { cluster: ClusterState; shared: GuestBook } {
  if (cluster.mode === 'central') return { cluster, shared: book };
  const memories =
    cluster.mode === 'replicated'
      ? cluster.memories.map(() => book)
      : cluster.memories.map((m, i) => (i === index ? book : m));
  return { cluster: { ...cluster, memories }, shared };
}
