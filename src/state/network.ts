/**
 * Starts the simulated network without blocking the first paint: the engine and Mock Service
 * Worker load in the background. Until the worker is ready (or when none can start: file://,
 * some private windows, old browsers) the same server answers inside the page.
 */
import { inPageTransport, type Transport } from '../sim/network/transport';

export type NetworkStatus = 'starting' | 'service-worker' | 'in-page';

/** A worker that has not started by then is given up on. */
const WORKER_START_LIMIT_MS = 8000;

let ready: Transport = inPageTransport;
let started = false;

export function currentTransport(): Transport {
  return ready;
}

export function startNetwork(onStatus: (status: NetworkStatus) => void): void {
  if (started) return;
  started = true;
  void loadEngine();
  if (!window.isSecureContext || !('serviceWorker' in navigator)) {
    onStatus('in-page');
    return;
  }
  void (async () => {
    try {
      const { startServiceWorkerTransport } = await import('../sim/network/msw-transport');
      ready = await Promise.race([
        startServiceWorkerTransport(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('timeout')), WORKER_START_LIMIT_MS),
        ),
      ]);
      onStatus('service-worker');
    } catch {
      onStatus('in-page');
    }
  })();
}

export const loadEngine = () => import('../sim/engine');
