/** The React side of the translator: components re-render when the language or texts change. */
import {
  createContext,
  createElement,
  Fragment,
  startTransition,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { i18n, type Language } from './i18n';

/** What the page's texts are drawn from: the language, the texts' version, whether late ones count. */
interface Texts {
  lang: Language;
  version: number;
  late: boolean;
}

const TextsContext = createContext<Texts | null>(null);

/**
 * Redraws the page when the language or its texts change, as a transition: React redraws every
 * text in slices of a few milliseconds, not in one long task (as it must for an external store).
 * `prerendered`: the page is (or adopts) the build's markup, drawn with the texts the build had;
 * everything that has arrived is used right after.
 */
export function TextsProvider({
  prerendered,
  children,
}: {
  prerendered: boolean;
  children: ReactNode;
}) {
  const [texts, setTexts] = useState<Texts>(() => ({
    lang: i18n.language,
    version: i18n.version,
    late: !prerendered,
  }));
  useEffect(() => {
    const update = () =>
      startTransition(() =>
        setTexts((was) =>
          was.late && was.lang === i18n.language && was.version === i18n.version
            ? was
            : { lang: i18n.language, version: i18n.version, late: true },
        ),
      );
    i18n.on('languageChanged', update);
    update();
    return () => i18n.off('languageChanged', update);
  }, []);
  return createElement(TextsContext.Provider, { value: texts }, children);
}

/** While React adopts the prerendered first step, only the core texts: what the build had. */
const coreOnly: typeof i18n = Object.assign(Object.create(i18n) as typeof i18n, {
  exists: (key: string) => i18n.exists(key, false),
});

/**
 * The translator for the texts on show (TextsProvider says which). `late` is false on the server
 * and while adopting the prerendered page, whichever texts have arrived by then, so the markup
 * matches; right after, everything that has arrived is used. Outside a provider (nothing in the app
 * is), the translator as it is now, not followed.
 */
export function useTranslation() {
  const { lang, version, late } = useContext(TextsContext) ?? {
    lang: i18n.language,
    version: i18n.version,
    late: true,
  };
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
