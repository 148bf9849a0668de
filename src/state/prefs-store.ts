/** How the student or instructor wants to see the lesson; remembered in localStorage. */
import { create } from 'zustand';

export type MotionPreference = 'system' | 'reduce' | 'full';
export const SPEEDS = [0.5, 1, 1.5, 2] as const;
export type Speed = (typeof SPEEDS)[number];
export type DevtoolsTab = 'network' | 'application' | 'console';

export interface PrefsState {
  presenter: boolean;
  motion: MotionPreference;
  speed: Speed;
  /** Autoplay is running. Not remembered: a reload never starts playing by itself. */
  playing: boolean;
  devtoolsTab: DevtoolsTab;
  /** The browser tab picked by hand; each new step shows its own visitor again. */
  chosenVisitor: string | null;
  /** Steps with a prediction ask it before they play. */
  predict: boolean;
  setPresenter(on: boolean): void;
  setMotion(motion: MotionPreference): void;
  setSpeed(speed: Speed): void;
  setPlaying(on: boolean): void;
  setDevtoolsTab(tab: DevtoolsTab): void;
  chooseVisitor(id: string | null): void;
  setPredict(on: boolean): void;
}

/** The remembered choices, under the key and in the shape zustand's `persist` used to write. */
const KEY = 'session-guestbook.prefs';
type Remembered = Pick<PrefsState, 'presenter' | 'motion' | 'speed' | 'chosenVisitor' | 'predict'>;

/**
 * What was remembered, each value checked (a hand-edited or old entry keeps only what is valid).
 * Hand-written rather than zustand's `persist`, which weighs more on the first screen than this.
 */
function recall(): Partial<Remembered> {
  try {
    const state: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null')?.state;
    if (typeof state !== 'object' || state === null) return {};
    const v = state as Record<string, unknown>;
    return {
      ...(typeof v.presenter === 'boolean' && { presenter: v.presenter }),
      ...((['system', 'reduce', 'full'] as unknown[]).includes(v.motion) && {
        motion: v.motion as MotionPreference,
      }),
      ...((SPEEDS as readonly unknown[]).includes(v.speed) && { speed: v.speed as Speed }),
      ...((typeof v.chosenVisitor === 'string' || v.chosenVisitor === null) && {
        chosenVisitor: v.chosenVisitor as string | null,
      }),
      ...(typeof v.predict === 'boolean' && { predict: v.predict }),
    };
  } catch {
    return {}; // storage unavailable or not JSON: the defaults
  }
}

function remember(s: PrefsState) {
  const { presenter, motion, speed, chosenVisitor, predict } = s;
  const state: Remembered = { presenter, motion, speed, chosenVisitor, predict };
  try {
    localStorage.setItem(KEY, JSON.stringify({ state, version: 0 }));
  } catch {
    // Full or blocked storage: the choice holds for this visit only.
  }
}

export const usePrefs = create<PrefsState>()((set) => ({
  presenter: false,
  motion: 'system',
  speed: 1,
  playing: false,
  devtoolsTab: 'network',
  chosenVisitor: null,
  predict: true,
  setPresenter: (presenter) => set({ presenter }),
  setMotion: (motion) => set({ motion }),
  setSpeed: (speed) => set({ speed }),
  setPlaying: (playing) => set({ playing }),
  setDevtoolsTab: (devtoolsTab) => set({ devtoolsTab }),
  chooseVisitor: (chosenVisitor) => set({ chosenVisitor }),
  setPredict: (predict) => set({ predict }),
}));
// Applied after creation: the initial state stays the defaults the prerendered page was drawn
// with, so hydration matches it and the remembered choices show right after.
usePrefs.setState(recall());
usePrefs.subscribe(remember);
