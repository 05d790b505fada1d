/**
 * What a marking session shows of the mentions it found: rendered mentions only, mentions of terms with a rule
 * only where their section allows them (utils/page/match/section-context.ts: ambiguous terms in a section about
 * children's social care, and so on), and with "first mention only" the first mention of each record; plus the
 * mention whose card is open. Repainting replaces the registered highlights as a whole.
 *
 * Of those, background items (the review, the strategy, the Act, people, funding totals) are drawn only when the
 * reader turns background marks on, and more lightly; a proposal's repeats after its first mention in a section
 * are drawn fainter ("fade repeats"). Background items that are not drawn still count: the popup lists them, and
 * the commands that include background step to them.
 */
import type { SectionContext } from '../match/section-context';
import { createHighlightPainter, type HighlightPainter } from '../mark/highlight-painter';
import type { MentionStore, StoredMention } from '../mark/mention-store';
import type { Mention } from '../mark/mention-types';
import type { MarkTone } from '../../shared/marks/highlight-names';
import type { HighlightStyle, Settings } from '../../shared/settings';

export type MarkingChoices = Pick<Settings, 'firstMentionOnly' | 'markBackground' | 'fadeRepeats'>;

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
  /** Every mention the page counts, drawn or not (background items while their marks are off), in document order. */
  counted(): readonly Mention[];
  /** How a counted mention is (or would be) drawn. */
  toneOf(mention: Mention): MarkTone;
  /** Whether a section's judgement may have changed since this was last asked. */
  judgementChanged(): boolean;
  repaint(now?: number): void;
  setChoices(choices: MarkingChoices): void;
}

export interface SessionPaintOptions {
  store: MentionStore;
  context: SectionContext;
  style: HighlightStyle;
  choices: MarkingChoices;
}

export function createSessionPaint({ store, context, style, choices }: SessionPaintOptions): SessionPaint {
  const painter = createHighlightPainter(style);
  let current: MarkingChoices = { ...choices };
  let counted: readonly Mention[] = [];
  let tones = new Map<Mention, MarkTone>();
  const paint: SessionPaint = {
    painter,
    dirty: false,
    due: false,
    lastPaintAt: 0,
    totalMs: 0,
    active: null,
    counted: () => counted,
    toneOf: (mention) => tones.get(mention) ?? 'proposal',
    judgementChanged: () => context.takeChanged(),
    repaint(now = performance.now()) {
      const started = performance.now();
      paint.dirty = false;
      paint.lastPaintAt = now;
      tones = mentionTones(store, context, current);
      counted = [...tones.keys()];
      const drawn = current.markBackground ? counted : counted.filter((mention) => tones.get(mention) !== 'background');
      painter.show(drawn, { toneOf: paint.toneOf, reachable: new Set(counted) });
      if (paint.active && !tones.has(paint.active)) paint.active = null;
      paint.totalMs += performance.now() - started;
    },
    setChoices(next) {
      const changed = (Object.keys(next) as (keyof MarkingChoices)[]).some((key) => next[key] !== current[key]);
      if (!changed) return;
      current = { ...next };
      paint.repaint();
    },
  };
  return paint;
}

function isShown(stored: StoredMention, context: SectionContext): boolean {
  if (stored.hidden) return false;
  return context.shows(stored);
}

/** The mentions the page counts, in document order, each with its tone. */
function mentionTones(store: MentionStore, context: SectionContext, choices: MarkingChoices): Map<Mention, MarkTone> {
  const tones = new Map<Mention, MarkTone>();
  const seenRecords = new Set<string>();
  const seenInSection = new Map<Element, Set<string>>();
  for (const stored of store.inDocumentOrder()) {
    if (!isShown(stored, context)) continue;
    const { recordIds } = stored.mention;
    if (choices.firstMentionOnly) {
      if (recordIds.every((id) => seenRecords.has(id))) continue;
      recordIds.forEach((id) => seenRecords.add(id));
    }
    if (stored.term.background) {
      tones.set(stored.mention, 'background');
      continue;
    }
    let seen = seenInSection.get(stored.section);
    if (!seen) seenInSection.set(stored.section, (seen = new Set()));
    const repeat = recordIds.every((id) => seen.has(id));
    recordIds.forEach((id) => seen.add(id));
    tones.set(stored.mention, choices.fadeRepeats && repeat ? 'repeat' : 'proposal');
  }
  return tones;
}
