/**
 * What a marking session has found on the page and how it keeps that current: the scanner's reports (mentions,
 * context signals) go into the mention store and the page's care context; the page's own changes (removed nodes,
 * shown or hidden elements) take mentions out or bring hidden ones back. Anything that changes what is shown
 * marks the paint dirty.
 */
import type { CompiledSignals } from '../../../data/compiled-types';
import type { PageContext } from '../match/care-context';
import type { TermMatcher } from '../match/term-matcher';
import type { MentionStore, StoredMention } from '../mark/mention-store';
import type { MutationBatch } from '../scan/mutation-batcher';
import type { ScanHandlers } from '../scan/page-scanner';
import { isInsideSkipped, type SkipRules } from '../scan/text-segments';
import type { SessionPaint } from './session-paint';

export interface SessionFindings {
  store: MentionStore;
  /** Mentions found inside something not rendered (collapsed, `display: none`): kept, not painted. */
  hidden: Set<StoredMention>;
  context: PageContext;
  signals: CompiledSignals;
  paint: SessionPaint;
}

export function isRendered(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  return typeof parent.checkVisibility === 'function' ? parent.checkVisibility({ visibilityProperty: true }) : true;
}

/** The scanner's reports, filed into the session's findings. */
export function scanHandlers(findings: SessionFindings): ScanHandlers {
  const { store, hidden, context, signals, paint } = findings;
  /** Whether the scanner is reading the whole page for the first time (nothing stored can be in what it reads). */
  let firstReading = false;
  return {
    rootStarted(root) {
      firstReading = root === document.body && store.size === 0;
      store.expectAdditionsInOrder(firstReading);
    },
    batchStarted(nodes) {
      // On a first reading of the page no node has been read before, so nothing found earlier can be in it.
      if (!firstReading && store.size > 0 && store.removeAtNodes(nodes) > 0) paint.dirty = true;
    },
    match(found) {
      const source = found.nodes[0]!;
      context.noteTerm(found.term, source);
      const stored = store.add({ ...found, hidden: !isRendered(source) });
      if (stored.hidden) hidden.add(stored);
      paint.dirty = true;
    },
    wantsSignals: () => context.needsSignals(),
    wantsSignal(keyIndex) {
      const signalIndex = signals.signalOfKey[keyIndex];
      return signalIndex !== undefined && context.wantsSignal(signalIndex);
    },
    signal(keyIndex, source) {
      const signalIndex = signals.signalOfKey[keyIndex];
      if (signalIndex !== undefined) context.noteSignal(signalIndex, source);
    },
  };
}

/** The page's title counts towards what the page is about (it is not in the body the scanner reads). */
export function readTitle(findings: SessionFindings, matcher: TermMatcher): void {
  const { matches, signals } = matcher.findAll(document.title);
  const source = document.documentElement;
  for (const match of matches) findings.context.noteTerm(match.term, source);
  for (const keyIndex of signals) {
    const signalIndex = findings.signals.signalOfKey[keyIndex];
    if (signalIndex !== undefined) findings.context.noteSignal(signalIndex, source);
  }
}

/**
 * Applies a batch of the page's changes; `scan` queues a subtree for reading again. Returns whether the session
 * has work to do (something to repaint, or removals to settle).
 */
export function applyPageChanges(
  findings: SessionFindings,
  batch: MutationBatch,
  rules: SkipRules,
  scan: (root: Element) => void,
): boolean {
  const { store, hidden, context, paint } = findings;
  if (batch.removals) {
    if (store.removeDisconnected() > 0) paint.dirty = true;
    // Losing every place kept for a signal that occurred more often: read the page again to count it afresh.
    if (context.forgetDisconnected()) scan(document.body);
  }
  for (const target of batch.attributeTargets) {
    if (isInsideSkipped(target, rules)) {
      removeInside(store, target, paint);
      continue;
    }
    for (const stored of hidden) {
      if (!target.contains(stored.nodes[0]!) || !isRendered(stored.nodes[0]!)) continue;
      stored.hidden = false;
      hidden.delete(stored);
      paint.dirty = true;
    }
  }
  for (const root of batch.roots) scan(root);
  return paint.dirty || batch.removals;
}

function removeInside(store: MentionStore, element: Element, paint: SessionPaint): void {
  const nodes = [...store.all()].filter((stored) => element.contains(stored.nodes[0]!)).flatMap((s) => s.nodes);
  if (store.removeAtNodes(nodes) > 0) paint.dirty = true;
}
