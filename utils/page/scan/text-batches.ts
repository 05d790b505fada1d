/**
 * Walks the text nodes under a root natively (a TreeWalker) and gathers them into batches: runs of segments, each
 * segment the text of consecutive nodes sharing a block, with a separator between segments that no phrase can
 * cross. A batch is one string for the matcher plus the nodes it came from, so a match maps back to the page
 * with a binary search. Resumable: each call to `nextBatch` continues where the last one stopped.
 *
 * Cheap per node on purpose (this runs for every text node of a page): blank nodes are passed over without
 * looking at their parents (inside a segment they count as one space), and which block an element belongs to —
 * or whether it is skipped — is worked out from the chain of ancestors the walk is in (see `blockOf`). A skipped
 * subtree is stepped over whole (the TreeWalker carries on after it natively), and a long run of nodes with
 * nothing to read ends a batch early, so neither can hold the page up.
 */
import { DEFAULT_SKIP_RULES, INLINE_ELEMENTS, isSkipped, type SkipRules, type TextSegment } from './text-segments';

/** Between segments: a control character, read as a punctuation token that no phrase contains. */
export const SEGMENT_SEPARATOR = '\u0001';

export interface TextWalker {
  /**
   * The next batch of about `maxChars` characters, or null when the walk is over. A segment is never split across
   * batches (a block of very many inline nodes is cut into several segments first: `SEGMENT_NODES_SOFT_LIMIT`).
   * A batch can be empty: after `MAX_IDLE_VISITS` nodes in a row with nothing to read, the walk pauses so that
   * its caller can yield.
   */
  nextBatch(maxChars: number): TextSegment | null;
}

/**
 * Nodes with nothing to read (blank, or inside something skipped) visited in a row before a batch ends anyway: a
 * page of 150,000 empty elements must not become one long task. A phrase is never spread over so many.
 */
export const MAX_IDLE_VISITS = 2_000;

/**
 * A block with more inline text nodes than this (a syntax-highlighted listing, a word-per-span page) is cut into
 * several segments, each ending at a sentence break, so that gathering its text never becomes one long task.
 * No phrase crosses a sentence break (a unit test keeps every term and signal free of sentence punctuation);
 * where none comes within four times as many nodes, the segment is cut anyway.
 */
export const SEGMENT_NODES_SOFT_LIMIT = 1_000;

/** Sentence punctuation followed by a space: no phrase runs through it, so a segment may end there. */
export const SENTENCE_BREAK = /[.;:!?]\s*$/;

/** Elements with no text of their own that still separate the words on either side. */
const SEPARATING_VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'input', 'select', 'textarea', 'button', 'iframe']);

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 10 && code !== 9 && code !== 13 && code !== 12) return false;
  }
  return true;
}

/** Whether a segment may end between `previous` and `next` (see `SENTENCE_BREAK`). */
function endsSentence(previous: string, next: string, blankBetween: boolean): boolean {
  const spaced = blankBetween || /\s$/.test(previous) || /^\s/.test(next);
  return spaced && SENTENCE_BREAK.test(previous);
}

function followsSeparator(node: Text): boolean {
  const previous = node.previousSibling;
  return previous !== null && previous.nodeType === 1 && SEPARATING_VOID_ELEMENTS.has((previous as Element).localName);
}

export interface TextWalkerLimits {
  /** See `MAX_IDLE_VISITS`. */
  maxIdleVisits?: number;
  /** See `SEGMENT_NODES_SOFT_LIMIT` (the hard limit is four times it). */
  segmentNodes?: number;
}

/**
 * Which block a text node's parent belongs to (null: inside something skipped). It keeps the ancestors of the last
 * element looked up, root first, each with its block. The walk goes in document order, so the next text node's
 * parent is nearly always the last entry, or on this chain a step or two below it: no per-element cache (on a
 * 100,000-element page a map of every element costs more in hashing and garbage collection than the walk itself).
 */
function createBlockChain(root: Element | ShadowRoot, rules: SkipRules) {
  const chainElements: Element[] = [];
  const chainBlocks: (Element | null)[] = [];
  const climbed: Element[] = [];

  /** The block for `element` when its parent's is already known (`undefined` for the root). */
  function resolve(element: Element, above: Element | null | undefined): Element | null {
    if (element !== root && above === null) return null;
    if (isSkipped(element, rules)) return null;
    if (element === root || !above || !INLINE_ELEMENTS.has(element.localName)) return element;
    return above;
  }

  function blockOf(element: Element): Element | null {
    climbed.length = 0;
    let depth = -1;
    for (let at: Element | null = element; at; at = at.parentElement) {
      depth = chainElements.lastIndexOf(at);
      if (depth >= 0) break;
      climbed.push(at);
      if (at === root) break;
    }
    chainElements.length = depth + 1;
    chainBlocks.length = depth + 1;
    let resolved: Element | null | undefined = depth >= 0 ? chainBlocks[depth] : undefined;
    for (let i = climbed.length - 1; i >= 0; i -= 1) {
      resolved = resolve(climbed[i]!, resolved);
      chainElements.push(climbed[i]!);
      chainBlocks.push(resolved);
    }
    return resolved ?? null;
  }

  /** The outermost skipped element on the chain (the chain's last element is inside it), if any. */
  function outermostSkipped(): Element | undefined {
    const index = chainBlocks.indexOf(null);
    return index >= 0 ? chainElements[index] : undefined;
  }
  return { blockOf, outermostSkipped };
}

export function createTextWalker(
  root: Element | ShadowRoot,
  rules: SkipRules = DEFAULT_SKIP_RULES,
  limits: TextWalkerLimits = {},
): TextWalker {
  const maxIdleVisits = limits.maxIdleVisits ?? MAX_IDLE_VISITS;
  const segmentSoftLimit = limits.segmentNodes ?? SEGMENT_NODES_SOFT_LIMIT;
  const segmentHardLimit = 4 * segmentSoftLimit;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  /** Text directly in a shadow root has no parent element: the root is its block. */
  const rootBlock = root.nodeType === 11 ? root : null;
  let carried: Text | null = null;
  const chain = createBlockChain(root, rules);

  /** Moves the walk past everything under `skipped`, natively; false when nothing follows it. */
  function leave(skipped: Element): boolean {
    walker.currentNode = skipped;
    carried = walker.nextSibling() as Text | null;
    return carried !== null;
  }

  let over = false;

  return {
    nextBatch(maxChars) {
      if (over) return null;
      const parts: string[] = [];
      const nodes: Text[] = [];
      const offsets: number[] = [];
      let length = 0;
      let block: Node | null = null;
      let inSegment = false;
      let blankSince = false;
      let idleVisits = 0;
      let segmentNodes = 0;
      for (;;) {
        const node = carried ?? (walker.nextNode() as Text | null);
        carried = null;
        if (!node) {
          over = true;
          break;
        }
        const data = node.data;
        if (isBlank(data)) {
          blankSince = inSegment;
          if (++idleVisits >= maxIdleVisits) break;
          continue;
        }
        const parent = node.parentElement;
        const nodeBlock: Node | null = parent ? chain.blockOf(parent) : rootBlock;
        if (nodeBlock === null) {
          inSegment = false;
          const skipped = chain.outermostSkipped();
          if (skipped && !leave(skipped)) {
            over = true;
            break;
          }
          if (++idleVisits >= maxIdleVisits) break;
          continue;
        }
        idleVisits = 0;
        if (inSegment && nodeBlock === block && !followsSeparator(node)) {
          if (
            segmentNodes >= segmentSoftLimit &&
            (segmentNodes >= segmentHardLimit || endsSentence(parts[parts.length - 1]!, data, blankSince))
          ) {
            carried = node; // it starts the next batch, and a new segment
            break;
          }
          segmentNodes += 1;
          if (blankSince) {
            parts.push(' ');
            length += 1;
          }
        } else {
          if (nodes.length > 0) {
            if (length >= maxChars) {
              carried = node;
              break;
            }
            parts.push(SEGMENT_SEPARATOR);
            length += SEGMENT_SEPARATOR.length;
          }
          segmentNodes = 1;
        }
        inSegment = true;
        blankSince = false;
        block = nodeBlock;
        nodes.push(node);
        offsets.push(length);
        parts.push(data);
        length += data.length;
      }
      if (nodes.length === 0) return over ? null : { text: '', nodes, offsets };
      return { text: parts.length === 1 ? parts[0]! : parts.join(''), nodes, offsets };
    },
  };
}
