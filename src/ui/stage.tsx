/**
 * The browser, the wire and the server: the lesson's stage, with the animation it plays. Its code
 * loads just after the shell's (app.tsx); the prerendered first step shows it meanwhile.
 */
import { LazyMotion } from 'motion/react';
import { BrowserRegion } from './browser/browser-region';
import { ServerRegion } from './server/server-region';
import { WireRegion } from './wire/wire-region';

const motionFeatures = () => import('./motion-features').then((m) => m.default);

export function Stage() {
  return (
    <LazyMotion features={motionFeatures} strict>
      <div className="stage">
        <BrowserRegion />
        <WireRegion />
        <ServerRegion />
      </div>
    </LazyMotion>
  );
}
