/**
 * The browser, the wire and the server: the lesson's stage. Its code loads just after the shell's
 * (app.tsx); the prerendered first step shows it meanwhile.
 */
import { useEffect, useRef } from 'react';
import { Camera } from './common/camera';
import { primaryFocus, REGION_OF } from './common/focus-targets';
import { warmFonts } from './common/font-warmup';
import { atFirstSignOfLife, STIRRING } from '../state/scheduling';
import { useStickyColumns } from './common/side-columns';
import { useStepFocus } from './common/use-lesson-view';
import { BrowserRegion, Devtools } from './browser/browser-region';
import { ServerRegion } from './server/server-region';
import { WireRegion } from './wire/wire-region';

/** Without a hand on the page, how long a reader is left alone before the fonts are warmed. */
const WARM_FONTS_AFTER_MS = 3000;

/** The parts of the stage in chunks of their own that the first step shows. */
export const stageParts = () => Devtools.preload();

export function Stage() {
  // The region of the part the step names first; presenter mode gives it the most room.
  const first = primaryFocus(useStepFocus())[0];
  const stage = useRef<HTMLDivElement>(null);
  useStickyColumns(stage);
  // The whole page answers from now on (`<html data-live>`). React adopts the stage last, in a
  // pass of its own once its code is in: until then file-notice.js holds a click on the prerendered
  // stage (one on the lesson's controls only until they answer, app.tsx).
  useEffect(() => {
    document.documentElement.dataset.live = '';
    // Not while the page is still starting: a face's first lookup is one layout of 10–20 ms here
    // that cannot be cut smaller, and the first Next is the first to need them (font-warmup.ts).
    atFirstSignOfLife(() => warmFonts(document.documentElement.lang), STIRRING, {
      quietFor: WARM_FONTS_AFTER_MS,
    });
  }, []);
  return (
    <div className="stage" ref={stage} data-wide={first ? REGION_OF[first] : undefined}>
      <BrowserRegion />
      <WireRegion />
      <ServerRegion />
      <Camera />
    </div>
  );
}
