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
  if (element.hasAttributes() && (element.hasAttribute('hidden') || isEditable(element))) return true;
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

/** Elements with no text of their own that still separate the words on either side. */
const SEPARATING_VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'input', 'select', 'textarea', 'button', 'iframe']);

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 10 && code !== 9 && code !== 13 && code !== 12) return false;
  }
  return true;
}

/**
 * Walks the text nodes under `root` natively (a TreeWalker) and groups consecutive ones that share a block into
 * segments. Which block an element belongs to — or whether it is skipped — is worked out once per element.
 */
export function createSegmentWalker(root: Element, rules: SkipRules = DEFAULT_SKIP_RULES): SegmentWalker {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  /** Element → the block its text belongs to, or null when it is skipped. */
  const blocks = new Map<Element, Element | null>();
  let nodes: Text[] = [];
  let offsets: number[] = [];
  let parts: string[] = [];
  let length = 0;
  let block: Element | null = null;
  let carried: Text | null = null;

  function blockOf(element: Element): Element | null {
    const chain: Element[] = [];
    let at: Element | null = element;
    let resolved: Element | null | undefined;
    while (at) {
      resolved = blocks.get(at);
      if (resolved !== undefined) break;
      chain.push(at);
      if (at === root) break;
      at = at.parentElement;
    }
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const current = chain[i]!;
      const parentBlock: Element | null | undefined = resolved;
      if (current !== root && parentBlock === null) resolved = null;
      else if (isSkipped(current, rules)) resolved = null;
      else if (current === root || !INLINE_ELEMENTS.has(current.localName) || !parentBlock) resolved = current;
      else resolved = parentBlock;
      blocks.set(current, resolved);
    }
    return resolved ?? null;
  }

  function take(): TextSegment | null {
    if (nodes.length === 0) return null;
    const segment = { text: parts.length === 1 ? parts[0]! : parts.join(''), nodes, offsets };
    nodes = [];
    offsets = [];
    parts = [];
    length = 0;
    return segment;
  }

  function separatedFromPrevious(node: Text): boolean {
    const previous = node.previousSibling;
    return previous !== null && previous.nodeType === 1 && SEPARATING_VOID_ELEMENTS.has((previous as Element).localName);
  }

  return {
    next() {
      for (;;) {
        const node = carried ?? (walker.nextNode() as Text | null);
        carried = null;
        if (!node) return take();
        const parent = node.parentElement;
        const nodeBlock = parent ? blockOf(parent) : null;
        if (nodeBlock === null) {
          const segment = take();
          if (segment) return segment;
          continue;
        }
        const data = node.data;
        if (nodes.length === 0) {
          if (data.length === 0 || isBlank(data)) continue;
        } else if (nodeBlock !== block || separatedFromPrevious(node)) {
          carried = node;
          return take();
        }
        block = nodeBlock;
        nodes.push(node);
        offsets.push(length);
        parts.push(data);
        length += data.length;
      }
    },
  };
}
