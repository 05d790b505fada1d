import { afterEach, describe, expect, it } from 'vitest';
import { chooseCardTheme } from '../../../../../utils/page/card/page-colour-scheme';

function setMeta(content: string | null): void {
  document.head.querySelector('meta[name="color-scheme"]')?.remove();
  if (content === null) return;
  const meta = document.createElement('meta');
  meta.name = 'color-scheme';
  meta.content = content;
  document.head.append(meta);
}

describe('chooseCardTheme', () => {
  afterEach(() => {
    setMeta(null);
    document.documentElement.style.colorScheme = '';
  });

  it('follows the system when the page declares nothing', () => {
    expect(chooseCardTheme(document, true)).toBe('dark');
    expect(chooseCardTheme(document, false)).toBe('light');
  });

  it('follows a page that commits to one scheme, whatever the system prefers', () => {
    setMeta('dark');
    expect(chooseCardTheme(document, false)).toBe('dark');
    setMeta('only light');
    expect(chooseCardTheme(document, true)).toBe('light');
    setMeta(null);
    document.documentElement.style.colorScheme = 'dark';
    expect(chooseCardTheme(document, false)).toBe('dark');
  });

  it('follows the system when the page supports both', () => {
    setMeta('light dark');
    expect(chooseCardTheme(document, true)).toBe('dark');
    expect(chooseCardTheme(document, false)).toBe('light');
  });
});
