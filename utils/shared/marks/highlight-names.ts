/**
 * The names marks are registered under in `CSS.highlights`. Their look is in highlights.css beside this file,
 * which the manifest injects with the content script and the welcome page imports for its live example: one
 * definition, so the example is drawn exactly as marks on news pages are.
 *
 * A mark has a tone: a proposal of the review, a repeat of a proposal already marked in the same section of the
 * article (fainter, so the first mention stands out), or a background item (the review itself, the Act, people,
 * funding totals: lighter still, and only when the reader asks for background marks). Each style has a name per
 * tone, so a reader's choice of underline or tint carries through all three.
 */
import type { HighlightStyle } from '../settings';

export type MarkTone = 'proposal' | 'repeat' | 'background';

export const HIGHLIGHT_NAMES: Readonly<Record<HighlightStyle | 'active', string>> = {
  underline: 'care-lens-underline',
  tint: 'care-lens-tint',
  active: 'care-lens-active',
};

export const TONE_HIGHLIGHT_NAMES: Readonly<Record<HighlightStyle, Readonly<Record<MarkTone, string>>>> = {
  underline: {
    proposal: HIGHLIGHT_NAMES.underline,
    repeat: 'care-lens-underline-repeat',
    background: 'care-lens-underline-background',
  },
  tint: {
    proposal: HIGHLIGHT_NAMES.tint,
    repeat: 'care-lens-tint-repeat',
    background: 'care-lens-tint-background',
  },
};

export const MARK_TONES: readonly MarkTone[] = ['proposal', 'repeat', 'background'];

/** Every name the extension registers, for counting what is registered. */
export const ALL_HIGHLIGHT_NAMES: readonly string[] = [
  ...Object.values(TONE_HIGHLIGHT_NAMES).flatMap((names) => Object.values(names)),
  HIGHLIGHT_NAMES.active,
];
