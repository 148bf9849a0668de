/** Predictions: every answer is what the simulated world really does, in words in both languages. */
import { describe, expect, it } from 'vitest';
import { predictionsEn } from '../i18n/predictions-en';
import { predictionsKo } from '../i18n/predictions-ko';
import { applyAction } from '../sim/engine';
import { inPageTransport } from '../sim/network/transport';
import { createWorld, type World } from '../sim/world';
import { outcome, PREDICTED } from './predictions';
import { STEPS } from './steps';

/** The world before and after every step, walking the lesson as Next does. */
async function walk(): Promise<Map<string, { before: World; after: World }>> {
  const worlds = new Map<string, { before: World; after: World }>();
  let world = createWorld();
  for (const step of STEPS) {
    const before = world;
    for (const action of step.actions) world = await applyAction(world, action, inPageTransport);
    worlds.set(step.id, { before, after: world });
  }
  return worlds;
}

/** What each kind of question can read off a world. */
const POSSIBLE: Record<string, RegExp> = {
  status: /^\d{3}$/,
  'cookie-sent': /^(yes|no)$/,
  'set-cookie': /^(yes|no)$/,
  'guest-book': /^(added|removed|replaced|same)$/,
  user: /^(\d+|none)$/,
};

describe('predictions', async () => {
  const worlds = await walk();

  it('are asked on at least 15 steps, each with its own ID and the answer among its options', () => {
    expect(PREDICTED.length).toBeGreaterThanOrEqual(15);
    expect(new Set(PREDICTED.map((p) => p.id)).size).toBe(PREDICTED.length);
    for (const p of PREDICTED) {
      expect(p.options, p.id).toContain(p.answer);
      expect(new Set(p.options).size, p.id).toBe(p.options.length);
      expect(p.options.length, p.id).toBeGreaterThanOrEqual(2);
      for (const option of p.options) expect(option, p.id).toMatch(POSSIBLE[p.asks]!);
    }
  });

  it('have the answer the world gives when the step plays', () => {
    for (const step of STEPS.filter((s) => s.predict)) {
      const { before, after } = worlds.get(step.id)!;
      expect(outcome(step.predict!, before, after), `${step.id}: ${step.predict!.id}`).toBe(
        step.predict!.answer,
      );
    }
  });

  it('read the world as a student sees it (a sample checked by hand)', () => {
    const at = (id: string) => worlds.get(id)!;
    const ask = (id: string, asks: Parameters<typeof outcome>[0]['asks']) =>
      outcome({ id, asks, options: [], answer: '' }, at(id).before, at(id).after);
    // The first visit carries no cookie and writes a row; login replaces it; logout removes it.
    expect(ask('first-visit', 'cookie-sent')).toBe('no');
    expect(ask('first-visit', 'guest-book')).toBe('added');
    expect(ask('login', 'guest-book')).toBe('replaced');
    expect(ask('logout', 'guest-book')).toBe('removed');
    expect(ask('me', 'user')).toBe('152');
    expect(ask('expired', 'status')).toBe('401');
    // A step that sends nothing has no exchange to ask about.
    expect(ask('welcome', 'status')).toBe('none');
  });

  it('have their words in Korean and English: the prompt, every option and why', () => {
    for (const texts of [predictionsEn, predictionsKo]) {
      const all = texts.predictions as Record<
        string,
        { prompt: string; why: string; options?: Record<string, string> }
      >;
      expect(Object.keys(all).sort()).toEqual(PREDICTED.map((p) => p.id).sort());
      for (const p of PREDICTED) {
        const own = all[p.id]!;
        expect(own.prompt.trim(), p.id).not.toBe('');
        expect(own.why.trim(), p.id).not.toBe('');
        const shared = (texts.predictUi as Record<string, unknown>)[p.asks] as
          Record<string, string> | undefined;
        for (const option of p.options) {
          const words = own.options?.[option] ?? shared?.[option];
          expect(words?.trim(), `${p.id}.${option}`).toBeTruthy();
        }
        // An option no prediction has is a stale text.
        for (const option of Object.keys(own.options ?? {}))
          expect(p.options, `${p.id}.${option}`).toContain(option);
      }
    }
  });
});
