/**
 * Whether a page is about children's social care, judged from its own words. Ambiguous terms ("family help",
 * "corporate parent", "boarding") are marked only on such pages, so an airport's family help desk or a
 * company's corporate parent stays unmarked.
 *
 * Each signal phrase (data/care-context-signals.ts) counts once however often it occurs, so a page needs several
 * different care words, not one word repeated. Unambiguous dataset terms ("Regional Care Co-operatives") count as
 * strong signals too.
 */
import type { CompiledTerm } from '../../../data/compiled-types';

/** What an unambiguous dataset term found on the page weighs (as much as the strongest signals). */
const UNAMBIGUOUS_TERM_WEIGHT = 3;

/** Enough for: two strong signals, or one strong and some lesser ones, or two of the dataset's own terms. */
export const CARE_CONTEXT_THRESHOLD = 6;

export interface PageContext {
  /**
   * Whether signals are worth reading at all: only until the page is judged to be about care (a care article
   * then has the rest of its text read for terms alone, which is much faster). Should text leave the page and
   * take the judgement back below the line, `forgetDisconnected` asks for a fresh read.
   */
  needsSignals(): boolean;
  /** Whether another place a signal occurs is worth telling (only a few places are kept per signal). */
  wantsSignal(signalIndex: number): boolean;
  /** A signal (index into `CARE_CONTEXT_SIGNALS`) occurs in the text of `source`. */
  noteSignal(signalIndex: number, source: Node): void;
  /** A term occurs in `source`; unambiguous ones are evidence of the topic. */
  noteTerm(term: CompiledTerm, source: Node): void;
  /**
   * Drops evidence whose text has left the page (a single-page site swapped its article). Returns true when the
   * page should be read again to be sure: a signal lost all the places kept for it, and it had more.
   */
  forgetDisconnected(): boolean;
  clear(): void;
  isAboutCare(): boolean;
  score(): number;
}

/** Places kept per signal: enough to survive most removals, few enough that a long page costs nothing. */
const SOURCES_KEPT = 8;

/**
 * Evidence is kept per text node, so what a page removes stops counting. `weights` gives each signal's weight by
 * index (`contextSignals.weights` of the content index); `aboutCare` forces the judgement (for tests of the terms
 * themselves).
 */
export function createPageContext(options: { weights?: readonly number[]; aboutCare?: boolean } = {}): PageContext {
  const weights = options.weights ?? [];
  /** For each signal, and each unambiguous term's records, the text nodes it was read in. */
  const signalSources: (Set<Node> | undefined)[] = [];
  const termSources = new Map<string, Set<Node>>();
  const termKeys = new WeakMap<CompiledTerm, string>();
  let score = 0;

  /** Signals and terms that had more places than were kept (a full loss then needs a fresh read). */
  const overflowed = new Set<Set<Node>>();

  function add(sources: Set<Node> | undefined, source: Node, weight: number): Set<Node> {
    if (sources) {
      if (sources.size < SOURCES_KEPT) sources.add(source);
      else overflowed.add(sources);
      return sources;
    }
    score += weight;
    return new Set([source]);
  }

  let readAgain = false;
  /** Signals may have gone unread since the page was judged to be about care. */
  let signalsSkipped = false;

  function prune(sources: Set<Node>, weight: number): boolean {
    for (const source of sources) if (!source.isConnected) sources.delete(source);
    if (sources.size > 0) return false;
    score -= weight;
    if (overflowed.delete(sources)) readAgain = true;
    return true;
  }

  return {
    needsSignals() {
      if (options.aboutCare !== undefined) return false;
      if (score < CARE_CONTEXT_THRESHOLD) return true;
      signalsSkipped = true;
      return false;
    },
    wantsSignal(signalIndex) {
      const sources = signalSources[signalIndex];
      if (!sources || sources.size < SOURCES_KEPT) return true;
      overflowed.add(sources);
      return false;
    },
    noteSignal(signalIndex, source) {
      const weight = weights[signalIndex] ?? 0;
      signalSources[signalIndex] = add(signalSources[signalIndex], source, weight);
    },
    noteTerm(term, source) {
      if (term.ambiguous) return;
      let key = termKeys.get(term);
      if (key === undefined) {
        key = term.recordIds.join(' ');
        termKeys.set(term, key);
      }
      termSources.set(key, add(termSources.get(key), source, UNAMBIGUOUS_TERM_WEIGHT));
    },
    forgetDisconnected() {
      readAgain = false;
      signalSources.forEach((sources, index) => {
        if (sources && prune(sources, weights[index] ?? 0)) signalSources[index] = undefined;
      });
      for (const [key, sources] of termSources) {
        if (prune(sources, UNAMBIGUOUS_TERM_WEIGHT)) termSources.delete(key);
      }
      if (signalsSkipped && score < CARE_CONTEXT_THRESHOLD) {
        signalsSkipped = false;
        readAgain = true;
      }
      return readAgain;
    },
    clear() {
      signalSources.length = 0;
      termSources.clear();
      overflowed.clear();
      signalsSkipped = false;
      score = 0;
    },
    isAboutCare: () => options.aboutCare ?? score >= CARE_CONTEXT_THRESHOLD,
    score: () => score,
  };
}
