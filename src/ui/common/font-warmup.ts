/**
 * The first time a page lays out text in a face (a font stack at a weight and style), the browser
 * looks the face up: on Linux a round trip to the font service for every name in the stack, and
 * one more for a character no font of the stack has. Step 2 is where the wire's monospace shows
 * in bold and italic for the first time, so the first Next paid for it: its layout took 45 ms here,
 * 36 of them finding fonts, where every later step's takes about 5. The faces the lesson uses are
 * therefore laid out once, hidden, while the student reads the first step, a little per idle moment.
 */
import { whenIdle } from '../../state/scheduling';

/** The two stacks of styles.css: the page's words, and the monospace of the wire and server. */
const STACKS = ['--sans', '--mono'] as const;
const FACES = [
  [400, 'normal'],
  [600, 'normal'],
  [700, 'normal'],
  [400, 'italic'],
] as const;

const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
/** What the narration and the stage draw past ASCII (arrows, marks, quotes, lines, “café”). */
const SYMBOLS = '·←→↑↓⇄⇅’‘“”—–…✓✗•▶◀★─│é';
/** One Hangul syllable is enough: the font that has it is then known for all of them. */
const HANGUL = '세션 쿠키';

/** ASCII whole (one font has it all), the rest a few characters at a time. */
const inPieces = (text: string): string[] => {
  const pieces = [ASCII];
  const rest = [...text.slice(ASCII.length)];
  for (let i = 0; i < rest.length; i += PIECE) pieces.push(rest.slice(i, i + PIECE).join(''));
  return pieces;
};
const PIECE = 6;

/** Lays out every face of the lesson once, hidden, so that no step pays for a first lookup. */
export function warmFonts(lang: string): void {
  const pieces = inPieces(ASCII + SYMBOLS + (lang === 'ko' ? HANGUL : ''));
  const root = getComputedStyle(document.documentElement);
  // Each name of a stack alone first, a moment each (a whole stack in one task took up to 17 ms
  // here; a name alone at most 14, most under 6), then the stack whole with every character, for
  // those no font of the stack has: a few characters a moment (each one no font of the stack has
  // is a lookup of its own; all of them at once took up to 18 ms here).
  const queue = STACKS.flatMap((stack) => {
    const names = root.getPropertyValue(stack).split(',');
    return FACES.flatMap(([weight, style]) => [
      ...names.map((name) => ({ family: name.trim(), weight, style, text: 'a' })),
      ...pieces.map((piece) => ({ family: `var(${stack})`, weight, style, text: piece })),
    ]);
  });
  const one = () => {
    const face = queue.shift();
    if (!face) return;
    const box = document.createElement('div');
    box.setAttribute('aria-hidden', 'true');
    box.dataset.fontWarmup = '';
    box.style.cssText =
      'position:fixed;left:0;top:0;width:0;height:0;overflow:hidden;visibility:hidden;' +
      'white-space:nowrap;pointer-events:none';
    box.style.fontFamily = face.family;
    box.style.fontWeight = String(face.weight);
    box.style.fontStyle = face.style;
    box.textContent = face.text;
    document.body.append(box);
    // Reading a size lays the text out now; the faces found stay known once the box is gone.
    box.getBoundingClientRect();
    box.remove();
    whenIdle(one);
  };
  whenIdle(one);
}
