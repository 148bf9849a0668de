import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/react';
import { BROWSER_NAMES, type BrowserName } from '../../sim/browser/visitor';
import { MAX_VISITORS } from '../../sim/world';
import { useLesson } from '../../state/lesson-store';
import { usePrefs } from '../../state/prefs-store';
import { useShownVisitor, useWorld } from '../common/use-lesson-view';
import { visitorName } from '../common/visitor-name';
import { Icon, type IconName } from '../common/icon';

const ICONS: Record<BrowserName, IconName> = {
  Chrome: 'globe',
  Safari: 'compass',
  Edge: 'waves',
  Firefox: 'flame',
};

/** One tab per simulated visitor; each has its own identity and cookie jar. */
export function VisitorTabs() {
  const { t } = useTranslation();
  const world = useWorld();
  const shown = useShownVisitor();
  const choose = usePrefs((s) => s.chooseVisitor);
  const act = useLesson((s) => s.act);
  const full = world.visitors.length >= MAX_VISITORS;
  // When the tabs scroll sideways (too many for the width), the visitor on show stays in view.
  const list = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const tabs = list.current;
    if (!tabs) return;
    const reveal = () => {
      const tab = tabs.querySelector('[aria-selected="true"]');
      if (!tab || tabs.scrollWidth <= tabs.clientWidth) return;
      const strip = tabs.getBoundingClientRect();
      const { left, right } = tab.getBoundingClientRect();
      if (left < strip.left) tabs.scrollLeft -= strip.left - left;
      else if (right > strip.right) tabs.scrollLeft += right - strip.right;
    };
    reveal();
    // …also when the strip narrows (presenter mode, a turned phone).
    const watch = new ResizeObserver(reveal);
    watch.observe(tabs);
    return () => watch.disconnect();
  }, [shown.id, world.visitors.length]);
  const focusTab = (i: number) => {
    const v = world.visitors[(i + world.visitors.length) % world.visitors.length];
    if (!v) return;
    choose(v.id);
    document.getElementById(`visitor-tab-${v.id}`)?.focus();
  };
  return (
    <div className="visitor-bar">
      <div role="tablist" aria-label={t('visitors.title')} className="visitor-tabs" ref={list}>
        {world.visitors.map((v, i) => (
          <button
            key={v.id}
            id={`visitor-tab-${v.id}`}
            role="tab"
            type="button"
            aria-selected={v.id === shown.id}
            aria-controls="browser-page"
            tabIndex={v.id === shown.id ? 0 : -1}
            data-visitor={v.id}
            onClick={() => choose(v.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') focusTab(i + 1);
              if (e.key === 'ArrowLeft') focusTab(i - 1);
            }}
          >
            <Icon name={ICONS[v.browser]} />
            {/* The address under the name: the tabs stay narrow, in one row. */}
            <span className="tab-browser">{visitorName(v, world.visitors)}</span>
            <span className="tab-sep"> · </span>
            <span className="tab-ip">{v.ip}</span>
          </button>
        ))}
      </div>
      <details className="visitor-menu">
        <summary>
          <Icon name="plus" />
          <span className="control-label">{t('visitors.add')}</span>
        </summary>
        <div className="menu">
          {full && <p>{t('visitors.max', { max: MAX_VISITORS })}</p>}
          {BROWSER_NAMES.map((b) => (
            <button
              key={b}
              type="button"
              disabled={full}
              onClick={(e) => {
                e.currentTarget.closest('details')?.removeAttribute('open');
                // The new window comes to the front, with the keyboard on its tab.
                const id = `v${world.nextVisitorNumber}`;
                void act({ type: 'add-visitor', browser: b }).then(() => {
                  choose(id);
                  requestAnimationFrame(() =>
                    document.getElementById(`visitor-tab-${id}`)?.focus(),
                  );
                });
              }}
            >
              {t('visitors.addBrowser', { browser: b })}
            </button>
          ))}
          <hr />
          <button
            type="button"
            onClick={(e) => {
              e.currentTarget.closest('details')?.removeAttribute('open');
              void act({ type: 'close-browser', visitorId: shown.id });
            }}
          >
            {t('visitors.close', { browser: visitorName(shown, world.visitors) })}
          </button>
          <button
            type="button"
            onClick={(e) => {
              e.currentTarget.closest('details')?.removeAttribute('open');
              // The page's <img> loads as soon as it opens.
              const id = shown.id;
              void act({ type: 'open-site', visitorId: id, site: 'evil.example' }).then(() =>
                act({
                  type: 'request',
                  visitorId: id,
                  method: 'GET',
                  path: '/me',
                  from: 'evil.example',
                  subresource: true,
                }),
              );
            }}
          >
            {t('crossSite.open', { browser: visitorName(shown, world.visitors) })}
          </button>
          <button
            type="button"
            onClick={(e) => {
              e.currentTarget.closest('details')?.removeAttribute('open');
              void act({
                type: 'block-cookies',
                visitorId: shown.id,
                blocked: !shown.cookiesBlocked,
              });
            }}
          >
            {t(shown.cookiesBlocked ? 'visitors.allow' : 'visitors.block', {
              browser: visitorName(shown, world.visitors),
            })}
          </button>
          <button
            type="button"
            disabled={world.visitors.length <= 1}
            onClick={(e) => {
              e.currentTarget.closest('details')?.removeAttribute('open');
              choose(null);
              void act({ type: 'remove-visitor', visitorId: shown.id });
            }}
          >
            {t('visitors.remove', { browser: visitorName(shown, world.visitors) })}
          </button>
        </div>
      </details>
    </div>
  );
}
