import { useTranslation } from '../../i18n/react';
import { formatTimestamp, MINUTE } from '../../sim/clock';
import { isExpired } from '../../sim/server/guest-book';
import { useLesson } from '../../state/lesson-store';
import { FocusMark } from '../common/focus-mark';
import { useFocus, useWorld } from '../common/use-lesson-view';
import { formatDuration } from './format-duration';

/** The simulated clock and the control that jumps it forward, so expiry takes seconds. */
export function ClockPanel() {
  const { t } = useTranslation();
  const world = useWorld();
  const act = useLesson((s) => s.act);
  const focus = useFocus('clock');
  const { cookie, rolling } = world.server.options;
  // Expired rows linger in MemoryStore until something reads them.
  const stores = [world.server.guestBook, ...(world.cluster?.memories ?? [])];
  const hasExpired = stores.some((book) => book.some((r) => isExpired(r, world.now)));
  return (
    <div className="clock-panel" data-focus={focus}>
      <span className="clock" role="timer" aria-label={t('clock.label')}>
        <span aria-hidden="true">🕘 </span>
        <time dateTime={new Date(world.now).toISOString()} data-testid="clock">
          {formatTimestamp(world.now)}
        </time>
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
        title={t('clock.gcHint')}
      >
        <span aria-hidden="true">🧹 </span>
        {t('clock.gc')}
      </button>
      <span className="muted" data-testid="session-lifetime">
        {cookie.maxAge === undefined
          ? t('clock.neverExpires')
          : t(rolling ? 'clock.idleTimeout' : 'clock.fixedLifetime', {
              duration: formatDuration(cookie.maxAge, t as never),
            })}
      </span>
      <FocusMark on={focus} />
    </div>
  );
}
