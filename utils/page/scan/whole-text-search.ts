/**
 * Before a subtree is walked node by node, its whole text (`textContent`, gathered natively) is searched for any
 * term with the term pattern, a window at a time: a page that mentions nothing is then read at about the cost of
 * the floor, and its nodes are never visited one by one. That text holds more than the walk reads (scripts,
 * hidden text) and never less — the walk never joins text across what it skips — so a subtree with no match in
 * it has no mention. Very large texts are walked directly.
 */
import { createPhraseReader } from '../match/phrase-reader';

const MAX_CHARS = 4_000_000;
const WINDOW_CHARS = 131_072;

export interface WholeTextSearch {
  /** Starts on `root`; false when its text is too large to search whole (walk it instead). */
  start(root: Element | ShadowRoot): boolean;
  /** Searches the next window: 'found' (walk it), 'none' (nothing in it) or 'more' (not done yet). */
  step(): 'found' | 'none' | 'more';
}

export function createWholeTextSearch(pattern: string): WholeTextSearch {
  const reader = createPhraseReader(pattern);
  let position = 0;
  let length = 0;
  return {
    start(root) {
      const text = root.textContent ?? '';
      if (text.length > MAX_CHARS) return false;
      reader.begin(text);
      position = 0;
      length = text.length;
      return true;
    },
    step() {
      let found = false;
      position = reader.read(position, position + WINDOW_CHARS, () => {
        found = true;
        return true;
      });
      if (!found && position < length) return 'more';
      reader.end();
      return found ? 'found' : 'none';
    },
  };
}
