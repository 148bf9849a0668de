/**
 * What a page's markup would do in a real browser, read without running it. The shop's review
 * page writes what visitors typed into its HTML; this module parses that HTML into a small model
 * (text and elements, never the DOM) and recognises the few ways markup starts a script by itself
 * (a <script>, an image's onerror, an <svg>'s onload, autofocus with onfocus), then reads the
 * script's code for what the lesson is about: `document.cookie`, and a request to an address in
 * quotes. No code is ever evaluated: an unknown shape is reported as "runs, not understood".
 */

export type MarkupNode =
  | { kind: 'text'; text: string }
  | { kind: 'element'; tag: string; attrs: [string, string][]; children: MarkupNode[] };

/** Why the code starts: a script element, or an event handler that fires with no one acting. */
export type ScriptTrigger =
  | { kind: 'script' }
  | { kind: 'handler'; tag: string; attr: string; because: 'image-fails' | 'loads' | 'autofocus' };

export interface ScriptRun {
  trigger: ScriptTrigger;
  /** The code as the browser would hand it to its JavaScript engine (entities decoded). */
  code: string;
  /** `<script src=…>`: code from elsewhere, which the simulator cannot see. */
  external: string | null;
  readsCookie: boolean;
  /** The absolute http(s) address in quotes the code sends a request to, if it does. */
  sendsTo: string | null;
  /** The cookie goes through encodeURIComponent() before it joins the address. */
  encodesCookie: boolean;
  alerts: boolean;
}

export interface MarkupReading {
  nodes: MarkupNode[];
  runs: ScriptRun[];
  /** Handlers that need a person to act (a click, a hover): not run here. */
  waits: { tag: string; attr: string }[];
}

/** Elements with no content and no end tag. */
const VOID = new Set(['img', 'br', 'hr', 'input', 'meta', 'link', 'source', 'area', 'wbr', 'col']);
/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Character references, as the HTML parser decodes them in text and attribute values. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,4});?/g, (whole, ref) => {
    const r = String(ref);
    if (r.startsWith('#')) {
      const code = r[1] === 'x' || r[1] === 'X' ? parseInt(r.slice(2), 16) : parseInt(r.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : '\uFFFD';
    }
    return NAMED[r.toLowerCase()] ?? whole;
  });
}

const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r';

/** A start tag at `at` (just after '<'): its name, attributes and where it ends. */
function readStartTag(html: string, at: number) {
  let i = at;
  while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i++;
  const tag = html.slice(at, i).toLowerCase();
  const attrs: [string, string][] = [];
  for (;;) {
    while (i < html.length && (isSpace(html[i]) || html[i] === '/')) i++;
    if (i >= html.length) return null; // a tag cut off by the end of the text is dropped
    if (html[i] === '>') return { tag, attrs, end: i + 1 };
    const nameStart = i;
    while (
      i < html.length &&
      !isSpace(html[i]) &&
      html[i] !== '/' &&
      html[i] !== '>' &&
      (html[i] !== '=' || i === nameStart)
    )
      i++;
    const name = html.slice(nameStart, i).toLowerCase();
    while (isSpace(html[i])) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (isSpace(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return null;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const start = i;
        while (i < html.length && !isSpace(html[i]) && html[i] !== '>') i++;
        value = html.slice(start, i);
      }
    }
    // The first of two attributes with one name wins, as in the HTML parser.
    if (!attrs.some(([n]) => n === name)) attrs.push([name, decodeEntities(value)]);
  }
}

/** Parses markup into text and elements: the HTML parser's main rules, simplified. */
export function parseMarkup(html: string): MarkupNode[] {
  const root: MarkupNode[] = [];
  const open: Extract<MarkupNode, { kind: 'element' }>[] = [];
  const here = () => open.at(-1)?.children ?? root;
  let text = '';
  const flush = () => {
    if (text) here().push({ kind: 'text', text: decodeEntities(text) });
    text = '';
  };
  let i = 0;
  while (i < html.length) {
    const c = html[i]!;
    const next = html[i + 1] ?? '';
    if (c !== '<') {
      text += c;
      i++;
    } else if (html.startsWith('<!--', i)) {
      flush();
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? html.length : close + 3;
    } else if (next === '/' && /[a-zA-Z]/.test(html[i + 2] ?? '')) {
      flush();
      const close = html.indexOf('>', i);
      if (close < 0) break;
      const tag = /^[^\s/>]+/.exec(html.slice(i + 2, close))![0].toLowerCase();
      const at = open.findLastIndex((e) => e.tag === tag);
      if (at >= 0) open.length = at;
      i = close + 1;
    } else if (/[a-zA-Z]/.test(next)) {
      const tag = readStartTag(html, i + 1);
      // A tag cut off by the end of the text is dropped, as the HTML parser drops it.
      if (!tag) break;
      flush();
      const element: MarkupNode = { kind: 'element', tag: tag.tag, attrs: tag.attrs, children: [] };
      here().push(element);
      i = tag.end;
      if (RAW_TEXT.has(tag.tag)) {
        const rest = html.slice(i).toLowerCase();
        const close = rest.indexOf(`</${tag.tag}`);
        const body = html.slice(i, close < 0 ? html.length : i + close);
        const raw = tag.tag === 'script' || tag.tag === 'style' ? body : decodeEntities(body);
        if (raw) element.children.push({ kind: 'text', text: raw });
        const end = close < 0 ? -1 : html.indexOf('>', i + close);
        i = end < 0 ? html.length : end + 1;
      } else if (!VOID.has(tag.tag)) {
        open.push(element);
      }
    } else {
      text += c;
      i++;
    }
  }
  flush();
  return root;
}

const attr = (e: Extract<MarkupNode, { kind: 'element' }>, name: string) =>
  e.attrs.find(([n]) => n === name)?.[1];

/**
 * Elements whose onerror fires when their source fails: nothing is an image in this shop. With no
 * src nothing is fetched and nothing fails, as in Chromium (the e2e spec checks against it).
 */
const MEDIA = new Set(['img', 'video', 'audio', 'input', 'image']);
const FOCUSABLE = new Set(['input', 'textarea', 'select', 'button']);

/** Why a handler fires with no one acting, or null when it waits for a person. */
function firesBySelf(
  e: Extract<MarkupNode, { kind: 'element' }>,
  handler: string,
): 'image-fails' | 'loads' | 'autofocus' | null {
  if (handler === 'onerror' && MEDIA.has(e.tag) && attr(e, 'src') !== undefined) {
    return 'image-fails';
  }
  if (handler === 'onload' && (e.tag === 'svg' || e.tag === 'body' || e.tag === 'iframe')) {
    return 'loads';
  }
  if (handler === 'onfocus' && FOCUSABLE.has(e.tag) && attr(e, 'autofocus') !== undefined) {
    return 'autofocus';
  }
  return null;
}

/** Reads code for the shapes the lesson knows; it never evaluates it. */
export function readCode(code: string): Omit<ScriptRun, 'trigger' | 'code' | 'external'> {
  const compact = code.replace(/\s+/g, '');
  const readsCookie = /document(\.cookie|\[['"]cookie['"]\])/.test(compact);
  const address = /(['"`])(https?:\/\/[^'"`\s\\]+)/i.exec(code)?.[2] ?? null;
  // A way to send: fetch(), an image's src, a navigation, sendBeacon, or XMLHttpRequest.
  const sends =
    /\bfetch\(|\.src=|location(\.href)?=|location\.(assign|replace)\(|sendBeacon\(|\.open\(/.test(
      compact,
    );
  return {
    readsCookie,
    sendsTo: sends && address ? address : null,
    encodesCookie: /encodeURIComponent\(document\.cookie\)/.test(compact),
    alerts: /\b(alert|confirm|prompt)\(/.test(compact),
  };
}

/** What the markup would do in a browser that renders it: the scripts that start by themselves. */
export function readMarkup(html: string): MarkupReading {
  const nodes = parseMarkup(html);
  const runs: ScriptRun[] = [];
  const waits: MarkupReading['waits'] = [];
  const visit = (list: MarkupNode[]) => {
    for (const node of list) {
      if (node.kind === 'text') continue;
      if (node.tag === 'script') {
        const code = node.children.map((c) => (c.kind === 'text' ? c.text : '')).join('');
        const external = attr(node, 'src') ?? null;
        runs.push({ trigger: { kind: 'script' }, code, external, ...readCode(code) });
      }
      for (const [name, value] of node.attrs) {
        if (!name.startsWith('on') || name.length < 3) continue;
        const because = firesBySelf(node, name);
        if (because) {
          const trigger = { kind: 'handler', tag: node.tag, attr: name, because } as const;
          runs.push({ trigger, code: value, external: null, ...readCode(value) });
        } else {
          waits.push({ tag: node.tag, attr: name });
        }
      }
      if (node.tag === 'a' && /^\s*javascript:/i.test(attr(node, 'href') ?? '')) {
        waits.push({ tag: 'a', attr: 'href' });
      }
      visit(node.children);
    }
  };
  visit(nodes);
  return { nodes, runs, waits };
}

/**
 * The address a run's request goes to: its quoted address followed by what `document.cookie`
 * returned (the usual `'https://evil.example/?c=' + document.cookie`), parsed as fetch() would.
 */
export function requestAddress(run: ScriptRun, documentCookie: string): string | null {
  if (!run.sendsTo) return null;
  const cookie = run.readsCookie
    ? run.encodesCookie
      ? encodeURIComponent(documentCookie)
      : documentCookie
    : '';
  try {
    return new URL(run.sendsTo + cookie).href;
  } catch {
    return null;
  }
}
