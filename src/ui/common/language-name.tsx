import type { Language } from '../../i18n/i18n';

/** Each language's name in its own script, as the language switch shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { ko: '한국어', en: 'English' };

/**
 * "한국어" as outlines (Noto Sans CJK KR, SIL Open Font License), in font units: 1,000 per em,
 * the baseline at 0. Drawn as text, it made an English page's first layout load a whole CJK font
 * for three characters (about 85 ms on a cold start, before anything showed).
 */
const KOREAN_OUTLINES =
  'M319 -600C190 -600 102 -533 102 -431C102 -329 190 -263 319 -263C447 -263 535 -329 535 -431C535 -533 447 -600 319 -600ZM319 -535C401 -535 456 -494 456 -431C456 -368 401 -328 319 -328C237 -328 182 -368 182 -431C182 -494 237 -535 319 -535ZM669 -826V-148H752V-460H885V-529H752V-826ZM278 -826V-716H52V-649H586V-716H361V-826ZM189 -202V58H792V-10H271V-202ZM1055 -228V-161H1606V78H1689V-228H1420V-393H1790V-461H1661C1684 -568 1684 -650 1684 -718V-784H1074V-716H1602C1602 -648 1602 -569 1578 -461H970V-393H1337V-228ZM2131 -683C2218 -683 2278 -588 2278 -442C2278 -295 2218 -200 2131 -200C2045 -200 1985 -295 1985 -442C1985 -588 2045 -683 2131 -683ZM2552 -827V-482H2355C2343 -651 2254 -757 2131 -757C1999 -757 1906 -634 1906 -442C1906 -249 1999 -126 2131 -126C2257 -126 2347 -238 2355 -415H2552V79H2634V-827Z';

/**
 * A language's name for the language switch: English as text, Korean as the outlines above (the
 * button carries the name, `aria-label`, for screen readers and tests).
 */
export function LanguageName({ language }: { language: Language }) {
  if (language !== 'ko') return LANGUAGE_NAMES[language];
  return (
    <svg className="language-name" viewBox="0 -880 2760 1000" aria-hidden="true" focusable="false">
      <path d={KOREAN_OUTLINES} />
    </svg>
  );
}
