import { describe, expect, it } from 'vitest';
import { framing, scrollNeeded } from './camera';

describe('how far the camera scrolls to show a part', () => {
  it('leaves a part that shows whole where it is', () => {
    expect(scrollNeeded(100, 400, 720)).toBe(0);
  });

  it('scrolls the least that shows it, with room around it', () => {
    expect(scrollNeeded(600, 900, 720)).toBe(900 + 16 - 720);
    expect(scrollNeeded(-200, 100, 720)).toBe(-200 - 16);
  });

  it('shows whole a part that fits only with less room around it', () => {
    const by = scrollNeeded(110, 629, 533);
    expect(110 - by).toBeGreaterThanOrEqual(0);
    expect(629 - by).toBeLessThanOrEqual(533);
  });

  it('puts the top of a part taller than the screen at the top', () => {
    expect(scrollNeeded(300, 1500, 720)).toBe(300 - 16);
  });
});

describe('what the camera frames of a step’s parts', () => {
  const box = (top: number, bottom: number) => ({ top, bottom });
  const seen = (f: { by: number }, b: { top: number; bottom: number }, viewport: number) =>
    b.top - f.by >= 0 && b.bottom - f.by <= viewport;

  it('shows both parts when they fit together', () => {
    const parts = [
      { whole: box(100, 300), point: null },
      { whole: box(400, 700), point: null },
    ];
    const f = framing(parts, 720);
    expect(seen(f, box(100, 700), 720)).toBe(true);
  });

  it('shows a tall part from its top down to its point (the row that changed)', () => {
    const f = framing([{ whole: box(600, 2000), point: box(1000, 1040) }], 720);
    expect(seen(f, box(600, 1040), 720)).toBe(true);
  });

  it('shows the point alone when the part’s top is too far above it', () => {
    const f = framing([{ whole: box(0, 3000), point: box(2000, 2040) }], 720);
    expect(seen(f, box(2000, 2040), 720)).toBe(true);
  });

  it('keeps the second part’s point beside the first part, when the whole second part does not fit', () => {
    const parts = [
      { whole: box(100, 400), point: null },
      // A guest book taller than the screen, its changed row near the bottom.
      { whole: box(300, 1400), point: box(700, 740) },
    ];
    const f = framing(parts, 720);
    expect(seen(f, box(100, 400), 720)).toBe(true);
    expect(seen(f, box(700, 740), 720)).toBe(true);
  });

  it('keeps the first part whole before the second part’s point', () => {
    const parts = [
      { whole: box(100, 600), point: null },
      { whole: box(300, 2000), point: box(1500, 1540) },
    ];
    const f = framing(parts, 720);
    expect(seen(f, box(100, 600), 720)).toBe(true);
  });
});
