/**
 * What the build hands to the extension's code: the full validated dataset (for the database, popup and
 * library page) and the small content index the content script carries so cards show without a round trip.
 */
import type { DatasetMeta, DatasetRecord, Source, Status, Theme, TimelineEvent } from './schema';

export interface FullDataset {
  meta: DatasetMeta;
  records: DatasetRecord[];
}

/** One normalised phrase and the records it points at. */
export interface CompiledTerm {
  /** `normaliseForMatching` of the phrase. */
  key: string;
  recordIds: string[];
  /** Marked only when the page reads as being about children's social care. */
  ambiguous: boolean;
}

/** The text a card needs; no notes, nothing user-specific. */
export interface CardRecord {
  id: string;
  kind: 'recommendation' | 'entity';
  theme: Theme;
  title: string;
  ask: string;
  figures: string[];
  response: string;
  timeline: TimelineEvent[];
  status: Status;
  statusAsOf: string;
  statusReason: string;
  caveats: string[];
  sources: Source[];
  related: string[];
}

export interface ContentIndex {
  meta: DatasetMeta;
  terms: CompiledTerm[];
  cards: CardRecord[];
}
