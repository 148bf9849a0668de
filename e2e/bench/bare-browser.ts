/**
 * A Chromium whose pages load with no debugger listening in, as a student's browser does.
 *
 * Playwright (and DevTools) turn on the page's Runtime agent, and from then on V8 records where in
 * the source every Error is made. React makes one while its module loads, inside a function of
 * about 180 KB: to find that place V8 parses the whole function again, 60–100 ms on this machine
 * that no student pays (measured with and without `Runtime.enable`). So loads whose time is the
 * figure (the first step) are driven over the DevTools protocol directly: a fresh browser context
 * per load, a script added before the page's own, and the result read back when the page says it
 * is done, without ever enabling Runtime or Debugger.
 */
import * as chromeLauncher from 'chrome-launcher';
import { withFeaturesOff } from '../chromium.ts';

type Params = Record<string, unknown>;

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export interface BarePage {
  /** Evaluates `expression` in the page (awaiting a promise) and returns its value. */
  evaluate<T>(expression: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export interface BareBrowser {
  /** The browser's process, for a last-resort kill when the bench exits. */
  pid: number | undefined;
  /** Opens `url` in a context of its own, with `init` run before any of the page's scripts. */
  open(url: string, init: string, viewport: { width: number; height: number }): Promise<BarePage>;
  close(): Promise<void>;
}

/**
 * What chrome-launcher starts a headless Chromium with: its own switches, with the features
 * e2e/chromium.ts turns off, then `flags` (to be passed with `ignoreDefaultFlags`).
 */
export function headlessLauncherFlags(flags: readonly string[]): string[] {
  return [...withFeaturesOff(chromeLauncher.Launcher.defaultFlags()), ...flags, '--headless=new'];
}

export async function launchBareBrowser(chromePath: string, flags: string[]): Promise<BareBrowser> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    ignoreDefaultFlags: true,
    chromeFlags: headlessLauncherFlags(flags),
    handleSIGINT: false,
    logLevel: 'silent',
  });
  const version = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()) as {
    webSocketDebuggerUrl: string;
  };
  const socket = new WebSocket(version.webSocketDebuggerUrl);
  await new Promise<void>((resolve, reject) => {
    socket.onopen = () => resolve();
    socket.onerror = () => reject(new Error('could not connect to Chromium'));
  });
  let lastId = 0;
  const pending = new Map<number, (reply: Reply) => void>();
  socket.onmessage = (message) => {
    const reply = JSON.parse(String(message.data)) as Reply;
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
    if (reply.id !== undefined) pending.delete(reply.id);
  };
  const send = (method: string, params: Params = {}, sessionId?: string, timeoutMs = 30_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++lastId;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${method}: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, (reply) => {
        clearTimeout(timer);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve(reply.result ?? {});
      });
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });

  return {
    pid: chrome.pid,
    async open(url, init, viewport) {
      const { browserContextId } = await send('Target.createBrowserContext');
      const { targetId } = await send('Target.createTarget', {
        url: 'about:blank',
        browserContextId,
      });
      const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as {
        sessionId: string;
      };
      await send(
        'Emulation.setDeviceMetricsOverride',
        { ...viewport, deviceScaleFactor: 1, mobile: false },
        sessionId,
      );
      // The Page domain runs the added script only when enabled (it leaves V8 as it is).
      await send('Page.enable', {}, sessionId);
      await send('Page.addScriptToEvaluateOnNewDocument', { source: init }, sessionId);
      await send('Page.navigate', { url }, sessionId);
      return {
        async evaluate<T>(expression: string, timeoutMs = 30_000) {
          const { result, exceptionDetails } = (await send(
            'Runtime.evaluate',
            { expression, awaitPromise: true, returnByValue: true },
            sessionId,
            timeoutMs,
          )) as { result?: { value?: unknown }; exceptionDetails?: { text: string } };
          if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.text}`);
          return result?.value as T;
        },
        async close() {
          await send('Target.disposeBrowserContext', { browserContextId });
        },
      };
    },
    async close() {
      socket.close();
      await chrome.kill();
    },
  };
}
