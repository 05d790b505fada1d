/**
 * The words that show a page is about children's social care (see utils/page/match/care-context.ts for how they count).
 * Normalised at build time into the content index (`contextSignals`), so the content script carries only the
 * normalised keys and weights, not this list or the code that spells it.
 */
import type { CompiledSignals } from './compiled-types';
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

/** The signal phrases normalised for the matcher (done at build time, see data/compile-content-index.ts). */
export function careSignalKeys(): CompiledSignals {
  const keys: string[] = [];
  const signalOfKey: number[] = [];
  const weights = CARE_CONTEXT_SIGNALS.map((signal) => signal.weight);
  CARE_CONTEXT_SIGNALS.forEach((signal, index) => {
    for (const spelling of termSpellings(signal.phrase)) {
      keys.push(spelling.key);
      signalOfKey.push(index);
    }
  });
  return { keys, signalOfKey, weights };
}
