import { useTranslation } from '../../i18n/react';
import { formatTimestamp, MINUTE } from '../../sim/clock';
import type { ClusterMode } from '../../sim/server/cluster';
import { hasExpiredRow } from '../../sim/server/book-figures';
import { ENGINE_NAMES, type EngineName } from '../../sim/server/session/engine';
import { PHP_DEFAULTS } from '../../sim/server/session/php-file';
import { TOMCAT_DEFAULTS } from '../../sim/server/session/tomcat-file';
import { FLASK_DEFAULTS } from '../../sim/server/session/flask-file';
import { LARAVEL_DEFAULTS } from '../../sim/server/session/laravel-file';
import { useLesson } from '../../state/lesson-store';
import { FocusMark } from '../common/focus-mark';
import { useFocus, useWorld } from '../common/use-lesson-view';
import { formatDuration } from './format-duration';
import { Icon } from '../common/icon';

const CLUSTER_MODES: ClusterMode[] = ['per-server', 'sticky', 'replicated', 'central'];

/**
 * The server's controls: the simulated clock (jumped forward, so expiry takes seconds), a
 * restart, and how many servers stand behind the load balancer and how they keep sessions.
 */
export function ClockPanel() {
  const { t } = useTranslation();
  const world = useWorld();
  const act = useLesson((s) => s.act);
  const focus = useFocus('clock');
  const { cookie, rolling } = world.server.options;
  // Expired rows linger in MemoryStore until something reads them.
  const { guestBook } = world.server;
  const { now, cluster } = world;
  const hasExpired = [guestBook, ...(cluster?.memories ?? [])].some((book) =>
    hasExpiredRow(book, now),
  );
  const engine = world.server.engine ?? 'express-session';
  const php = engine === 'php';
  const tomcat = engine === 'tomcat';
  const flask = engine === 'flask' ? (world.server.flask ?? FLASK_DEFAULTS) : null;
  const laravel = engine === 'laravel' ? (world.server.laravel ?? LARAVEL_DEFAULTS) : null;
  const gcText = flask
    ? 'stacks.clock.flaskGc'
    : laravel
      ? 'stacks.clock.laravelGc'
      : php
        ? 'stacks.clock.phpGc'
        : tomcat
          ? 'stacks.clock.tomcatGc'
          : 'clock.gc';
  return (
    <div className="clock-panel" data-focus={focus}>
      <span className="clock" role="timer" aria-label={t('clock.label')}>
        <Icon name="clock" />
        <time dateTime={new Date(world.now).toISOString()} data-testid="clock">
          {formatTimestamp(world.now)}
        </time>
        <span className="clock-zone"> KST</span>
      </span>
      {/* Cookies write their Expires in GMT, nine hours behind the clock: both side by side. */}
      <span className="clock-gmt muted" data-testid="clock-gmt">
        {t('clock.gmt', { time: new Date(world.now).toUTCString().slice(17, 22) })}
      </span>
      <button type="button" onClick={() => void act({ type: 'advance-clock', ms: 5 * MINUTE })}>
        {t('clock.plus5')}
      </button>
      <button type="button" onClick={() => void act({ type: 'advance-clock', ms: 30 * MINUTE })}>
        {t('clock.plus30')}
      </button>
      <button
        type="button"
        disabled={!hasExpired}
        onClick={() => void act({ type: 'collect-garbage' })}
        title={t(`${gcText}Hint`)}
      >
        <Icon name="eraser" />
        {t(gcText)}
      </button>
      <button type="button" onClick={() => void act({ type: 'restart-server' })}>
        {t('clock.restart')}
      </button>
      <label className="option-select">
        <span>{t('clock.servers')}</span>
        <select
          aria-label={t('clock.servers')}
          value={world.cluster?.mode ?? 'one'}
          onChange={(e) => {
            const mode = e.target.value;
            void act({
              type: 'set-cluster',
              mode: mode === 'one' ? null : (mode as ClusterMode),
            });
          }}
        >
          <option value="one">{t('clock.oneServer')}</option>
          {CLUSTER_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`clock.cluster.${mode}`)}
            </option>
          ))}
        </select>
      </label>
      {/* Another stack is a new server: the place in the lesson stays, the sessions do not. */}
      <label className="option-select">
        <span>{t('clock.engine')}</span>
        <select
          value={engine}
          data-testid="engine-select"
          onChange={(e) => void act({ type: 'set-engine', engine: e.target.value as EngineName })}
        >
          {ENGINE_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(`clock.engines.${name}`)}
            </option>
          ))}
        </select>
      </label>
      <span className="muted" data-testid="session-lifetime">
        {flask
          ? t(
              flask.sessionType === 'cookie'
                ? 'stacks.clock.flaskCookieLifetime'
                : 'stacks.clock.flaskFileLifetime',
              { duration: formatDuration(flask.lifetime * 1000, t as never) },
            )
          : laravel
            ? t('stacks.clock.laravelLifetime', {
                duration: formatDuration(laravel.lifetime * 60_000, t as never),
              })
            : php
              ? t('stacks.clock.phpLifetime', {
                  duration: formatDuration(
                    (world.server.php ?? PHP_DEFAULTS).gcMaxlifetime * 1000,
                    t as never,
                  ),
                })
              : tomcat
                ? t('stacks.clock.tomcatLifetime', {
                    duration: formatDuration(
                      (world.server.tomcat ?? TOMCAT_DEFAULTS).maxInactiveInterval * 1000,
                      t as never,
                    ),
                  })
                : engine === 'cookie-session'
                  ? t('cookieStore.lifetime')
                  : cookie.maxAge === undefined
                    ? t('clock.neverExpires')
                    : t(rolling ? 'clock.idleTimeout' : 'clock.fixedLifetime', {
                        duration: formatDuration(cookie.maxAge, t as never),
                      })}
      </span>
      <FocusMark on={focus} />
    </div>
  );
}
