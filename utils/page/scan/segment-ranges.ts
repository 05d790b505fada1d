/** Maps offsets in a segment's joined text back to the page's text nodes. */
import type { TextSegment } from './text-segments';

/** Index of the node holding the character at `offset` (offsets are sorted; empty nodes never occur). */
export function nodeIndexAt(segment: TextSegment, offset: number): number {
  let low = 0;
  let high = segment.offsets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segment.offsets[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

export interface SegmentSpan {
  range: Range;
  /** The text nodes the span touches, first to last. */
  nodes: Text[];
}

/** A Range over [start, end) of the segment's text; `end > start`. */
export function spanRange(segment: TextSegment, start: number, end: number): SegmentSpan {
  const first = nodeIndexAt(segment, start);
  const last = nodeIndexAt(segment, end - 1);
  const firstNode = segment.nodes[first]!;
  const lastNode = segment.nodes[last]!;
  const range = firstNode.ownerDocument.createRange();
  range.setStart(firstNode, start - segment.offsets[first]!);
  range.setEnd(lastNode, end - segment.offsets[last]!);
  return { range, nodes: segment.nodes.slice(first, last + 1) };
}
