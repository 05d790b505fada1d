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
 * One normalised phrase and the records it points at. A dataset term written with hyphens or commas also gets
 * entries for its spaced and comma-free spellings ("opt-out advocacy" → "optout advocacy", "opt out advocacy").
 */
export interface CompiledTerm {
  /** `normaliseForMatching` of the phrase: normalised tokens joined by single spaces. */
  key: string;
  recordIds: string[];
  /** Marked only when the page reads as being about children's social care. */
  ambiguous: boolean;
  /** Positions (in `key.split(' ')`) of tokens written as acronyms ("SEND", "IROs"): capitals needed on the page. */
  acronyms?: number[];
  /** Scotland, Wales or Northern Ireland use the same words for their own policy. */
  otherNations?: true;
  /** Normalised words that must not directly precede the term ("help secure schools"). */
  notAfter?: string[];
  /** Normalised phrases one of which must appear in the same block or section. */
  requiresNearby?: string[];
  /** Every record behind the key names background (context records, funding totals), not a recommendation. */
  background?: true;
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

/** The care-context signal phrases (data/care-context-signals.ts), normalised at build time. */
export interface CompiledSignals {
  keys: string[];
  /** For each key, the index of its signal in `CARE_CONTEXT_SIGNALS`. */
  signalOfKey: number[];
  /** For each signal, what it weighs. */
  weights: number[];
}

export interface ContentIndex {
  meta: DatasetMeta;
  terms: CompiledTerm[];
  /** Absent in hand-made indexes (tests); the page context then has only the dataset's terms to go on. */
  contextSignals?: CompiledSignals;
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
