/**
 * What a marking session shows of the mentions it found: rendered mentions only, mentions of terms with a rule
 * only where their section allows them (utils/page/match/section-context.ts: ambiguous terms in a section about
 * children's social care, and so on), and with "first mention only" the first mention of each record; plus the
 * mention whose card is open. Repainting replaces the registered highlights as a whole.
 */
import type { SectionContext } from '../match/section-context';
import { createHighlightPainter, type HighlightPainter } from '../mark/highlight-painter';
import type { MentionStore, StoredMention } from '../mark/mention-store';
import type { Mention } from '../mark/mention-types';
import type { HighlightStyle } from '../../shared/settings';

export interface SessionPaint {
  readonly painter: HighlightPainter;
  /** Something was found, lost, shown or hidden since the last repaint. */
  dirty: boolean;
  /** A repaint that did not fit in the last slice: the next slice starts with it. */
  due: boolean;
  lastPaintAt: number;
  /** Time spent repainting since the session started. */
  totalMs: number;
  /** The mention whose card is open; dropped when it is no longer painted. */
  active: Mention | null;
  /** Whether a section's judgement may have changed since this was last asked. */
  judgementChanged(): boolean;
  repaint(now?: number): void;
  setFirstMentionOnly(on: boolean): void;
}

export interface SessionPaintOptions {
  store: MentionStore;
  context: SectionContext;
  style: HighlightStyle;
  firstMentionOnly: boolean;
}

export function createSessionPaint({ store, context, style, firstMentionOnly }: SessionPaintOptions): SessionPaint {
  const painter = createHighlightPainter(style);
  let firstOnly = firstMentionOnly;
  const paint: SessionPaint = {
    painter,
    dirty: false,
    due: false,
    lastPaintAt: 0,
    totalMs: 0,
    active: null,
    judgementChanged: () => context.takeChanged(),
    repaint(now = performance.now()) {
      const started = performance.now();
      paint.dirty = false;
      paint.lastPaintAt = now;
      painter.show(mentionsToShow(store, context, firstOnly));
      if (paint.active && !painter.isShown(paint.active)) paint.active = null;
      paint.totalMs += performance.now() - started;
    },
    setFirstMentionOnly(on) {
      if (on === firstOnly) return;
      firstOnly = on;
      paint.repaint();
    },
  };
  return paint;
}

function isShown(stored: StoredMention, context: SectionContext): boolean {
  if (stored.hidden) return false;
  return context.shows(stored);
}

function mentionsToShow(store: MentionStore, context: SectionContext, firstMentionOnly: boolean): Mention[] {
  const shown: Mention[] = [];
  const seenRecords = new Set<string>();
  for (const stored of store.inDocumentOrder()) {
    if (!isShown(stored, context)) continue;
    if (firstMentionOnly) {
      if (stored.mention.recordIds.every((id) => seenRecords.has(id))) continue;
      stored.mention.recordIds.forEach((id) => seenRecords.add(id));
    }
    shown.push(stored.mention);
  }
  return shown;
}
