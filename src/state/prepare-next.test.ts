import { describe, expect, it } from 'vitest';
import { STEPS } from '../lessons/steps';
import { useLesson } from './lesson-store';

const at = (id: string) => STEPS.findIndex((s) => s.id === id);

describe('the next step, worked out while the student reads', () => {
  it('is ready before Next, and Next shows exactly that world', async () => {
    await useLesson.getState().goTo(at('first-visit'));
    expect(useLesson.getState().worlds[at('first-visit') + 1]).toBeUndefined();
    await useLesson.getState().prepareNext();
    const prepared = useLesson.getState().worlds[at('first-visit') + 1];
    expect(prepared?.exchanges.length).toBeGreaterThan(0);
    await useLesson.getState().next();
    expect(useLesson.getState().step).toBe(at('first-visit') + 1);
    expect(useLesson.getState().worlds[useLesson.getState().step]).toBe(prepared);
  });

  it('prepares nothing for a world changed by hand', async () => {
    await useLesson.getState().goTo(at('login'));
    await useLesson.getState().act({ type: 'advance-clock', ms: 60_000 });
    const before = useLesson.getState().worlds.length;
    await useLesson.getState().prepareNext();
    expect(useLesson.getState().worlds.length).toBe(before);
    expect(useLesson.getState().worlds[at('login') + 1]).toBeUndefined();
  });
});
