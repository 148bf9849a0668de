/** How the student or instructor wants to see the lesson; remembered in localStorage. */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

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

export const usePrefs = create<PrefsState>()(
  persist(
    (set) => ({
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
    }),
    {
      name: 'session-guestbook.prefs',
      partialize: (s) => ({
        presenter: s.presenter,
        motion: s.motion,
        speed: s.speed,
        chosenVisitor: s.chosenVisitor,
        predict: s.predict,
      }),
    },
  ),
);
