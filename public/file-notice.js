/*
 * Runs in <head>, before anything is drawn (a plain script: it runs from a file too), and chooses
 * what the first paint shows. The build writes it into index.html (vite.config.ts, firstPaint): as
 * a file of its own it cost a round trip before the first paint.
 * - Over http the lesson starts, so the notice for a page opened from a file is never drawn.
 *   The build prerendered the first step in Korean and in English (index.html): the one in the
 *   reader's language shows at once, and the lesson's script adopts it (src/main.tsx). Another
 *   step, a challenge, a quiz, a sandbox link or a saved place show no prerender at all: the
 *   lesson draws them itself, so the first step's text never flashes by. Nor does the speaker
 *   view show it.
 * - Opened from a file (file://), where browsers refuse module scripts, the lesson's code is not
 *   loaded: the notice stays, in the reader's language only, and no prerendered lesson shows.
 * - Over http it also loads the lesson's code: once the prerendered screen has painted, or at once
 *   when none shows. A click on the prerendered screen meanwhile is held for the lesson.
 * The language is chosen as the lesson chooses it (src/i18n/i18n.ts).
 */
(() => {
  const html = document.documentElement;
  // What the build named on this tag: the entry, its imports, each language's chunk, and later
  // ones (the stage's, the simulated world's engine).
  const named = document.currentScript?.dataset ?? {};
  const style = document.createElement('style');
  const known = (l) => l === 'ko' || l === 'en';
  const params = new URLSearchParams(location.search);
  let lang = (params.get('lang') ?? '').slice(0, 2).toLowerCase();
  if (!known(lang)) {
    try {
      lang = localStorage.getItem('session-guestbook.lang');
    } catch {
      lang = null;
    }
  }
  if (!known(lang)) {
    lang = navigator.languages.map((l) => l.slice(0, 2).toLowerCase()).find(known) ?? 'en';
  }
  /**
   * A click on the prerendered screen before the part it is on answers is held and given to it once
   * it does, as it was made (two clicks are two): React drops a click on a part it has not adopted
   * yet. The lesson's controls answer first (`<html data-shell-live>`), the stage once React has
   * adopted it too (`<html data-live>`); clicks are given back in the order they were made.
   * Meanwhile the pointer says "wait". Plain clicks on buttons only (a summary too: its menu then
   * opens with the lesson); links work without the lesson. A lesson that never answers (its code
   * did not load) lets go after a while.
   */
  const holdEarlyClicks = () => {
    const held = [];
    let replaying = false;
    // (The lesson's way out after a crash marks the page whole live at once.)
    const answers = (target) =>
      'live' in html.dataset || (!target.closest('.stage') && 'shellLive' in html.dataset);
    const hold = (event) => {
      if (replaying || event.button !== 0) return;
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      const target =
        event.target instanceof Element ? event.target.closest('button, summary') : null;
      if (!target?.closest('[data-first-screen]') || target.matches(':disabled')) return;
      if (held.length === 0 && answers(target)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (held.length < 5) held.push(target);
      html.dataset.waiting = '';
    };
    const release = (replay) => {
      // The lesson adopted these very elements; one drawn afresh instead is not guessed at.
      while (held.length > 0 && (!replay || answers(held[0]))) {
        const target = held.shift();
        replaying = true;
        if (replay && target.isConnected) target.click();
        replaying = false;
      }
      if (held.length === 0) delete html.dataset.waiting;
      if ('live' in html.dataset || !replay) {
        live.disconnect();
        clearTimeout(giveUp);
        document.removeEventListener('click', hold, true);
      }
    };
    const live = new MutationObserver(() => release(true));
    live.observe(html, { attributes: true, attributeFilter: ['data-shell-live', 'data-live'] });
    const giveUp = setTimeout(() => release(false), 20_000);
    document.addEventListener('click', hold, true);
  };
  if (location.protocol === 'file:') {
    html.lang = lang;
    style.textContent =
      `#file-notice [lang]:not([lang='${lang}']) { display: none }` +
      ' [data-first-screen] { display: none }';
  } else {
    const step = params.get('step');
    let first =
      (step === null || step === '1' || step === html.dataset.firstStep) &&
      !params.has('challenge') &&
      !params.has('quiz') &&
      !params.has('sandbox') &&
      params.get('view') !== 'speaker'; // the instructor's window shows notes, not the lesson
    try {
      const prefs = JSON.parse(localStorage.getItem('session-guestbook.prefs') ?? '{}');
      const saved = ['session-guestbook.lesson', 'session-guestbook.lesson.v1'].some(
        (key) => sessionStorage.getItem(key) !== null,
      );
      if (saved || prefs?.state?.presenter) first = false;
    } catch {
      first = false;
    }
    html.dataset.prerendered = first ? lang : 'none';
    // Only the copy on show stays: the other goes as the parser adds it, before anything is laid
    // out (removed once the page was parsed, it cost the whole page's layout again, and two
    // copies meanwhile gave the page every ID twice).
    const keep = (copy) => first && copy.getAttribute('data-first-screen') === lang;
    const drop = () => {
      for (const copy of document.querySelectorAll('[data-first-screen]')) {
        if (!keep(copy)) copy.remove();
      }
    };
    const parsing = new MutationObserver(drop);
    parsing.observe(html, { childList: true, subtree: true });
    // When the parser reaches the other copy in its last stretch, the page is parsed before the
    // observer is told: the window's capturing listener runs before any on the document, so no
    // one sees the page parsed with both copies.
    window.addEventListener(
      'DOMContentLoaded',
      () => {
        parsing.disconnect();
        drop();
      },
      { once: true, capture: true },
    );
    // The lesson's code loads once the prerendered screen is on show: run at once, its first long
    // task came before the first paint, and its downloads competed with the page's. Without a
    // prerendered screen, or in a tab that paints nothing (hidden), it loads at once. The reader's
    // words load beside it, the prerendered stage's code and the engine the first Next runs (the
    // build named the entry, its imports, each language's chunk and those later ones).
    let loaded = false;
    const load = () => {
      if (loaded || !named.entry) return;
      loaded = true;
      const list = (names) => (names ?? '').split(' ').filter(Boolean);
      const chunk = named[lang === 'ko' ? 'wordsKo' : 'wordsEn'];
      const preload = (href) => () => {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = href;
        document.head.append(link);
      };
      // It runs on the whole page, as a module script in the page would (after parsing).
      const run = () => {
        const script = document.createElement('script');
        script.type = 'module';
        script.crossOrigin = '';
        script.src = named.entry;
        document.head.append(script);
      };
      const jobs = [
        ...[named.entry, ...list(named.imports), ...(chunk ? [chunk] : [])].map(preload),
        () => {
          if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', run, { once: true });
          } else run();
        },
        // …and the later ones: the stage's, which the entry asks for as soon as it runs, and the
        // engine's, fetched only (not in the speaker view).
        ...(params.get('view') === 'speaker' ? [] : list(named.later).map(preload)),
      ];
      // One file asked for per task: a browser just started can take several milliseconds for
      // each, and all of them in one task made the page's longest task after its first paint.
      const next = new MessageChannel();
      next.port1.onmessage = () => {
        const job = jobs.shift();
        if (!job) return next.port1.close();
        job();
        next.port2.postMessage(null);
      };
      next.port2.postMessage(null);
    };
    const painted = () => {
      if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return false;
      try {
        const observer = new PerformanceObserver((list) => {
          if (list.getEntriesByName('first-contentful-paint').length === 0) return;
          observer.disconnect();
          setTimeout(load);
        });
        observer.observe({ type: 'paint', buffered: true });
        return true;
      } catch {
        return false; // no paint timing in this browser
      }
    };
    if (!first || document.visibilityState === 'hidden') load();
    else if (!painted()) requestAnimationFrame(() => setTimeout(load));
    // Never later than this, whatever the browser reports (a browser that reports no paint, a slow
    // device).
    setTimeout(load, 1500);
    if (first) {
      html.lang = lang;
      holdEarlyClicks();
    }
    // index.html shows the Korean one (without any script); this shows the reader's, or none.
    style.textContent =
      '#file-notice, [data-first-screen] { display: none }' +
      (first ? ` [data-first-screen='${lang}'] { display: block }` : '') +
      ' html[data-waiting], html[data-waiting] * { cursor: progress }';
  }
  document.head.append(style);
})();
