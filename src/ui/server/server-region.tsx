import { lazy, Suspense } from 'react';
import { useTranslation } from '../../i18n/react';
import { useWorld } from '../common/use-lesson-view';
import { ClockPanel } from './clock-panel';
import { SessionStores } from './session-stores';
import { TracePanel } from './trace-panel';
import { Icon } from '../common/icon';

// Closed until a step or the student opens it: its code is not needed for the first paint.
const SettingsCode = lazy(() =>
  import('./settings-code').then((m) => ({ default: m.SettingsCode })),
);
const PhpSettingsCode = lazy(() =>
  import('./php-settings').then((m) => ({ default: m.PhpSettingsCode })),
);
const FlaskSettingsCode = lazy(() =>
  import('./flask-settings').then((m) => ({ default: m.FlaskSettingsCode })),
);
const LaravelSettingsCode = lazy(() =>
  import('./laravel-settings').then((m) => ({ default: m.LaravelSettingsCode })),
);
// The shop on cookie-session: the cookie read, its bytes charted, the two ways compared.
const CookieStorePanel = lazy(() =>
  import('./cookie-store-panel').then((m) => ({ default: m.CookieStorePanel })),
);
const TomcatSettingsCode = lazy(() =>
  import('./tomcat-settings').then((m) => ({ default: m.TomcatSettingsCode })),
);

export function ServerRegion() {
  const { t } = useTranslation();
  const engine = useWorld().server.engine ?? 'express-session';
  return (
    <section className="region server-region" aria-labelledby="region-server">
      <h2 id="region-server" className="region-title">
        <Icon name="server" />
        {t('regions.server')}
      </h2>
      <ClockPanel />
      <TracePanel />
      <SessionStores />
      <Suspense
        fallback={
          <details className="settings-code">
            <summary>{t('settings.title')}</summary>
          </details>
        }
      >
        {engine === 'cookie-session' ? (
          <CookieStorePanel />
        ) : engine === 'flask' ? (
          <FlaskSettingsCode />
        ) : engine === 'laravel' ? (
          <LaravelSettingsCode />
        ) : engine === 'php' ? (
          <PhpSettingsCode />
        ) : engine === 'tomcat' ? (
          <TomcatSettingsCode />
        ) : (
          <SettingsCode />
        )}
      </Suspense>
    </section>
  );
}
