/**
 * Which mention is under a point. The caret position at the point names the text node (cheap, no walk over all
 * marks); the mention's own client rectangles then decide, so whitespace beside a mark is not a hit.
 */
import type { Mention } from './mention-types';

/** Pixels of slack around a mark's boxes, so the underline and the line's edges still count. */
const SLACK = 2;

export type MentionsAtNode = (node: Text) => readonly Mention[];

type CaretPositionFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;

function caretNodeAt(
  document: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    // Without the shadow roots it may enter, the caret stops at a shadow host.
    const at = document.caretPositionFromPoint as CaretPositionFromPoint;
    const position = at.call(document, x, y, shadowRoots.length > 0 ? { shadowRoots } : undefined);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The text node beside `node` in document order (a caret at a node's edge may belong to either). */
function neighbourText(node: Text, forward: boolean): Text | null {
  const root = node.getRootNode();
  const walker = node.ownerDocument.createTreeWalker(
    root.nodeType === 11 ? root : (node.ownerDocument.body ?? node.ownerDocument),
    NodeFilter.SHOW_TEXT,
  );
  walker.currentNode = node;
  return (forward ? walker.nextNode() : walker.previousNode()) as Text | null;
}

function covers(mention: Mention, x: number, y: number): boolean {
  for (const rect of mention.range.getClientRects()) {
    if (x >= rect.left - SLACK && x <= rect.right + SLACK && y >= rect.top - SLACK && y <= rect.bottom + SLACK) {
      return true;
    }
  }
  return false;
}

export function mentionAtPoint(
  document: Document,
  x: number,
  y: number,
  mentionsAt: MentionsAtNode,
  shadowRoots: ShadowRoot[] = [],
): Mention | null {
  const caret = caretNodeAt(document, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const text = caret.node as Text;
  const candidates = [...mentionsAt(text)];
  if (caret.offset === 0) candidates.push(...mentionsAt(neighbourText(text, false) ?? text));
  if (caret.offset >= text.length) candidates.push(...mentionsAt(neighbourText(text, true) ?? text));
  return candidates.find((mention) => covers(mention, x, y)) ?? null;
}
