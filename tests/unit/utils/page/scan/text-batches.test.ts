import { beforeEach, describe, expect, it } from 'vitest';
import { spanRange } from '../../../../../utils/page/scan/segment-ranges';
import contentIndexJson from '../../../../../data/generated/content-index.json';
import type { ContentIndex } from '../../../../../data/compiled-types';
import { createTextWalker, SEGMENT_SEPARATOR, SENTENCE_BREAK } from '../../../../../utils/page/scan/text-batches';
import { blockAncestor, isInsideSkipped, type TextSegment } from '../../../../../utils/page/scan/text-segments';

/** Small limits, so the tests' pages stay small (happy-dom parses slowly). */
const IDLE_VISITS = 8;
const SEGMENT_NODES = 6;

/** Every batch of the body's text, read in batches of `maxChars`. */
function batches(html: string, maxChars = 1000): TextSegment[] {
  document.body.innerHTML = html;
  const walker = createTextWalker(document.body, undefined, {
    maxIdleVisits: IDLE_VISITS,
    segmentNodes: SEGMENT_NODES,
  });
  const read: TextSegment[] = [];
  for (let batch = walker.nextBatch(maxChars); batch; batch = walker.nextBatch(maxChars)) read.push(batch);
  return read;
}

/** The segments of the body, read in batches of `maxChars`. */
function segments(html: string, maxChars = 1000): string[] {
  return batches(html, maxChars)
    .filter((batch) => batch.nodes.length > 0)
    .flatMap((batch) => batch.text.split(SEGMENT_SEPARATOR))
    .map((part) => part.replace(/\s+/g, ' ').trim());
}

describe('reading the page as runs of inline text', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins text across inline elements and splits at blocks', () => {
    expect(segments('<p><em>Regional</em> Care <a href="#">Co-operatives</a></p><p>Next</p>')).toEqual([
      'Regional Care Co-operatives',
      'Next',
    ]);
    expect(segments('<ul><li>Regional</li><li>Care</li></ul>')).toEqual(['Regional', 'Care']);
    expect(segments('<p>before<br>after</p>')).toEqual(['before', 'after']);
    expect(segments('<div>outer <p>inner</p> tail</div>')).toEqual(['outer', 'inner', 'tail']);
    expect(segments('<p><em>Regional</em>\n  <strong>Care</strong></p>')).toEqual(['Regional Care']);
  });

  it('ends a batch only between segments', () => {
    const html = '<p>one <em>two</em> three</p><p>four</p><p>five <b>six</b></p>';
    expect(segments(html, 1)).toEqual(['one two three', 'four', 'five six']);
  });

  it('skips scripts, styles, fields, editable regions, hidden subtrees and the extension’s UI', () => {
    expect(
      segments(
        '<p>one</p><script>two</script><style>three{}</style><noscript>four</noscript><textarea>five</textarea>' +
          '<select><option>six</option></select><div contenteditable="true">seven <b>eight</b></div>' +
          '<div contenteditable="false">nine</div><div hidden>ten</div><care-lens-card>eleven</care-lens-card>' +
          '<p>twelve <span contenteditable="plaintext-only">thirteen</span> fourteen</p>',
      ),
    ).toEqual(['one', 'nine', 'twelve', 'fourteen']);
  });

  it('steps over skipped subtrees whole, wherever they end', () => {
    const options = '<option>an option</option>'.repeat(IDLE_VISITS * 2);
    const read = batches(`<p>one</p><select>${options}</select><p>two</p>`);
    expect(read.every((batch) => batch.nodes.length > 0)).toBe(true); // the options were never visited one by one
    expect(segments(`<p>one</p><select>${options}</select><p>two</p>`)).toEqual(['one', 'two']);
    expect(segments('<div><p>one</p><div><textarea>x</textarea></div></div><p>three</p>')).toEqual(['one', 'three']);
    expect(segments('<div hidden><p>x <b>y</b></p><script>z</script></div><p>after</p>')).toEqual(['after']);
    expect(segments('<p>one</p><div><div hidden><p>two</p></div></div>')).toEqual(['one']);
  });

  it('pauses after a long run of nodes with nothing to read, then carries on', () => {
    const blanks = '<div> </div>'.repeat(IDLE_VISITS * 2 + 10);
    const read = batches(`<p>kinship</p>${blanks}<p>allowance</p>`);
    expect(read.filter((batch) => batch.nodes.length === 0).length).toBeGreaterThanOrEqual(1);
    expect(read.map((batch) => batch.nodes.length)).toContain(0);
    expect(segments(`<p>kinship</p>${blanks}<p>allowance</p>`)).toEqual(['kinship', 'allowance']);
    const scripts = '<script>x</script>'.repeat(IDLE_VISITS * 2 + 10);
    expect(batches(`${scripts}<p>after</p>`).length).toBeGreaterThanOrEqual(3);
    expect(segments(`${scripts}<p>after</p>`)).toEqual(['after']);
  });

  it('cuts a block of very many inline nodes at sentence breaks, keeping phrases whole', () => {
    const words = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => `<span>w${from + i} </span>`).join('');
    const html =
      `<p>${words(0, 5)}<em>kinship</em> <b>allowance</b> ${words(5, 3)}<span>end.</span> ` +
      `<span>Regional</span> <span>Care</span> <span>Co-operatives</span>${words(8, 30)}</p>`;
    const read = segments(html);
    expect(read.length).toBeGreaterThan(1);
    expect(read[0]).toBe('w0 w1 w2 w3 w4 kinship allowance w5 w6 w7 end.');
    expect(read[1]!.startsWith('Regional Care Co-operatives')).toBe(true);
    // No sentence break at all: cut anyway, at four times the limit, so no block is one long walk.
    expect(batches(`<pre>${words(0, SEGMENT_NODES * 10)}</pre>`).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps every term and signal free of sentence punctuation, so cuts at sentence breaks lose nothing', () => {
    const index = contentIndexJson as unknown as ContentIndex;
    const keys = [...index.terms.map((term) => term.key), ...Object.keys(index.evidence.phrases)];
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) for (const token of key.split(' ')) expect(SENTENCE_BREAK.test(token), key).toBe(false);
  });

  it('knows when a node sits inside skipped content', () => {
    document.body.innerHTML = '<div contenteditable><p><b id="in">x</b></p></div><p><b id="out">y</b></p>';
    expect(isInsideSkipped(document.getElementById('in')!)).toBe(true);
    expect(isInsideSkipped(document.getElementById('out')!)).toBe(false);
  });

  it('finds the block a change must be read again from', () => {
    document.body.innerHTML = '<article><p id="p">a <em><b id="b">b</b></em></p></article>';
    expect(blockAncestor(document.getElementById('b')!)).toBe(document.getElementById('p'));
    expect(blockAncestor(document.getElementById('p')!.firstChild!)).toBe(document.getElementById('p'));
  });

  it('maps offsets in a segment back to a Range over the page’s text nodes', () => {
    document.body.innerHTML = '<p><em>Regional</em> Care <a href="#">Co-operatives</a>’ plans</p>';
    const segment = createTextWalker(document.body).nextBatch(100) as TextSegment;
    const start = segment.text.indexOf('Regional');
    const end = segment.text.indexOf('’');
    const { range, nodes } = spanRange(segment, start, end);
    expect(range.toString()).toBe('Regional Care Co-operatives');
    expect(nodes.map((node) => node.data)).toEqual(['Regional', ' Care ', 'Co-operatives']);
    expect(range.endContainer.textContent).toBe('Co-operatives');
  });
});
