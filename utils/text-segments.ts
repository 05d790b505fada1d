/**
 * Reads a subtree of the page as runs of inline text ("segments"): the text of one block between block
 * boundaries, joined across inline elements, so `<em>Regional</em> Care Co-operatives` reads as one phrase.
 * Skips what must never be marked: scripts and styles, form fields, editable regions, `hidden` subtrees and the
 * extension's own UI. The walk is resumable (`next()` returns one segment at a time) so it can run in slices.
 */

export interface TextSegment {
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  offsets: number[];
}

/** Elements laid out inline by default: a phrase may run through them. Anything else is a boundary. */
const INLINE_ELEMENTS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

const SKIPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
]);

export const OWN_UI_PREFIX = 'care-lens';

export interface SkipRules {
  /** Whether a custom element is the extension's own UI (checked only for names with a hyphen). */
  isOwnUi(element: Element): boolean;
}

export const DEFAULT_SKIP_RULES: SkipRules = {
  isOwnUi: (element) => element.localName.startsWith(OWN_UI_PREFIX),
};

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** Whether the scanner must not read inside `element`. */
export function isSkipped(element: Element, rules: SkipRules = DEFAULT_SKIP_RULES): boolean {
  const name = element.localName;
  if (SKIPPED_ELEMENTS.has(name)) return true;
  if (element.hasAttribute('hidden') || isEditable(element)) return true;
  return name.includes('-') && rules.isOwnUi(element);
}

/** Whether `node` sits inside something the scanner skips (or the document is in design mode). */
export function isInsideSkipped(node: Node, rules: SkipRules = DEFAULT_SKIP_RULES): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let element = node instanceof Element ? node : node.parentElement; element; element = element.parentElement) {
    if (isSkipped(element, rules)) return true;
  }
  return false;
}

export function isInlineElement(element: Element): boolean {
  return INLINE_ELEMENTS.has(element.localName);
}

/** The nearest ancestor-or-self element that is not inline: rescanning it re-reads every phrase `node` is in. */
export function blockAncestor(node: Node): Element | null {
  let element = node instanceof Element ? node : node.parentElement;
  while (element && isInlineElement(element) && element.parentElement) element = element.parentElement;
  return element;
}

export interface SegmentWalker {
  /** The next segment under the root, or null when the walk is over. */
  next(): TextSegment | null;
}

export function createSegmentWalker(root: Element, rules: SkipRules = DEFAULT_SKIP_RULES): SegmentWalker {
  let node: Node | null = root.firstChild;
  let nodes: Text[] = [];
  let offsets: number[] = [];
  let parts: string[] = [];
  let length = 0;

  function take(): TextSegment | null {
    if (nodes.length === 0) return null;
    const segment = { text: parts.length === 1 ? parts[0]! : parts.join(''), nodes, offsets };
    nodes = [];
    offsets = [];
    parts = [];
    length = 0;
    return segment;
  }

  /** Moves past `current` (into it when `descend`); reports whether a block boundary was crossed. */
  function advance(current: Node, descend: boolean): boolean {
    if (descend && current.firstChild) {
      node = current.firstChild;
      return false;
    }
    let crossed = false;
    let at: Node | null = current;
    while (at && at !== root) {
      if (at.nodeType === 1 && !INLINE_ELEMENTS.has((at as Element).localName)) crossed = true;
      if (at.nextSibling) {
        node = at.nextSibling;
        return crossed;
      }
      at = at.parentNode;
    }
    node = null;
    return true;
  }

  return {
    next() {
      while (node) {
        const current: Node = node;
        let descend = false;
        let flushed: TextSegment | null = null;
        if (current.nodeType === 3) {
          const data = (current as Text).data;
          if (data.length > 0) {
            nodes.push(current as Text);
            offsets.push(length);
            parts.push(data);
            length += data.length;
          }
        } else if (current.nodeType === 1) {
          const element = current as Element;
          const skipped = isSkipped(element, rules);
          if (skipped || !INLINE_ELEMENTS.has(element.localName)) flushed = take();
          descend = !skipped;
          if (skipped) {
            // A skipped element is a boundary on both sides, even an inline one.
            const crossed = advance(current, false);
            if (!flushed && crossed) flushed = take();
            if (flushed) return flushed;
            continue;
          }
        }
        if (advance(current, descend) && !flushed) flushed = take();
        if (flushed) return flushed;
      }
      return take();
    },
  };
}
