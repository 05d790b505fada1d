/**
 * The words that show what a section of a page is about (see utils/page/match/section-evidence.ts for how they
 * count): care-context signals, which decide whether ambiguous terms count ("family help" at an airport is not a
 * care page's family help), and nation signals, which decide whether a term other UK nations also use for their
 * own policy ("kinship allowance" in Glasgow) means England's. Compiled at build time with the phrases terms
 * require nearby into one pattern (`compileEvidence`), so the content script carries only that pattern and what
 * each normalised spelling tells, not this list or the code that spells it.
 *
 * A signal names the subject of children's social care in England's press, not an event that borrows its words:
 * "children in need" is also the BBC's telethon, and a bare "MacAlister" is as often a footballer.
 */
import type { CompiledEvidence, EvidencePhrase } from './compiled-types';
import { compileMatchPattern } from './match-pattern';
import { termSpellings } from './term-spellings';

interface ContextSignal {
  /** Spellings of one signal: found once or in all its spellings, it counts once. Plurals are the pattern's. */
  phrases: readonly string[];
  weight: number;
}

/** Words that name children's social care itself: one of them and a weak signal are enough for a section. */
const CORE = 4;
/** Words strong on their own but shared with adult services (social workers) or with other senses. */
const STRONG = 3;
const MEDIUM = 2;
const WEAK = 1;

const signals = (weight: number, ...groups: (string | string[])[]): ContextSignal[] =>
  groups.map((group) => ({ phrases: typeof group === 'string' ? [group] : group, weight }));

export const CARE_CONTEXT_SIGNALS: readonly ContextSignal[] = [
  ...signals(
    CORE,
    "children's social care",
    "children's social worker",
    ['child in care', 'children in care'],
    ['looked-after child', 'looked-after children'],
    'care leaver',
    'leaving care',
    'care-experienced',
    ['foster carer', 'foster care', 'foster parent'],
    ['kinship carer', 'kinship care'],
    "children's home",
    'special guardianship',
    "children's services",
    'corporate parenting',
    'care proceedings',
    'care order',
    'child protection',
    'Stable Homes, Built on Love',
    'Independent Review of Children’s Social Care',
  ),
  ...signals(STRONG, ['social worker', 'social work'], 'child in need', 'residential care', 'care placement'),
  ...signals(
    MEDIUM,
    'safeguarding',
    'Ofsted',
    'care system',
    'fostering',
    'family court',
    'youth justice',
    'early help',
    'family hub',
    'vulnerable children',
    "children's minister",
    'children and families minister',
    "Children's Commissioner",
    'Department for Education',
    'placement',
    'domestic abuse',
    'family support',
    'kinship',
    'care homes for children',
    'virtual school',
    'unaccompanied asylum-seeking children',
  ),
  ...signals(
    WEAK,
    ['local authority', 'local authorities'],
    'council',
    'adoption',
    'young people',
    'parent',
    'carer',
    'birth family',
    'family network',
    'children and families',
    'wellbeing',
  ),
];

/** Places and bodies that say which of the UK's nations (or which other country) a sentence is about. */
export const NATION_SIGNALS: Readonly<Record<'england' | 'other', readonly string[]>> = {
  england: [
    'England',
    'English',
    'Westminster',
    'Whitehall',
    'Department for Education',
    'DfE',
    'Ofsted',
    'south of the border',
  ],
  other: [
    'Scotland',
    'Scottish',
    'Holyrood',
    'MSP',
    'Glasgow',
    'Edinburgh',
    'Aberdeen',
    'Dundee',
    'The Promise',
    'Wales',
    'Welsh',
    'Senedd',
    'Cymru',
    'Cardiff',
    'Swansea',
    'Gwynedd',
    'Northern Ireland',
    'Northern Irish',
    'Stormont',
    'Belfast',
    'health and social care trust',
    'New Zealand',
    'Oranga Tamariki',
  ],
};

/**
 * The evidence pattern: care signals, nation signals and `nearbyPhrases` (as the dataset writes them), with what
 * each normalised spelling tells. Plurals and possessives are the pattern's, so "social worker" finds "social
 * workers’" too.
 */
export function compileEvidence(nearbyPhrases: readonly string[]): CompiledEvidence {
  const own = new Map<string, EvidencePhrase>();
  const spellings: string[] = [];
  const add = (text: string, tells: EvidencePhrase) => {
    spellings.push(text);
    for (const { key } of termSpellings(text)) own.set(key, mergeTells(own.get(key), tells));
  };
  CARE_CONTEXT_SIGNALS.forEach((signal, index) => {
    for (const phrase of signal.phrases) add(phrase, { signals: [index] });
  });
  for (const nation of ['england', 'other'] as const) {
    for (const phrase of NATION_SIGNALS[nation]) add(phrase, { nation });
  }
  for (const phrase of nearbyPhrases) add(phrase, { nearby: [termSpellings(phrase)[0]!.key] });
  const phrases: Record<string, EvidencePhrase> = {};
  for (const [key, tells] of own) {
    let merged = tells;
    for (const [shorter, more] of own) if (key.startsWith(`${shorter} `)) merged = mergeTells(merged, more);
    phrases[key] = merged;
  }
  return {
    pattern: compileMatchPattern(spellings),
    phrases,
    weights: CARE_CONTEXT_SIGNALS.map((signal) => signal.weight),
  };
}

function mergeTells(a: EvidencePhrase | undefined, b: EvidencePhrase): EvidencePhrase {
  const union = (x?: readonly (string | number)[], y?: readonly (string | number)[]) =>
    x || y ? [...new Set([...(x ?? []), ...(y ?? [])])] : undefined;
  const merged: EvidencePhrase = {};
  const signals = union(a?.signals, b.signals) as number[] | undefined;
  const nearby = union(a?.nearby, b.nearby) as string[] | undefined;
  const nation = a?.nation ?? b.nation;
  if (signals) merged.signals = signals;
  if (nation) merged.nation = nation;
  if (nearby) merged.nearby = nearby;
  return merged;
}
