import { afterEach, describe, expect, it, vi } from 'vitest';

/** A localStorage that keeps items in a Map, or throws as a full (or blocked) one does. */
function fakeStorage(items: Record<string, string> = {}, full = false) {
  const map = new Map(Object.entries(items));
  return {
    map,
    storage: {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        map.set(k, v);
      },
    },
  };
}

async function freshPrefs(items?: Record<string, string>, full = false) {
  const fake = fakeStorage(items, full);
  vi.stubGlobal('localStorage', fake.storage);
  vi.resetModules();
  const { usePrefs } = await import('./prefs-store');
  return { usePrefs, stored: fake.map };
}

const KEY = 'session-guestbook.prefs';

describe('the remembered choices', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('come back after a reload, in the shape earlier versions wrote', async () => {
    const first = await freshPrefs();
    first.usePrefs.getState().setPresenter(true);
    first.usePrefs.getState().setSpeed(1.5);
    first.usePrefs.getState().setPlaying(true); // never remembered
    const saved = JSON.parse(first.stored.get(KEY)!);
    expect(saved).toEqual({
      state: { presenter: true, motion: 'system', speed: 1.5, chosenVisitor: null, predict: true },
      version: 0,
    });
    const again = await freshPrefs(Object.fromEntries(first.stored));
    expect(again.usePrefs.getState()).toMatchObject({
      presenter: true,
      speed: 1.5,
      playing: false,
    });
  });

  it('keep only what is valid from a hand-edited entry, and ignore one that is not JSON', async () => {
    const edited = JSON.stringify({
      state: { presenter: 'yes', motion: 'reduce', speed: 99, predict: false, chosenVisitor: 7 },
    });
    const { usePrefs } = await freshPrefs({ [KEY]: edited });
    expect(usePrefs.getState()).toMatchObject({
      presenter: false,
      motion: 'reduce',
      speed: 1,
      predict: false,
      chosenVisitor: null,
    });
    const broken = await freshPrefs({ [KEY]: '{not json' });
    expect(broken.usePrefs.getState()).toMatchObject({ presenter: false, motion: 'system' });
  });

  it('still change when storage is full: the choice holds for this visit', async () => {
    const { usePrefs, stored } = await freshPrefs({}, true);
    expect(() => usePrefs.getState().setMotion('full')).not.toThrow();
    expect(usePrefs.getState().motion).toBe('full');
    expect(stored.size).toBe(0);
  });
});

describe('the prerendered page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is hydrated with the defaults it was drawn with; the remembered choices come right after', async () => {
    const { usePrefs } = await freshPrefs({
      [KEY]: JSON.stringify({ state: { predict: false, presenter: true }, version: 0 }),
    });
    // zustand's hooks render the initial state while hydrating (useSyncExternalStore).
    expect(usePrefs.getInitialState()).toMatchObject({ predict: true, presenter: false });
    expect(usePrefs.getState()).toMatchObject({ predict: false, presenter: true });
  });
});
