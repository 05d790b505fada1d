/**
 * The names marks are registered under in `CSS.highlights`. Their look is in highlights.css beside this file,
 * which the manifest injects with the content script and the welcome page imports for its live example: one
 * definition, so the example is drawn exactly as marks on news pages are.
 */
import type { HighlightStyle } from '../settings';

export const HIGHLIGHT_NAMES: Readonly<Record<HighlightStyle | 'active', string>> = {
  underline: 'care-lens-underline',
  tint: 'care-lens-tint',
  active: 'care-lens-active',
};
