/**
 * The simulated server as Mock Service Worker request handlers: each exchange is a real
 * `fetch` from the page, caught by the worker and answered by the shop.
 */
import { http, HttpResponse } from './msw-core';
import { defaultNetworkOptions, setupWorker } from 'msw/browser';
import { pathOf, SITE_ORIGIN, type WireRequest } from '../http/wire';
import { inPageTransport, type ServerAnswer, type ServerCall, type Transport } from './transport';
import {
  decodeHeaders,
  decodeTrace,
  encodeHeaders,
  encodeTrace,
  WIRE_EXCHANGE,
  WIRE_HEADERS,
  WIRE_STATUS,
  WIRE_TRACE,
} from './wire-codec';

/** Same-origin path the page fetches; a classroom network needs nothing but the site itself. */
const shopBase = () => new URL('__shop', document.baseURI).pathname;

/**
 * A worker that has not answered by then is taken for stalled: the exchange is answered in the
 * page instead, and so is every later one (a stuck worker would otherwise hold the lesson's queue
 * for good). Under heavy load an answer takes tens of milliseconds, never seconds.
 */
export const WORKER_ANSWER_LIMIT_MS = 4000;
const TICK_MS = 250;

/**
 * An exchange in flight, by number: the server it should reach and, once the handler has taken
 * it, that server's answer. Taken once at most, so a late copy never runs the server twice.
 */
interface InFlight {
  server: ServerCall;
  taken?: Promise<ServerAnswer>;
}
const inFlight = new Map<string, InFlight>();
let counter = 0;

/**
 * Gives the page its turn: an exchange is three short tasks (the request sent, the shop run, the
 * answer taken in) rather than one long one, so a click meanwhile is answered at once. The page
 * passes its own (startServiceWorkerTransport); until then, none.
 */
let pause: () => Promise<void> = () => Promise.resolve();

const handler = http.all(`${shopBase()}/*`, async ({ request }) => {
  const call = inFlight.get(request.headers.get(WIRE_EXCHANGE) ?? '');
  if (!call || call.taken) return new HttpResponse('No exchange in flight', { status: 500 });
  const path = new URL(request.url).pathname.slice(shopBase().length) || '/';
  call.taken = (async () => {
    // msw has read and matched the request in this task; the shop runs in the next.
    await pause();
    return call.server({
      method: request.method as WireRequest['method'],
      url: SITE_ORIGIN + path,
      headers: decodeHeaders(request.headers.get(WIRE_HEADERS)),
      body: request.method === 'GET' ? '' : await request.text(),
    });
  })();
  const { response, trace } = await call.taken;
  return new HttpResponse(response.body, {
    status: 200,
    headers: {
      [WIRE_HEADERS]: encodeHeaders(response.headers),
      [WIRE_TRACE]: encodeTrace(trace),
      [WIRE_STATUS]: encodeURIComponent(`${response.status} ${response.statusText}`),
    },
  });
});

/**
 * msw asks an existing worker registration to update without waiting for the answer. Right
 * after a reload the old page's worker may just have unregistered itself (msw does that when
 * its last page closes), so the update is refused: harmless, as a fresh worker starts anyway,
 * but it would print an error in the student's console.
 */
function ignoreRefusedWorkerUpdate(event: PromiseRejectionEvent): void {
  const message = event.reason instanceof Error ? event.reason.message : String(event.reason);
  if (/^Failed to update a ServiceWorker .*mockServiceWorker\.js/.test(message))
    event.preventDefault();
}

/**
 * A page the worker does not control (a hard reload, or a reload racing the old worker's
 * goodbye) would make msw reload the whole page, under the student's hands. Instead the stale
 * registration goes, and the fresh worker takes this page over when it activates.
 */
async function dropStaleWorker(url: string): Promise<void> {
  if (navigator.serviceWorker.controller) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  const ours = registrations.filter((r) =>
    [r.active, r.installing, r.waiting].some((w) => w?.scriptURL === url),
  );
  await Promise.all(ours.map((r) => r.unregister()));
}

/**
 * msw 3 builds `defaultNetworkOptions` as `msw/browser` loads: a second ServiceWorkerSource that
 * nothing ever starts. Its channel still listens to every message of the worker and, for each,
 * awaits a worker promise that never settles, so every message (keep-alive, request, response)
 * and its payload stayed in memory for the life of the page. This app never uses it: its
 * listener goes before our own worker starts.
 */
function dropIdleDefaultSource(): void {
  for (const source of defaultNetworkOptions.sources) {
    if ('terminate' in source) void source.terminate();
  }
}

/**
 * Starts the worker; rejects when the browser cannot run one (file://, private mode, …).
 * `onStalled` hears of a worker that stopped answering (the page answers from then on).
 */
export async function startServiceWorkerTransport(
  onStalled: () => void,
  pageTurn: () => Promise<void>,
): Promise<Transport> {
  if (!('serviceWorker' in navigator)) throw new Error('service-worker-unsupported');
  pause = pageTurn;
  addEventListener('unhandledrejection', ignoreRefusedWorkerUpdate);
  dropIdleDefaultSource();
  const url = new URL('mockServiceWorker.js', document.baseURI).href;
  await dropStaleWorker(url);
  await pause();
  const worker = setupWorker(handler);
  // For its life-cycle events the worker sends back a copy of every response, its body a stream
  // carried over a MessagePort. Nobody here reads those copies; unread, each stream kept its port
  // (and the worker its copy of the body) open for good. Cancelling them lets both go.
  const release = ({ response }: { response: Response }) => void response.body?.cancel();
  worker.events.on('response:mocked', release);
  worker.events.on('response:bypass', release);
  await pause();
  await worker.start({
    serviceWorker: { url },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
  let stalled = false;
  return {
    kind: 'service-worker',
    async deliver(request, server) {
      if (stalled) return { ...(await inPageTransport.deliver(request, server)), via: 'in-page' };
      // The request was built in this task (its cookies picked from the jar); it leaves in the next.
      await pause();
      const id = String(++counter);
      // The worker sees only the path: the scheme the visitor used rides along here.
      const origin = new URL(request.url).origin;
      const call: InFlight = {
        server: (wire) => server({ ...wire, url: origin + pathOf(wire.url) }),
      };
      inFlight.set(id, call);
      const abort = new AbortController();
      let timer: ReturnType<typeof setInterval> | undefined;
      const late = new Promise<null>((resolve) => {
        // Only time the page was free to hear the worker counts: a page held up by its own long
        // work (a busy day replayed) has not been kept waiting by the worker.
        let waited = 0;
        let last = performance.now();
        timer = setInterval(() => {
          const now = performance.now();
          waited += Math.min(now - last, 2 * TICK_MS);
          last = now;
          if (waited >= WORKER_ANSWER_LIMIT_MS) resolve(null);
        }, TICK_MS);
      });
      const viaWorker = (async (): Promise<ServerAnswer | 'bypassed'> => {
        const res = await fetch(shopBase() + pathOf(request.url), {
          method: request.method,
          headers: { [WIRE_HEADERS]: encodeHeaders(request.headers), [WIRE_EXCHANGE]: id },
          body: request.method === 'GET' ? undefined : request.body,
          cache: 'no-store',
          signal: abort.signal,
        });
        if (!res.headers.has(WIRE_TRACE)) return 'bypassed';
        const [status = '500', ...text] = decodeURIComponent(
          res.headers.get(WIRE_STATUS) ?? '',
        ).split(' ');
        return {
          response: {
            status: Number(status),
            statusText: text.join(' '),
            headers: decodeHeaders(res.headers.get(WIRE_HEADERS)),
            body: await res.text(),
          },
          trace: decodeTrace(res.headers.get(WIRE_TRACE)),
        };
      })();
      try {
        // A failed fetch counts as no answer: the worker went away.
        const answer = await Promise.race([viaWorker, late]).catch(() => null);
        if (answer && answer !== 'bypassed') {
          // The visitor takes the answer in (its cookies stored) in a task of its own.
          await pause();
          return answer;
        }
        // The handler took it (the page ran the server): its answer (or its error) stands, only
        // the copy travelling back was lost, slow, or msw's own 500 for a handler that threw.
        if (call.taken) return await call.taken;
        // Not answered by our handler (a hard reload bypasses the worker): answer in the page.
        if (answer === 'bypassed') return await inPageTransport.deliver(request, server);
        // Never reached the page: withdrawn, so a late copy finds nothing to run.
        inFlight.delete(id);
        abort.abort();
        viaWorker.catch(() => undefined);
        stalled = true;
        onStalled();
        return { ...(await inPageTransport.deliver(request, server)), via: 'in-page' };
      } finally {
        clearInterval(timer);
        inFlight.delete(id);
      }
    },
  };
}
