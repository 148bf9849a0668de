import { useTranslation } from '../../i18n/react';
import { ClockPanel } from './clock-panel';
import { SessionStores } from './session-stores';
import { SettingsCode } from './settings-code';
import { TracePanel } from './trace-panel';

export function ServerRegion() {
  const { t } = useTranslation();
  return (
    <section className="region server-region" aria-labelledby="region-server">
      <h2 id="region-server" className="region-title">
        <span aria-hidden="true">🗄 </span>
        {t('regions.server')}
      </h2>
      <ClockPanel />
      <TracePanel />
      <SessionStores />
      <SettingsCode />
    </section>
  );
}
