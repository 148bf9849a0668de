/**
 * Starts the simulated network without blocking the first paint: the engine and Mock Service
 * Worker load in the background. Until the worker is ready (or when none can start: file://,
 * some private windows, old browsers) the same server answers inside the page.
 */
import { inPageTransport, type Transport } from '../sim/network/transport';
import { nextTask, whenIdle } from './scheduling';

/** `stalled`: the worker started, then stopped answering; the page answers from then on. */
export type NetworkStatus = 'starting' | 'service-worker' | 'in-page' | 'stalled';

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
  // Nothing here is needed to read the first step: load it after the first paint. A click that
  // comes sooner loads the engine on demand and is answered by the in-page server meanwhile.
  whenIdle(() => startWorker(onStatus));
}

function startWorker(onStatus: (status: NetworkStatus) => void): void {
  void loadEngine();
  if (!window.isSecureContext || !('serviceWorker' in navigator)) {
    onStatus('in-page');
    return;
  }
  void (async () => {
    try {
      // Asked for in a task after the engine's: each import asks for its files in the task that
      // imports, and the two together made one long task.
      await nextTask();
      // msw's core first, its browser part (and ours) in the next task: evaluated together, the
      // two were one task of 11–16 ms here, four times that on a phone.
      await import('../sim/network/msw-core');
      await nextTask();
      const { startServiceWorkerTransport } = await import('../sim/network/msw-transport');
      ready = await Promise.race([
        // From then on the transport itself answers in the page.
        startServiceWorkerTransport(() => onStatus('stalled'), nextTask),
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
