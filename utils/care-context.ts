/**
 * Whether a page is about children's social care, judged from its own words. Ambiguous terms ("family help",
 * "corporate parent", "boarding") are marked only on such pages, so an airport's family help desk or a
 * company's corporate parent stays unmarked.
 *
 * Each signal phrase counts once however often it occurs, so a page needs several different care words, not one
 * word repeated. Unambiguous dataset terms ("Regional Care Co-operatives") count as strong signals too.
 */
import type { CompiledTerm } from '../data/compiled-types';
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

export interface SignalKeys {
  /** Normalised phrases for the matcher. */
  keys: string[];
  /** For each key, the index of its signal in `CARE_CONTEXT_SIGNALS`. */
  signalOfKey: number[];
}

export function careSignalKeys(): SignalKeys {
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
  /** Evidence key ("s12" for a signal, "t…" for a term's records) → text nodes it was read in. */
  const evidence = new Map<string, { weight: number; sources: Set<Node> }>();
  let cachedScore: number | null = 0;

  function note(key: string, weight: number, source: Node): void {
    const entry = evidence.get(key);
    if (entry) {
      entry.sources.add(source);
      return;
    }
    evidence.set(key, { weight, sources: new Set([source]) });
    cachedScore = null;
  }

  function score(): number {
    if (cachedScore === null) {
      cachedScore = 0;
      for (const entry of evidence.values()) cachedScore += entry.weight;
    }
    return cachedScore;
  }

  return {
    noteSignal(signalIndex, source) {
      note(`s${signalIndex}`, CARE_CONTEXT_SIGNALS[signalIndex]?.weight ?? 0, source);
    },
    noteTerm(term, source) {
      if (!term.ambiguous) note(`t${term.recordIds.join(' ')}`, UNAMBIGUOUS_TERM_WEIGHT, source);
    },
    forgetDisconnected() {
      for (const [key, entry] of evidence) {
        for (const source of entry.sources) if (!source.isConnected) entry.sources.delete(source);
        if (entry.sources.size === 0) {
          evidence.delete(key);
          cachedScore = null;
        }
      }
    },
    clear() {
      evidence.clear();
      cachedScore = 0;
    },
    isAboutCare: () => options.aboutCare ?? score() >= CARE_CONTEXT_THRESHOLD,
    score,
  };
}
