import { useTranslation } from '../../i18n/react';
import { FocusMark } from '../common/focus-mark';
import { useFocus, useShownVisitor } from '../common/use-lesson-view';
import { lazy, Suspense } from 'react';
import { ShopPage } from './shop-page';
import { VisitorTabs } from './visitor-tabs';
import { Icon } from '../common/icon';
import { deferred } from '../common/deferred';

// Another site in the tab (evil.example) is needed only in the chapter that opens it.
const EvilPage = lazy(() => import('./evil-page').then((m) => ({ default: m.EvilPage })));
/**
 * The drawer's code is not needed to read the first step, so it is a chunk of its own; the stage
 * waits for it (stage.tsx), so that the prerendered drawer is adopted, never dropped and redrawn.
 */
export const Devtools = deferred(() => import('../inspector/devtools').then((m) => m.Devtools));

export function BrowserRegion() {
  const { t } = useTranslation();
  const visitor = useShownVisitor();
  const focus = useFocus('shop');
  return (
    <section className="region browser-region" aria-labelledby="region-browser" data-focus={focus}>
      <h2 id="region-browser" className="region-title">
        <Icon name="monitor" />
        {t('regions.browser')}
        <FocusMark on={focus} />
      </h2>
      <VisitorTabs />
      {visitor.site ? (
        <Suspense fallback={<div className="mini-browser" />}>
          <EvilPage key={visitor.id} visitor={visitor} />
        </Suspense>
      ) : (
        <ShopPage key={visitor.id} visitor={visitor} />
      )}
      <Suspense fallback={<div className="devtools" />}>
        <Devtools visitor={visitor} />
      </Suspense>
    </section>
  );
}
