// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atFirstSignOfLife, STIRRING } from './scheduling';

describe('work left for the student’s first sign of life', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('without a sign, runs once the page has been idle and then quiet for a while', () => {
    const job = vi.fn();
    atFirstSignOfLife(job, STIRRING, { quietFor: 3000 });
    vi.advanceTimersByTime(2000);
    expect(job).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2000);
    expect(job).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('pointermove'));
    vi.advanceTimersByTime(10_000);
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('runs at once when a hand moves on the page, and only once', () => {
    const job = vi.fn();
    atFirstSignOfLife(job, STIRRING, { quietFor: 3000 });
    window.dispatchEvent(new Event('pointermove'));
    expect(job).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(10_000);
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('does not count a click as stirring: it comes too late to help the click', () => {
    const job = vi.fn();
    atFirstSignOfLife(job, STIRRING, { quietFor: 3000 });
    window.dispatchEvent(new Event('click'));
    expect(job).not.toHaveBeenCalled();
  });

  it('without `quietFor`, runs at the first idle moment', () => {
    const job = vi.fn();
    atFirstSignOfLife(job);
    expect(job).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(job).toHaveBeenCalledTimes(1);
  });
});
