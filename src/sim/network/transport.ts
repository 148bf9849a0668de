/**
 * How a request reaches the simulated server. The preferred way is a real `fetch` caught by
 * Mock Service Worker (see msw-transport.ts); when no service worker can start, the same
 * server is called directly in the page and the lesson goes on.
 */
import type { WireRequest, WireResponse } from '../http/wire';
import type { TraceStep } from '../trace';

export interface ServerAnswer {
  response: WireResponse;
  trace: TraceStep[];
  /** How it really travelled, when not as the transport's kind says (a stalled worker's). */
  via?: TransportKind;
}

export type ServerCall = (request: WireRequest) => Promise<ServerAnswer>;

export type TransportKind = 'service-worker' | 'in-page';

export interface Transport {
  kind: TransportKind;
  deliver(request: WireRequest, server: ServerCall): Promise<ServerAnswer>;
}

/** Calls the server in the page, through a JSON round trip so nothing is shared by accident. */
export const inPageTransport: Transport = {
  kind: 'in-page',
  async deliver(request, server) {
    const answer = await server(JSON.parse(JSON.stringify(request)) as WireRequest);
    return JSON.parse(JSON.stringify(answer)) as ServerAnswer;
  },
};
