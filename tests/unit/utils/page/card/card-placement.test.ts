import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from '../../../../../utils/page/card/card-placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 400, height: 300 };
const mention = (left: number, top: number, width = 120, height = 20): Box => ({ left, top, width, height });

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

describe('placeCard', () => {
  it('puts the card below the mention, aligned with its start, when there is room', () => {
    const placement = placeCard({ anchor: mention(100, 100), card, viewport, gap: 6, margin: 8 });
    expect(placement).toMatchObject({ left: 100, top: 126, side: 'below', align: 'start', maxHeight: 300 });
  });

  it('flips above near the bottom edge', () => {
    const placement = placeCard({ anchor: mention(100, 700), card, viewport, gap: 6, margin: 8 });
    expect(placement).toMatchObject({ side: 'above', top: 700 - 6 - 300 });
  });

  it('aligns with the end of the mention near the right edge', () => {
    const placement = placeCard({ anchor: mention(850, 100, 120), card, viewport, gap: 6, margin: 8 });
    expect(placement).toMatchObject({ align: 'end', left: 850 + 120 - 400 });
  });

  it('keeps the preferred side while it fits, so the card does not jump', () => {
    const placement = placeCard({ anchor: mention(100, 400), card, viewport, preferredSide: 'above' });
    expect(placement.side).toBe('above');
  });

  it('shrinks the card on the roomier side when neither side has room', () => {
    const placement = placeCard({ anchor: mention(100, 300), card: { width: 400, height: 700 }, viewport, margin: 8 });
    expect(placement.side).toBe('below');
    expect(placement.maxHeight).toBe(800 - 8 - (320 + 6));
  });

  it('narrows the card on a viewport narrower than the card', () => {
    const placement = placeCard({
      anchor: mention(10, 10, 50),
      card,
      viewport: { width: 320, height: 600 },
      margin: 8,
    });
    expect(placement.maxWidth).toBe(304);
    expect(placement.left).toBe(8);
  });

  it('always stays inside the viewport and never covers a mention that is on screen', () => {
    fc.assert(
      fc.property(
        fc.record({
          vw: fc.integer({ min: 320, max: 2000 }),
          vh: fc.integer({ min: 300, max: 1400 }),
          cw: fc.integer({ min: 100, max: 600 }),
          ch: fc.integer({ min: 50, max: 1200 }),
          x: fc.double({ min: 0, max: 1, noNaN: true }),
          y: fc.double({ min: 0, max: 1, noNaN: true }),
          mw: fc.integer({ min: 10, max: 300 }),
          mh: fc.integer({ min: 10, max: 60 }),
        }),
        ({ vw, vh, cw, ch, x, y, mw, mh }) => {
          const margin = 8;
          const anchor = mention(x * (vw - mw), y * (vh - mh), mw, mh);
          const p = placeCard({ anchor, card: { width: cw, height: ch }, viewport: { width: vw, height: vh }, margin });
          const width = Math.min(cw, p.maxWidth);
          const box = { left: p.left, top: p.top, width, height: p.maxHeight };
          expect(box.left).toBeGreaterThanOrEqual(margin - 1e-9);
          expect(box.left + box.width).toBeLessThanOrEqual(vw - margin + 1e-9);
          expect(box.top).toBeGreaterThanOrEqual(margin - 1e-9);
          expect(box.top + box.height).toBeLessThanOrEqual(vh - margin + 1e-9);
          expect(p.maxHeight).toBeLessThanOrEqual(ch);
          if (p.maxHeight > 0) expect(overlaps(box, anchor)).toBe(false);
        },
      ),
    );
  });
});
