/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, defineConfig, minifySync, type Plugin } from 'vite';
import {
  budgetLine,
  budgetSizes,
  chunkLanguage,
  isMessagesModule,
  overBudget,
  startsWithEntry,
} from './scripts/js-budget.ts';
import { lessonCodeSplitting } from './scripts/chunk-groups.ts';
import { libraryPatches } from './scripts/library-patches.ts';

/**
 * Fails the build when the JavaScript the first screen needs (the entry chunk and
 * everything it imports statically) or all JavaScript together grows past its budget
 * (scripts/js-budget.ts says what counts; `npm run bench` counts the same).
 */
function jsBudget(): Plugin {
  return {
    name: 'session-guestbook:js-budget',
    // A development build (React's readable errors, for debugging) is not what is shipped, nor is
    // `--mode profile --minify false` (production code with readable names, for a profiler).
    apply: (_config, env) =>
      env.command === 'build' && env.mode !== 'development' && env.mode !== 'profile',
    // After Vite's own hooks (which fill in the lazy chunks' preload lists): the code as written.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const sizes = budgetSizes(
          chunks.map((c) => ({
            fileName: c.fileName,
            code: c.code,
            isEntry: c.isEntry,
            withEntry: startsWithEntry(c.name),
            imports: c.imports,
            language: chunkLanguage(Object.keys(c.modules)),
            messages: Object.keys(c.modules).some(isMessagesModule),
          })),
        );
        const line = budgetLine(sizes);
        this.info(line);
        if (overBudget(sizes)) {
          const firstScreen = new Set(sizes.firstScreen);
          const listed = chunks
            .map(
              (c) =>
                `  ${firstScreen.has(c.fileName) ? '*' : ' '} ${sizes.sizes[c.fileName]!.toFixed(1).padStart(6)} KB  ${c.fileName}`,
            )
            .join('\n');
          const modules = chunks
            .filter((c) => firstScreen.has(c.fileName))
            .flatMap((c) => Object.entries(c.modules))
            .sort((a, b) => b[1].renderedLength - a[1].renderedLength)
            .slice(0, 12)
            .map(
              ([id, m]) =>
                `  ${(m.renderedLength / 1024).toFixed(1).padStart(6)} KB raw  ${id.split('node_modules/').pop()}`,
            )
            .join('\n');
          this.error(
            `Budget exceeded. ${line}\n(* = first screen)\n${listed}\nLargest first-screen modules:\n${modules}`,
          );
        }
      },
    },
  };
}

/**
 * Content-Security-Policy for the built site: no inline script but file-notice.js (firstPaint adds
 * its hash), nothing from another origin (a classroom network without internet serves it whole).
 * Not in dev, where Vite injects inline scripts for hot reload.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Animation sets inline style attributes; the one inline script is allowed by its hash.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'session-guestbook:csp',
    apply: 'build',
    transformIndexHtml: (html) => ({
      // Link previews need an absolute image URL: SITE_URL (set by the deploy workflow) gives it.
      html: process.env.SITE_URL
        ? html.replace(
            'content="./social-preview.png"',
            `content="${new URL('social-preview.png', process.env.SITE_URL).href}"`,
          )
        : html,
      tags: [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ],
    }),
  };
}

/** Fetched beside the entry (firstPaint), in one file of their own (scripts/chunk-groups.ts). */
const FETCHED_WITH_ENTRY = [
  '/src/ui/stage.tsx',
  '/src/ui/inspector/devtools.tsx',
  '/src/sim/engine.ts',
];

/**
 * Shapes index.html for a fast first paint: the (small) stylesheet is inlined instead of
 * blocking rendering, and the lesson's code (the entry, its imports, the reader's language chunk,
 * the stage's file, with DevTools and the engine) loads once the prerendered screen has painted:
 * file-notice.js, which chooses the language in <head>, finds them on its own script tag.
 */
function firstPaint(): Plugin {
  return {
    name: 'session-guestbook:first-paint',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') return;
      let source = String(html.source);
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.css')) {
          const link = new RegExp(`<link rel="stylesheet"[^>]*href="\\./${file.fileName}"[^>]*>`);
          if (link.test(source)) {
            source = source.replace(link, () => `<style>${String(file.source)}</style>`);
            delete bundle[file.fileName];
          }
        }
        const words =
          file.type === 'chunk' &&
          Object.keys(file.modules)
            .map((id) => /\/src\/i18n\/(en|ko)\.ts$/.exec(id)?.[1])
            .find(Boolean);
        if (words) {
          source = source.replace(
            /<script src="[./]*file-notice\.js"/,
            (tag) => `${tag} data-words-${words}="./${file.fileName}"`,
          );
        }
      }
      if (!/data-words-en=.*data-words-ko=|data-words-ko=.*data-words-en=/.test(source)) {
        this.error('index.html: file-notice.js should name both language chunks');
      }
      // The lesson's code loads once the prerendered screen has painted: file-notice.js adds the
      // entry and its imports then. Run at once, its evaluation came before the first paint.
      const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(source);
      if (!entry) this.error('index.html: no entry script');
      source = source.replace(entry![0], '');
      const preloads: string[] = [];
      source = source.replace(
        /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g,
        (_, href) => {
          preloads.push(href as string);
          return '';
        },
      );
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      // React's renderer, which the entry imports at once, is fetched with it.
      const withEntry = chunks.filter((c) => startsWithEntry(c.name));
      if (withEntry.length === 0) this.error('index.html: no chunk for React’s renderer');
      // A chunk and what it imports, each once: never the entry, nor what is fetched first anyway.
      const gather = (fileName: string, into: string[]) => {
        const href = `./${fileName}`;
        if (into.includes(href) || preloads.includes(href) || href === entry![1]) return;
        into.push(href);
        for (const imported of chunks.find((c) => c.fileName === fileName)?.imports ?? []) {
          gather(imported, into);
        }
      };
      for (const chunk of withEntry) gather(chunk.fileName, preloads);
      // The stage's code (and DevTools') is fetched beside the entry's, not once the entry has
      // run and asks for it: the prerendered stage answers no click until it is in.
      const later: string[] = [];
      // The simulated world's engine too (with tough-cookie): the first Next runs it, and a student
      // who presses Next at once waited for its download (Next 1 → 2: 110 → 80 ms here). It is
      // only fetched now; it runs when the lesson first asks for it.
      for (const part of FETCHED_WITH_ENTRY) {
        // A module that other chunks share may sit in a chunk it is not the face of.
        const chunk =
          chunks.find((c) => c.facadeModuleId?.endsWith(part)) ??
          chunks.find((c) => Object.keys(c.modules).some((id) => id.endsWith(part)));
        if (!chunk) this.error(`index.html: no chunk for ${part}`);
        gather(chunk!.fileName, later);
      }
      // The entry, its imports, one language's words and the stage: a static host speaking
      // HTTP/1.1 opens six connections, and a seventh file waited for one (scripts/chunk-groups.ts).
      const firstFiles = 1 + preloads.length + 1 + later.length;
      if (firstFiles > 6) {
        this.error(`index.html: the first screen asks for ${firstFiles} files (at most 6)`);
      }
      source = source.replace(
        /<script src="[./]*file-notice\.js"/,
        (tag) =>
          `${tag} data-entry="${entry![1]}" data-imports="${preloads.join(' ')}" data-later="${later.join(' ')}"`,
      );
      // file-notice.js itself goes into the page: as a file it cost a round trip before the first
      // paint (a script in <head> blocks rendering). document.currentScript still finds its tag.
      const notice = minifySync(
        'file-notice.js',
        readFileSync(fileURLToPath(new URL('public/file-notice.js', import.meta.url)), 'utf8'),
      );
      if (notice.errors.length > 0 || /<\/script|<script|<!--/i.test(notice.code)) {
        this.error('public/file-notice.js: cannot be inlined');
      }
      const code = notice.code.trim();
      source = source.replace(
        /<script src="[./]*file-notice\.js"([^>]*)><\/script>/,
        (_, attributes: string) => `<script${attributes}>${code}</script>`,
      );
      // The policy allows that one inline script, by its hash, and no other.
      const hash = createHash('sha256').update(code).digest('base64');
      source = source.replace(
        /script-src (&#39;|')self\1/,
        (directive, quote: string) => `${directive} ${quote}sha256-${hash}${quote}`,
      );
      if (!source.includes(`sha256-${hash}`)) this.error('index.html: no script-src to extend');
      if (/src="[./]*file-notice\.js"/.test(source))
        this.error('index.html: file-notice.js was not inlined');
      html.source = source;
    },
    // …and the copy Vite made of it from public/ is nobody's.
    writeBundle(options) {
      rmSync(path.join(options.dir ?? 'dist', 'file-notice.js'), { force: true });
    },
  };
}

/**
 * Writes the first step's screen, in Korean and in English, into index.html (src/prerender.tsx):
 * the page is readable before any script runs, and the lesson adopts the markup (src/main.tsx).
 * file-notice.js shows the reader's language; Korean shows without any script.
 */
function prerenderFirstScreen(): Plugin {
  return {
    name: 'session-guestbook:prerender',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') return;
      const server = await createServer({
        configFile: false,
        root: import.meta.dirname,
        logLevel: 'error',
        plugins: [react()],
        resolve: { alias: ALIAS },
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
      });
      try {
        const entry = (await server.ssrLoadModule('/src/prerender.tsx')) as {
          renderFirstScreen(lang: 'ko' | 'en'): Promise<string>;
          FIRST_STEP_ID: string;
        };
        const ko = await entry.renderFirstScreen('ko');
        const en = await entry.renderFirstScreen('en');
        const source = String(html.source);
        if (!source.includes('<div id="root"></div>')) this.error('index.html has no empty #root');
        html.source = source
          .replace(
            '<html lang="ko">',
            () => `<html lang="ko" data-first-step="${entry.FIRST_STEP_ID}">`,
          )
          .replace(
            '<div id="root"></div>',
            () =>
              `<div id="root" data-first-screen="ko" lang="ko">${ko}</div>\n` +
              `    <div id="root-en" data-first-screen="en" lang="en">${en}</div>`,
          );
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * Puts the icon sprite (public/icons.svg, see src/ui/common/icon.tsx) inside index.html, its
 * symbols named `icon-…`: the prerendered first screen draws its icons without another request,
 * and a page opened from a file makes no refused request for them.
 */
function iconSprite(): Plugin {
  return {
    name: 'session-guestbook:icon-sprite',
    transformIndexHtml: async () => {
      const sprite = await readFile(new URL('./public/icons.svg', import.meta.url), 'utf8');
      const symbols = sprite
        .replace(/^[\s\S]*?<svg[^>]*>/, '')
        .replace(/<\/svg>\s*$/, '')
        .replaceAll('<symbol id="', '<symbol id="icon-');
      return [
        {
          tag: 'svg',
          attrs: {
            xmlns: 'http://www.w3.org/2000/svg',
            'aria-hidden': 'true',
            style: 'position: absolute; width: 0; height: 0; overflow: hidden',
          },
          children: symbols,
          injectTo: 'body-prepend',
        },
      ];
    },
  };
}

// tough-cookie asks tldts for public suffixes, but never about the simulated world's hosts (all
// under special-use names it answers itself): the page ships the list's default rule instead of
// the 30 KB list (src/sim/browser/public-suffix.ts). Tests run the real list, and check that
// the student sees the same either way.
const ALIAS: Record<string, string> = process.env.VITEST
  ? {}
  : { tldts: fileURLToPath(new URL('./src/sim/browser/public-suffix.ts', import.meta.url)) };

export default defineConfig({
  // Relative asset URLs: the build works under any sub-path (GitHub Pages project sites).
  base: './',
  plugins: [
    react(),
    libraryPatches(),
    jsBudget(),
    contentSecurityPolicy(),
    iconSprite(),
    firstPaint(),
    prerenderFirstScreen(),
  ],
  resolve: { alias: ALIAS },
  build: {
    target: 'es2023',
    sourcemap: false,
    // One stylesheet, inlined into index.html (firstPaint): no lazily loaded part asks for it again
    // as a file, which no longer exists.
    cssCodeSplit: false,
    // Every browser the lesson runs in (ES2023) knows <link rel="modulepreload">: the polyfill only
    // weighed on the first screen. One without it fetches each file when it is imported instead.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: lessonCodeSplitting(
          fileURLToPath(new URL('./src/main.tsx', import.meta.url)),
          FETCHED_WITH_ENTRY,
        ),
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Loaded through Vite, so public-suffix.test.ts can load it a second time on the shipped rule.
    server: { deps: { inline: ['tough-cookie'] } },
  },
});
