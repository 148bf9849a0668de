/**
 * The shop on cookie-session: what the shown visitor's cookie says once base64 is undone, the
 * bytes each request of theirs carried beside the same requests with a session ID, and the two
 * ways compared on what just happened. Loaded only when the shop runs on cookie-session.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Visitor } from '../../sim/browser/visitor';
import { formatTimestamp } from '../../sim/clock';
import { headerValues } from '../../sim/http/wire';
import { weighAgainstSessionId, type RequestWeight } from '../../sim/request-bytes';
import { decodeSession } from '../../sim/server/session/cookie-session';
import type { Exchange, World } from '../../sim/world';
import { FocusMark } from '../common/focus-mark';
import { useFocus, useShownVisitor, useWorld } from '../common/use-lesson-view';
import { visitorName } from '../common/visitor-name';
import './cookie-store-panel.css';

const CODE = `app.use(cookieSession({
  name: 'session',
  keys: [process.env.SESSION_KEY],
  maxAge: 30 * 60 * 1000, // Expires: 30 min after each write
}));`;

/** The length of `connect.sid=s%3A<32-character ID>.<43-character signature>` on the wire. */
const SESSION_ID_COOKIE_BYTES = 'connect.sid=s%3A'.length + 32 + 1 + 43;

/** This visitor's requests the cookie store answered (it read, wrote or cleared the cookie). */
const cookieStoreExchanges = (world: World, visitor: Visitor): Exchange[] =>
  world.exchanges.filter(
    (e) =>
      e.visitorId === visitor.id &&
      e.trace.some(
        (s) => s.kind === 'cookie-data' || (s.kind === 'parse-cookie' && s.name === 'session'),
      ),
  );

export function CookieStorePanel() {
  const { t } = useTranslation();
  const world = useWorld();
  const visitor = useShownVisitor();
  const focus = useFocus('settings');
  const [open, setOpen] = useState(true);
  const [wasFocus, setWasFocus] = useState(focus);
  if (focus !== wasFocus) {
    setWasFocus(focus);
    if (focus) setOpen(true);
  }
  const who = visitorName(visitor, world.visitors);
  const value = visitor.cookies.find((c) => c.name === 'session')?.value;
  const sig = visitor.cookies.find((c) => c.name === 'session.sig')?.value;
  const data = value ? decodeSession(value) : null;
  // The two cookies as the browser holds them now, and sends them with the next request.
  const held = visitor.cookies
    .filter((c) => c.name === 'session' || c.name === 'session.sig')
    .map((c) => `${c.name}=${c.value}`);
  const exchanges = cookieStoreExchanges(world, visitor);
  return (
    <details
      className="settings-code cookie-store"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-focus={focus}
      data-testid="cookie-store-panel"
    >
      <summary>
        {t('cookieStore.title')}
        <FocusMark on={focus} />
      </summary>
      <h3 className="settings-code-title">{t('cookieStore.cookie', { who })}</h3>
      {value === undefined ? (
        <p className="muted">{t('cookieStore.empty')}</p>
      ) : (
        <dl className="cookie-reading">
          <dt>{t('cookieStore.value')}</dt>
          <dd>
            <code>{value}</code>
          </dd>
          <dt>{t('cookieStore.decoded')}</dt>
          <dd>
            <code data-testid="cookie-store-json">
              {data ? JSON.stringify(data) : t('cookieStore.undecodable')}
            </code>
          </dd>
          <dt>{t('cookieStore.sig')}</dt>
          <dd>
            <code>{sig ?? '—'}</code>
            <span className="muted"> {t('cookieStore.sigNote')}</span>
          </dd>
        </dl>
      )}
      <BytesChart exchanges={exchanges} visitor={visitor} who={who} />
      <Comparison exchanges={exchanges} json={data} held={held} />
      <p className="settings-code-title">{t('cookieStore.code')}</p>
      <pre>
        <code>{CODE}</code>
      </pre>
    </details>
  );
}

/** Bars, two per request: the cookie store as sent, and the same request with a session ID. */
function BytesChart({
  exchanges,
  visitor,
  who,
}: {
  exchanges: Exchange[];
  visitor: Visitor;
  who: string;
}) {
  const { t } = useTranslation();
  const [weights, setWeights] = useState<{ key: string; rows: RequestWeight[] } | null>(null);
  // The whole browsing is replayed (so the session ID side has its cookie too); the last ten show.
  const key = `${visitor.id}:${exchanges.map((e) => e.id).join(',')}`;
  useEffect(() => {
    let live = true;
    void weighAgainstSessionId(exchanges, visitor).then((rows) => {
      if (live) setWeights({ key, rows: rows.slice(-10) });
    });
    return () => {
      live = false;
    };
    // `key` names the exchanges weighed: nothing else changes the answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (exchanges.length === 0) return <p className="muted">{t('cookieStore.chart.none')}</p>;
  const rows = weights?.key === key ? weights.rows : null;
  const max = Math.max(1, ...(rows ?? []).flatMap((r) => [r.sent, r.withSessionId]));
  const barW = 14;
  const gap = 10;
  const height = 120;
  const width = rows ? rows.length * (2 * barW + gap) + gap : 0;
  const y = (bytes: number) => height - (bytes / max) * (height - 14);
  return (
    <figure className="bytes-chart" data-testid="bytes-chart" data-camera-point="chart">
      <figcaption>
        <strong>{t('cookieStore.chart.title')}</strong>{' '}
        <span className="muted">{t('cookieStore.chart.caption', { who })}</span>
      </figcaption>
      <p className="chart-legend" aria-hidden="true">
        <span className="swatch cookie-store" /> {t('cookieStore.chart.cookieStore')}{' '}
        <span className="swatch session-id" /> {t('cookieStore.chart.sessionId')}
      </p>
      {!rows ? (
        <p className="muted">{t('cookieStore.chart.loading')}</p>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${width} ${height + 16}`}
            width={width}
            height={height + 16}
            aria-hidden="true"
          >
            {rows.map((r, i) => {
              const x = gap + i * (2 * barW + gap);
              return (
                <g key={i}>
                  <rect
                    className="cookie-store"
                    x={x}
                    y={y(r.sent)}
                    width={barW}
                    height={height - y(r.sent)}
                  />
                  <rect
                    className="session-id"
                    x={x + barW}
                    y={y(r.withSessionId)}
                    width={barW}
                    height={height - y(r.withSessionId)}
                  />
                  <text x={x + barW} y={height + 12} textAnchor="middle">
                    {i + 1}
                  </text>
                </g>
              );
            })}
          </svg>
          <table className="visually-hidden">
            <caption>{t('cookieStore.chart.title')}</caption>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  <th scope="row">
                    {t('cookieStore.chart.request', { n: i + 1, method: r.method, path: r.path })}
                  </th>
                  <td>
                    {t('cookieStore.chart.bar', {
                      kind: t('cookieStore.chart.cookieStore'),
                      bytes: r.sent,
                    })}
                  </td>
                  <td>
                    {t('cookieStore.chart.bar', {
                      kind: t('cookieStore.chart.sessionId'),
                      bytes: r.withSessionId,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ol className="chart-requests" aria-hidden="true">
            {rows.map((r, i) => (
              <li key={i}>
                {r.method} {r.path}: {r.sent} / {r.withSessionId}
              </li>
            ))}
          </ol>
        </>
      )}
    </figure>
  );
}

/** Storage place, security, speed and lifetime: the seeds' table, filled in from the world. */
function Comparison({
  exchanges,
  json,
  held,
}: {
  exchanges: Exchange[];
  json: Record<string, unknown> | null;
  /** `name=value` of the session cookies in the jar now (none: never set, or gone). */
  held: string[];
}) {
  const { t } = useTranslation();
  // The last request that carried the cookie store: its `session=…; session.sig=…` bytes.
  const sessionPairs = (e: Exchange) =>
    (headerValues(e.request.headers, 'Cookie')[0] ?? '')
      .split('; ')
      .filter((p) => p.startsWith('session=') || p.startsWith('session.sig='));
  const carried = exchanges.findLast((e) => sessionPairs(e).length > 0);
  const pairs = carried ? sessionPairs(carried) : [];
  const byteLength = (p: string[]) => new TextEncoder().encode(p.join('; ')).length;
  const bytes = byteLength(pairs);
  // The jar is what the browser holds now; once it has dropped the cookies (they expired, or were
  // cleared), the table says so and reads the last ones sent.
  const gone = held.length === 0;
  const sent = pairs.find((p) => p.startsWith('session='))?.slice('session='.length);
  const shownJson = json ?? (sent ? decodeSession(sent) : null);
  const written = exchanges
    .flatMap((e) => headerValues(e.response.headers, 'Set-Cookie'))
    .filter((line) => line.startsWith('session='));
  const expires = /expires=([^;]+)/.exec(written.at(-1) ?? '')?.[1];
  const rows = [
    [
      gone ? (carried ? 'storageGone' : 'storageNone') : 'storage',
      'storage',
      { bytes: gone ? bytes : byteLength(held), count: held.length },
      {},
    ],
    [
      gone ? 'securityGone' : 'security',
      'security',
      { json: shownJson ? JSON.stringify(shownJson) : '{}' },
      {},
    ],
    ['speed', 'speed', { bytes }, { bytes: SESSION_ID_COOKIE_BYTES }],
    ['lifetime', 'lifetime', {}, {}],
  ] as const;
  return (
    <table className="compare-table" data-testid="compare-table" data-camera-point="compare">
      <caption>{t('cookieStore.compare.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cookieStore.compare.aspect')}</th>
          <th scope="col">{t('cookieStore.compare.cookieStore')}</th>
          <th scope="col">{t('cookieStore.compare.sessionId')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([cookieSays, aspect, cookieVars, sessionVars]) => (
          <tr key={aspect}>
            <th scope="row">{t(`cookieStore.compare.${aspect}`)}</th>
            <td>
              {t(`cookieStore.compare.${cookieSays}Cookie`, cookieVars)}
              {aspect === 'lifetime' && expires && (
                <span className="muted">
                  {' '}
                  (
                  {t(gone ? 'cookieStore.compare.expired' : 'cookieStore.compare.expires', {
                    time: formatTimestamp(Date.parse(expires)),
                  })}
                  )
                </span>
              )}
            </td>
            <td>{t(`cookieStore.compare.${aspect}Session`, sessionVars)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
