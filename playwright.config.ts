import { defineConfig, devices } from '@playwright/test';
import { playwrightLaunchOptions } from './e2e/chromium';

/**
 * End-to-end tests in a real Chromium against the built site (`vite preview`).
 * A system Chromium (Debian's /usr/bin/chromium) is used when present, Playwright's own otherwise.
 */
// E2E_PORT / E2E_DIST let a second build be tested beside a running one.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${PORT}/`,
    trace: 'retain-on-failure',
    // A click that can never happen fails within seconds, not at the test's end (a long walk's
    // timeout is its whole budget).
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    launchOptions: await playwrightLaunchOptions(),
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
