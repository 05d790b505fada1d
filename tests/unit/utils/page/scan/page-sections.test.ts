import { describe, expect, it } from 'vitest';
import { createPageSections } from '../../../../../utils/page/scan/page-sections';

describe('page sections', () => {
  it('finds the nearest sectioning ancestor, across shadow roots, and the sections around it', () => {
    document.body.innerHTML =
      '<main><article><div><p id="p">x</p></div><aside><p id="q">y</p></aside></article>' +
      '<div role="complementary"><p id="r">z</p></div><x-box></x-box></main>';
    const shadow = document.querySelector('x-box')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="s">w</p>';
    const sections = createPageSections();
    const text = (id: string) => (document.getElementById(id) ?? shadow.getElementById(id))!.firstChild!;
    const article = document.querySelector('article')!;
    expect(sections.sectionOf(text('p'))).toBe(article);
    expect(sections.sectionOf(text('q'))).toBe(document.querySelector('aside'));
    expect(sections.sectionOf(text('r'))).toBe(document.querySelector('[role]'));
    expect(sections.sectionOf(text('s'))).toBe(document.querySelector('main'));
    expect(sections.ancestorsOf(document.querySelector('aside')!)).toEqual([
      article,
      document.querySelector('main'),
      document.body,
    ]);
  });
});
