/**
 * What the build hands to the extension's code: the full validated dataset (for the database, popup and
 * library page) and the small content index the content script carries so cards show without a round trip.
 */
import type {
  ActReference,
  DatasetMeta,
  DatasetRecord,
  InForce,
  Source,
  Status,
  StatusDefinitions,
  Theme,
  TimelineEvent,
} from './schema';

export interface FullDataset {
  meta: DatasetMeta;
  records: DatasetRecord[];
  /** Labels and definitions of the statuses (data/statuses.json). */
  statuses: StatusDefinitions;
}

/**
 * One normalised phrase and the records it points at. A dataset term written with hyphens, commas or apostrophes
 * also gets entries for its other spellings ("opt-out advocacy" → "optout advocacy", "opt out advocacy"), and a
 * term with an irregular plural an entry for it ("children in need"). Regular plurals and possessives are not
 * listed: the pattern allows them on the last word, and the content script reads them back to the singular.
 */
export interface CompiledTerm {
  /** `normaliseForMatching` of the phrase: normalised tokens joined by single spaces. */
  key: string;
  recordIds: string[];
  /** Marked only where the page's section reads as being about children's social care. */
  ambiguous: boolean;
  /** Positions (in `key.split(' ')`) of tokens written as acronyms ("SEND", "IROs"): capitals needed on the page. */
  acronyms?: number[];
  /** Scotland, Wales or Northern Ireland use the same words for their own policy: not marked where they are meant. */
  otherNations?: true;
  /** Normalised words that must not directly precede the term ("help secure schools"). */
  notAfter?: string[];
  /** Normalised words that must not directly follow the term ("… Social Care Services" is another review). */
  notBefore?: string[];
  /** Normalised phrases one of which must appear in the same section. */
  requiresNearby?: string[];
  /** Every record behind the key names background (context records, funding totals), not a recommendation. */
  background?: true;
}

/** What finding an evidence phrase in a section tells (several at once for some phrases). */
export interface EvidencePhrase {
  /** Care-context signals: their indexes in `CompiledEvidence.weights`. */
  signals?: number[];
  /** A place or body of one of the UK's nations. */
  nation?: 'england' | 'other';
  /** Phrases some term requires nearby: the normalised forms the terms' `requiresNearby` list. */
  nearby?: string[];
}

/**
 * The phrases that tell what a section of a page is about (data/care-context-signals.ts) and the phrases terms
 * require nearby, compiled at build time like the terms: one pattern, and what each normalised spelling tells.
 */
export interface CompiledEvidence {
  /** Regex source, for flag `g` over lower-cased text (data/match-pattern.ts). */
  pattern: string;
  /**
   * Normalised spelling (singular; see `CompiledTerm`) → what it tells, including what the shorter phrases it
   * starts with tell: the pattern reports only the longest phrase at a place ("children’s services" is also
   * "children").
   */
  phrases: Record<string, EvidencePhrase>;
  /** What each care signal weighs, by signal index. */
  weights: number[];
}

/**
 * The text a card needs; no notes, nothing user-specific. Context records (background: the review, the Act…) carry
 * no status: their `ask` holds what the thing is, and every status field is absent.
 */
export interface CardRecord {
  id: string;
  kind: 'recommendation' | 'context';
  theme: Theme;
  /** The final report's chapter (recommendations only). */
  chapter?: number;
  title: string;
  /** What the review asked for; for a context record, what it is. */
  ask: string;
  figures: string[];
  /** What the February 2023 strategy said (recommendations only). */
  response?: string;
  timeline: TimelineEvent[];
  status?: Status;
  inForce?: InForce;
  act?: ActReference;
  statusAsOf?: string;
  /** When the current status took effect (the last `statusHistory` entry's date): Royal Assent for a law. */
  statusFrom?: string;
  statusReason?: string;
  caveats: string[];
  sources: Source[];
  related: string[];
}

export interface ContentIndex {
  meta: DatasetMeta;
  terms: CompiledTerm[];
  /** Regex source over every spelling of every term, for flag `g` over lower-cased text (data/match-pattern.ts). */
  termPattern: string;
  evidence: CompiledEvidence;
}

/**
 * The card text, shipped as a separate packaged file (`CARD_TEXT_FILE` in utils/shared/packaged-files.ts) that the content script reads the first
 * time a card is about to open — so what every page loads up front stays small however much the dataset grows.
 */
export interface CardText {
  /** The dataset version; must equal `ContentIndex.meta.version` (both come from one build). */
  version: string;
  /** The date the dataset was last checked as a whole, shown on every card. */
  asOf: string;
  cards: CardRecord[];
}
