/**
 * Before a subtree is walked node by node, its whole text (`textContent`, gathered natively) is searched for any
 * term with the term pattern, a window at a time: a page that mentions nothing is then read at about the cost of
 * the floor, and its nodes are never visited one by one. That text holds more than the walk reads (scripts,
 * hidden text) and never less — the walk never joins text across what it skips — so a subtree with no match in
 * it has no mention. Very large texts are walked directly.
 */
import { createPhraseReader } from '../match/phrase-reader';

const MAX_CHARS = 4_000_000;
/**
 * Windows start small and double: a page about care has its first mention near the top, and is then walked
 * after a search of a few kilobytes; a page with none is searched whole in a few steps.
 */
const FIRST_WINDOW_CHARS = 4_096;
const MAX_WINDOW_CHARS = 131_072;
/** How far a window reaches past its end, so a phrase that starts inside it is searched whole. */
const OVERLAP_CHARS = 512;

export interface WholeTextSearch {
  /** Starts on `root`; false when its text is too large to search whole (walk it instead). */
  start(root: Element | ShadowRoot): boolean;
  /** Searches the next window: 'found' (walk it), 'none' (nothing in it) or 'more' (not done yet). */
  step(): 'found' | 'none' | 'more';
}

export function createWholeTextSearch(pattern: string): WholeTextSearch {
  const reader = createPhraseReader(pattern);
  let text = '';
  let position = 0;
  let window = FIRST_WINDOW_CHARS;
  return {
    start(root) {
      text = root.textContent ?? '';
      if (text.length > MAX_CHARS) return false;
      position = 0;
      window = FIRST_WINDOW_CHARS;
      return true;
    },
    step() {
      // A window may start inside a word, so it may find what is not there: never what is (a search, not a read).
      const piece = text.slice(position, position + window + OVERLAP_CHARS);
      let found = false;
      reader.begin(piece);
      reader.read(0, piece.length, () => {
        found = true;
        return true;
      });
      reader.end();
      position += window;
      window = Math.min(MAX_WINDOW_CHARS, window * 2);
      if (!found && position < text.length) return 'more';
      text = '';
      return found ? 'found' : 'none';
    },
  };
}
