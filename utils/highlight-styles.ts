/**
 * How marks look. Highlights are painted by `::highlight()` rules, installed as a constructed style sheet adopted
 * by the document, so no element is added to the page. A mid-tone blue dotted underline reads on light and dark
 * pages (at least 4:1 against white and black); the tint is translucent, so it shows either page's background
 * through. Marks are not printed.
 */
import type { HighlightStyle } from './settings';

export const HIGHLIGHT_NAMES: Readonly<Record<HighlightStyle | 'active', string>> = {
  underline: 'care-lens-underline',
  tint: 'care-lens-tint',
  active: 'care-lens-active',
};

const MARK_BLUE = '#1a85b0';

export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.underline}) {
  text-decoration: underline dotted ${MARK_BLUE} 2px;
}
::highlight(${HIGHLIGHT_NAMES.tint}) {
  background-color: rgb(255 196 0 / 0.32);
}
::highlight(${HIGHLIGHT_NAMES.active}) {
  background-color: rgb(26 133 176 / 0.22);
  text-decoration: underline solid ${MARK_BLUE} 2px;
}
@media (forced-colors: active) {
  ::highlight(${HIGHLIGHT_NAMES.underline}),
  ::highlight(${HIGHLIGHT_NAMES.tint}),
  ::highlight(${HIGHLIGHT_NAMES.active}) {
    background-color: transparent;
    text-decoration: underline dotted CanvasText 2px;
  }
}
@media print {
  ::highlight(${HIGHLIGHT_NAMES.underline}),
  ::highlight(${HIGHLIGHT_NAMES.tint}),
  ::highlight(${HIGHLIGHT_NAMES.active}) {
    background-color: transparent;
    text-decoration: none;
  }
}
`;

/** Adopts the highlight rules into `document`; returns a function that takes them out again. */
export function installHighlightStyles(document: Document): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}
