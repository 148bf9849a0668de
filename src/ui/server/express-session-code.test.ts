import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultOptions, type SessionOptions } from '../../sim/server/options';
import {
  expressSessionCode,
  isUsableCookieName,
  jsString,
  loginRouteCode,
} from './express-session-code';
import type { CodeComment } from './php-session-code';
import { en as enTexts } from '../../i18n/en';
import { ko as koTexts } from '../../i18n/ko';

/** The code's comments as each language writes them (counts filled in). */
const commentsIn =
  (texts: Record<string, string>): CodeComment =>
  (key, vars) =>
    (texts[key] ?? texts[`${key}_${vars?.count === 1 ? 'one' : 'other'}`]!).replace(
      '{{count}}',
      String(vars?.count),
    );
const en = commentsIn(enTexts.settings.jsCode);
const ko = commentsIn(koTexts.settings.jsCode);

/** Runs the shown code with a stand-in `require` and returns the options it passes. */
function optionsOf(code: string): Record<string, unknown> {
  let passed: Record<string, unknown> = {};
  const session = (options: Record<string, unknown>) => {
    passed = options;
    return () => {};
  };
  const run = new Function('require', 'app', 'process', code);
  run(() => session, { use: () => {} }, { env: { SESSION_SECRET: 'from the environment' } });
  return passed;
}

const text = fc.string({ unit: 'binary', maxLength: 20 });

const options: fc.Arbitrary<SessionOptions> = fc.record({
  secret: fc.constant('s'),
  name: text,
  resave: fc.boolean(),
  saveUninitialized: fc.boolean(),
  rolling: fc.boolean(),
  cookie: fc.record(
    {
      path: text,
      httpOnly: fc.boolean(),
      secure: fc.constantFrom(true, false, 'auto' as const),
      sameSite: fc.constantFrom('strict' as const, 'lax' as const, 'none' as const),
      maxAge: fc.nat(),
      domain: text.filter((d) => d !== ''),
      partitioned: fc.constant(true),
      priority: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
    },
    { requiredKeys: ['path', 'httpOnly', 'secure'] },
  ),
});

describe('the express-session code beside the options', () => {
  it('is valid JavaScript that passes exactly the options the simulator obeys', () => {
    fc.assert(
      fc.property(options, (o) => {
        // The secret is never in the code: it comes from the environment. Korean comments too.
        for (const c of [en, ko])
          expect(optionsOf(expressSessionCode(o, c))).toEqual({
            ...o,
            secret: 'from the environment',
          });
      }),
    );
  });

  it('keeps a cookie name with quotes and backslashes a string', () => {
    const o = { ...defaultOptions('s'), name: "x'+'y\\\"z" };
    expect(optionsOf(expressSessionCode(o, en)).name).toBe("x'+'y\\\"z");
    expect(jsString("it's")).toBe("'it\\'s'");
  });
});

describe('the cookie names the options form accepts', () => {
  it('are HTTP tokens that express-session can use', () => {
    expect(isUsableCookieName('connect.sid')).toBe(true);
    expect(isUsableCookieName("a!#$%&'*+-.^_`|~z")).toBe(true);
    for (const bad of [
      '',
      'has space',
      'semi;colon',
      'x'.repeat(65),
      'constructor',
      '__proto__',
      'toString',
    ])
      expect(isUsableCookieName(bad), bad).toBe(false);
  });
});

describe('the shop’s login route beside the options', () => {
  it('shows regenerate() only when the login renews the ID', () => {
    expect(loginRouteCode(true, ko)).toContain('req.session.regenerate(');
    expect(loginRouteCode(false, ko)).not.toContain('req.session.regenerate(');
    expect(loginRouteCode(false, ko)).toContain('req.session.userId = user.id;');
  });
});
