import { describe, expect, it } from 'vitest';
import { findPublicationDate } from '../../../../../utils/page/card/publication-date';

const today = new Date('2026-06-30T12:00:00Z');

function page(head: string, body = ''): Document {
  const doc = document.implementation.createHTMLDocument('test');
  doc.head.innerHTML = head;
  doc.body.innerHTML = body;
  return doc;
}

describe('findPublicationDate', () => {
  it('reads article:published_time as the calendar date written', () => {
    const doc = page('<meta property="article:published_time" content="2023-03-14T23:30:00-05:00">');
    expect(findPublicationDate(doc, today)).toBe('2023-03-14');
  });

  it('reads datePublished from JSON-LD, including inside @graph and arrays', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { datePublished: '2024-01-09' }],
    };
    expect(
      findPublicationDate(page(`<script type="application/ld+json">${JSON.stringify(graph)}</script>`), today),
    ).toBe('2024-01-09');
    const list = [{ '@type': 'NewsArticle', datePublished: '2022-06-01T08:00:00Z' }];
    expect(
      findPublicationDate(page(`<script type="application/ld+json">${JSON.stringify(list)}</script>`), today),
    ).toBe('2022-06-01');
  });

  it('skips broken JSON-LD and falls back to a time element in the article header', () => {
    const doc = page(
      '<script type="application/ld+json">{ not json</script>',
      '<header><time datetime="2026-06-30">Today</time></header><article><header><h1>T</h1><time datetime="2023-05-02T10:00">2 May</time></header></article>',
    );
    expect(findPublicationDate(doc, today)).toBe('2023-05-02');
  });

  it('ignores a date in the site masthead that is not in an article header', () => {
    expect(
      findPublicationDate(page('', '<header><time datetime="2026-06-30">Today</time></header>'), today),
    ).toBeNull();
  });

  it('returns null for missing, malformed, impossible or future dates', () => {
    expect(findPublicationDate(page(''), today)).toBeNull();
    expect(findPublicationDate(page('<meta property="article:published_time" content="last week">'), today)).toBeNull();
    expect(
      findPublicationDate(page('<meta property="article:published_time" content="2023-02-30">'), today),
    ).toBeNull();
    expect(
      findPublicationDate(page('<meta property="article:published_time" content="2031-01-01">'), today),
    ).toBeNull();
  });

  it('prefers a later valid source when an earlier one is unusable', () => {
    const doc = page(
      '<meta property="article:published_time" content="">' +
        '<script type="application/ld+json">{"datePublished":"2023-07-19"}</script>',
    );
    expect(findPublicationDate(doc, today)).toBe('2023-07-19');
  });
});
