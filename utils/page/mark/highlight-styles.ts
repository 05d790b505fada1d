/**
 * The names marks are registered under in `CSS.highlights`. Their look is in utils/page/mark/highlights.css,
 * which the manifest injects with the content script.
 */
import type { HighlightStyle } from '../../shared/settings';

export const HIGHLIGHT_NAMES: Readonly<Record<HighlightStyle | 'active', string>> = {
  underline: 'care-lens-underline',
  tint: 'care-lens-tint',
  active: 'care-lens-active',
};
