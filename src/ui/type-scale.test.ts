import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The lesson's text sizes, in rem. Each size (with each weight) is a font "strike" the browser
 * sets up the first time it lays text out in it; on Linux every new one is a round trip to the
 * browser's font service, paid inside the first layout or the Next that first shows it. Thirty
 * sizes a few hundredths of a rem apart made the first screen lay out 21 strikes; these nine, 15.
 */
const SCALE = ['0.75', '0.8', '0.85', '0.9', '1', '1.15', '1.25', '1.35', '1.6'];

const UI = path.join(import.meta.dirname, '..');
const stylesheets = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(file);
    return entry.name.endsWith('.css') ? [file] : [];
  });

describe('type scale', () => {
  it('sizes every text in rem from the scale', () => {
    const sheets = stylesheets(UI);
    expect(sheets.length).toBeGreaterThan(3);
    const off = sheets.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/font-size:\s*([0-9.]+)rem/g)]
        .filter(([, size]) => !SCALE.includes(size!))
        .map(([whole]) => `${path.relative(UI, file)}: ${whole}`),
    );
    expect(off).toEqual([]);
  });
});
