import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../../../../../utils/page/match/term-matcher';
import { createPageScanner, type EvidenceJob, type ScannedMatch } from '../../../../../utils/page/scan/page-scanner';
import { matcherIndex } from '../../../support/matcher-index';

const matcher = createTermMatcher(matcherIndex({ 'kinship allowance': 'fn-3', 'family help': 'fh-1' }));

function scan(root: Element, jobs: EvidenceJob[] = []) {
  const found: ScannedMatch[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const scanner = createPageScanner(matcher, {
    batchStarted: () => undefined,
    match: (match) => found.push(match),
    shadowRootFound: (shadow) => shadowRoots.push(shadow),
    evidenceJobs: () => jobs.splice(0),
  });
  scanner.enqueue(root);
  let slices = 0;
  while (!scanner.work(() => true)) slices += 1;
  return { found: found.map((match) => match.range.toString()), shadowRoots, slices, scanner };
}

describe('the page scanner', () => {
  it('reads open shadow roots like the rest of the page, and says which it found', () => {
    document.body.innerHTML = '<p>A kinship allowance.</p><news-card></news-card><p>Family help.</p>';
    const host = document.querySelector('news-card')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside: the <em>kinship</em> allowance.</p>text directly in the root: family help';
    const inner = document.createElement('quote-box');
    shadow.append(inner);
    inner.attachShadow({ mode: 'open' }).innerHTML = '<p>Nested: family help</p>';
    const closed = document.createElement('closed-box');
    document.body.append(closed);
    closed.attachShadow({ mode: 'closed' }).innerHTML = '<p>kinship allowance</p>';
    const { found, shadowRoots } = scan(document.body);
    expect(found.sort()).toEqual(
      ['kinship allowance', 'Family help', 'kinship allowance', 'family help', 'family help'].sort(),
    );
    expect(shadowRoots).toEqual([shadow, inner.shadowRoot]);
  });

  it('never walks a subtree whose whole text holds no term, and says it holds none', () => {
    document.body.innerHTML = '<article><p>Storms close the coast road.</p><p>Rail fares rise.</p></article>';
    const batches: number[] = [];
    const cleared: Node[] = [];
    const scanner = createPageScanner(matcher, {
      batchStarted: (nodes) => batches.push(nodes.length),
      rootCleared: (root) => cleared.push(root),
      match: () => undefined,
    });
    scanner.enqueue(document.body);
    while (!scanner.work(() => false));
    expect(batches).toEqual([]);
    expect(cleared).toEqual([document.body]);
    document.body.insertAdjacentHTML('beforeend', '<p>A kinship <b>allowance</b> too.</p>');
    scanner.enqueue(document.body);
    while (!scanner.work(() => false));
    expect(batches.length).toBeGreaterThan(0);
  });

  it('does not read shadow roots inside what it skips', () => {
    document.body.innerHTML = '<div contenteditable="true"><x-editor></x-editor></div>';
    document.querySelector('x-editor')!.attachShadow({ mode: 'open' }).innerHTML = '<p>family help</p>';
    expect(scan(document.body).found).toEqual([]);
  });

  it('runs evidence readings once nothing is queued, as far as each wants', () => {
    document.body.innerHTML = `<article>${'<p>Social workers and foster carers met the council.</p>'.repeat(400)}</article>`;
    const seen: number[] = [];
    let done: boolean | null = null;
    const job: EvidenceJob = {
      root: document.querySelector('article')!,
      wants: (offset) => offset < 10_000,
      found: (hit, source, offset) => {
        expect(source.parentElement!.localName).toBe('p');
        seen.push(offset);
      },
      done: (complete) => (done = complete),
    };
    const { slices } = scan(document.body, [job]);
    expect(done).toBe(false);
    expect(seen.length).toBeGreaterThan(50);
    expect(Math.max(...seen)).toBeLessThan(30_000);
    expect(slices).toBeGreaterThan(0);
  });
});
