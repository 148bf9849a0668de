import { MINUTE } from '../../sim/clock';

const DAY = 24 * 60 * MINUTE;

/** "30 minutes", "7 days": a maxAge in the student's language. */
export function formatDuration(
  ms: number,
  t: (key: string, vars?: Record<string, unknown>) => string,
): string {
  return ms >= DAY && ms % DAY === 0
    ? t('settings.days', { count: ms / DAY })
    : t('settings.minutes', { count: Math.round(ms / MINUTE) });
}
