/**
 * Judging mentions section by section, through the real page pipeline (the scanner, its evidence readings and
 * the sections' context; scripts/eval/corpus-eval.ts `readPage`), on page skeletons: a care article with a "most
 * read" rail, a live blog about other things, nested sections, other nations, terms that need a phrase nearby.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../../../scripts/eval/corpus-eval';
import { createSectionContext } from '../../../../../utils/page/match/section-context';
import { createTermMatcher } from '../../../../../utils/page/match/term-matcher';
import { createPageSections } from '../../../../../utils/page/scan/page-sections';
import { matcherIndex } from '../../../support/matcher-index';

const matcher = createTermMatcher(
  matcherIndex({
    'family help': { record: 'fh-1', ambiguous: true },
    'corporate parent': { record: 'ce-5', ambiguous: true, otherNations: true },
    'kinship allowance': { record: 'fn-3', otherNations: true },
    'Regional Care Co-operative': 'care-1',
    MacAlister: { record: 'josh', ambiguous: true, requiresNearby: ['Josh MacAlister', 'lead reviewer'] },
    'Josh MacAlister': 'josh',
  }),
);

function marks(html: string, title = ''): string[] {
  document.title = title;
  document.body.innerHTML = html;
  return readPage(matcher).map((found) => found.text);
}

const CARE_ARTICLE =
  '<h1>Councils wait for family help money</h1><p>Social workers and foster carers say family help is patchy, ' +
  'and children in care still move too often.</p>';
const RAIL =
  '<h2>Most read</h2><ul><li>Airport opens a family help desk for parents</li><li>Shares fall as corporate ' +
  'parent warns</li></ul>';

describe('judging mentions by section', () => {
  it('marks ambiguous terms in a care article but not in a most-read rail beside it', () => {
    expect(marks(`<main><article>${CARE_ARTICLE}</article><aside>${RAIL}</aside></main>`)).toEqual([
      'family help',
      'family help',
    ]);
    expect(marks(`<article>${CARE_ARTICLE}</article><section role="complementary">${RAIL}</section>`)).toEqual([
      'family help',
      'family help',
    ]);
  });

  it('marks nothing in a live blog’s posts about other things, and the care post in it', () => {
    const post = (text: string) => `<article><p>${text}</p></article>`;
    const blog =
      post('Storm warnings: the airport’s family help desk is busy as flights are cancelled.') +
      post('Social workers and kinship carers said family help should reach children in care sooner.') +
      post('Markets: the corporate parent of the retailer reported record profits.');
    expect(marks(`<main>${blog}</main>`)).toEqual(['family help']);
  });

  it('lets a part of a care article with some evidence of its own count as about care, not one with none', () => {
    const factBox = '<aside><p>Family help: what councils and social workers must offer.</p></aside>';
    const quote = '<aside><p>“Family help is the answer,” she said.</p></aside>';
    expect(marks(`<article>${CARE_ARTICLE}${factBox}${quote}</article>`)).toEqual([
      'family help',
      'family help',
      'Family help',
    ]);
  });

  it('judges a page with no sectioning elements as one section, with its title', () => {
    expect(marks('<p>The family help desk at the airport opens at six.</p>')).toEqual([]);
    expect(marks('<p>Family help is patchy, councils say.</p>', 'Social workers warn on children in care')).toEqual([
      'Family help',
    ]);
  });

  it('does not mark a term other nations use where its sentence, block or section names another nation', () => {
    expect(
      marks(
        '<article><p>Scotland pays a kinship allowance to every carer. In England, the kinship allowance is still a ' +
          'pilot.</p></article>',
      ),
    ).toEqual(['kinship allowance']);
    expect(
      marks(
        '<article><h1>Holyrood backs carers</h1><p>MSPs in Edinburgh voted on Tuesday.</p><p>Every carer will ' +
          'get a kinship allowance.</p></article>',
      ),
    ).toEqual([]);
    expect(marks('<article><p>Every carer will get a kinship allowance.</p></article>')).toEqual(['kinship allowance']);
  });

  it('marks a term that requires a phrase nearby only where its section has one', () => {
    expect(marks('<article><p>MacAlister scored twice as the side won at home.</p></article>')).toEqual([]);
    expect(
      marks(
        '<article><p>Josh MacAlister led the review of children’s social care. Social workers say MacAlister ' +
          'listened to foster carers.</p></article><aside><p>MacAlister scored twice.</p></aside>',
      ),
    ).toEqual(['Josh MacAlister', 'MacAlister']);
  });

  it('forgets evidence whose text left the page', () => {
    const sections = createPageSections();
    const context = createSectionContext({ weights: matcher.evidence.weights, ancestorsOf: sections.ancestorsOf });
    document.body.innerHTML = '<article><p id="p">x</p></article>';
    const article = document.querySelector('article')!;
    const node = document.getElementById('p')!.firstChild!;
    const term = matcher.findAll('family help').matches[0]!.term;
    const mention = { term, section: article };
    context.mentionAdded(mention);
    expect(context.takeSectionsToRead()).toEqual([article]);
    const [coreSignal] = matcher.evidence.findAll('children’s social care')[0]!.phrase.signals!;
    const [weakSignal] = matcher.evidence.findAll('council')[0]!.phrase.signals!;
    context.evidenceFound(article, { signals: [coreSignal!, weakSignal!] }, node, 0);
    context.evidenceRead(article, true);
    expect(context.shows(mention)).toBe(true);
    document.getElementById('p')!.remove();
    context.forgetDisconnected();
    expect(context.shows(mention)).toBe(false);
  });
});
