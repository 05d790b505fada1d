import { beforeEach, describe, expect, it } from 'vitest';
import { spanRange } from '../../utils/segment-ranges';
import { createTextWalker, SEGMENT_SEPARATOR } from '../../utils/text-batches';
import { blockAncestor, isInsideSkipped, type TextSegment } from '../../utils/text-segments';

/** The segments of the body, read in batches of `maxChars`. */
function segments(html: string, maxChars = 1000): string[] {
  document.body.innerHTML = html;
  const walker = createTextWalker(document.body);
  const texts: string[] = [];
  for (let batch = walker.nextBatch(maxChars); batch; batch = walker.nextBatch(maxChars)) {
    for (const part of batch.text.split(SEGMENT_SEPARATOR)) texts.push(part.replace(/\s+/g, ' ').trim());
  }
  return texts;
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
