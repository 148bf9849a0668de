import { useTranslation } from '../../i18n/react';
import { cookiesInAddress } from '../../sim/browser/page-scripts';
import type { Visitor } from '../../sim/browser/visitor';
import { useLesson } from '../../state/lesson-store';
import { Icon } from '../common/icon';
import { useWorld } from '../common/use-lesson-view';
import { visitorName } from '../common/visitor-name';
import './reviews-page.css';

/**
 * evil.example's server log: each request a browser sent it while showing the review page, as
 * it arrived (request line, sender), and the cookies the address carried. A cookie can be put
 * into the shown browser's jar from here, as a thief would paste it into DevTools.
 */
export function EvilLog({ shown }: { shown: Visitor }) {
  const { t } = useTranslation();
  const world = useWorld();
  const act = useLesson((s) => s.act);
  const busy = useLesson((s) => s.busy);
  const log = world.evilLog ?? [];
  return (
    <section className="evil-log" aria-labelledby="evil-log-title" data-testid="evil-log">
      <h3 id="evil-log-title">
        <Icon name="alert" />
        {t('xss.log.title')}
      </h3>
      <p className="hint">{t('xss.log.note')}</p>
      {log.length === 0 ? (
        <p className="muted">{t('xss.log.empty')}</p>
      ) : (
        // Newest first, numbered as they arrived: the latest is what the student just caused.
        <ol className="evil-log-entries" reversed data-camera-point="">
          {log
            .map((entry, i) => ({ entry, i }))
            .reverse()
            .map(({ entry, i }) => {
              const url = new URL(entry.url);
              const sender = world.visitors.find((v) => v.id === entry.visitorId);
              const cookies = cookiesInAddress(entry.url);
              return (
                <li key={i} data-testid="evil-entry" data-from={entry.visitorId}>
                  <code className="evil-line">{`GET ${url.pathname}${url.search} HTTP/1.1`}</code>
                  <span className="evil-from">
                    {t('xss.log.from', {
                      browser: sender ? visitorName(sender, world.visitors) : entry.visitorId,
                      ip: entry.ip,
                    })}
                  </span>
                  {cookies.length === 0 ? (
                    <span className="muted">{t('xss.log.noCookies')}</span>
                  ) : (
                    <ul className="evil-cookies" aria-label={t('xss.log.cookies')}>
                      {cookies.map((c) => (
                        <li key={c.name}>
                          <code>
                            {c.name}={c.value}
                          </code>
                          {shown.id !== entry.visitorId && (
                            <button
                              type="button"
                              disabled={busy}
                              onClick={() =>
                                void act({
                                  type: 'add-cookie',
                                  visitorId: shown.id,
                                  name: c.name,
                                  value: c.value,
                                })
                              }
                            >
                              {t('xss.log.use', {
                                name: c.name,
                                browser: visitorName(shown, world.visitors),
                              })}
                            </button>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
        </ol>
      )}
      <p className="hint">{t('xss.log.useHint')}</p>
    </section>
  );
}
