/**
 * Where to put a card next to a mention: below it when there is room, otherwise above, otherwise on the roomier
 * side with a reduced height; aligned with the mention's left edge, or its right edge when that keeps the card
 * inside the viewport. The card never overlaps the mention's box. Pure: viewport coordinates in, coordinates out.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export type VerticalSide = 'below' | 'above';
export type HorizontalAlign = 'start' | 'end';

export interface PlacementRequest {
  /** The mention's box in viewport coordinates. */
  anchor: Box;
  /** The size the card wants (its full content height, already capped by any style limit). */
  card: Size;
  viewport: Size;
  /** Space between mention and card. */
  gap?: number;
  /** Space kept free along the viewport's edges. */
  margin?: number;
  /** Side used last time: kept while it still fits, so a card does not jump while the page scrolls. */
  preferredSide?: VerticalSide;
}

export interface Placement {
  left: number;
  top: number;
  /** The card's height must not exceed this (it scrolls inside). */
  maxHeight: number;
  maxWidth: number;
  side: VerticalSide;
  align: HorizontalAlign;
}

export function placeCard({
  anchor,
  card,
  viewport,
  gap = 6,
  margin = 8,
  preferredSide = 'below',
}: PlacementRequest): Placement {
  const maxWidth = Math.max(0, viewport.width - 2 * margin);
  const width = Math.min(card.width, maxWidth);
  const anchorBottom = anchor.top + anchor.height;
  const roomBelow = Math.max(0, viewport.height - margin - (anchorBottom + gap));
  const roomAbove = Math.max(0, anchor.top - gap - margin);
  const room = { below: roomBelow, above: roomAbove };
  const otherSide: VerticalSide = preferredSide === 'below' ? 'above' : 'below';

  let side: VerticalSide;
  if (card.height <= room[preferredSide]) side = preferredSide;
  else if (card.height <= room[otherSide]) side = otherSide;
  else side = roomBelow >= roomAbove ? 'below' : 'above';

  const maxHeight = Math.min(card.height, room[side]);
  const idealTop = side === 'below' ? anchorBottom + gap : anchor.top - gap - maxHeight;
  // Clamping only matters when the mention itself is partly off screen; it keeps the card fully visible.
  const top = clamp(idealTop, margin, viewport.height - margin - maxHeight);

  const startLeft = anchor.left;
  const endLeft = anchor.left + anchor.width - width;
  const fitsAtStart = startLeft + width <= viewport.width - margin;
  const align: HorizontalAlign = fitsAtStart || endLeft < margin ? 'start' : 'end';
  const left = clamp(align === 'start' ? startLeft : endLeft, margin, viewport.width - margin - width);

  return { left, top, maxHeight, maxWidth, side, align };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
