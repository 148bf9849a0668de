/**
 * Every step that sends several requests plays them one at a time, and each of its beats has its
 * own hand-written line in both languages: one per request, no more, no two alike.
 */
import { describe, expect, it } from 'vitest';
import { STEPS } from '../lessons/steps';
import { beatLineKey } from '../lessons/model';
import { changeLanguage, i18n, LANGUAGES } from './i18n';

const requestsOf = (step: (typeof STEPS)[number]) =>
  step.actions.filter((a) => a.type === 'request').length;

describe('beat lines', () => {
  it('there are steps of several requests at all', () => {
    expect(STEPS.filter((s) => requestsOf(s) > 1).length).toBeGreaterThan(10);
  });

  for (const lang of LANGUAGES) {
    it(`in ${lang}: one line per request of every step that sends several, and none elsewhere`, async () => {
      await changeLanguage(lang);
      const t = i18n.getFixedT(lang);
      for (const step of STEPS) {
        const beats = requestsOf(step);
        const lines = Array.from({ length: beats }, (_, i) => beatLineKey(step.id, i));
        if (beats > 1) {
          for (const key of lines) {
            expect(i18n.exists(key), key).toBe(true);
            expect(t(key).trim().length, key).toBeGreaterThan(10);
          }
          expect(new Set(lines.map((key) => t(key))).size, step.id).toBe(beats);
        }
        const extra = beatLineKey(step.id, beats > 1 ? beats : 0);
        expect(i18n.exists(extra), extra).toBe(false);
      }
    });
  }
});
