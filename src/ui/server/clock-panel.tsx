import { useTranslation } from '../../i18n/react';
import { formatTimestamp, MINUTE } from '../../sim/clock';
import { isExpired } from '../../sim/server/guest-book';
import { useLesson } from '../../state/lesson-store';
import { FocusMark } from '../common/focus-mark';
import { useFocus, useWorld } from '../common/use-lesson-view';

/** The simulated clock and the control that jumps it forward, so expiry takes seconds. */
export function ClockPanel() {
  const { t } = useTranslation();
  const world = useWorld();
  const act = useLesson((s) => s.act);
  const focus = useFocus('clock');
  const minutes = Math.round(world.server.options.idleTimeoutMs / MINUTE);
  // Expired rows linger in the store until garbage collection deletes them.
  const stores = [world.server.guestBook, ...(world.cluster?.memories ?? [])];
  const hasExpired = stores.some((book) =>
    book.some((r) => isExpired(r, world.now, world.server.options.idleTimeoutMs)),
  );
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
      <span className="muted">
        {t('clock.idleTimeout', {
          duration:
            minutes >= 1440
              ? t('settings.days', { count: minutes / 1440 })
              : t('settings.minutes', { count: minutes }),
        })}
      </span>
      <FocusMark on={focus} />
    </div>
  );
}
