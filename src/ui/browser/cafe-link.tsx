/** The café's Wi-Fi page (Secure chapter): its plain http:// link to the shop, and the https way. */
import { useTranslation } from '../../i18n/react';
import type { Visitor } from '../../sim/browser/visitor';
import { SITE_ORIGIN } from '../../sim/http/wire';
import { useLesson } from '../../state/lesson-store';
import { Icon } from '../common/icon';
import { UrlText } from '../common/url-text';
import './cafe-link.css';

const PATH = '/me';

export function CafeLink({ visitor }: { visitor: Visitor }) {
  const { t } = useTranslation();
  const act = useLesson((s) => s.act);
  const busy = useLesson((s) => s.busy);
  const open = (scheme?: 'http') =>
    void act({
      type: 'request',
      visitorId: visitor.id,
      method: 'GET',
      path: PATH,
      ...(scheme && { scheme }),
    });
  return (
    <div className="cafe-link" role="group" aria-label={t('secure.cafeTitle')}>
      <Icon name="globe" />
      <span>{t('secure.cafe')}</span>
      <button type="button" className="url" onClick={() => open('http')} disabled={busy}>
        <UrlText url={SITE_ORIGIN.replace('https:', 'http:') + PATH} />
      </button>
      <span>{t('secure.typed')}</span>
      <button type="button" className="url" onClick={() => open()} disabled={busy}>
        <UrlText url={SITE_ORIGIN + PATH} />
      </button>
    </div>
  );
}
