/**
 * One-time entrances (a row dropping in, an envelope sliding across), played by CSS animations
 * (styles.css, "entrances") rather than an animation library: each is a single from-state eased to
 * the element's own style after a delay, which the browser runs off the main thread.
 */
import type { CSSProperties } from 'react';

/** Where an element comes from: invisible, from above, enlarged, or from either side. */
export type EntranceKind = 'fade' | 'drop' | 'pop' | 'from-left' | 'from-right';

export interface EntranceTiming {
  /** Seconds before it starts to move (it waits in its from-state meanwhile). */
  delay: number;
  /** Seconds it takes. */
  duration: number;
}

export interface EntranceProps {
  'data-enter'?: EntranceKind;
  style?: CSSProperties;
}

/**
 * Props that play `kind` once as the element mounts; none when it should simply be there (no
 * timing, or nothing to wait or move for). A remount (a new key) without them shows the element at
 * rest at once, which is how a beat cut short finishes.
 */
export function entrance(kind: EntranceKind, timing: EntranceTiming | null | false): EntranceProps {
  if (!timing || (timing.delay <= 0 && timing.duration <= 0)) return {};
  return {
    'data-enter': kind,
    style: {
      '--enter-delay': `${Math.max(0, timing.delay)}s`,
      '--enter-duration': `${Math.max(0, timing.duration)}s`,
    } as CSSProperties,
  };
}

export interface UntilProps {
  'data-until'?: '';
  style?: CSSProperties;
}

/**
 * Props that show an element until its moment and then hide it (a "pending" the answer replaces):
 * none when there is no moment to wait for, and the element is then not drawn at all by its owner.
 */
export function until(timing: EntranceTiming | null | false): UntilProps {
  if (!timing || timing.delay <= 0) return {};
  return {
    'data-until': '',
    style: { '--until-delay': `${timing.delay}s` } as CSSProperties,
  };
}
