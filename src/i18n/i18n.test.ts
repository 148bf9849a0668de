import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activitiesEn } from './activities-en';
import { activitiesKo } from './activities-ko';
import { en } from './en';
import { LANGUAGES, changeLanguage, i18n, plural } from './i18n';
import { ko } from './ko';
import { predictionsEn } from './predictions-en';
import { predictionsKo } from './predictions-ko';

/** Every key path of a message tree, e.g. `steps.login.title`. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('messages', () => {
  it('have the same keys in Korean and English, none of them empty', () => {
    expect(keys(ko).sort()).toEqual(keys(en).sort());
    expect(keys(activitiesKo).sort()).toEqual(keys(activitiesEn).sort());
    expect(keys(predictionsKo).sort()).toEqual(keys(predictionsEn).sort());
    for (const lang of [en, ko, activitiesEn, activitiesKo, predictionsEn, predictionsKo]) {
      for (const key of keys(lang)) {
        const value = key
          .split('.')
          .reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], lang);
        expect(String(value).trim(), key).not.toBe('');
      }
    }
  });

  it('use the same glossary tags in both languages', () => {
    const tags = (s: string) => [...s.matchAll(/<([a-z0-9]+)>/g)].map((m) => m[1]).sort();
    for (const [id, step] of Object.entries(en.steps)) {
      const koStep = ko.steps[id as keyof typeof ko.steps];
      expect(tags(koStep.body), id).toEqual(tags(step.body));
    }
  });
});

describe('translator', () => {
  it('interpolates, picks plural forms by language, and shows a missing key as itself', async () => {
    await changeLanguage('en');
    const t = i18n.getFixedT('en');
    expect(t('guestBook.rows', { count: 1, size: '352 bytes' })).toBe(
      '1 session · about 352 bytes stored',
    );
    expect(t('guestBook.rows', { count: 3, size: '1.0 KB' })).toBe(
      '3 sessions · about 1.0 KB stored',
    );
    expect(t('trace.receive', { method: 'GET', path: '/me' })).toBe('Request arrives: GET /me');
    expect(t('no.such.key')).toBe('no.such.key');
    await changeLanguage('ko');
    expect(i18n.language).toBe('ko');
    expect(i18n.getFixedT('ko')('guestBook.rows', { count: 1, size: '1 KB' })).toBe(
      '세션 1개 · 저장 크기 약 1 KB',
    );
  });

  it("chooses each language's plural form as Intl.PluralRules does", () => {
    const counts = fc.oneof(
      fc.integer({ min: -3, max: 3 }),
      fc.integer(),
      fc.double(),
      fc.constantFrom(1, -1, 1.5, 0.1, -0, NaN, Infinity),
    );
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), counts, (lang, count) => {
        expect(plural(lang, count)).toBe(new Intl.PluralRules(lang).select(count));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 500) },
    );
  });

  it('tells subscribers when the language changes', async () => {
    let calls = 0;
    const listener = () => calls++;
    i18n.on('languageChanged', listener);
    await changeLanguage('en');
    i18n.off('languageChanged', listener);
    await changeLanguage('ko');
    expect(calls).toBe(1);
  });
});
