/**
 * Light or dark for the card: what the page declares (the `color-scheme` property on its root or a
 * `<meta name="color-scheme">`) when it commits to one scheme, otherwise the system's preference.
 */
export type CardTheme = 'light' | 'dark';

export function declaredSchemes(doc: Document): Set<string> {
  const fromStyle = doc.defaultView?.getComputedStyle(doc.documentElement).colorScheme ?? '';
  const fromMeta = doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  return new Set(`${fromStyle} ${fromMeta}`.toLowerCase().split(/[\s,]+/));
}

export function chooseCardTheme(doc: Document, systemPrefersDark: boolean): CardTheme {
  const schemes = declaredSchemes(doc);
  if (schemes.has('dark') && !schemes.has('light')) return 'dark';
  if (schemes.has('light') && !schemes.has('dark')) return 'light';
  return systemPrefersDark ? 'dark' : 'light';
}
