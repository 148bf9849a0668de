import { beforeEach, describe, expect, it } from 'vitest';
import { createWorld, type Exchange, type World } from '../sim/world';
import { LESSON_KEY, loadLesson, saveLesson, stopSaving } from './persistence';

/** sessionStorage as a browser tab has it (Vitest runs in Node). */
function fakeSessionStorage() {
  const items = new Map<string, string>();
  const storage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, String(v)),
    removeItem: (k: string) => void items.delete(k),
  };
  Object.assign(globalThis, { sessionStorage: storage });
  return items;
}

function withLogin(world: World, password: string): World {
  const exchange = {
    id: 1,
    visitorId: 'v1',
    at: world.now,
    request: {
      method: 'POST',
      url: 'https://shop.example/login',
      headers: [['Content-Type', 'application/x-www-form-urlencoded']],
      body: new URLSearchParams({ username: 'mina', password }).toString(),
    },
    response: { status: 401, statusText: 'Unauthorized', headers: [], body: '{}' },
    trace: [],
    diff: { inserted: [], updated: [], deleted: [] },
    transport: 'in-page',
  } as unknown as Exchange; // only what the saved place reads
  return { ...world, exchanges: [exchange] };
}

let items: Map<string, string>;
beforeEach(() => {
  items = fakeSessionStorage();
});

describe('the saved place', () => {
  it('comes back as it was saved, hand-made world included, without any typed password', () => {
    const step = createWorld();
    const hand = withLogin(step, 'Tr0ub4dor&3');
    saveLesson({ step: 0, worlds: [step], hand });
    const raw = items.get(LESSON_KEY)!;
    expect(raw).not.toContain('Tr0ub4dor');
    expect(raw).not.toContain(encodeURIComponent('Tr0ub4dor&3'));
    const masked = structuredClone(hand);
    masked.exchanges[0]!.request.body = 'username=mina&password=••••••';
    expect(loadLesson()).toEqual({ step: 0, worlds: [step], hand: masked });
  });

  it.each([
    ['the shape of issue 13', { step: 3, worlds: [{}, {}, {}, {}], freePlay: false }],
    ['objects for worlds', { version: 2, step: 3, worlds: [{}, {}, {}, {}], hand: null }],
    ['a step past the end', { version: 2, step: 999, worlds: [], hand: null }],
    ['no world for the step', { version: 2, step: 1, worlds: [null, null], hand: null }],
    ['another version', { version: 99, step: 0, worlds: [createWorld()], hand: null }],
    [
      'a world without visitors',
      { version: 2, step: 0, worlds: [{ ...createWorld(), visitors: [] }], hand: null },
    ],
    ['a string', 'step 3'],
  ])('with %s is set aside and removed, never read again', (_, saved) => {
    items.set(LESSON_KEY, JSON.stringify(saved));
    expect(loadLesson()).toBe('invalid');
    expect(items.has(LESSON_KEY)).toBe(false);
    expect(loadLesson()).toBeNull();
  });

  it('keeps no world past its step (a step looked ahead is worked out again, request by request)', () => {
    const first = createWorld();
    const second = withLogin(first, 'sesame');
    const third = withLogin(second, 'sesame');
    saveLesson({ step: 1, worlds: [first, second, third], hand: null });
    const back = loadLesson();
    expect(back && back !== 'invalid' && back.worlds).toHaveLength(2);
  });

  it('is set aside when it is not JSON', () => {
    items.set(LESSON_KEY, '{"step": 3, "worlds": [');
    expect(loadLesson()).toBe('invalid');
  });

  it('from the first version (typed passwords in it) is removed and reported as not restorable', () => {
    items.set('session-guestbook.lesson.v1', JSON.stringify({ step: 0, worlds: [createWorld()] }));
    expect(loadLesson()).toBe('invalid');
    expect([...items.keys()]).toEqual([]);
  });

  describe('that does not fit in storage', () => {
    /** A world as big as a busy day: `rows` guest-book rows. */
    const busy = (rows: number): World => {
      const world = createWorld();
      const guestBook = Array.from({ length: rows }, (_, i) => ({
        id: `session-${i}`,
        ip_address: '203.0.113.27',
        last_activity: world.now,
        user_agent: 'Chrome',
        user_id: null,
        payload: { cookie: { originalMaxAge: 1_800_000 } },
      })) as unknown as World['server']['guestBook'];
      return { ...world, server: { ...world.server, guestBook } };
    };
    /** Storage that refuses a value longer than `quota` characters, as a full browser does. */
    const limitTo = (quota: number) => {
      const set = sessionStorage.setItem;
      sessionStorage.setItem = (k: string, v: string) => {
        if (v.length > quota) throw new DOMException('full', 'QuotaExceededError');
        set(k, v);
      };
    };

    it('keeps the place with fewer snapshots: the others are replayed on load', () => {
      const worlds = [createWorld(), busy(300), busy(300), busy(300)];
      saveLesson({ step: 3, worlds, hand: null });
      const full = items.get(LESSON_KEY)!.length;
      items.clear();
      limitTo(full - 1);
      saveLesson({ step: 3, worlds, hand: null });
      expect(loadLesson()).toEqual({ step: 3, worlds: [null, null, null, worlds[3]], hand: null });
    });

    it('keeps a world changed by hand rather than the step’s own', () => {
      const worlds = [createWorld(), busy(300)];
      const hand = busy(301);
      saveLesson({ step: 1, worlds, hand });
      const full = items.get(LESSON_KEY)!.length;
      items.clear();
      limitTo(full - 1);
      saveLesson({ step: 1, worlds, hand });
      expect(loadLesson()).toEqual({ step: 1, worlds: [null, null], hand });
    });

    it('never brings back an older place in its stead when not even the step fits', () => {
      saveLesson({ step: 1, worlds: [createWorld(), createWorld()], hand: null });
      limitTo(items.get(LESSON_KEY)!.length + 10);
      saveLesson({ step: 2, worlds: [createWorld(), busy(300), busy(300)], hand: null });
      // Nothing saved: the step's link in the address opens it again (and replays its world).
      expect(loadLesson()).toBeNull();
    });
  });

  it('is no longer written once the lesson failed to draw', () => {
    stopSaving();
    saveLesson({ step: 0, worlds: [createWorld()], hand: null });
    expect(items.size).toBe(0);
  });
});
