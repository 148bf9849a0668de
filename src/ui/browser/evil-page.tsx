import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Visitor } from '../../sim/browser/visitor';
import { useLesson } from '../../state/lesson-store';
import { useWorld } from '../common/use-lesson-view';
import { EVIL, evilForm, evilLink, FORGED_ITEM } from '../../lessons/chapters/cross-site/steps';
import { Icon } from '../common/icon';
import './evil-page.css';

/** The page's source, shown as it is: the student reads what the browser was told to do. */
const SOURCE = `<h1>You won a prize!</h1>
<img src="https://shop.example/me" alt="">
<form action="https://shop.example/cart" method="POST" hidden>
  <input name="item" value="${FORGED_ITEM}">
</form>
<button onclick="document.forms[0].submit()">Claim</button>
<a href="https://shop.example/me">Your order</a>`;

/**
 * evil.example in the visitor's tab: a prize page whose image asks the shop for /me, whose
 * button submits a hidden form to the shop, and a plain link to the shop. `children` show in a
 * box at the bottom (e.g. what the site received).
 */
export function EvilPage({ visitor, children }: { visitor: Visitor; children?: ReactNode }) {
  const { t } = useTranslation();
  const act = useLesson((s) => s.act);
  const busy = useLesson((s) => s.busy);
  const world = useWorld();
  // The image's answer: the latest exchange this page's <img> caused in this browser.
  const image = world.exchanges.findLast(
    (e) =>
      e.visitorId === visitor.id &&
      e.request.headers.some(([n, v]) => n === 'Sec-Fetch-Dest' && v === 'image'),
  );
  const imageStatus = image?.response.status ?? null;
  return (
    <div
      className="mini-browser evil-page"
      id="browser-page"
      role="tabpanel"
      aria-labelledby={`visitor-tab-${visitor.id}`}
    >
      <div className="address-bar">
        <Icon name="lock" />
        <output aria-label="URL">{EVIL}/</output>
        <button
          type="button"
          className="evil-back"
          disabled={busy}
          onClick={() => void act({ type: 'open-site', visitorId: visitor.id, site: null })}
        >
          {t('crossSite.page.back')}
        </button>
      </div>
      <div className="evil-body">
        <h3>
          <Icon name="sparkles" />
          {t('crossSite.page.title')}
        </h3>
        <p>{t('crossSite.page.lead')}</p>
        <p className="evil-image" data-testid="evil-image">
          <Icon name="file" />
          {t('crossSite.page.image', { status: imageStatus ?? '…' })}
        </p>
        <div className="evil-actions">
          <button
            type="button"
            className="evil-claim"
            disabled={busy}
            onClick={() => void act(evilForm(visitor.id))}
          >
            {t('crossSite.page.claim')}
          </button>
          <button
            type="button"
            className="evil-link"
            disabled={busy}
            onClick={() => void act(evilLink(visitor.id))}
          >
            {t('crossSite.page.link')}
          </button>
        </div>
        <details className="evil-source">
          <summary>{t('crossSite.page.source')}</summary>
          <pre tabIndex={0}>
            <code>{SOURCE}</code>
          </pre>
        </details>
        {children && <div className="evil-page-extra">{children}</div>}
      </div>
    </div>
  );
}
