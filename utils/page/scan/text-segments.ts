/**
 * What the scanner reads and what it skips. A "segment" is the text of one block between block boundaries,
 * joined across inline elements, so `<em>Regional</em> Care Co-operatives` reads as one phrase. Never read:
 * scripts and styles, form fields and buttons, editable regions, `hidden` subtrees and the extension's own UI.
 */

/** Text read from the page and the nodes it came from. */
export interface TextSegment {
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  offsets: number[];
}

/** Elements laid out inline by default: a phrase may run through them. Anything else is a boundary. */
export const INLINE_ELEMENTS = new Set([
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

/** The parent element of `node`, stepping out of a shadow root to its host. */
export function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent && parent.nodeType === 11 && 'host' in parent ? (parent as ShadowRoot).host : null;
}

/** Whether `node` sits inside something the scanner skips (or the document is in design mode). */
export function isInsideSkipped(node: Node, rules: SkipRules = DEFAULT_SKIP_RULES): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  let element = node.nodeType === 1 ? (node as Element) : parentAcrossShadow(node);
  for (; element; element = parentAcrossShadow(element)) {
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
