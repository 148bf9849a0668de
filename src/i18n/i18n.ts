/**
 * Korean and English messages. The language comes from `?lang=`, else the saved choice, else
 * the browser; only that language's messages load before the first paint.
 *
 * The translator is a few lines over the platform: nested keys, `{{name}}` interpolation and
 * plural forms (`key_one` / `key_other`) chosen by CLDR's rules. That is all the lesson
 * uses of i18next, which cost 13 KB gzip of the first screen's budget.
 */
import type { ActivityMessages } from './activities-en';
import type { CourseMessages } from './course-en';
import type { EverywhereMessages } from './everywhere-en';
import type { Messages } from './en';
import type { PredictionMessages } from './predictions-en';
import type { StackMessages } from './stacks-en';
import { atFirstSignOfLife, nextTask, STIRRING } from '../state/scheduling';

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'session-guestbook.lang';

const isLanguage = (v: unknown): v is Language => LANGUAGES.includes(v as Language);

export function detectLanguage(): Language {
  const fromUrl = new URLSearchParams(location.search).get('lang')?.slice(0, 2).toLowerCase();
  if (isLanguage(fromUrl)) return fromUrl;
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    /* storage disabled: fall through */
  }
  const fromBrowser = navigator.languages.map((l) => l.slice(0, 2).toLowerCase()).find(isLanguage);
  return fromBrowser ?? 'en';
}

const load = (lang: Language): Promise<Messages> =>
  lang === 'ko' ? import('./ko').then((m) => m.ko) : import('./en').then((m) => m.en);

/** Challenges' and quizzes' texts: not needed to paint the first screen. */
const loadActivities = (lang: Language): Promise<ActivityMessages> =>
  lang === 'ko'
    ? import('./activities-ko').then((m) => m.activitiesKo)
    : import('./activities-en').then((m) => m.activitiesEn);

/** Other server stacks' texts (PHP, Tomcat): seen only once a student switches stack. */
const loadStacks = (lang: Language): Promise<StackMessages> =>
  lang === 'ko'
    ? import('./stacks-ko').then((m) => m.stacksKo)
    : import('./stacks-en').then((m) => m.stacksEn);

/** The later chapters' narration and panels: they join the core `steps` and `chapters`. */
const loadCourse = (lang: Language): Promise<CourseMessages> =>
  lang === 'ko'
    ? import('./course-ko').then((m) => m.courseKo)
    : import('./course-en').then((m) => m.courseEn);

/** The chapter "The same idea everywhere": its narration, challenges and quiz join the rest. */
const loadEverywhere = (lang: Language): Promise<EverywhereMessages> =>
  lang === 'ko'
    ? import('./everywhere-ko').then((m) => m.everywhereKo)
    : import('./everywhere-en').then((m) => m.everywhereEn);

/** Predictions' texts: asked only once the student moves into a step. */
const loadPredictions = (lang: Language): Promise<PredictionMessages> =>
  lang === 'ko'
    ? import('./predictions-ko').then((m) => m.predictionsKo)
    : import('./predictions-en').then((m) => m.predictionsEn);

export type TFunction = (key: string, vars?: Record<string, unknown>) => string;

type Tree = { [key: string]: string | Tree };

function lookup(tree: Tree | undefined, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const bundles: Partial<Record<Language, Tree>> = {};

/** Texts merged key by key, so that a later bundle can add steps beside the core ones. */
function merge(into: Tree, from: Tree): Tree {
  const out: Tree = { ...into };
  for (const [key, value] of Object.entries(from)) {
    const was = out[key];
    out[key] = typeof value === 'object' && typeof was === 'object' ? merge(was, value) : value;
  }
  return out;
}

/** Each language's core messages alone: the prerendered first step uses only these (see react.ts). */
const core: Partial<Record<Language, Tree>> = {};
const listeners = new Set<() => void>();

/**
 * The plural form of `count`: CLDR's rules for the lesson's two languages, written out, because the
 * first `Intl.PluralRules` loads ICU's data (7 ms in a task of the start on a slow machine). English
 * says `one` for exactly 1 (or -1); Korean has no plural forms. i18n.test.ts holds both to Intl.
 */
export const plural = (lang: Language, count: number): 'one' | 'other' =>
  lang === 'en' && Math.abs(count) === 1 ? 'one' : 'other';

/** `late`: with the texts that load after the first paint (activities, predictions, stacks). */
function translator(lang: Language, late = true): TFunction {
  return (key, vars) => {
    const tree = (late ? bundles : core)[lang];
    const count = vars?.count;
    const message =
      (typeof count === 'number'
        ? (lookup(tree, `${key}_${plural(lang, count)}`) ?? lookup(tree, `${key}_other`))
        : undefined) ??
      lookup(tree, key) ??
      key;
    return vars
      ? message.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) =>
          name in vars ? String(vars[name]) : whole,
        )
      : message;
  };
}

/** The current language and its translator; components subscribe to changes. */
export const i18n = {
  language: 'en' as Language,
  /** Bumps whenever the texts change (a language switch, or activities' texts arriving). */
  version: 0,
  get resolvedLanguage(): Language {
    return this.language;
  },
  getFixedT: (lang: Language, late = true): TFunction => translator(lang, late),
  /** Whether the current language has this text yet (the lazily loaded ones arrive later). */
  exists(key: string, late = true): boolean {
    return lookup((late ? bundles : core)[this.language], key) !== undefined;
  },
  on(_event: 'languageChanged', listener: () => void) {
    listeners.add(listener);
  },
  off(_event: 'languageChanged', listener: () => void) {
    listeners.delete(listener);
  },
};

const notify = () => {
  i18n.version++;
  listeners.forEach((listener) => listener());
};

/** Each language's late texts, once asked for: settled when they are in (or could not load). */
const lateIn: Partial<Record<Language, Promise<unknown>>> = {};
/** Asks at once for the late texts still waiting for an idle moment or a hand on the page. */
let wakeLate: (() => void) | undefined;

/**
 * Resolves once the current language's late texts (challenges, stacks, the later chapters) are
 * in, asking for them at once if they were still waiting: what lists them waits for it, so that
 * it never shows a text's key in its place.
 */
export async function lateTexts(): Promise<void> {
  wakeLate?.();
  await lateIn[i18n.language];
}

/**
 * Loads a language: its core messages, and the texts that load after the first paint
 * (activities, predictions, stacks, the later chapters' narration), awaited when `waitFor` says
 * so: always, or when the core lacks the linked step's narration.
 */
async function loadLanguage(lang: Language, waitFor: boolean | string | null): Promise<void> {
  const coreLoaded = load(lang);
  // Each file is asked for in a task of its own, after the core's: asking for all five at once
  // was one of the start's longest tasks. Predictions come first (the first Next asks one); the
  // rest, on a first paint, once the page is idle or a hand moves on it (before it opens the
  // contents, a challenge or another stack): loaded while the page was being adopted, they held
  // it up (navigation → Next usable 27–34 ms later here).
  let turn = nextTask();
  const firstPaint = waitFor === false || waitFor === null;
  const idle = firstPaint
    ? new Promise<void>((resolve) => {
        wakeLate = atFirstSignOfLife(resolve, STIRRING);
      })
    : null;
  const loaders: Array<[(lang: Language) => Promise<unknown>, 'soon' | 'idle']> = [
    [loadPredictions, 'soon'],
    [loadActivities, 'idle'],
    [loadStacks, 'idle'],
    [loadCourse, 'idle'],
    [loadEverywhere, 'idle'],
  ];
  const late = loaders.map(([loader, when]) => {
    const loaded = (when === 'idle' && idle ? turn.then(() => idle) : turn)
      .then(() => loader(lang))
      // Merged a task after the file ran: the two together were up to 20 ms here.
      .then(async (texts) => {
        await nextTask();
        bundles[lang] = merge(bundles[lang] ?? {}, texts as unknown as Tree);
      });
    turn = turn.then(nextTask);
    return loaded;
  });
  // One redraw once they are all in, not one per file: each redraws every text on the page.
  const settled = Promise.allSettled(late);
  lateIn[lang] = settled;
  void settled.then(() => {
    if (lang === i18n.language) notify();
  });
  const messages = (await coreLoaded) as unknown as Tree;
  core[lang] = messages;
  bundles[lang] = merge(messages, bundles[lang] ?? {});
  const linkedStepLate =
    typeof waitFor === 'string' && lookup(messages, `steps.${waitFor}.title`) === undefined;
  if (waitFor === true || linkedStepLate) await Promise.all(late);
}

export async function startI18n(): Promise<void> {
  const lang = detectLanguage();
  i18n.language = lang;
  // A link straight into a challenge, a quiz, the sandbox or a step whose narration loads late
  // waits for those texts (no key shows for a moment); anything else paints first.
  const params = new URLSearchParams(location.search);
  const activity = ['challenge', 'quiz', 'sandbox'].some((name) => params.has(name));
  await loadLanguage(lang, activity || params.get('step'));
}

/** Switches language at any time (loading its messages once) and remembers the choice. */
export async function changeLanguage(lang: Language): Promise<void> {
  if (!bundles[lang]) await loadLanguage(lang, true);
  i18n.language = lang;
  notify();
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* not remembered, still switched */
  }
}

/**
 * Adds texts that one view loads for itself (the speaker view's notes) to a language whose core
 * messages have loaded.
 */
export function addTexts(lang: Language, texts: object): void {
  bundles[lang] = { ...bundles[lang], ...(texts as Tree) };
  if (lang === i18n.language) notify();
}
