/**
 * Starting and stopping the real servers the differential suites run beside the simulator
 * (php -S, Tomcat): a free loopback port, waiting until the server answers, and stopping it
 * with its temporary folder. Node only (tests).
 */
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';

/** A loopback port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Tries `probe` up to `tries` times, `pauseMs` apart, until it answers without throwing. */
export async function untilAnswers(
  probe: () => Promise<unknown>,
  tries: number,
  pauseMs: number,
): Promise<void> {
  for (let i = 0; i < tries; i++) {
    try {
      await probe();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  }
}

/** Stops the server (SIGTERM) and, once it has exited, removes its folder. */
export function stopProcess(child: ChildProcess, dir: string): Promise<void> {
  return new Promise<void>((resolve) => {
    child.once('exit', () => {
      rmSync(dir, { recursive: true, force: true });
      resolve();
    });
    child.kill('SIGTERM');
  });
}
