import { useTranslation } from '../../i18n/react';
import type { HeaderList } from '../../sim/http/wire';

/** Longer values are cut on screen (the HAR export keeps them whole). */
const SHOW_AT_MOST = 600;
const clip = (s: string) =>
  s.length > SHOW_AT_MOST ? `${s.slice(0, SHOW_AT_MOST)}… (+${s.length - SHOW_AT_MOST})` : s;

const ATTRIBUTES = [
  'Path',
  'Expires',
  'Max-Age',
  'HttpOnly',
  'Secure',
  'SameSite',
  'Domain',
] as const;

/** A message as raw HTTP/1.1 text; Cookie and Set-Cookie are marked and their attributes explained. */
export function RawMessage({
  startLine,
  headers,
  body,
}: {
  startLine: string;
  headers: HeaderList;
  body: string;
}) {
  const { t } = useTranslation();
  const cookieLines = headers.filter(([n]) => /^(set-)?cookie$/i.test(n));
  const attributes = ATTRIBUTES.filter((a) =>
    cookieLines.some(([, v]) => new RegExp(`(^|;\\s*)${a}(=|;|$)`, 'i').test(v)),
  );
  return (
    <div className="raw-message">
      <pre>
        <code>
          <span className="start-line">{startLine}</span>
          {'\n'}
          {headers.map(([name, value], i) => {
            const key = /^(set-)?cookie$/i.test(name);
            return (
              <span key={i} className={key ? 'header key-header' : 'header'}>
                {key && <span className="visually-hidden">★ </span>}
                <span className="header-name">{name}</span>: {clip(value)}
                {'\n'}
              </span>
            );
          })}
          {body && (
            <>
              {'\n'}
              <span className="body">{clip(body)}</span>
            </>
          )}
        </code>
      </pre>
      {cookieLines.length > 0 && (
        <ul className="attribute-notes">
          {cookieLines.some(([, v]) => v.includes('s%3A')) && <li>{t('attributes.value')}</li>}
          {attributes.map((a) => (
            <li key={a}>{t(`attributes.${a}`)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
