import { useTranslation } from '../../i18n/react';
import { FocusMark } from '../common/focus-mark';
import { useFocus, useShownVisitor } from '../common/use-lesson-view';
import { lazy, Suspense } from 'react';
import { currentWorld, useLesson } from '../../state/lesson-store';
import { ShopPage } from './shop-page';
import { VisitorTabs } from './visitor-tabs';
import { Icon } from '../common/icon';

// The drawer loads just after the first paint: it is not needed to read the first step.
// Another site in the tab (evil.example) is needed only in the chapter that opens it.
const EvilPage = lazy(() => import('./evil-page').then((m) => ({ default: m.EvilPage })));
// evil.example's log shows once the shop has reviews (the XSS chapter).
const EvilLog = lazy(() => import('./evil-log').then((m) => ({ default: m.EvilLog })));
const Devtools = lazy(() => import('../inspector/devtools').then((m) => ({ default: m.Devtools })));

export function BrowserRegion() {
  const { t } = useTranslation();
  const visitor = useShownVisitor();
  const focus = useFocus('shop');
  const hasReviews = useLesson((s) => currentWorld(s).server.reviews !== undefined);
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
      {hasReviews && (
        <Suspense fallback={null}>
          <EvilLog shown={visitor} />
        </Suspense>
      )}
      <Suspense fallback={<div className="devtools" />}>
        <Devtools visitor={visitor} />
      </Suspense>
    </section>
  );
}
