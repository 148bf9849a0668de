/** Requests and responses exactly as they travel on the wire (HTTP/1.1 text form). */

/** The simulated site every visitor browses. */
export const SITE_ORIGIN = 'https://shop.example';

export type HeaderList = [name: string, value: string][];

export interface WireRequest {
  method: 'GET' | 'POST';
  /** Absolute URL on the simulated site, e.g. `https://shop.example/me`. */
  url: string;
  headers: HeaderList;
  body: string;
}

export interface WireResponse {
  status: number;
  statusText: string;
  headers: HeaderList;
  body: string;
}

export const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  413: 'Payload Too Large',
  431: 'Request Header Fields Too Large',
};

export function header(headers: HeaderList, name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}

export function headerValues(headers: HeaderList, name: string): string[] {
  const lower = name.toLowerCase();
  return headers.filter(([n]) => n.toLowerCase() === lower).map(([, v]) => v);
}

export function pathOf(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

export function requestText(req: WireRequest): string {
  const lines = [
    `${req.method} ${pathOf(req.url)} HTTP/1.1`,
    ...req.headers.map(([n, v]) => `${n}: ${v}`),
  ];
  return lines.join('\r\n') + '\r\n\r\n' + req.body;
}

export function responseText(res: WireResponse): string {
  const lines = [
    `HTTP/1.1 ${res.status} ${res.statusText}`,
    ...res.headers.map(([n, v]) => `${n}: ${v}`),
  ];
  return lines.join('\r\n') + '\r\n\r\n' + res.body;
}

/** Bytes a message takes on the wire: what cookies cost on every request. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
