/**
 * i18next set-up for Korean and English. The language comes from `?lang=`, else the saved
 * choice, else the browser; only that language's messages load before the first paint.
 */
import i18next from 'i18next';
import type { Messages } from './en';

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'session-guestbook.lang';

const isLanguage = (v: unknown): v is Language => LANGUAGES.includes(v as Language);

export function detectLanguage(): Language {
  const fromUrl = new URLSearchParams(location.search).get('lang')?.slice(0, 2).toLowerCase();
  if (isLanguage(fromUrl)) return fromUrl;
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    /* storage disabled: fall through */
  }
  const fromBrowser = navigator.languages.map((l) => l.slice(0, 2).toLowerCase()).find(isLanguage);
  return fromBrowser ?? 'en';
}

const load = (lang: Language): Promise<Messages> =>
  lang === 'ko' ? import('./ko').then((m) => m.ko) : import('./en').then((m) => m.en);

export const i18n = i18next.createInstance();

export async function startI18n(): Promise<void> {
  const lang = detectLanguage();
  await i18n.init({
    lng: lang,
    resources: { [lang]: { translation: await load(lang) } },
    supportedLngs: LANGUAGES,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** Switches language at any time (loading its messages once) and remembers the choice. */
export async function changeLanguage(lang: Language): Promise<void> {
  if (!i18n.hasResourceBundle(lang, 'translation')) {
    i18n.addResourceBundle(lang, 'translation', await load(lang));
  }
  await i18n.changeLanguage(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* not remembered, still switched */
  }
}
