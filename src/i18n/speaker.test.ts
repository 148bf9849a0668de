import { describe, expect, it } from 'vitest';
import { STEPS } from '../lessons/steps';
import speakerEn from './speaker-en.json';
import speakerKo from './speaker-ko.json';
import { formatElapsed, previewOf } from '../ui/speaker/speaker-view';

describe('speaker notes', () => {
  it('exist for every step, the same in Korean and English', () => {
    const ids = STEPS.map((s) => s.id);
    expect(ids.filter((id) => !(id in speakerEn.notes))).toEqual([]);
    expect(Object.keys(speakerKo.notes).sort()).toEqual(Object.keys(speakerEn.notes).sort());
    expect(Object.keys(speakerKo.speaker).sort()).toEqual(Object.keys(speakerEn.speaker).sort());
  });

  it('are short: what to say or ask, in a few sentences', () => {
    for (const [lang, notes] of [
      ['en', speakerEn.notes],
      ['ko', speakerKo.notes],
    ] as const) {
      for (const [id, text] of Object.entries(notes)) {
        // Sentence ends outside quotes; a question inside quotes ends with its closing quote.
        const sentences = text.match(/[.?!](?=\s|$)|[.?!][”’](?=\s|$)/g) ?? [];
        expect(sentences.length, `${lang} ${id}`).toBeGreaterThanOrEqual(1);
        expect(sentences.length, `${lang} ${id}`).toBeLessThanOrEqual(4);
        expect(text.length, `${lang} ${id}`).toBeLessThan(260);
      }
    }
  });
});

describe('speaker view', () => {
  it('shows the time as minutes and seconds, and hours once past one', () => {
    expect(formatElapsed(5_400)).toBe('0:05');
    expect(formatElapsed(754_000)).toBe('12:34');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
  });

  it('previews the next step by its first sentence, without glossary tags', () => {
    expect(previewOf('The <cookie>Cookie</cookie> header goes. Then more.')).toBe(
      'The Cookie header goes.',
    );
    expect(previewOf('쿠키가 <sid>세션 ID</sid>를 싣습니다. 다음 문장.')).toBe(
      '쿠키가 세션 ID를 싣습니다.',
    );
  });
});
