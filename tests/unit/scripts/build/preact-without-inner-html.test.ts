// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutPreactInnerHtml } from '../../../../scripts/build/preact-without-inner-html';

describe('Preact without innerHTML', () => {
  it.each(['preact.module.js', 'preact.mjs'])('removes the one innerHTML assignment of %s', (file) => {
    const source = readFileSync(`node_modules/preact/dist/${file}`, 'utf8');
    expect(source).toMatch(/\.innerHTML=[\w$]+\.__html/);
    const rewritten = withoutPreactInnerHtml(source);
    expect(rewritten).not.toMatch(/\.innerHTML=[^"]/);
    // Clearing (innerHTML="") stays: it sets no markup.
    expect(rewritten).toContain('innerHTML=""');
    expect(rewritten).toContain('renders no dangerouslySetInnerHTML');
  });

  it('fails the build when Preact no longer has exactly one such assignment', () => {
    expect(() => withoutPreactInnerHtml('a.textContent=b')).toThrow(/found 0/);
    expect(() => withoutPreactInnerHtml('a.innerHTML=b.__html;c.innerHTML=d.__html')).toThrow(/found 2/);
  });
});
