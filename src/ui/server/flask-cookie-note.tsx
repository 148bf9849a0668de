import { useTranslation } from '../../i18n/react';
import { formatTimestamp } from '../../sim/clock';
import { readFlaskCookie } from '../../sim/server/session/flask-file';
import { useWorld } from '../common/use-lesson-view';
import { visitorName } from '../common/visitor-name';

/**
 * Where Flask's own session is instead of a row: in the browser's `session` cookie, which anyone
 * holding it can read by undoing base64. Shows the last visitor's cookie read that way.
 */
export function FlaskCookieNote() {
  const { t } = useTranslation();
  const world = useWorld();
  const last = world.exchanges.at(-1);
  const visitor = world.visitors.find((v) => v.id === last?.visitorId) ?? world.visitors[0];
  const value = visitor?.cookies.find((c) => c.name === 'session')?.value;
  const read = value ? readFlaskCookie(value) : null;
  return (
    <div className="flask-cookie-note" data-testid="flask-cookie-note">
      <p>{t('stacks.guestBook.flaskCookieEmpty')}</p>
      {!visitor || !read ? (
        <p className="muted">{t('stacks.guestBook.flaskCookieNone')}</p>
      ) : (
        <>
          <p className="muted">
            {t('stacks.guestBook.flaskCookieRead', {
              browser: visitorName(visitor, world.visitors),
            })}
          </p>
          <pre>
            <code data-testid="flask-cookie-json">
              {read.json ?? t('stacks.guestBook.flaskCookieCompressed')}
            </code>
          </pre>
          {read.signedAt !== null && (
            <p className="muted">
              {t('stacks.guestBook.flaskCookieSigned', {
                time: formatTimestamp(read.signedAt * 1000),
              })}
            </p>
          )}
        </>
      )}
    </div>
  );
}
