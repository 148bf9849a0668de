/** The exchanges as a HAR 1.2 file (http://www.softwareishard.com/blog/har-12-spec/), importable in DevTools. */
import { maskedBody } from './mask';
import { header, type HeaderList } from './wire';

interface HarExchange {
  at: number;
  request: { method: string; url: string; headers: HeaderList; body: string };
  response: { status: number; statusText: string; headers: HeaderList; body: string };
  visitor: string;
}

const nameValues = (headers: HeaderList) => headers.map(([name, value]) => ({ name, value }));

function requestCookies(headers: HeaderList) {
  const line = header(headers, 'Cookie');
  if (!line) return [];
  return line.split(/;\s*/).flatMap((pair) => {
    const eq = pair.indexOf('=');
    return eq < 0 ? [] : [{ name: pair.slice(0, eq), value: pair.slice(eq + 1) }];
  });
}

function responseCookies(headers: HeaderList) {
  return headers
    .filter(([n]) => n.toLowerCase() === 'set-cookie')
    .map(([, line]) => {
      const [pair = '', ...attrs] = line.split(/;\s*/);
      const eq = pair.indexOf('=');
      const attr = (name: string) =>
        attrs.find((a) => a.toLowerCase().startsWith(name.toLowerCase()));
      const expires = attr('Expires=')?.slice('Expires='.length);
      return {
        name: pair.slice(0, eq),
        value: pair.slice(eq + 1),
        path: attr('Path=')?.slice('Path='.length),
        expires: expires ? new Date(expires).toISOString() : undefined,
        httpOnly: attr('HttpOnly') !== undefined,
        secure: attr('Secure') !== undefined,
      };
    });
}

const byteSize = (s: string) => new TextEncoder().encode(s).length;

export function toHar(exchanges: HarExchange[], creatorVersion: string) {
  return {
    log: {
      version: '1.2',
      creator: { name: 'Session Guestbook', version: creatorVersion },
      entries: exchanges.map((e) => {
        const url = new URL(e.request.url);
        const contentType = header(e.request.headers, 'Content-Type');
        return {
          startedDateTime: new Date(e.at).toISOString(),
          time: 1,
          comment: e.visitor,
          request: {
            method: e.request.method,
            url: e.request.url,
            httpVersion: 'HTTP/1.1',
            cookies: requestCookies(e.request.headers),
            headers: nameValues(e.request.headers),
            queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
            // What a student typed as a password stays out of the file (the size is as sent).
            ...(contentType
              ? { postData: { mimeType: contentType, text: maskedBody(e.request) } }
              : {}),
            headersSize: -1,
            bodySize: byteSize(e.request.body),
          },
          response: {
            status: e.response.status,
            statusText: e.response.statusText,
            httpVersion: 'HTTP/1.1',
            cookies: responseCookies(e.response.headers),
            headers: nameValues(e.response.headers),
            content: {
              size: byteSize(e.response.body),
              mimeType: header(e.response.headers, 'Content-Type') ?? 'application/octet-stream',
              text: e.response.body,
            },
            redirectURL: '',
            headersSize: -1,
            bodySize: byteSize(e.response.body),
          },
          cache: {},
          timings: { send: 0, wait: 1, receive: 0 },
        };
      }),
    },
  };
}
