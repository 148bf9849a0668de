import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { MARKERS, STACKLESS_ERROR, stacklessMarkers } from './react-sentinels.ts';

const require = createRequire(import.meta.url);
const rendererPath = path.join(
  path.dirname(require.resolve('react-dom/package.json')),
  'cjs/react-dom-client.production.js',
);
const renderer = readFileSync(rendererPath, 'utf8');

describe("React's load-time error markers", () => {
  it('are all made without a stack, and the renderer still loads and works', () => {
    const code = stacklessMarkers(renderer);
    expect(code.match(/= stacklessError\(formatProdErrorMessage\(\d+\)\)/g)).toHaveLength(MARKERS);
    expect(code).not.toMatch(/Exception = Error\(/);

    const module = { exports: {} as Record<string, unknown> };
    const requireFromRenderer = createRequire(rendererPath);
    vm.runInThisContext(`(function (exports, require, module) {${code}\n})`)(
      module.exports,
      requireFromRenderer,
      module,
    );
    expect(typeof module.exports.hydrateRoot).toBe('function');
    expect(typeof module.exports.createRoot).toBe('function');
  });

  it('make a stackless Error that still reads as one', () => {
    const make = vm.runInThisContext(
      `(function () {${STACKLESS_ERROR}\nreturn stacklessError;})`,
    )() as (message: string) => Error;
    const marker = make('Minified React error #460');
    expect(marker).toBeInstanceOf(Error);
    expect(String(marker)).toBe('Error: Minified React error #460');
    expect(marker.stack).toBeUndefined();
  });

  it('stop the build when React changes what it makes at load', () => {
    expect(() => stacklessMarkers(renderer.replace(/SuspenseException = /, 'X = '))).toThrow(
      /react-sentinels: expected 5 .* found 4/,
    );
  });
});
