/**
 * Whether a page is about children's social care, judged from its own words. Ambiguous terms ("family help",
 * "corporate parent", "boarding") are marked only on such pages, so an airport's family help desk or a
 * company's corporate parent stays unmarked.
 *
 * Each signal phrase counts once however often it occurs, so a page needs several different care words, not one
 * word repeated. Unambiguous dataset terms ("Regional Care Co-operatives") count as strong signals too.
 */
import type { CompiledSignals, CompiledTerm } from '../data/compiled-types';
import { termSpellings } from './term-spellings';

interface ContextSignal {
  phrase: string;
  weight: number;
}

const STRONG = 3;
const MEDIUM = 2;
const WEAK = 1;

export const CARE_CONTEXT_SIGNALS: readonly ContextSignal[] = [
  ...[
    "children's social care",
    'social worker',
    'social workers',
    'social work',
    'children in care',
    'child in care',
    'looked-after children',
    'looked-after child',
    'care leaver',
    'care leavers',
    'leaving care',
    'care-experienced',
    'foster carer',
    'foster carers',
    'foster care',
    'foster parents',
    'kinship carers',
    'kinship care',
    "children's home",
    "children's homes",
    'child protection',
    'special guardianship',
    "children's services",
    'corporate parenting',
    'care proceedings',
    'care order',
    'care orders',
    'MacAlister',
    'Stable Homes, Built on Love',
    'Independent Review of Children’s Social Care',
    'child in need',
    'children in need',
    'residential care',
    'care placements',
  ].map((phrase) => ({ phrase, weight: STRONG })),
  ...[
    'safeguarding',
    'Ofsted',
    'care system',
    'fostering',
    'family court',
    'youth justice',
    'early help',
    'family hubs',
    'vulnerable children',
    "children's minister",
    'Department for Education',
    'placement',
    'placements',
    'domestic abuse',
    'family support',
    'kinship',
    'care homes for children',
    'virtual school',
    'unaccompanied asylum-seeking children',
  ].map((phrase) => ({ phrase, weight: MEDIUM })),
  ...[
    'local authority',
    'local authorities',
    'council',
    'councils',
    'adoption',
    'young people',
    'parents',
    'carers',
    'birth family',
    'family networks',
    'children and families',
    'wellbeing',
  ].map((phrase) => ({ phrase, weight: WEAK })),
];

/** Enough for: two strong signals, or one strong and some lesser ones, or two of the dataset's own terms. */
export const CARE_CONTEXT_THRESHOLD = 6;
const UNAMBIGUOUS_TERM_WEIGHT = STRONG;

/** The signal phrases normalised for the matcher (done at build time, see data/compile-content-index.ts). */
export function careSignalKeys(): CompiledSignals {
  const keys: string[] = [];
  const signalOfKey: number[] = [];
  CARE_CONTEXT_SIGNALS.forEach((signal, index) => {
    for (const spelling of termSpellings(signal.phrase)) {
      keys.push(spelling.key);
      signalOfKey.push(index);
    }
  });
  return { keys, signalOfKey };
}

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
 * Evidence is kept per text node, so what a page removes stops counting. `aboutCare` forces the judgement (for
 * tests of the terms themselves).
 */
export function createPageContext(options: { aboutCare?: boolean } = {}): PageContext {
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
      const weight = CARE_CONTEXT_SIGNALS[signalIndex]?.weight ?? 0;
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
        if (sources && prune(sources, CARE_CONTEXT_SIGNALS[index]?.weight ?? 0)) signalSources[index] = undefined;
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
