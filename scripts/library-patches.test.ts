import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MSW_CALL_FRAME, REACT_MARKERS, TOUGH_COOKIE_IPV6, applyPatch } from './library-patches.ts';

const require = createRequire(import.meta.url);
/** A file of a package, by its path from the package's main file. */
const besideMain = (name: string, file: string) =>
  path.join(path.dirname(require.resolve(name)), file);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

describe("React's load-time error markers", () => {
  const rendererPath = besideMain('react-dom', 'cjs/react-dom-client.production.js');
  const renderer = readFileSync(rendererPath, 'utf8');

  it('are all made without a stack, and the renderer still loads', () => {
    const code = applyPatch(REACT_MARKERS, renderer);
    expect(code.match(/= stacklessError\(formatProdErrorMessage\(\d+\)\)/g)).toHaveLength(5);
    expect(code).not.toMatch(/Exception = Error\(/);

    const module = { exports: {} as Record<string, unknown> };
    vm.runInThisContext(`(function (exports, require, module) {${code}\n})`)(
      module.exports,
      createRequire(rendererPath),
      module,
    );
    expect(typeof module.exports.hydrateRoot).toBe('function');
    expect(typeof module.exports.createRoot).toBe('function');
  });

  it('read as an Error, with the message and no stack', () => {
    const make = vm.runInThisContext(
      `(function () {${REACT_MARKERS.append}\nreturn stacklessError;})`,
    )() as (message: string) => Error;
    const marker = make('Minified React error #460');
    expect(marker).toBeInstanceOf(Error);
    expect(String(marker)).toBe('Error: Minified React error #460');
    expect(marker.stack).toBeUndefined();
  });

  it('stop the build when React changes what it makes at load', () => {
    expect(() =>
      applyPatch(REACT_MARKERS, renderer.replace(/SuspenseException = /, 'X = ')),
    ).toThrow(/library-patches: expected 5 .* found 4/);
  });
});

describe("tough-cookie's IPv6 test", () => {
  const source = readFileSync(besideMain('tough-cookie', 'index.js'), 'utf8');
  // The expression as tough-cookie builds it, and the patched test beside it.
  const definition = source.match(/var IP_V6_REGEX = [\s\S]*?var IP_V6_REGEX_OBJECT = .*;/)?.[0];

  it('is only asked through the colon check, in all four places', () => {
    const code = applyPatch(TOUGH_COOKIE_IPV6, source);
    expect(code.match(/looksLikeIPv6\(/g)).toHaveLength(5); // four calls and the declaration
    expect(code).not.toMatch(/IP_V6_REGEX_OBJECT\.test\((?!value\))/);
  });

  it('answers as the expression does, for addresses, names and anything else', () => {
    expect(definition).toBeDefined();
    const { looksLikeIPv6, IP_V6_REGEX_OBJECT } = vm.runInThisContext(
      `(function () {${definition}\n${TOUGH_COOKIE_IPV6.append}\nreturn { looksLikeIPv6, IP_V6_REGEX_OBJECT };})`,
    )() as { looksLikeIPv6: (s: string) => boolean; IP_V6_REGEX_OBJECT: RegExp };
    const hexy = fc.string({
      unit: fc.constantFrom(...'0123456789abcdefABCDEF:.[]%'),
      maxLength: 45,
    });
    const zoned = fc
      .tuple(fc.ipV6(), fc.stringMatching(/^[0-9a-zA-Z]{1,4}$/))
      .map(([a, z]) => `${a}%${z}`);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.ipV6(),
          fc.ipV6().map((a) => `[${a}]`),
          zoned,
          fc.ipV4(),
          fc.domain(),
          hexy,
          fc.string(),
        ),
        (candidate) => {
          expect(looksLikeIPv6(candidate)).toBe(IP_V6_REGEX_OBJECT.test(candidate));
        },
      ),
      { numRuns: RUNS },
    );
    // Both answers occur: the property is not met by one side alone.
    expect(looksLikeIPv6('::1')).toBe(true);
    expect(looksLikeIPv6('[2001:db8::1]')).toBe(true);
    expect(looksLikeIPv6('shop.example')).toBe(false);
  });

  it('stops the build when tough-cookie changes how it asks', () => {
    expect(() =>
      applyPatch(TOUGH_COOKIE_IPV6, source.replace('IP_V6_REGEX_OBJECT.test(str)', 'isV6(str)')),
    ).toThrow(/expected 4 .* found 3/);
  });
});

describe("msw's note of where a handler was made", () => {
  const file = path.join(
    path.dirname(require.resolve('msw')),
    '..',
    '_chunks',
    'request-handler.js',
  );
  const source = readFileSync(file, 'utf8');

  it('is the file the build patches, and the handler is made without an Error', () => {
    expect(MSW_CALL_FRAME.file.test(file)).toBe(true);
    const code = applyPatch(MSW_CALL_FRAME, source);
    const constructor = code.slice(code.indexOf('class RequestHandler'));
    expect(constructor).toMatch(/const callFrame = undefined;/);
    expect(constructor.slice(0, constructor.indexOf('reset()'))).not.toMatch(/new Error\(/);
  });

  it('stops the build when msw changes how it finds the place', () => {
    expect(() =>
      applyPatch(MSW_CALL_FRAME, source.replace('getCallFrame(/* @__PURE__ */ new Error())', 'x')),
    ).toThrow(/expected 1 .* found 0/);
  });
});
