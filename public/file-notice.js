/*
 * Runs before the notice in index.html is parsed (a plain script: it runs from a file too).
 * Over http the lesson starts, so the notice must never be drawn: hidden at once, and removed by
 * the lesson's own script. Opened from a file (file://), the lesson's module scripts are refused:
 * the notice stays, in the reader's language only, chosen as the lesson chooses it
 * (src/i18n/i18n.ts).
 */
(() => {
  const style = document.createElement('style');
  if (location.protocol !== 'file:') {
    style.textContent = '#file-notice { display: none }';
  } else {
    const known = (l) => l === 'ko' || l === 'en';
    let lang = (new URLSearchParams(location.search).get('lang') ?? '').slice(0, 2).toLowerCase();
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
    document.documentElement.lang = lang;
    style.textContent = `#file-notice [lang]:not([lang='${lang}']) { display: none }`;
  }
  document.head.append(style);
})();
