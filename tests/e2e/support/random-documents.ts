/**
 * fast-check arbitraries for whole news-like HTML documents with dataset terms placed anywhere: split across nested
 * inline elements (even mid-word), written with odd case, curly apostrophes, non-breaking spaces and soft hyphens,
 * inside editable regions and form fields, scripts and templates, same-origin iframes, hidden blocks, SVG, and
 * huge text nodes. Used by the page-integrity property test.
 */
import fc from 'fast-check';

const FILLER = [
  'the',
  'council',
  'said',
  'on',
  'Tuesday',
  'that',
  'budgets',
  'remain',
  'under',
  'pressure',
  'and',
  'families',
  'waited',
  'months',
  'for',
  'a',
  'decision',
  'while',
  'ministers',
  'promised',
  'more',
  'reform',
];
const CARE_SIGNALS = ["children's social care", 'social workers', 'children in care', 'foster carers', 'care leavers'];
const INLINE_TAGS = ['em', 'strong', 'b', 'i', 'span', 'a', 'mark', 'small', 'q', 'code', 'u'];
const BLOCK_TAGS = ['p', 'div', 'section', 'blockquote', 'li', 'h2', 'figcaption', 'td'];

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** A term written the way news copy might: its case, spaces, hyphens and apostrophes varied. */
function spelledTerm(terms: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({
      term: fc.constantFrom(...terms),
      casing: fc.constantFrom('as-is', 'upper', 'title'),
      space: fc.constantFrom(' ', ' ', '\u00a0', '  ', '\n  '),
      curly: fc.boolean(),
      nbHyphen: fc.boolean(),
      softHyphenAt: fc.option(fc.nat(), { nil: undefined }),
    })
    .map(({ term, casing, space, curly, nbHyphen, softHyphenAt }) => {
      let text = term;
      if (casing === 'upper') text = text.toUpperCase();
      if (casing === 'title') text = text.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
      text = text.replace(/ /g, space);
      if (curly) text = text.replace(/'/g, '\u2019');
      if (nbHyphen) text = text.replace(/-/g, '\u2011');
      if (softHyphenAt !== undefined) {
        const letters = [...text.matchAll(/\p{L}(?=\p{L})/gu)];
        const at = letters[softHyphenAt % Math.max(letters.length, 1)];
        if (at?.index !== undefined) text = `${text.slice(0, at.index + 1)}\u00ad${text.slice(at.index + 1)}`;
      }
      return text;
    });
}

/** Text as HTML, cut at random points into nested inline elements. */
function wrapInInlines(text: string): fc.Arbitrary<string> {
  return fc
    .array(fc.record({ at: fc.nat({ max: Math.max(text.length, 1) }), tag: fc.constantFrom(...INLINE_TAGS) }), {
      maxLength: 3,
    })
    .map((cuts) => {
      let html = escapeText(text);
      // Each cut wraps the tail from `at` (so elements nest and phrases run through them).
      for (const { at, tag } of cuts.sort((a, b) => b.at - a.at)) {
        const position = Math.min(at, text.length);
        const head = escapeText(text.slice(0, position));
        if (!html.startsWith(head)) continue;
        const attributes = tag === 'a' ? ' href="#here"' : '';
        html = `${head}<${tag}${attributes}>${html.slice(head.length)}</${tag}>`;
      }
      return html;
    });
}

function sentence(terms: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...FILLER) },
    { weight: 2, arbitrary: spelledTerm(terms) },
    { weight: 1, arbitrary: fc.constantFrom(...CARE_SIGNALS) },
  );
  return fc.array(piece, { minLength: 1, maxLength: 14 }).map((pieces) => `${pieces.join(' ')}.`);
}

function inlineParagraph(terms: readonly string[]): fc.Arbitrary<string> {
  return sentence(terms).chain(wrapInInlines);
}

/** Places where terms must never be marked (or that the scanner must simply survive). */
function awkwardBlock(terms: readonly string[]): fc.Arbitrary<string> {
  const term = spelledTerm(terms);
  return fc.oneof(
    term.map((t) => `<div contenteditable="true"><p>Draft: ${escapeText(t)} here</p></div>`),
    term.map((t) => `<p contenteditable="plaintext-only">${escapeText(t)}</p>`),
    term.map((t) => `<textarea>${escapeText(t)}</textarea>`),
    term.map((t) => `<input type="text" value="${escapeAttribute(t)}" />`),
    term.map((t) => `<select><option>${escapeText(t)}</option></select>`),
    term.map((t) => `<script type="text/plain">${t.replace(/<\//g, '')}</script>`),
    term.map((t) => `<noscript>${escapeText(t)}</noscript>`),
    term.map((t) => `<template><p>${escapeText(t)}</p></template>`),
    term.map((t) => `<div hidden><p>${escapeText(t)}</p></div>`),
    term.map((t) => `<p style="display:none">${escapeText(t)}</p>`),
    term.map((t) => `<details><summary>More</summary><p>${escapeText(t)}</p></details>`),
    term.map((t) => `<svg width="200" height="20"><text x="0" y="15">${escapeText(t)}</text></svg>`),
    term.map((t) => `<iframe srcdoc="${escapeAttribute(`<p>${escapeText(t)}</p>`)}"></iframe>`),
    term.map((t) => `<button type="button">${escapeText(t)}</button>`),
    term.map((t) => `<p>${escapeText(t)}<br>${escapeText(t)}<wbr>${escapeText(t)}</p>`),
    term.map((t) => `<table><tr><td>${escapeText(t)}</td><td>${escapeText(t)}</td></tr></table>`),
    term.map((t) => `<ul><li>${escapeText(t)}</li><li><em>${escapeText(t)}</em></li></ul>`),
  );
}

/** One text node of about `size` characters with terms scattered through it. */
function hugeTextNode(terms: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({
      size: fc.integer({ min: 20_000, max: 150_000 }),
      term: spelledTerm(terms),
      every: fc.integer({ min: 1, max: 40 }),
    })
    .map(({ size, term, every }) => {
      const words: string[] = [];
      let length = 0;
      for (let i = 0; length < size; i += 1) {
        const word = i % (every * 10) === 0 ? term : FILLER[i % FILLER.length]!;
        words.push(word);
        length += word.length + 1;
      }
      return `<p>${escapeText(words.join(' '))}</p>`;
    });
}

function block(terms: readonly string[]): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...BLOCK_TAGS), inlineParagraph(terms)) },
      { weight: 3, arbitrary: fc.tuple(fc.constant(''), awkwardBlock(terms)) },
      { weight: 1, arbitrary: fc.tuple(fc.constant(''), hugeTextNode(terms)) },
    )
    .map(([tag, html]) => {
      if (!tag) return html;
      if (tag === 'li') return `<ul><li>${html}</li></ul>`;
      if (tag === 'td') return `<table><tr><td>${html}</td></tr></table>`;
      return `<${tag}>${html}</${tag}>`;
    });
}

/** A complete document; `BODY_SNAPSHOT_SCRIPT` records its body before any content script can run. */
export function randomDocument(terms: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({
      title: sentence(terms),
      blocks: fc.array(block(terms), { minLength: 1, maxLength: 12 }),
      nesting: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ title, blocks, nesting }) => {
      let body = blocks.join('\n');
      for (let level = 0; level < nesting; level += 1) body = `<div class="wrap-${level}">${body}</div>`;
      // No whitespace after the snapshot script: text parsed after it would differ between the two copies.
      return (
        `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8" /><title>${escapeText(title)}</title></head>` +
        `<body><article>${body}</article>${BODY_SNAPSHOT_SCRIPT}</body></html>`
      );
    });
}

/**
 * The last thing in the body: copies the parsed body's HTML before the content script runs (it runs at
 * document_idle, after this). The script element is part of both copies, so comparing them is fair.
 */
export const BODY_SNAPSHOT_SCRIPT = '<script>window.__bodyBefore = document.body.innerHTML;</script>';
