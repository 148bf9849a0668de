/**
 * What another guest on the café's Wi-Fi sees of the latest request (Secure chapter): over http
 * the request as it is, Cookie header included; over https only the server's name and a sealed
 * record. Simplified, and it says so: one TLS record, no handshake drawn.
 */
import { useTranslation } from '../../i18n/react';
import { byteLength, requestText, responseText } from '../../sim/http/wire';
import type { Exchange } from '../../sim/world';
import { FocusMark } from '../common/focus-mark';
import { Icon } from '../common/icon';
import { useFocus } from '../common/use-lesson-view';
import './chapter-wire.css';

/** A TLS 1.3 record around the request: 5 bytes of header, 1 of content type, a 16-byte tag. */
const TLS_RECORD_OVERHEAD = 22;

/** Bytes that look like ciphertext: the same for the same request, never the request itself. */
function sealed(text: string, max = 96): string {
  let h = 2166136261;
  let out = '';
  for (let i = 0; i < Math.min(byteLength(text), max / 2); i++) {
    h = Math.imul(h ^ (text.charCodeAt(i % text.length) + i), 16777619) >>> 0;
    out += (h & 0xff).toString(16).padStart(2, '0');
  }
  return out.replace(/(.{8})/g, '$1 ').trim() + ' …';
}

export function Eavesdropper({ exchange }: { exchange: Exchange }) {
  const { t } = useTranslation();
  const focus = useFocus('eavesdropper');
  const plain = exchange.request.url.startsWith('http:');
  const text = requestText(exchange.request);
  const lines = text.split('\r\n').filter((line) => line !== '');
  // The response's status line and headers (its body, the page, is left out here).
  const answer = responseText(exchange.response);
  const answerHead = answer.split('\r\n\r\n')[0]!.split('\r\n');
  return (
    <section
      className="eavesdropper"
      aria-labelledby="eavesdropper-title"
      data-testid="eavesdropper"
      data-plain={plain}
      data-focus={focus}
    >
      <h3 id="eavesdropper-title">
        <Icon name="eye" />
        {t('secure.eavesdropper.title')}
        <FocusMark on={focus} />
      </h3>
      <p>{t(plain ? 'secure.eavesdropper.http' : 'secure.eavesdropper.https')}</p>
      {plain ? (
        <>
          <Overheard
            label={t('wire.request')}
            lines={lines}
            mark={/^cookie:/i}
            cls="overheard-cookie"
          />
          <Overheard
            label={t('wire.response')}
            lines={answerHead}
            mark={/^set-cookie:/i}
            cls="overheard-set-cookie"
          />
        </>
      ) : (
        <>
          <p>
            <code>
              {t('secure.eavesdropper.server', { host: new URL(exchange.request.url).host })}
            </code>
          </p>
          <p>
            <code>
              {t('secure.eavesdropper.sealed', {
                bytes: byteLength(text) + TLS_RECORD_OVERHEAD,
              })}
            </code>
          </p>
          <pre className="ciphertext" aria-hidden="true">
            {sealed(text)}
          </pre>
          <p>
            <code>
              {t('secure.eavesdropper.sealed', {
                bytes: byteLength(answer) + TLS_RECORD_OVERHEAD,
              })}
            </code>
          </p>
        </>
      )}
      <p className="hint">{t('secure.eavesdropper.simplified')}</p>
    </section>
  );
}

/** One message as it crossed the Wi-Fi, the lines that carry cookies marked. */
function Overheard({
  label,
  lines,
  mark,
  cls,
}: {
  label: string;
  lines: string[];
  mark: RegExp;
  cls: string;
}) {
  return (
    <pre className="overheard" tabIndex={0} aria-label={label}>
      {lines.map((line, i) => (
        <span key={i} className={mark.test(line) ? cls : undefined}>
          {line}
          {'\n'}
        </span>
      ))}
    </pre>
  );
}
