/**
 * Which Chromium the tests and the benchmark drive: the system's (Debian's /usr/bin/chromium)
 * when present, Playwright's own otherwise; with the flags a closed, root-run machine needs.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import type { LaunchOptions } from '@playwright/test';

export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  existsSync(p),
);

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Turned off as well. Headless Chromium opens a window for every new browser context (each test's,
 * each of the bench's cold loads), and every window loads the address bar's suggestion popup, a
 * page of its own of some 400 modules (chrome://omnibox-popup.top-chrome): about 2 s of CPU on
 * this 2-core machine, right while the lesson loads beside it. A student's browser loaded it once,
 * when its window opened. (Puppeteer turns these two off by default too.)
 */
export const FEATURES_OFF = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * A launcher's default switches with FEATURES_OFF added to their `--disable-features`: Chromium
 * reads only the last one given, so a second one would turn the launcher's own back on.
 */
export function withFeaturesOff(defaults: readonly string[]): string[] {
  const at = defaults.findIndex((a) => a.startsWith('--disable-features='));
  if (at < 0) return [...defaults, `--disable-features=${FEATURES_OFF.join(',')}`];
  return defaults.map((a, i) => (i === at ? `${a},${FEATURES_OFF.join(',')}` : a));
}

/** The `--disable-features` switch Playwright passes to Chromium, as Playwright itself builds it. */
async function playwrightFeatureSwitch(): Promise<string> {
  try {
    const core = createRequire(import.meta.url)('playwright-core/lib/coreBundle') as {
      server: {
        createPlaywright(o: { sdkLanguage: string }): {
          chromium: { defaultArgs(o: object, persistent: boolean, dir: string): Promise<string[]> };
        };
      };
    };
    const args = await core.server
      .createPlaywright({ sdkLanguage: 'javascript' })
      .chromium.defaultArgs({ headless: true, args: [] }, false, os.tmpdir());
    const own = args.find((a) => a.startsWith('--disable-features='));
    if (own) return own;
  } catch {
    // Said below.
  }
  throw new Error(
    "Playwright's own --disable-features switch could not be read (playwright-core changed?): " +
      'update playwrightLaunchOptions in e2e/chromium.ts',
  );
}

/**
 * Playwright's launch options: the system Chromium if there is one, CHROMIUM_FLAGS, and
 * Playwright's own `--disable-features` replaced by one that also turns FEATURES_OFF off.
 */
export async function playwrightLaunchOptions(): Promise<LaunchOptions> {
  const own = await playwrightFeatureSwitch();
  return {
    ...(SYSTEM_CHROMIUM ? { executablePath: SYSTEM_CHROMIUM } : {}),
    ignoreDefaultArgs: [own],
    args: [...CHROMIUM_FLAGS, ...withFeaturesOff([own])],
  };
}
