/**
 * What a student typed into a password field is masked wherever the lesson keeps or shows an
 * exchange: in the saved place, the HAR export and the inspector. The server got it as typed.
 */
import { header, type HeaderList } from './wire';

/** Stands in for what a student typed into a password field: never saved, exported or shown. */
export const PASSWORD_MASK = '••••••';
const PASSWORD_FIELD = /^(password|passwd|pwd)$/i;

/**
 * The request's body with the value of every password field masked, when it is a form
 * (`application/x-www-form-urlencoded`); any other body as it is.
 */
export function maskedBody(request: { headers: HeaderList; body: string }): string {
  const type = header(request.headers, 'Content-Type') ?? '';
  if (!/^application\/x-www-form-urlencoded\b/i.test(type)) return request.body;
  return request.body
    .split('&')
    .map((pair) => {
      const name = pair.split('=', 1)[0]!;
      let field = name;
      try {
        field = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        /* not percent-encoded text: compare as it is */
      }
      return PASSWORD_FIELD.test(field) ? `${name}=${PASSWORD_MASK}` : pair;
    })
    .join('&');
}
