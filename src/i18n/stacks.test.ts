import { describe, expect, it } from 'vitest';
import { stacksEn } from './stacks-en';
import { stacksKo } from './stacks-ko';

const keys = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('the other stacks’ texts', () => {
  it('have the same keys and placeholders in Korean and English, none empty', () => {
    expect(keys(stacksKo).sort()).toEqual(keys(stacksEn).sort());
    const at = (tree: object, key: string) =>
      String(key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], tree));
    for (const key of keys(stacksEn)) {
      const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
      expect(at(stacksKo, key).trim(), key).not.toBe('');
      expect(vars(at(stacksKo, key)), key).toEqual(vars(at(stacksEn, key)));
    }
  });
});
