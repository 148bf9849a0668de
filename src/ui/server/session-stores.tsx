import { lazy, Suspense } from 'react';
import { useTranslation } from '../../i18n/react';
import { SERVER_NAMES } from '../../sim/server/cluster';
import { FocusMark } from '../common/focus-mark';
import { useFocus, useWorld } from '../common/use-lesson-view';
import { GuestBookTable } from './guest-book-table';
import { FLASK_DEFAULTS } from '../../sim/server/session/flask-file';
import { visitorName } from '../common/visitor-name';
import { Icon } from '../common/icon';

// Only the central-store steps show it: loaded when first needed.
const RedisWire = lazy(() => import('./redis-wire').then((m) => ({ default: m.RedisWire })));
// Only Flask's own session shows it: where the session is instead of a row.
const FlaskCookieNote = lazy(() =>
  import('./flask-cookie-note').then((m) => ({ default: m.FlaskCookieNote })),
);
const CapacityPanel = lazy(() =>
  import('./capacity-panel').then((m) => ({ default: m.CapacityPanel })),
);

/** A crowd in the guest book: then what many sessions cost is worth working out. */
const CROWD = 100;

/**
 * Where the sessions are: one guest book for one server; with a cluster, the load balancer and
 * each server's memory (or the one shared store), marking which server answered last.
 */
export function SessionStores() {
  const { t } = useTranslation();
  const world = useWorld();
  const focus = useFocus('cluster');
  const { cluster } = world;
  if (!cluster) {
    const book = world.server.guestBook;
    const flask = world.server.engine === 'flask' ? (world.server.flask ?? FLASK_DEFAULTS) : null;
    const flaskCookie = flask?.sessionType === 'cookie';
    return (
      <>
        <GuestBookTable
          book={world.server.guestBook}
          title={t(
            flask
              ? flaskCookie
                ? 'stacks.guestBook.flaskCookieTitle'
                : 'stacks.guestBook.flaskTitle'
              : world.server.engine === 'laravel'
                ? 'stacks.guestBook.laravelTitle'
                : world.server.engine === 'php'
                  ? 'stacks.guestBook.phpTitle'
                  : world.server.engine === 'tomcat'
                    ? 'stacks.guestBook.tomcatTitle'
                    : 'guestBook.title',
          )}
          name="guest-book"
          marked
        />
        {flaskCookie && (
          <Suspense fallback={null}>
            <FlaskCookieNote />
          </Suspense>
        )}
        {/* The bytes counted are express-session's JSON, what its stores keep. */}
        {book.length >= CROWD &&
          (world.server.engine ?? 'express-session') === 'express-session' && (
            <Suspense fallback={null}>
              <CapacityPanel book={book} />
            </Suspense>
          )}
      </>
    );
  }
  const last = world.exchanges[world.exchanges.length - 1];
  const answered = last?.node;
  const browser = world.visitors.find((v) => v.id === last?.visitorId)?.browser ?? '';
  const central = cluster.mode === 'central';
  // Only express-session's central store is Redis (connect-redis, compared with a real one); the
  // other stacks share their own store, and the screen names it.
  const engine = world.server.engine ?? 'express-session';
  const shared =
    engine === 'express-session'
      ? null
      : engine === 'flask'
        ? `flask-${(world.server.flask ?? FLASK_DEFAULTS).sessionType}`
        : engine;
  const name = (i: number) => SERVER_NAMES[i] ?? String(i + 1);
  // Sticky sessions: who is pinned where (the next new visitor still goes in turn).
  const pinned = Object.entries(cluster.pins).map(([id, i]) => {
    const visitor = world.visitors.find((v) => v.id === id);
    return `${visitor ? visitorName(visitor, world.visitors) : id} → ${name(i)}`;
  });
  // What each server has answered since the deployment: the load and where it went.
  const title = (i: number) =>
    [
      t('cluster.server', { name: name(i) }),
      t('cluster.served', { count: cluster.served?.[i] ?? 0 }),
      ...(i === answered ? [t('cluster.answered')] : []),
    ].join(' · ');
  return (
    <section className="cluster" aria-labelledby="cluster-title" data-focus={focus}>
      <h3 id="cluster-title">
        <Icon name="scale" />
        {t('cluster.title')}
        <FocusMark on={focus} />
      </h3>
      <p className="cluster-mode">
        {central && shared ? t(`stacks.central.mode.${shared}`) : t(`cluster.mode.${cluster.mode}`)}
      </p>
      {answered !== undefined && (
        <p className="cluster-route" data-testid="cluster-route">
          {t('cluster.route', { browser, name: name(answered) })}
        </p>
      )}
      <p className="cluster-rule" data-testid="cluster-rule">
        {cluster.mode === 'sticky' && pinned.length > 0
          ? t('cluster.pins', { pins: pinned.join(', ') })
          : t('cluster.nextInTurn', { name: name(cluster.next) })}
      </p>
      <div className="cluster-servers">
        {cluster.memories.map((memory, i) => (
          <div
            className="cluster-server"
            key={i}
            data-answered={i === answered}
            data-camera-point={i === answered ? '' : undefined}
          >
            {central ? (
              <>
                <h4>{title(i)}</h4>
                <p className="muted">
                  {shared ? t('stacks.central.noMemory') : t('cluster.noMemory')}
                </p>
              </>
            ) : (
              <GuestBookTable
                book={memory}
                title={title(i)}
                name={i === 0 ? 'guest-book' : `guest-book-${name(i)}`}
                marked={i === answered || cluster.mode === 'replicated'}
                framed={i === (answered ?? 0)}
              />
            )}
          </div>
        ))}
      </div>
      {central && !shared && (
        <Suspense fallback={null}>
          <RedisWire exchange={last} />
        </Suspense>
      )}
      {central && shared && <p className="muted">{t('stacks.central.redisOnly')}</p>}
      {central && (
        <GuestBookTable
          book={world.server.guestBook}
          title={shared ? t(`stacks.central.store.${shared}`) : t('cluster.shared')}
          name="guest-book"
          marked
        />
      )}
    </section>
  );
}
