import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { MINUTE } from '../../sim/clock';
import type { CookieOptions, SessionOptions } from '../../sim/server/options';
import { useLesson } from '../../state/lesson-store';
import { useWorld } from '../common/use-lesson-view';
import { DEFAULT_APP } from '../../sim/server/shop';
import { expressSessionCode, isUsableCookieName, loginRouteCode } from './express-session-code';
import { formatDuration } from './format-duration';
import { OptionCheckbox, StackSettings } from './settings-parts';
import type { CodeComment } from './php-session-code';

const DAY = 24 * 60 * MINUTE;

/** The review page's route: each review written into the HTML, escaped or as typed. */
const reviewsRouteCode = (escape: boolean) =>
  [
    ...(escape ? ["const escapeHtml = require('escape-html');"] : []),
    "app.get('/reviews', (req, res) => {",
    '  const items = reviews.map((r) =>',
    escape
      ? '    `<li>${escapeHtml(r.text)}</li>`'
      : '    `<li>${r.text}</li>` // as typed: markup runs',
    '  );',
    "  res.send(`<ul>${items.join('')}</ul>`);",
    '});',
  ].join('\n');
const MAX_AGES = [0, 5 * MINUTE, 30 * MINUTE, DAY, 7 * DAY];

/** csrf-sync as the shop uses it: the token from the form's `_csrf` field. */
const CSRF_CODE = `const { csrfSynchronisedProtection, generateToken } = csrfSync({
  getTokenFromRequest: (req) => req.body._csrf,
  size: 32, // random bytes per token (csrf-sync's default: 128)
});
app.use(csrfSynchronisedProtection); // POST without the token → 403
// every page: <input type="hidden" name="_csrf" value={generateToken(req)}>`;

/** The options in effect, as code and as a form: change one and the next request obeys it. */
export function SettingsCode() {
  const { t } = useTranslation();
  // The code's comments in the student's language (with the first screen's words: no key shows).
  const jsComments: CodeComment = (key, vars) =>
    (t as (k: string, v?: Record<string, string | number>) => string)(
      `settings.jsCode.${key}`,
      vars,
    );
  const world = useWorld();
  const act = useLesson((s) => s.act);
  const o = world.server.options;
  const [name, setName] = useState(o.name);
  const nameOk = isUsableCookieName(name);
  const set = (options: Partial<Omit<SessionOptions, 'secret'>>) =>
    void act({ type: 'set-options', options });
  const setCookie = (cookie: Partial<CookieOptions>) => set({ cookie: { ...o.cookie, ...cookie } });
  const flag = (key: 'resave' | 'saveUninitialized' | 'rolling') => (
    <OptionCheckbox name={key} checked={o[key]} onChange={(on) => set({ [key]: on })}>
      {t(`settings.${key}`)}
    </OptionCheckbox>
  );
  const cookieFlag = (key: 'httpOnly') => (
    <OptionCheckbox
      name={`cookie.${key}`}
      checked={o.cookie[key]}
      onChange={(on) => setCookie({ [key]: on })}
    >
      {t(`settings.${key}`)}
    </OptionCheckbox>
  );
  const duration = (ms: number) => formatDuration(ms, t as never);
  const app = world.server.app ?? DEFAULT_APP;
  return (
    <StackSettings testId="express-settings" title={t('settings.title')} note={t('settings.note')}>
      <form className="options-form" onSubmit={(e) => e.preventDefault()}>
        {flag('resave')}
        {flag('saveUninitialized')}
        {flag('rolling')}
        {cookieFlag('httpOnly')}
        <label className="option-select">
          <span>
            <code>cookie.secure</code> — {t('settings.secure')}
          </span>
          <select
            value={String(o.cookie.secure)}
            onChange={(e) =>
              setCookie({
                secure: e.target.value === 'auto' ? 'auto' : e.target.value === 'true',
              })
            }
          >
            <option value="false">false</option>
            <option value="true">true</option>
            <option value="auto">'auto'</option>
          </select>
        </label>
        <label className="option-select">
          <code>cookie.sameSite</code>
          <select
            value={o.cookie.sameSite ?? ''}
            onChange={(e) =>
              setCookie({
                sameSite: (e.target.value || undefined) as CookieOptions['sameSite'],
              })
            }
          >
            <option value="">{t('settings.unset')}</option>
            <option value="lax">lax</option>
            <option value="strict">strict</option>
            <option value="none">none</option>
          </select>
        </label>
        <label className="option-select">
          <code>cookie.maxAge</code>
          <select
            value={o.cookie.maxAge ?? 0}
            onChange={(e) => setCookie({ maxAge: Number(e.target.value) || undefined })}
          >
            {[...new Set([...MAX_AGES, o.cookie.maxAge ?? 0])].map((ms) => (
              <option key={ms} value={ms}>
                {ms === 0 ? t('settings.sessionCookie') : duration(ms)}
              </option>
            ))}
          </select>
        </label>
        <div className="option-name">
          <label>
            <code>name</code> — {t('settings.name')}
            <input
              value={name}
              aria-invalid={!nameOk}
              aria-describedby="cookie-name-help"
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <button type="button" disabled={!nameOk || name === o.name} onClick={() => set({ name })}>
            {t('settings.apply')}
          </button>
          <p
            id="cookie-name-help"
            className={nameOk ? 'hint' : 'error'}
            role={nameOk ? undefined : 'alert'}
          >
            {nameOk ? t('settings.nameHint') : t('settings.nameInvalid')}
          </p>
        </div>
      </form>
      <p className="settings-code-title">{t('settings.code')}</p>
      <pre>
        <code>
          {expressSessionCode(
            o,
            jsComments,
            world.cluster?.mode === 'central' ? 'redis' : 'memory',
          )}
        </code>
      </pre>
      {/* Not an express-session option: the shop's own route decides whether to renew the ID. */}
      <div className="options-form">
        <OptionCheckbox
          name="req.session.regenerate()"
          checked={app.regenerateOnLogin}
          onChange={(on) => void act({ type: 'set-app', app: { regenerateOnLogin: on } })}
        >
          {t('settings.regenerate')}
        </OptionCheckbox>
      </div>
      <pre>
        <code>{loginRouteCode(app.regenerateOnLogin, jsComments)}</code>
      </pre>
      {/* The shop's own code too: csrf-sync's token in every form (the chapter on CSRF). */}
      <div className="options-form">
        <OptionCheckbox
          name="csrfSynchronisedProtection"
          checked={app.csrfToken === true}
          onChange={(on) => void act({ type: 'set-app', app: { csrfToken: on } })}
        >
          {t('crossSite.option')}
        </OptionCheckbox>
      </div>
      {app.csrfToken && (
        <pre>
          <code>{CSRF_CODE}</code>
        </pre>
      )}
      {/* The review page's template (the XSS chapter): escaped or written as typed. */}
      {world.server.reviews !== undefined && (
        <>
          <div className="options-form">
            <OptionCheckbox
              name="escapeHtml()"
              checked={app.escapeOutput !== false}
              onChange={(on) => void act({ type: 'set-app', app: { escapeOutput: on } })}
            >
              {t('xss.settings.escape')}
            </OptionCheckbox>
          </div>
          <pre>
            <code>{reviewsRouteCode(app.escapeOutput !== false)}</code>
          </pre>
        </>
      )}
    </StackSettings>
  );
}
