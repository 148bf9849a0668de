import { describe, expect, it } from 'vitest';
import { scrollNeeded } from './camera';

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
