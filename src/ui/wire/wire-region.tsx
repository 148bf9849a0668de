import { lazy, Suspense } from 'react';
import { useTranslation } from '../../i18n/react';
import {
  byteLength,
  header,
  headerValues,
  pathOf,
  requestText,
  responseText,
} from '../../sim/http/wire';
import { SERVER_NAMES } from '../../sim/server/cluster';
import { useLesson } from '../../state/lesson-store';
import type { Exchange } from '../../sim/world';
import { FocusMark } from '../common/focus-mark';
import {
  useFocus,
  useLatestExchange,
  useShownVisitor,
  useStep,
  useTiming,
  useWorld,
} from '../common/use-lesson-view';
import { Icon } from '../common/icon';
import { entrance } from '../common/entrance';

// Chapter-only parts of the wire, loaded when their chapter is on screen.
const Eavesdropper = lazy(() =>
  import('./eavesdropper').then((m) => ({ default: m.Eavesdropper })),
);
// evil.example's server log, beside the shop's wire once the shop has reviews (XSS chapter).
const EvilLog = lazy(() => import('../browser/evil-log').then((m) => ({ default: m.EvilLog })));
const SessionTimeline = lazy(() =>
  import('./session-timeline').then((m) => ({ default: m.SessionTimeline })),
);

/**
 * The wire: the latest exchange as two envelopes, the request travelling to the server and
 * the response coming back, each carrying the headers that matter for sessions.
 */
export function WireRegion() {
  const { t } = useTranslation();
  const world = useWorld();
  const { exchange, earlier, fresh, animate, key } = useLatestExchange();
  const requestFocus = useFocus('request');
  const responseFocus = useFocus('response');
  const browser = (e: Exchange) => world.visitors.find((v) => v.id === e.visitorId)?.browser ?? '—';
  const chapter = useStep().step.chapter;
  const shown = useShownVisitor();
  // What the café's network sees: in the Secure chapter, and whenever a request went over http.
  // The café's network carries every browser's requests: the latest, whichever tab is on show.
  const onAir = world.exchanges.at(-1);
  // An exchange worked out inside the page while the network runs: a step opened by a link or a
  // jump is reached at once, its requests replayed in the page (the notice above names the network).
  const network = useLesson((s) => s.network);
  const replayed = exchange?.transport !== 'service-worker' && network === 'service-worker';
  const overheard = onAir && (chapter === 'secure' || onAir.request.url.startsWith('http:'));
  return (
    <section
      className="region wire-region"
      aria-labelledby="region-wire"
      data-focus={requestFocus || responseFocus}
    >
      <h2 id="region-wire" className="region-title">
        <Icon name="mail" />
        {t('regions.wire')}
        <FocusMark on={requestFocus || responseFocus} />
      </h2>
      {!exchange ? (
        <p className="muted wire-idle">{t('wire.idle')}</p>
      ) : (
        <div className={earlier ? 'envelopes earlier' : 'envelopes'} key={key}>
          {earlier && <p className="wire-earlier">{t('wire.earlier')}</p>}
          {fresh.length > 1 && (
            <ol className="wire-queue" aria-label={t('devtools.network')}>
              {world.exchanges
                .filter((e) => fresh.includes(e.id))
                .map((e) => (
                  <li key={e.id}>
                    {browser(e)} · {e.request.method} {pathOf(e.request.url)} → {e.response.status}
                  </li>
                ))}
            </ol>
          )}
          <Envelope
            exchange={exchange}
            direction="request"
            animate={animate}
            focus={requestFocus}
            from={browser(exchange)}
          />
          <Envelope
            exchange={exchange}
            direction="response"
            animate={animate}
            focus={responseFocus}
            from={browser(exchange)}
          />
          <p className="via muted" data-testid="wire-via">
            {replayed
              ? t('wire.replayed')
              : t('wire.via', {
                  transport: t(
                    exchange.transport === 'service-worker' ? 'wire.serviceWorker' : 'wire.inPage',
                  ),
                })}
          </p>
        </div>
      )}
      <Suspense fallback={null}>
        {overheard && <Eavesdropper exchange={onAir} />}
        {chapter === 'kinds' && <SessionTimeline />}
        {world.server.reviews !== undefined && <EvilLog shown={shown} />}
      </Suspense>
    </section>
  );
}

function Envelope({
  exchange,
  direction,
  animate,
  focus,
  from,
}: {
  exchange: Exchange;
  direction: 'request' | 'response';
  animate: boolean;
  focus: boolean;
  from: string;
}) {
  const { t } = useTranslation();
  const { leg, tick, reduced } = useTiming();
  const isRequest = direction === 'request';
  const to =
    exchange.node === undefined
      ? t('wire.server')
      : `${t('cluster.title')} ─ ${t('cluster.server', { name: SERVER_NAMES[exchange.node] ?? '' })}`;
  const cookie = header(exchange.request.headers, 'Cookie');
  const referer = header(exchange.request.headers, 'Referer');
  const setCookies = headerValues(exchange.response.headers, 'Set-Cookie');
  const bytes = byteLength(
    isRequest ? requestText(exchange.request) : responseText(exchange.response),
  );
  // The response leaves once the server has worked through its trace.
  const delay = isRequest ? 0 : leg + exchange.trace.length * tick;
  const move = animate && !reduced;
  return (
    <article
      className={`envelope ${direction}`}
      data-testid={`envelope-${direction}`}
      data-focus={focus}
      aria-label={t(isRequest ? 'wire.request' : 'wire.response')}
      {...entrance(isRequest ? 'from-left' : 'from-right', move && { delay, duration: leg })}
    >
      <header>
        <span className="direction" aria-hidden="true">
          {isRequest ? `${from} ──▶ ${to}` : `${from} ◀── ${to}`}
        </span>
        <strong>{t(isRequest ? 'wire.request' : 'wire.response')}</strong>{' '}
        <code>
          {isRequest
            ? `${exchange.request.method} ${pathOf(exchange.request.url)}`
            : `${exchange.response.status} ${exchange.response.statusText}`}
        </code>
        <span className="bytes muted">{t('wire.bytes', { bytes })}</span>
      </header>
      {isRequest ? (
        <>
          {/* Only a request another site started has one: who sent the browser here. */}
          {referer && (
            <p className="key-header">
              <span className="header-name">Referer</span>: <code className="wrap">{referer}</code>
            </p>
          )}
          {cookie ? (
            <p className="key-header">
              <span className="header-name">Cookie</span>: <code className="wrap">{cookie}</code>
            </p>
          ) : (
            <p className="no-header">{t('wire.noCookie')}</p>
          )}
          {exchange.withheldCookies.map((w) => (
            <p className="cookie-rule" key={w.name} data-testid="withheld-cookie">
              {t('wire.withheld', { name: w.name, reason: t(`cookieRules.withheld.${w.reason}`) })}
            </p>
          ))}
        </>
      ) : (
        <>
          {setCookies.length > 0 ? (
            setCookies.map((c, i) => (
              <p className="key-header" key={i}>
                <span className="header-name">Set-Cookie</span>: <code className="wrap">{c}</code>
              </p>
            ))
          ) : (
            <p className="no-header">{t('wire.noSetCookie')}</p>
          )}
          {exchange.refusedCookies.map((r, i) => (
            <p className="cookie-rule" key={i} data-testid="refused-cookie" role="note">
              {t('wire.refused', {
                name: r.line.split('=')[0],
                reason: t(`cookieRules.refused.${r.reason}`),
              })}
            </p>
          ))}
        </>
      )}
    </article>
  );
}
