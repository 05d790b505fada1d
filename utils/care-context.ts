/**
 * Whether a page is about children's social care, judged from its own words. Ambiguous terms ("family help",
 * "corporate parent", "boarding") are marked only on such pages, so an airport's family help desk or a
 * company's corporate parent stays unmarked.
 *
 * Each signal phrase (utils/care-context-signals.ts) counts once however often it occurs, so a page needs several
 * different care words, not one word repeated. Unambiguous dataset terms ("Regional Care Co-operatives") count as
 * strong signals too.
 */
import type { CompiledTerm } from '../data/compiled-types';

/** What an unambiguous dataset term found on the page weighs (as much as the strongest signals). */
const UNAMBIGUOUS_TERM_WEIGHT = 3;

/** Enough for: two strong signals, or one strong and some lesser ones, or two of the dataset's own terms. */
export const CARE_CONTEXT_THRESHOLD = 6;

export interface PageContext {
  /** A signal (index into `CARE_CONTEXT_SIGNALS`) occurs in the text of `source`. */
  noteSignal(signalIndex: number, source: Node): void;
  /** A term occurs in `source`; unambiguous ones are evidence of the topic. */
  noteTerm(term: CompiledTerm, source: Node): void;
  /** Drops evidence whose text has left the page (a single-page site swapped its article). */
  forgetDisconnected(): void;
  clear(): void;
  isAboutCare(): boolean;
  score(): number;
}

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

  function add(sources: Set<Node> | undefined, source: Node, weight: number): Set<Node> {
    if (sources) {
      sources.add(source);
      return sources;
    }
    score += weight;
    return new Set([source]);
  }

  function prune(sources: Set<Node>, weight: number): boolean {
    for (const source of sources) if (!source.isConnected) sources.delete(source);
    if (sources.size > 0) return false;
    score -= weight;
    return true;
  }

  return {
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
      signalSources.forEach((sources, index) => {
        if (sources && prune(sources, weights[index] ?? 0)) signalSources[index] = undefined;
      });
      for (const [key, sources] of termSources) {
        if (prune(sources, UNAMBIGUOUS_TERM_WEIGHT)) termSources.delete(key);
      }
    },
    clear() {
      signalSources.length = 0;
      termSources.clear();
      score = 0;
    },
    isAboutCare: () => options.aboutCare ?? score >= CARE_CONTEXT_THRESHOLD,
    score: () => score,
  };
}
