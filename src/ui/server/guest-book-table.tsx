import {
  type CSSProperties,
  Fragment,
  lazy,
  memo,
  Suspense,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from '../../i18n/react';
import { formatTimestamp, MINUTE } from '../../sim/clock';
import {
  expiresAt,
  isExpired,
  type GuestBook,
  type GuestBookRow,
} from '../../sim/server/guest-book';
import { dataOf, phpSerialize } from '../../sim/server/session/php-file';
import { tomcatSessionText } from '../../sim/server/session/tomcat-file';
import { flaskFileText } from '../../sim/server/session/flask-file';
import { bookBytes } from '../../sim/server/capacity';
import { currentWorld, useLesson } from '../../state/lesson-store';
import { FocusMark } from '../common/focus-mark';
import { ShortId, shortIdText } from '../common/short-id';
import { holderOf, visitorName } from '../common/visitor-name';
import { useArrivals, useFocus, useTiming, useWorld } from '../common/use-lesson-view';
import { Icon } from '../common/icon';
import { entrance } from '../common/entrance';
import { deferred } from '../common/deferred';

/** Rows drawn before "show all": keeps a 1,000-row book smooth. */
const FIRST_ROWS = 60;

// Every row of a long book: only the rows in view are drawn, by a library loaded when asked for.
// Opened only on the Laravel stack: its payload code stays out of the first screen.
const LaravelPayload = lazy(() =>
  import('./laravel-payload').then((m) => ({ default: m.LaravelPayload })),
);
const VirtualBodies = deferred(() => import('./virtual-bodies').then((m) => m.VirtualBodies));
type Mark = 'inserted' | 'updated' | 'deleted' | 'renamed' | null;

export interface GuestBookTableProps {
  book: GuestBook;
  /** Heading text; several tables (one per server) each get their own. */
  title: string;
  /** Unique per table: names the heading and the test hook. */
  name: string;
  /** Whether the latest change happened in this store (its rows get marked). */
  marked: boolean;
  /** Whether a step about the guest book marks this table ("Look here"): one table, not each. */
  framed?: boolean;
}

/** The guest book: a session store as a real table, changed rows marked in words too. */
export function GuestBookTable({
  book: guestBook,
  title,
  name,
  marked,
  framed = true,
}: GuestBookTableProps) {
  const { t } = useTranslation();
  const world = useWorld();
  const focus = useFocus('guest-book') && framed;
  const [showAll, setShowAll] = useState(false);
  // Marks animate only in a transition that sent requests; any other (a jump, a step without
  // requests, a click ahead) shows the book as it is at once, finishing what was under way (a row
  // that drops in is keyed by its transition).
  const transition = useLesson((s) => s.transition);
  const animated = useLesson((s) => s.fresh.length > 0);
  // Read here, not in each row: a row then redraws only when it changes (or its mark does).
  const { reduced } = useTiming();
  // Changes show once the server's steps have run: the store changes before the response leaves.
  const { store } = useArrivals();
  // Rows whose session data (the store's JSON) is shown, as Laravel's payload column.
  const [openRows, setOpenRows] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((id: string) => {
    setOpenRows((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const diff = marked ? world.lastDiff : { inserted: [], updated: [], deleted: [] };
  const { inserted, updated } = diff;
  // Tomcat's changeSessionId() keeps the session object and gives it a new ID: one row renamed,
  // not one deleted and another added (as PHP's and Laravel's new file or row are).
  const renamed = useMemo(() => {
    const moves = new Map<string, string>();
    if (world.server.engine !== 'tomcat') return moves;
    for (const step of world.exchanges.at(-1)?.trace ?? [])
      if (step.kind === 'regenerate' && inserted.includes(step.newId))
        moves.set(step.newId, step.oldId);
    return moves;
  }, [world.server.engine, world.exchanges, inserted]);
  const renamedFrom = new Set(renamed.values());
  const deleted = diff.deleted.filter((row) => !renamedFrom.has(row.id));
  const rows = showAll ? guestBook : guestBook.slice(0, FIRST_ROWS);
  const virtual = showAll && guestBook.length > FIRST_ROWS;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The row the exchange changed shows inside the table's own scroll box (under its header).
  useLayoutEffect(() => {
    const box = scrollRef.current;
    const row = box?.querySelector('tr[data-mark]');
    if (!box || !row || box.scrollHeight <= box.clientHeight) return;
    const shown = box.getBoundingClientRect();
    const header = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const { top, bottom } = row.getBoundingClientRect();
    if (bottom > shown.bottom) box.scrollTop += bottom - shown.bottom;
    else if (top < shown.top + header) box.scrollTop -= shown.top + header - top;
  }, [world.lastDiff]);
  // What the store really keeps: the bytes of each session's JSON (as the capacity panel counts).
  const bytes = bookBytes(guestBook);
  // Bytes under a kilobyte, so one session and a thousand read as the same cost per session;
  // kilobytes of 1000 bytes, as the capacity panel counts them.
  const size =
    bytes < 1000
      ? t('wire.bytes', { bytes })
      : `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} KB`;
  const markOf = (id: string): Mark =>
    renamed.has(id)
      ? 'renamed'
      : inserted.includes(id)
        ? 'inserted'
        : updated.includes(id)
          ? 'updated'
          : null;
  // The count, the size and the expiry times change with the rows: not before the server's steps
  // have run (until then they would tell what the row has not shown yet).
  const changed = inserted.length + updated.length + diff.deleted.length > 0;
  const arriving = animated && !reduced && marked && changed && store > 0;
  // Keyed by the transition, so its entrance plays again in the next one; at rest, plain text (a
  // key changed on an element adopted from the prerendered page left the old one in place).
  const news = `news-${transition}`;
  const arrivingNews = entrance('fade', arriving && { delay: store, duration: 0.35 });
  const summary = t('guestBook.rows', { count: guestBook.length, size });
  const summaryBefore = useBefore(summary, transition);
  const titleId = `${name}-title`;
  const liveRow = (row: GuestBookRow) => {
    const mark = markOf(row.id);
    const drop = animated && !reduced && mark === 'inserted' ? store : null;
    return (
      <Row
        // A new row that drops in is drawn anew in each transition (its animation starts again,
        // or, cut short by the next one, ends at once); every other row stays as it is.
        key={drop === null ? row.id : `${row.id}@${transition}`}
        row={row}
        drop={drop}
        mark={mark}
        was={renamed.get(row.id)}
        expired={isExpired(row, world.now)}
        open={openRows.has(row.id)}
        onToggle={toggle}
      />
    );
  };
  return (
    <section className="guest-book" aria-labelledby={titleId} data-focus={focus}>
      <h3 id={titleId}>
        <Icon name="book" />
        {title}
        <FocusMark on={focus} />
      </h3>
      <p className="muted" data-testid={`${name}-summary`}>
        {arriving ? (
          // The count before the change stays until the change arrives (drawn by CSS from
          // `data-was`, so the line's text is the new count alone).
          <span
            className="was"
            data-was={summaryBefore}
            style={{ '--until-delay': `${store}s` } as CSSProperties}
          >
            <span key={news} {...arrivingNews}>
              {summary}
            </span>
          </span>
        ) : (
          summary
        )}
      </p>
      <div
        className="table-scroll"
        tabIndex={0}
        // Focused, it keeps Home, End and the page keys (commands.ts): they scroll the book.
        data-scroll-keys
        role="region"
        aria-labelledby={titleId}
        ref={scrollRef}
      >
        <table data-testid={name}>
          <caption className="visually-hidden">{t('guestBook.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">id</th>
              <th scope="col">ip_address</th>
              <th scope="col">last_activity</th>
              <th scope="col" className="ua">
                user_agent
              </th>
              <th scope="col">user_id</th>
            </tr>
          </thead>
          {virtual && (
            <Suspense fallback={<tbody>{rows.slice(0, FIRST_ROWS).map(liveRow)}</tbody>}>
              <VirtualBodies items={rows} scrollRef={scrollRef} render={liveRow} columns={5} />
            </Suspense>
          )}
          <tbody>
            {!virtual && rows.map(liveRow)}
            {deleted.slice(0, FIRST_ROWS).map((row) => (
              <Row
                key={`deleted-${row.id}`}
                row={row}
                drop={null}
                mark="deleted"
                expired={false}
                open={false}
                onToggle={toggle}
              />
            ))}
          </tbody>
        </table>
        {guestBook.length === 0 && deleted.length === 0 && (
          <p className="muted empty">{t('guestBook.empty')}</p>
        )}
      </div>
      {!showAll && guestBook.length > FIRST_ROWS && (
        <button
          type="button"
          // The whole list shows once its code is in, not a first screenful meanwhile: a key
          // pressed in that moment (End) scrolled the short list and was lost.
          onClick={() => {
            const show = () => setShowAll(true);
            void VirtualBodies.preload().then(show, show);
          }}
        >
          {t('guestBook.showMore', { count: guestBook.length })}
        </button>
      )}
      {arriving ? (
        <div key={news} {...arrivingNews}>
          <ExpiryNote now={world.now} rows={guestBook} />
        </div>
      ) : (
        <ExpiryNote now={world.now} rows={guestBook} />
      )}
    </section>
  );
}

/** The browser's name out of a User-Agent string, as a person would say it. */
export function browserOf(userAgent: string): string {
  if (/Edg\//.test(userAgent)) return 'Edge';
  if (/Firefox\//.test(userAgent)) return 'Firefox';
  if (/Chrome\//.test(userAgent)) return 'Chrome';
  if (/Safari\//.test(userAgent)) return 'Safari';
  return userAgent.split(/[ /]/)[0] || '—';
}

/**
 * The user_agent cell: the browser's short name ("Chrome #5" when two Chromes are open), the
 * whole User-Agent on hover and on keyboard focus, and read out as the name's description.
 */
function UserAgent({ sessionId, userAgent }: { sessionId: string; userAgent: string }) {
  const browser = browserOf(userAgent);
  // A string, so a row re-renders only when its name changes.
  const name = useLesson((s) => {
    const visitors = currentWorld(s).visitors;
    const holder = holderOf(sessionId, browser, visitors);
    return holder ? visitorName(holder, visitors) : browser;
  });
  const tipId = `ua-${sessionId}`;
  // The mouse gets the title; the keyboard the tooltip (shown on focus, by CSS).
  return (
    <>
      <span className="ua-name" tabIndex={0} title={userAgent} aria-describedby={tipId}>
        {name}
      </span>
      <span className="ua-tip" role="tooltip" id={tipId}>
        {userAgent}
      </span>
    </>
  );
}

const Row = memo(function Row({
  row,
  drop,
  mark,
  was,
  expired,
  open,
  onToggle,
}: {
  row: GuestBookRow;
  /** When a new row drops in (seconds from now), or null: it shows at once. */
  drop: number | null;
  mark: Mark;
  /** The ID the row had before (a renamed row). */
  was?: string;
  expired: boolean;
  open: boolean;
  onToggle: (id: string) => void;
}) {
  const { t } = useTranslation();
  const payloadId = `payload-${row.id}`;
  return (
    <Fragment>
      <tr
        data-session-id={row.id}
        data-mark={mark ?? undefined}
        // The camera shows the row that changed even when the guest book is taller than the screen.
        data-camera-point={mark ? '' : undefined}
        className={[mark ?? '', expired ? 'expired' : ''].join(' ')}
        {...entrance('drop', drop !== null && { delay: drop, duration: 0.35 })}
      >
        <td>
          <ShortId id={row.id} />
          {mark !== 'deleted' && (
            <button
              type="button"
              className="payload-toggle"
              aria-expanded={open}
              aria-controls={open ? payloadId : undefined}
              onClick={() => onToggle(row.id)}
            >
              {t(open ? 'guestBook.hideData' : 'guestBook.showData')}
            </button>
          )}
          {mark && (
            <span className={`badge badge-${mark}`}>
              {t(`guestBook.${mark}`, { was: was && shortIdText(was) })}
            </span>
          )}
          {expired && (
            <span className="badge badge-expired">
              {t(
                row.native?.engine === 'php'
                  ? 'stacks.guestBook.staleMark'
                  : 'guestBook.expiredMark',
              )}
            </span>
          )}
        </td>
        <td>{row.ip_address}</td>
        <td>
          <time dateTime={new Date(row.last_activity).toISOString()}>
            {formatTimestamp(row.last_activity)}
          </time>
        </td>
        <td className="ua">
          <UserAgent sessionId={row.id} userAgent={row.user_agent} />
        </td>
        <td className={row.user_id === null ? 'null' : 'user'}>{row.user_id ?? 'NULL'}</td>
      </tr>
      {open && (
        <tr className="payload-row" id={payloadId} data-testid="session-data">
          <td colSpan={5}>
            {row.native?.engine === 'flask' ? (
              <>
                <p className="muted">{t('stacks.guestBook.flaskNote')}</p>
                <pre>
                  <code>{flaskFileText(row)}</code>
                </pre>
              </>
            ) : row.native?.engine === 'laravel' ? (
              <Suspense fallback={null}>
                <LaravelPayload attributes={row.native.attributes} />
              </Suspense>
            ) : row.native?.engine === 'tomcat' ? (
              <>
                <p className="muted">{t('stacks.guestBook.tomcatNote')}</p>
                <pre>
                  <code>{tomcatSessionText(row)}</code>
                </pre>
              </>
            ) : row.native?.engine === 'php' ? (
              <>
                <p className="muted">{t('stacks.guestBook.phpNote')}</p>
                <pre>
                  <code>{`sess_${row.id}\n${phpSerialize(dataOf(row)) || '(0 bytes)'}`}</code>
                </pre>
              </>
            ) : (
              <>
                <p className="muted">{t('guestBook.payloadNote')}</p>
                <pre>
                  <code>{JSON.stringify(row.payload, null, 2)}</code>
                </pre>
              </>
            )}
          </td>
        </tr>
      )}
    </Fragment>
  );
});

/** The time of day; with the date when it is another day than now (Flask's 31 days). */
function expiryTime(at: number, now: number): string {
  const text = formatTimestamp(at);
  return text.slice(text.slice(0, 10) === formatTimestamp(now).slice(0, 10) ? 11 : 5, 16);
}

/** When each of the first few sessions expires: MemoryStore's rule, cookie.expires. */
function ExpiryNote({ now, rows }: { now: number; rows: GuestBookRow[] }) {
  const { t } = useTranslation();
  if (rows.length > 10 || rows.length === 0) return null;
  return (
    <ul className="idle-note muted" data-testid="expiry-note">
      {rows.slice(0, 6).map((r) => {
        const at = expiresAt(r);
        const idle = Math.floor((now - r.last_activity) / MINUTE);
        return (
          <li key={r.id}>
            <ShortId id={r.id} length={8} />:{' '}
            {idle >= 1 && `${t('guestBook.idle', { minutes: idle })} · `}
            {at === null
              ? t('guestBook.neverExpires')
              : r.native?.engine === 'php'
                ? t(at <= now ? 'stacks.guestBook.staleAt' : 'stacks.guestBook.staleFrom', {
                    time: expiryTime(at, now),
                  })
                : at <= now
                  ? t('guestBook.expiredAt', { time: expiryTime(at, now) })
                  : t('guestBook.expiresAt', { time: expiryTime(at, now) })}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * What `value` was in the transition before this one: what a part shows until this transition's
 * change arrives. Kept as React's docs keep information from earlier renders (state set while
 * rendering, when the transition moves on).
 */
function useBefore<T>(value: T, transition: number): T {
  const [seen, setSeen] = useState({ transition, value, before: value });
  if (seen.transition !== transition) {
    setSeen({ transition, value, before: seen.value });
    return seen.value;
  }
  if (!Object.is(seen.value, value)) setSeen({ transition, value, before: seen.before });
  return seen.before;
}
