/**
 * What counts against the JavaScript budgets, in one place: the build (vite.config.ts) fails past
 * them, and `npm run bench` (e2e/bench/run.ts) reports the same figures from the built files.
 */
import { gzipSync } from 'node:zlib';

/** Gzip budgets in KB (issue "Fast and unbreakable as the course grows"). */
export const BUDGET = { firstScreenKb: 100, allJsKb: 300 };

export type Language = 'en' | 'ko';

/** The file of React's DOM renderer (scripts/chunk-groups.ts), which the entry imports at once. */
export const REACT_DOM = 'react-dom';

/**
 * A chunk the entry imports at once, in a task of its own (src/main.tsx): React's DOM renderer. It
 * is fetched with the entry and runs before the first screen answers, so it counts as the entry's.
 * By its name (the build) or its file's (`react-dom-1a2B3c4D.js`).
 */
export const startsWithEntry = (chunkOrFileName: string) =>
  chunkOrFileName === REACT_DOM ||
  new RegExp(`^${REACT_DOM}-[\\w-]{8}\\.js$`).test(chunkOrFileName);

/** One JavaScript chunk as the budget sees it. */
export interface BudgetChunk {
  fileName: string;
  code: string | Uint8Array;
  isEntry: boolean;
  /** The entry imports it at once (`startsWithEntry`). */
  withEntry?: boolean;
  /** Chunks it imports statically (what must load before it runs). */
  imports: string[];
  /** The language of the texts it holds alone, if it holds nothing else. */
  language?: Language;
  /** It holds a language's first-screen messages (src/i18n/en.ts or ko.ts). */
  messages?: boolean;
}

/** Gzip level 9, KB = 1024 bytes. */
export const gzipKb = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length / 1024;

/** The language of a module's texts: src/i18n/en.ts, src/i18n/course-ko.ts, speaker-ko.json… */
export const moduleLanguage = (id: string): Language | undefined =>
  /\/src\/i18n\/(?:[\w-]+-)?(en|ko)\.(?:ts|json)$/.exec(id)?.[1] as Language | undefined;

/** The first-screen messages of a language (src/i18n/en.ts, src/i18n/ko.ts). */
export const isMessagesModule = (id: string) => /\/src\/i18n\/(en|ko)\.ts$/.test(id);

/** A chunk's language from its modules: one language and nothing else, or none. */
export function chunkLanguage(moduleIds: string[]): Language | undefined {
  const langs = new Set(moduleIds.map(moduleLanguage));
  return langs.size === 1 ? [...langs][0] : undefined;
}

export interface BudgetSizes {
  /**
   * The entry chunk, what it imports at once (React's renderer), everything they import statically
   * and the larger language's messages.
   */
  firstScreenKb: number;
  /** Everything one student can load: all but the other language's texts (the larger of two). */
  allJsKb: number;
  /** Every chunk, both languages. */
  bothLanguagesKb: number;
  firstScreen: string[];
  /** Each chunk's gzip size in KB. */
  sizes: Record<string, number>;
}

export function budgetSizes(chunks: BudgetChunk[]): BudgetSizes {
  const sizes = Object.fromEntries(chunks.map((c) => [c.fileName, gzipKb(c.code)]));
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const firstScreen = new Set<string>();
  const visit = (name: string) => {
    if (firstScreen.has(name)) return;
    firstScreen.add(name);
    byName.get(name)?.imports.forEach(visit);
  };
  chunks.filter((c) => c.isEntry || c.withEntry).forEach((c) => visit(c.fileName));
  // The first paint waits for one language's messages: count the larger one.
  const messages = chunks
    .filter((c) => c.messages)
    .sort((a, b) => sizes[b.fileName]! - sizes[a.fileName]!)[0];
  if (messages) visit(messages.fileName);
  const sum = (names: Iterable<string>) => [...names].reduce((n, f) => n + (sizes[f] ?? 0), 0);
  const all = Math.max(
    ...(['en', 'ko'] as const).map((lang) =>
      sum(chunks.filter((c) => !c.language || c.language === lang).map((c) => c.fileName)),
    ),
  );
  return {
    firstScreenKb: sum(firstScreen),
    allJsKb: all,
    bothLanguagesKb: sum(Object.keys(sizes)),
    firstScreen: [...firstScreen],
    sizes,
  };
}

export const budgetLine = (s: BudgetSizes) =>
  `JS gzip: first screen ${s.firstScreenKb.toFixed(1)} KB / ${BUDGET.firstScreenKb} KB, all a student can load (one language) ${s.allJsKb.toFixed(1)} KB / ${BUDGET.allJsKb} KB; both languages ${s.bothLanguagesKb.toFixed(1)} KB`;

export const overBudget = (s: BudgetSizes) =>
  s.firstScreenKb > BUDGET.firstScreenKb || s.allJsKb > BUDGET.allJsKb;
