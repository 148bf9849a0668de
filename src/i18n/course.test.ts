/** The later chapters' texts: both languages complete, and every step of theirs narrated. */
import { describe, expect, it } from 'vitest';
import { STEPS } from '../lessons/steps';
import { courseEn } from './course-en';
import { courseKo } from './course-ko';
import { en } from './en';
import { changeLanguage, i18n } from './i18n';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

const tags = (s: string) => [...s.matchAll(/<([a-z0-9]+)>/g)].map((m) => m[1]!).sort();

describe('course texts', () => {
  it('have the same keys in Korean and English, none empty, none also in the core texts', () => {
    expect(keys(courseKo).sort()).toEqual(keys(courseEn).sort());
    const core = new Set(keys(en));
    for (const key of keys(courseEn)) expect(core.has(key), key).toBe(false);
  });

  it('narrate every step of their chapters, with glossary terms both languages share', () => {
    for (const step of STEPS.filter((s) => s.chapter in courseEn.chapters)) {
      const mine = courseEn.steps[step.id as keyof typeof courseEn.steps];
      const ko = courseKo.steps[step.id as keyof typeof courseKo.steps];
      expect(mine?.title, step.id).toBeTruthy();
      expect(ko?.body, step.id).toBeTruthy();
      expect(tags(ko.body), step.id).toEqual(tags(mine.body));
      for (const tag of tags(mine.body)) expect(Object.keys(en.glossary), step.id).toContain(tag);
    }
  });

  it('join the core steps and chapters once a language is loaded', async () => {
    await changeLanguage('ko');
    const t = i18n.getFixedT('ko');
    expect(t('steps.cookie-store-read.title')).toBe(courseKo.steps['cookie-store-read'].title);
    expect(t('steps.welcome.title')).not.toBe('steps.welcome.title');
    expect(t('chapters.cookie-store')).toBe('쿠키와 세션');
    expect(t('chapters.life')).not.toBe('chapters.life');
  });
});
