/** The React side of the translator: components re-render when the language or texts change. */
import { createElement, Fragment, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { i18n } from './i18n';

const subscribe = (onChange: () => void) => {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
};

const versionNow = () => i18n.version;
const always = () => true;
const never = () => false;

/** While React adopts the prerendered first step, only the core texts: what the build had. */
const coreOnly: typeof i18n = Object.assign(Object.create(i18n) as typeof i18n, {
  exists: (key: string) => i18n.exists(key, false),
});

export function useTranslation() {
  // The version changes when texts arrive too (activities load after the first paint).
  const version = useSyncExternalStore(subscribe, versionNow, versionNow);
  // False on the server and while adopting the prerendered page, whichever texts have arrived by
  // then: the markup matches. Right after, everything that has arrived is used.
  const late = useSyncExternalStore(subscribe, always, never);
  const lang = i18n.language;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new version means new texts
  const t = useMemo(() => i18n.getFixedT(lang, late), [lang, version, late]);
  return { t, i18n: late ? i18n : coreOnly, lang };
}

type Wrap = (children: string, key: number) => ReactNode;

/**
 * Renders a message whose `<tag>text</tag>` parts become components (glossary terms). The
 * message is text, never HTML: anything else in it is shown as written.
 */
export function renderTagged(message: string, tags: Record<string, Wrap>): ReactNode {
  const parts: ReactNode[] = [];
  const pattern = /<([a-z0-9]+)>(.*?)<\/\1>/g;
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(message))) {
    const [whole, tag = '', inner = ''] = match;
    const wrap = tags[tag];
    parts.push(message.slice(last, match.index));
    last = match.index + whole.length;
    if (!wrap) {
      parts.push(whole);
      continue;
    }
    // What follows the term up to the next space stays on its line with it: a Korean particle
    // ("세션 ID를") or a colon never starts the next line.
    const glue = /^[^\s<]+/.exec(message.slice(last))?.[0] ?? '';
    const term = wrap(inner, match.index);
    parts.push(
      glue ? createElement('span', { className: 'nowrap', key: match.index }, term, glue) : term,
    );
    last += glue.length;
  }
  parts.push(message.slice(last));
  return createElement(Fragment, null, ...parts);
}
