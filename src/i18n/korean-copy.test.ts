/** The Korean texts call each thing by one name, as a Korean student meets it elsewhere. */
import { describe, expect, it } from 'vitest';
import { activitiesKo } from './activities-ko';
import { courseKo } from './course-ko';
import { everywhereKo } from './everywhere-ko';
import { ko } from './ko';
import { predictionsKo } from './predictions-ko';
import { stacksKo } from './stacks-ko';

/** Every text of a message tree with its key. */
function texts(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null
      ? texts(v as object, `${prefix}${k}.`)
      : [[`${prefix}${k}`, String(v)] as [string, string]],
  );
}

const ALL = [
  ...texts(ko),
  ...texts(activitiesKo, 'activities:'),
  ...texts(predictionsKo, 'predictions:'),
  ...texts(stacksKo, 'stacks:'),
  ...texts(courseKo, 'course:'),
  ...texts(everywhereKo, 'everywhere:'),
];

describe('Korean copy', () => {
  it('names DevTools tabs as Chrome’s Korean DevTools does, and the wire otherwise', () => {
    expect(ko.devtools.network).toBe('네트워크');
    expect(ko.devtools.console).toBe('콘솔');
    expect(ko.devtools.application).toBe('애플리케이션 → 쿠키');
    expect(ko.regions.wire).not.toContain('네트워크');
    const english = ALL.filter(([, text]) =>
      /Application|Cookies →|→ Network|Console 탭/.test(text),
    );
    expect(english.map(([key]) => key)).toEqual([]);
  });

  it('keeps 쿠키 저장소 for the browser’s cookie jar only', () => {
    const cookieSession = ALL.filter(
      ([, text]) =>
        text.includes('쿠키 저장소') && /cookie-session|session\.sig|데이터가 쿠키/.test(text),
    );
    expect(cookieSession.map(([key]) => key)).toEqual([]);
  });

  it('calls the shop’s users 미나, 준 and 소라, never by their Latin names', () => {
    expect(ko.people).toEqual({ Mina: '미나', Joon: '준', Sora: '소라' });
    const latin = ALL.filter(
      ([key, text]) => !key.startsWith('people.') && /\b(Mina|Joon|Sora)\b/.test(text),
    );
    expect(latin.map(([key]) => key)).toEqual([]);
  });

  it('keeps the phrasing the course settled on', () => {
    const all = ALL.map(([, text]) => text).join('\n');
    expect(all).not.toContain('따로 놉니다');
    expect(all).not.toContain('같은 생각');
    expect(all).not.toMatch(/\d+분 유휴/);
    expect(ko.steps.welcome.body).toContain('요청은 서로 독립적입니다');
    expect(courseKo.steps.frameworks.title).toBe('같은 원리, 다른 이름');
    // One shop (쇼핑몰, never 가게), one polite register (합니다, not 해요).
    expect(all).not.toContain('가게');
    expect(all).not.toMatch(/(이에요|예요|어요|아요)[.!]/);
  });
});
