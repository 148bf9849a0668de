/** Every chapter quiz: enough questions of every kind, valid answers, and words in both languages. */
import { describe, expect, it } from 'vitest';
import { activitiesEn as en } from '../i18n/activities-en';
import { activitiesKo as ko } from '../i18n/activities-ko';
import { isCorrect, scrambled, type Question } from './model';
import { QUIZZES, quizFor } from './activities';
import { CHAPTERS, STEPS, stepIndexById } from './steps';

const ALL: Question[] = CHAPTERS.flatMap((c) => quizFor(c));

type Texts = { prompt: string; explain: string; options?: Record<string, string> };
const textsOf = (lang: typeof en | typeof ko, id: string): Texts | undefined =>
  (lang.quiz as Record<string, Texts>)[id];

describe('quizzes', () => {
  it('every chapter has at least five questions, and IDs are unique', () => {
    for (const chapter of CHAPTERS)
      expect(QUIZZES[chapter].length, chapter).toBeGreaterThanOrEqual(5);
    expect(new Set(ALL.map((q) => q.id)).size).toBe(ALL.length);
  });

  it('the course asks all three kinds, each chapter at least two', () => {
    const kinds = new Set(ALL.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(['choose', 'order', 'spot-header']);
    for (const chapter of CHAPTERS)
      expect(new Set(QUIZZES[chapter].map((q) => q.kind)).size, chapter).toBeGreaterThanOrEqual(2);
  });

  it('answers are valid, and each question points back to a step of its chapter', () => {
    for (const chapter of CHAPTERS) {
      for (const q of QUIZZES[chapter]) {
        const at = stepIndexById(q.revisit);
        expect(at, `${q.id} revisits ${q.revisit}`).toBeGreaterThanOrEqual(0);
        expect(STEPS[at]!.chapter, q.id).toBe(chapter);
        switch (q.kind) {
          case 'choose':
            expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
            expect(new Set(q.options).size, q.id).toBe(q.options.length);
            expect(q.options, q.id).toContain(q.answer);
            expect(isCorrect(q, q.answer)).toBe(true);
            for (const o of q.options) if (o !== q.answer) expect(isCorrect(q, o)).toBe(false);
            break;
          case 'order':
            expect(q.items.length, q.id).toBeGreaterThanOrEqual(3);
            expect(new Set(q.items).size, q.id).toBe(q.items.length);
            expect(isCorrect(q, q.items)).toBe(true);
            // Shown scrambled: never already in order, and the same items.
            expect(isCorrect(q, scrambled(q.items)), q.id).toBe(false);
            expect(scrambled(q.items).sort()).toEqual(q.items.slice().sort());
            break;
          case 'spot-header':
            // The wrong line is a header (not the start line), and the message looks like HTTP.
            expect(q.wrong, q.id).toBeGreaterThan(0);
            expect(q.wrong, q.id).toBeLessThan(q.message.length);
            expect(q.message[0], q.id).toMatch(/^(HTTP\/1\.1 \d{3} |[A-Z]+ \/\S* HTTP\/1\.1$)/);
            for (const line of q.message.slice(1)) expect(line, q.id).toMatch(/^[A-Za-z-]+: \S/);
            expect(isCorrect(q, q.wrong)).toBe(true);
            expect(isCorrect(q, 0)).toBe(false);
            break;
        }
      }
    }
  });

  for (const [name, lang] of [
    ['en', en],
    ['ko', ko],
  ] as const) {
    it(`every question has its prompt, options and explanation in ${name}`, () => {
      for (const q of ALL) {
        const texts = textsOf(lang, q.id);
        expect(texts?.prompt?.trim(), `${name} ${q.id}.prompt`).toBeTruthy();
        expect(texts?.explain?.trim(), `${name} ${q.id}.explain`).toBeTruthy();
        const ids = q.kind === 'choose' ? q.options : q.kind === 'order' ? q.items : [];
        expect(Object.keys(texts?.options ?? {}).sort(), `${name} ${q.id}.options`).toEqual(
          ids.slice().sort(),
        );
        for (const id of ids) expect(texts?.options?.[id]?.trim(), `${q.id}.${id}`).toBeTruthy();
      }
    });
  }

  it('no text for a question that does not exist', () => {
    const ids = new Set(ALL.map((q) => q.id));
    for (const key of Object.keys(en.quiz)) expect(ids.has(key), key).toBe(true);
  });
});
